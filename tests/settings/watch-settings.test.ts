import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importSettings, exportSettings } from '../../src/settings/settings-file';
import { saveSetting } from '../../src/settings/save-setting';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/settings-types';
import { watchSettings } from '../../src/settings/watch-settings';

describe('watchSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('calls back with the whole validated settings when one changes', async () => {
    const cb = vi.fn();
    const stop = watchSettings(cb);
    await saveSetting('highlightStyle', 'none');
    await vi.waitFor(() => expect(cb).toHaveBeenCalled());
    expect(cb).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, highlightStyle: 'none' }, []);
    stop();
  });

  it('sees a change written by another page straight into storage, repaired', async () => {
    const cb = vi.fn();
    const stop = watchSettings(cb);
    await fakeBrowser.storage.sync.set({ 'settings.hoverDelayMs': 'soon' });
    await vi.waitFor(() => expect(cb).toHaveBeenCalled());
    const [settings, repairs] = cb.mock.lastCall as [Settings, unknown[]];
    expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(repairs).toEqual([expect.objectContaining({ field: 'hoverDelayMs', code: 'invalid' })]);
    stop();
  });

  it('ends with the final settings after an import touches many keys', async () => {
    const cb = vi.fn();
    const stop = watchSettings(cb);
    const target: Settings = { ...DEFAULT_SETTINGS, theme: 'dark', hoverDelayMs: 100, trigger: 'click', enabled: false };
    await importSettings(exportSettings(target));
    await vi.waitFor(() => expect(cb.mock.lastCall?.[0]).toEqual(target));
    expect(cb.mock.calls.length).toBeLessThanOrEqual(4);
    stop();
  });

  it('stops calling back once stopped', async () => {
    const cb = vi.fn();
    watchSettings(cb)();
    await saveSetting('theme', 'dark');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cb).not.toHaveBeenCalled();
  });
});
