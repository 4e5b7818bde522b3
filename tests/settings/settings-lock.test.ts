import { afterEach, describe, expect, it, vi } from 'vitest';
import { SETTINGS_LOCK, withSettingsLock } from '../../src/settings/settings-lock';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('withSettingsLock without navigator.locks (one JavaScript context)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs writers one after another, in the order they asked', async () => {
    vi.stubGlobal('navigator', undefined);
    const log: string[] = [];
    const writer = (name: string) =>
      withSettingsLock(async () => {
        log.push(`${name} reads`);
        await tick();
        log.push(`${name} writes`);
        return name;
      });
    expect(await Promise.all([writer('a'), writer('b')])).toEqual(['a', 'b']);
    expect(log).toEqual(['a reads', 'a writes', 'b reads', 'b writes']);
  });

  it('lets the next writer run after one that failed', async () => {
    vi.stubGlobal('navigator', undefined);
    const failed = withSettingsLock(async () => {
      throw new Error('storage refused');
    });
    await expect(failed).rejects.toThrow('storage refused');
    expect(await withSettingsLock(async () => 'next')).toBe('next');
  });
});

describe('withSettingsLock with navigator.locks', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes the named Web Lock, which every page and the worker of the extension share', async () => {
    const request = vi.fn((_name: string, work: () => Promise<unknown>) => work());
    vi.stubGlobal('navigator', { locks: { request } });
    expect(await withSettingsLock(async () => 42)).toBe(42);
    expect(request).toHaveBeenCalledWith(SETTINGS_LOCK, expect.any(Function));
  });
});
