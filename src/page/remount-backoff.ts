/**
 * How often our host may be put back after the page removed it: the first time at once, then
 * after a pause that doubles (1 s, 2 s, 4 s … up to a minute) while the page keeps removing it,
 * and at once again after a quiet spell. A page that removes our host on every mutation would
 * otherwise meet a remount on every hover, or a loop if we remounted on its removal (issue 10).
 *
 * @example
 * const backoff = createRemountBackoff();
 * if (backoff.allow()) document.documentElement.append(host);
 */
export function createRemountBackoff(options: { now?: () => number; baseMs?: number; maxMs?: number; quietMs?: number } = {}) {
  const now = options.now ?? Date.now;
  const baseMs = options.baseMs ?? 1000;
  const maxMs = options.maxMs ?? 60_000;
  const quietMs = options.quietMs ?? 5 * 60_000;
  let streak = 0;
  let last = -Infinity;

  return {
    /** true when a remount may happen now; it is then counted. */
    allow(): boolean {
      const at = now();
      if (at - last > quietMs) streak = 0;
      const wait = streak === 0 ? 0 : Math.min(maxMs, baseMs * 2 ** (streak - 1));
      if (at - last < wait) return false;
      streak++;
      last = at;
      return true;
    },
  };
}

export type RemountBackoff = ReturnType<typeof createRemountBackoff>;
