/**
 * One live content script per frame. The background injects the script into tabs that were open
 * before an install or update (src/first-run/inject-open-tabs.ts), and a tab can get it twice: the
 * browser's own injection of a page that was still loading, Firefox injecting declared scripts
 * into open tabs itself, or a second install event. Two live copies would scan the page twice and
 * open two cards.
 *
 * Copies of our script share their frame's isolated world, so the first one leaves a note on that
 * world's global object under a registered symbol (never on the page's DOM, which the page shares).
 * The note holds a liveness check from the copy that wrote it: a copy whose extension is gone
 * (reloaded, updated) says no, and asking it ends its lifetime at once, so it also takes its
 * highlights and host with it (script-lifetime.ts) instead of waiting for its next event.
 *
 * @example
 * if (!claimInstance(globalThis, () => lifetime.isValid())) return; // another copy runs here
 */
export function claimInstance(world: object, isAlive: () => boolean): boolean {
  const slot = world as Record<symbol, unknown>;
  const current = slot[INSTANCE_KEY];
  if (typeof current === 'function' && askAlive(current as () => unknown)) return false;
  slot[INSTANCE_KEY] = isAlive;
  return true;
}

/** The note's key: `Symbol.for` so every copy, built from any version, finds the same one. */
export const INSTANCE_KEY = Symbol.for('leaderlens.content-script');

function askAlive(check: () => unknown): boolean {
  try {
    return check() === true;
  } catch {
    return false; // A copy whose context is gone may throw when asked: it is not alive.
  }
}
