import { browser } from 'wxt/browser';
import { INDEX_FILE_NAME } from './format';

/**
 * Reads the index file packaged inside the extension. `fetch` of a `chrome-extension://` (or
 * `moz-extension://`) URL from `runtime.getURL` reads the extension's own files from disk; it is
 * not a network request, which the extension never makes. Fetching a packaged JSON keeps the index
 * out of the background's JavaScript, so a waking worker parses only the code it needs, and
 * JSON.parse of the data is faster than parsing the same data as a JS literal.
 */
export async function readPackagedIndex(): Promise<unknown> {
  const url = browser.runtime.getURL(`/${INDEX_FILE_NAME}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`leaderlens index: cannot read the packaged ${INDEX_FILE_NAME} (${response.status})`);
  return response.json();
}
