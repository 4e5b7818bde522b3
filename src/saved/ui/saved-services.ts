import { sendToBackground } from '../../messages/send-to-background';
import { downloadFile } from '../../settings/ui/download-text-file';
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
      downloadFile(exportZip(exported) as Uint8Array<ArrayBuffer>, name, 'application/zip');
      return name;
    },
    async readChosen(chosen) {
      return importFiles(await Promise.all(chosen.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }))));
    },
  };
}
