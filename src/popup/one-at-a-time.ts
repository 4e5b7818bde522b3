/**
 * Runs tasks one after another, skipping any whose signal was aborted while it waited. The popup
 * sends each keystroke's search to the background, which answers messages in turn on one thread:
 * at 10k articles a search may take hundreds of milliseconds (bench/search.bench.ts), so sending
 * every keystroke would queue up searches for words the reader has already typed past. With this,
 * at most one search is on its way and, when it returns, only the latest query is sent.
 *
 * @example
 * const queue = oneAtATime();
 * queue(() => send('t'), a.signal);       // sent at once
 * queue(() => send('to'), b.signal);      // waits; skipped if b is aborted by the next keystroke
 * queue(() => send('to lam'), c.signal);  // sent when 't' returns
 */
export function oneAtATime(): <R>(task: () => Promise<R>, signal: AbortSignal) => Promise<R> {
  let last: Promise<unknown> = Promise.resolve();
  return async (task, signal) => {
    const previous = last;
    let release!: () => void;
    last = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      await previous;
      signal.throwIfAborted();
      return await task();
    } finally {
      release();
    }
  };
}
