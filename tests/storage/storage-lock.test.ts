import { afterEach, describe, expect, it, vi } from 'vitest';
import { withStorageLock } from '../../src/storage/storage-lock';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('withStorageLock without navigator.locks (one JavaScript context)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs the writers of one name one after another, in the order they asked', async () => {
    vi.stubGlobal('navigator', undefined);
    const log: string[] = [];
    const writer = (who: string) =>
      withStorageLock('a-lock', async () => {
        log.push(`${who} reads`);
        await tick();
        log.push(`${who} writes`);
        return who;
      });
    expect(await Promise.all([writer('a'), writer('b')])).toEqual(['a', 'b']);
    expect(log).toEqual(['a reads', 'a writes', 'b reads', 'b writes']);
  });

  it('lets writers of different names run side by side', async () => {
    vi.stubGlobal('navigator', undefined);
    const log: string[] = [];
    let release!: () => void;
    const held = withStorageLock('first', () => new Promise<void>((resolve) => (release = resolve)));
    await withStorageLock('second', async () => log.push('second ran while first is held'));
    release();
    await held;
    expect(log).toEqual(['second ran while first is held']);
  });

  it('lets the next writer run after one that failed', async () => {
    vi.stubGlobal('navigator', undefined);
    await expect(withStorageLock('a-lock', async () => Promise.reject(new Error('storage refused')))).rejects.toThrow('storage refused');
    expect(await withStorageLock('a-lock', async () => 'next')).toBe('next');
  });
});

describe('withStorageLock with navigator.locks', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes the Web Lock of that name, which every page and the worker of the extension share', async () => {
    const request = vi.fn((_name: string, work: () => Promise<unknown>) => work());
    vi.stubGlobal('navigator', { locks: { request } });
    expect(await withStorageLock('leaderlens-marks', async () => 42)).toBe(42);
    expect(request).toHaveBeenCalledWith('leaderlens-marks', expect.any(Function));
  });
});
