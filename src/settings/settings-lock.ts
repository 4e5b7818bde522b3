/**
 * One writer at a time for the settings: every read-modify-write of `storage.sync` settings runs
 * inside this lock.
 *
 * Why: the options page and the popup change a setting by reading it, changing it and writing it
 * back (add a site to the list). Two options tabs adding a site at once both read the old list, and
 * the second write dropped the first site while both tabs said "Saved" (issue 10, 3 of 3 rounds).
 *
 * Why a Web Lock (`navigator.locks`): every extension page and the service worker share the
 * extension's origin, so one named lock orders them all, in Chrome and in Firefox (both have had
 * the Web Locks API since before MV3), with no message round trip to a background that may be
 * asleep. A lock is released when its page closes, so a tab closed mid-save blocks nobody. Only
 * extension pages may take it: a content script runs in the page's origin, where the page could
 * hold a lock of the same name forever, so content scripts never write settings.
 *
 * Where there is no `navigator.locks` (unit tests in Node), a queue inside this JavaScript context
 * gives the same order to the writers that share it.
 */

/** The lock's name, in the extension's origin. */
export const SETTINGS_LOCK = 'leaderlens-settings';

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

let queue: Promise<unknown> = Promise.resolve();

function lockManager(): LockManagerLike | null {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  return locks && typeof locks.request === 'function' ? locks : null;
}

/**
 * Runs `work` when no other settings writer of this extension is running, and resolves with its
 * result. Not re-entrant: `work` must not call `withSettingsLock` again (a Web Lock would wait for
 * itself forever).
 *
 * @example
 * await withSettingsLock(async () => write(change(await read())));
 */
export function withSettingsLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  if (locks) return locks.request(SETTINGS_LOCK, work);
  const run = queue.then(work, work);
  // The next writer waits for this one to settle, whether it succeeded or not.
  queue = run.catch(() => undefined);
  return run;
}
