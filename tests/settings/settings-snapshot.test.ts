import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveSetting } from '../../src/settings/save-setting';
import { fetchSettingsSnapshot, isSettingsChange, watchSettingsSnapshot } from '../../src/settings/settings-snapshot';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/settings-types';

const withStyle = (highlightStyle: Settings['highlightStyle']): Settings => ({ ...DEFAULT_SETTINGS, highlightStyle });

describe('isSettingsChange', () => {
  it('is true for a settings key in the sync area, version marks included', () => {
    expect(isSettingsChange({ 'settings.theme': {} }, 'sync')).toBe(true);
    expect(isSettingsChange({ 'settings.disabledSites$': {} }, 'sync')).toBe(true);
  });

  it('is false for another area or other keys', () => {
    expect(isSettingsChange({ 'settings.theme': {} }, 'local')).toBe(false);
    expect(isSettingsChange({ 'other.key': {} }, 'sync')).toBe(false);
  });
});

describe('fetchSettingsSnapshot', () => {
  it('answers what the background sends', async () => {
    expect(await fetchSettingsSnapshot(async () => withStyle('none'))).toEqual(withStyle('none'));
  });

  it('answers the defaults, and reports why, when the background cannot answer', async () => {
    const onError = vi.fn();
    expect(await fetchSettingsSnapshot(() => Promise.reject(new Error('gone')), onError)).toEqual(DEFAULT_SETTINGS);
    expect(onError).toHaveBeenCalledWith(new Error('gone'));
  });
});

describe('watchSettingsSnapshot', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks again and calls back when a setting changes in storage.sync', async () => {
    const fetch = vi.fn(async () => withStyle('background'));
    const cb = vi.fn();
    const stop = watchSettingsSnapshot(fakeBrowser.storage.onChanged, fetch, cb);
    await saveSetting('highlightStyle', 'background');
    await vi.waitFor(() => expect(cb).toHaveBeenCalledWith(withStyle('background')));
    stop();
  });

  it('ignores changes outside the settings', async () => {
    const fetch = vi.fn(async () => DEFAULT_SETTINGS);
    const stop = watchSettingsSnapshot(fakeBrowser.storage.onChanged, fetch, vi.fn());
    await fakeBrowser.storage.local.set({ 'settings.theme': 'dark' });
    await fakeBrowser.storage.sync.set({ unrelated: 1 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fetch).not.toHaveBeenCalled();
    stop();
  });

  it('asks once more, not once per key, for changes that arrive while a request is under way', async () => {
    let release: () => void = () => undefined;
    const fetch = vi.fn(() => new Promise<Settings>((resolve) => (release = () => resolve(withStyle('none')))));
    const cb = vi.fn();
    const listeners: ((changes: Record<string, unknown>, area: string) => void)[] = [];
    const onChanged = { addListener: (l: (typeof listeners)[number]) => listeners.push(l), removeListener: vi.fn() };
    const stop = watchSettingsSnapshot(onChanged, fetch, cb);
    for (const key of ['settings.theme', 'settings.language', 'settings.enabled']) listeners[0]!({ [key]: {} }, 'sync');
    expect(fetch).toHaveBeenCalledTimes(1);
    release();
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    release();
    await vi.waitFor(() => expect(cb).toHaveBeenCalledTimes(1));
    expect(fetch).toHaveBeenCalledTimes(2);
    stop();
  });

  it('keeps the settings it has when the request fails, and stops listening when stopped', async () => {
    const onError = vi.fn();
    const cb = vi.fn();
    const stop = watchSettingsSnapshot(fakeBrowser.storage.onChanged, () => Promise.reject(new Error('asleep')), cb, onError);
    await saveSetting('theme', 'dark');
    await vi.waitFor(() => expect(onError).toHaveBeenCalled());
    expect(cb).not.toHaveBeenCalled();
    stop();
    onError.mockClear();
    await saveSetting('theme', 'light');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(onError).not.toHaveBeenCalled();
  });
});
