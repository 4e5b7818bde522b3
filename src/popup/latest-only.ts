/**
 * Runs an async task so that only the latest call counts: each call aborts the previous one's
 * `AbortSignal`, and a call that was superseded rejects with the abort reason instead of resolving,
 * so a slow answer to "to" can never overwrite the answer to "to lam" (STYLE.md: cancel stale work).
 *
 * @example
 * const search = latestOnly((query: string, signal) => searchInBackground(query, signal));
 * search.run('to');      // rejects with an AbortError once the next line runs
 * search.run('to lam');  // resolves with the results for "to lam"
 */
export interface LatestOnly<A, R> {
  run(arg: A): Promise<R>;
  /** Aborts the pending call, if any (the popup closing, the query emptied). */
  cancel(): void;
}

export function latestOnly<A, R>(task: (arg: A, signal: AbortSignal) => Promise<R>): LatestOnly<A, R> {
  let current: AbortController | null = null;
  return {
    async run(arg) {
      current?.abort();
      const controller = new AbortController();
      current = controller;
      const value = await task(arg, controller.signal);
      // The task may not watch its signal (a runtime message cannot be recalled once sent), so the
      // check after the answer is what guarantees a stale answer is dropped.
      controller.signal.throwIfAborted();
      return value;
    },
    cancel() {
      current?.abort();
      current = null;
    },
  };
}

/** True for the rejection of a superseded or cancelled call: not a failure to show the reader. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
