/**
 * Offers `content` as a file download through a Blob URL: an extension page needs no `downloads`
 * permission for this, and the URL is revoked once the click has started the download. The
 * options page's settings, marks and saved-articles exports and the leader page's all go through it.
 */
export function downloadFile(content: BlobPart, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium starts reading the Blob asynchronously; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** {@link downloadFile} of a text (JSON unless `type` says otherwise). */
export function downloadTextFile(text: string, fileName: string, type = 'application/json'): void {
  downloadFile(text, fileName, type);
}
