import { browser } from 'wxt/browser';
import { INDEX_DIR_NAME } from './format';
import type { IndexFiles } from './read-index-folder';

/**
 * Reads files of the index folder packaged inside the extension. `fetch` of a `chrome-extension://`
 * (or `moz-extension://`) URL from `runtime.getURL` reads the extension's own files from disk; it is
 * not a network request, which the extension never makes. Each request reads only the files it
 * needs (read-index-folder.ts), so a waking worker reads a manifest, not the corpus.
 */
export const packagedIndexFiles: IndexFiles = {
  async read(path) {
    // WXT types getURL with the package's known paths; the folder's shard names are known only at build time.
    const url = (browser.runtime.getURL as (path: string) => string)(`/${INDEX_DIR_NAME}/${path}`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`leaderlens index: cannot read the packaged ${INDEX_DIR_NAME}/${path} (${response.status})`);
    return response.arrayBuffer();
  },
};
