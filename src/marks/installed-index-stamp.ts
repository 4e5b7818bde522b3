import { browser } from 'wxt/browser';
import { INDEX_FORMAT_VERSION } from '../index-data/format';
import type { Coverage } from '../lookup/coverage';
import { sendToBackground } from '../messages/send-to-background';
import type { IndexStamp } from './mark-types';

/**
 * The stamp of the index installed now, for the top of an export (each mark carries the stamp of
 * the index it was made in). The registry's day comes from the background's `get-coverage`; the
 * format is this build's, since the background refuses any other; the extension's version ships
 * the index. Never rejects: what cannot be read is null (`registryAsOf`) or `unknown`.
 *
 * @example
 * exportMarks(marks, await installedIndexStamp(), new Date());
 */
export async function installedIndexStamp(
  coverage: () => Promise<Pick<Coverage, 'registryAsOf'>> = () => sendToBackground({ type: 'get-coverage' }),
  version: () => string = () => browser.runtime.getManifest().version,
): Promise<IndexStamp> {
  let registryAsOf: string | null = null;
  try {
    registryAsOf = (await coverage()).registryAsOf;
  } catch (error) {
    console.warn(`leaderlens marks: the export names no registry day: ${error instanceof Error ? error.message : String(error)}`);
  }
  let extensionVersion = 'unknown';
  try {
    extensionVersion = version();
  } catch {
    // No manifest to read (unit tests' fake browser); the export says so.
  }
  return { formatVersion: INDEX_FORMAT_VERSION, registryAsOf, extensionVersion };
}
