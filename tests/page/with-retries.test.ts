import { describe, expect, it, vi } from 'vitest';
import { withRetries } from '../../src/page/with-retries';

const noPause = vi.fn(async (_ms: number) => undefined);

describe('withRetries', () => {
  it('answers at once when the first try succeeds', async () => {
    const fetch = vi.fn(async () => 'table');
    expect(await withRetries(fetch, noPause)).toBe('table');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('tries again after each pause until it succeeds, reporting each failure', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new Error('Receiving end does not exist.')).mockResolvedValueOnce('table');
    const pause = vi.fn(async (_ms: number) => undefined);
    const onError = vi.fn();
    expect(await withRetries(fetch, pause, onError, [10, 20])).toBe('table');
    expect(pause.mock.calls).toEqual([[10]]);
    expect(onError).toHaveBeenCalledOnce();
  });

  it('rejects with the last failure once every pause was used', async () => {
    let n = 0;
    const fetch = vi.fn(async () => Promise.reject(new Error(`fail ${++n}`)));
    await expect(withRetries(fetch, noPause, () => undefined, [1, 2])).rejects.toThrow('fail 3');
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
