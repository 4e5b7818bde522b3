/**
 * One writer at a time for one piece of extension storage: a read-modify-write of a stored value
 * runs inside the lock of that value's name, so two writers never both read the old value and
 * the second never drops what the first wrote.
 *
 * Why: the settings were written this way before marks existed (issue 10: two options tabs adding
 * a site at once both read the old list, and the second write dropped the first site while both
 * said "Saved"); the reader's wrong-item marks have the same shape (the worker adds one for a
 * card's click while the options page removes another). Both use this one mechanism, each under
 * its own name, so a mark never waits for a settings write.
 *
 * Why a Web Lock (`navigator.locks`): every extension page and the service worker share the
 * extension's origin, so one named lock orders them all, in Chrome and in Firefox (both have had
 * the Web Locks API since before MV3), with no message round trip to a background that may be
 * asleep. A lock is released when its page closes, so a tab closed mid-save blocks nobody. Only
 * extension pages and the worker may take one: a content script runs in the page's origin, where
 * the page could hold a lock of the same name forever, so content scripts never write storage.
 *
 * Where there is no `navigator.locks` (unit tests in Node), a queue per name inside this
 * JavaScript context gives the same order to the writers that share it.
 */

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

const queues = new Map<string, Promise<unknown>>();

function lockManager(): LockManagerLike | null {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  return locks && typeof locks.request === 'function' ? locks : null;
}

/**
 * Runs `work` when no other writer holding the lock `name` in this extension is running, and
 * resolves with its result. Not re-entrant: `work` must not ask for the same lock again (a Web
 * Lock would wait for itself forever).
 *
 * @example
 * await withStorageLock('leaderlens-marks', async () => write(change(await read())));
 */
export function withStorageLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  if (locks) return locks.request(name, work);
  const run = (queues.get(name) ?? Promise.resolve()).then(work, work);
  // The next writer waits for this one to settle, whether it succeeded or not.
  queues.set(name, run.catch(() => undefined));
  return run;
}
