import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../src/popup/one-at-a-time';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('oneAtATime', () => {
  it('starts a task only when the one before has finished', async () => {
    const queue = oneAtATime();
    const started: string[] = [];
    const first = deferred<string>();
    const a = queue(() => (started.push('a'), first.promise), new AbortController().signal);
    const b = queue(async () => (started.push('b'), 'b'), new AbortController().signal);
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual(['a']);
    first.resolve('a');
    expect(await a).toBe('a');
    expect(await b).toBe('b');
    expect(started).toEqual(['a', 'b']);
  });

  it('skips a waiting task whose signal was aborted, and runs the latest', async () => {
    const queue = oneAtATime();
    const started: string[] = [];
    const first = deferred<string>();
    const skipped = new AbortController();
    void queue(() => (started.push('t'), first.promise), new AbortController().signal);
    const middle = queue(async () => (started.push('to'), 'to'), skipped.signal);
    const latest = queue(async () => (started.push('to lam'), 'to lam'), new AbortController().signal);
    skipped.abort();
    first.resolve('t');
    await expect(middle).rejects.toMatchObject({ name: 'AbortError' });
    expect(await latest).toBe('to lam');
    expect(started).toEqual(['t', 'to lam']);
  });

  it('goes on after a task that failed', async () => {
    const queue = oneAtATime();
    const failed = queue(async () => {
      throw new Error('boom');
    }, new AbortController().signal);
    await expect(failed).rejects.toThrow('boom');
    expect(await queue(async () => 'next', new AbortController().signal)).toBe('next');
  });
});
