/**
 * Bytes to and from base64: an import's files travel from the options page to the worker in a
 * message, and extension messages carry JSON (Chrome drops a `Uint8Array` to `{}`). `btoa` and
 * `atob` exist in pages, workers and Node alike.
 */

/**
 * Bytes as base64, in chunks so a large file fits `String.fromCharCode`'s arguments.
 *
 * @example
 * toBase64(new TextEncoder().encode('Tô Lâm')); // 'VMO0IEzDom0='
 */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Bytes from base64; throws on text that is not base64.
 *
 * @example
 * new TextDecoder().decode(fromBase64('VMO0IEzDom0=')); // 'Tô Lâm'
 */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
