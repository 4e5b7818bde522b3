import { withStorageLock } from '../storage/storage-lock';

/**
 * One writer at a time for the settings: every read-modify-write of `storage.sync` settings runs
 * inside this lock (the options page and the popup change a setting by reading it, changing it and
 * writing it back; issue 10 lost a site added by one of two options tabs). The mechanism, a Web
 * Lock of the extension's origin with a queue where there is none, is src/storage/storage-lock.ts,
 * shared with the reader's wrong-item marks.
 */

/** The lock's name, in the extension's origin. */
export const SETTINGS_LOCK = 'leaderlens-settings';

/**
 * Runs `work` when no other settings writer of this extension is running, and resolves with its
 * result. Not re-entrant: `work` must not call `withSettingsLock` again (a Web Lock would wait for
 * itself forever).
 *
 * @example
 * await withSettingsLock(async () => write(change(await read())));
 */
export function withSettingsLock<T>(work: () => Promise<T>): Promise<T> {
  return withStorageLock(SETTINGS_LOCK, work);
}
