/**
 * Decides whether the background may open a tab for a request: only for a gesture token it has
 * not seen, and not sooner than `minIntervalMs` after the last tab it opened.
 *
 * The token is minted by our own UI for one trusted click (`src/ui/card/user-gesture.ts`), so a
 * page that clicks our link by script never gets one. The gate is the second line: whatever a
 * sender does, one token opens one tab, and a burst of tokens opens one tab per interval. Issue
 * 10 found a page opening 50 tabs by calling `.click()` 50 times. The worker may be stopped at any
 * time and forget what it saw; a new worker starting with an empty memory still lets through at
 * most one tab per token it is sent.
 *
 * @example
 * const gate = createGestureGate();
 * gate.admit('3f1c…'); // true
 * gate.admit('3f1c…'); // false: the same click
 */
export function createGestureGate(options: { now?: () => number; minIntervalMs?: number; remember?: number } = {}) {
  const now = options.now ?? Date.now;
  const minIntervalMs = options.minIntervalMs ?? 500;
  const remember = options.remember ?? 256;
  // Insertion-ordered: the oldest tokens are forgotten first once `remember` is reached.
  const seen = new Set<string>();
  let lastAdmitted = -Infinity;

  return {
    /** true when a tab may open for `token` now; the token is then used up. */
    admit(token: string): boolean {
      if (seen.has(token)) return false;
      seen.add(token);
      if (seen.size > remember) seen.delete(seen.values().next().value as string);
      const at = now();
      if (at - lastAdmitted < minIntervalMs) return false;
      lastAdmitted = at;
      return true;
    },
  };
}

export type GestureGate = ReturnType<typeof createGestureGate>;
