import { describe, expect, it } from 'vitest';
import { isAbortError, latestOnly } from '../../src/popup/latest-only';

/** A task whose answers the test releases by hand, in any order. */
function manualTask() {
  const pending = new Map<string, { resolve: (value: string) => void; signal: AbortSignal }>();
  const task = (query: string, signal: AbortSignal) =>
    new Promise<string>((resolve) => {
      pending.set(query, { resolve, signal });
    });
  return { task, pending };
}

describe('latestOnly', () => {
  it('resolves the latest call with its answer', async () => {
    const { task, pending } = manualTask();
    const search = latestOnly(task);
    const answer = search.run('to lam');
    pending.get('to lam')!.resolve('results for to lam');
    await expect(answer).resolves.toBe('results for to lam');
  });

  it('aborts the previous call when a new one starts, even if its answer arrives later', async () => {
    const { task, pending } = manualTask();
    const search = latestOnly(task);
    const first = search.run('to');
    const second = search.run('to lam');
    expect(pending.get('to')!.signal.aborted).toBe(true);
    expect(pending.get('to lam')!.signal.aborted).toBe(false);
    pending.get('to lam')!.resolve('new');
    pending.get('to')!.resolve('stale');
    await expect(second).resolves.toBe('new');
    const error = await first.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
  });

  it('cancel aborts the pending call', async () => {
    const { task, pending } = manualTask();
    const search = latestOnly(task);
    const call = search.run('x');
    search.cancel();
    pending.get('x')!.resolve('late');
    expect(isAbortError(await call.catch((e: unknown) => e))).toBe(true);
  });

  it('passes a failure of the latest call through', async () => {
    const search = latestOnly(async () => {
      throw new Error('index missing');
    });
    await expect(search.run('x')).rejects.toThrow('index missing');
  });
});

describe('isAbortError', () => {
  it('tells an abort from a failure', () => {
    expect(isAbortError(new DOMException('stop', 'AbortError'))).toBe(true);
    expect(isAbortError(new Error('boom'))).toBe(false);
    expect(isAbortError(null)).toBe(false);
  });
});
