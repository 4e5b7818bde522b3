/**
 * `fetch`, tried again after each pause in `waits` (ms) while it fails; the last try's failure is
 * the answer. `pause` is given (the content script's `ctx.setTimeout`, so a stopped script stops
 * waiting); each failure but the last is reported to `onError`.
 *
 *     const table = await withRetries(() => sendToBackground({ type: 'get-matcher' }), sleep, report);
 */
export async function withRetries<T>(
  fetch: () => Promise<T>,
  pause: (ms: number) => Promise<unknown>,
  onError: (error: unknown) => void = () => undefined,
  waits: readonly number[] = [250, 1000, 3000],
): Promise<T> {
  for (const ms of waits) {
    try {
      return await fetch();
    } catch (error) {
      onError(error);
      await pause(ms);
    }
  }
  return fetch();
}
