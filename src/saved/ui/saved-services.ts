import { sendToBackground } from '../../messages/send-to-background';
import { readerUrl } from '../../ui/reader/reader-url';
import { toBase64 } from '../base64';
import { exportFileName, exportZip, importFiles } from '../saved-zip';
import type { SavedServices } from './SavedSection';

/**
 * The options page's saved-articles section wired to the extension: the background keeps and
 * reads the articles (it is the one writer of their database, so its cached facts stay true),
 * the page zips an export and opens a chosen zip itself (fflate), and downloads through a Blob
 * URL (no `downloads` permission).
 */
export function savedServices(now: () => Date = () => new Date()): SavedServices {
  return {
    list: () => sendToBackground({ type: 'list-saved' }),
    remove: (id) => sendToBackground({ type: 'remove-saved', id }),
    dismissInterrupted: (id) => sendToBackground({ type: 'dismiss-interrupted', id }),
    exportAll: () => sendToBackground({ type: 'export-saved' }),
    importFiles: (files) => sendToBackground({ type: 'import-saved', files: files.map((f) => ({ name: f.name, base64: toBase64(f.bytes) })) }),
    async estimate() {
      if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
      const { usage, quota } = await navigator.storage.estimate();
      return usage === undefined || quota === undefined ? null : { usage, quota };
    },
    readerHref: (articleId) => readerUrl({ articleId, evidence: '' }),
    downloadZip(exported) {
      const name = exportFileName(now());
      const url = URL.createObjectURL(new Blob([exportZip(exported) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // Chromium starts reading the Blob asynchronously; revoking at once can cancel the download.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return name;
    },
    async readChosen(chosen) {
      return importFiles(await Promise.all(chosen.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }))));
    },
  };
}
