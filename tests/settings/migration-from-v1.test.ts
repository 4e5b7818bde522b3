import { describe, expect, it, vi } from 'vitest';

// WXT runs an item's migrations when the item is defined, so each test seeds storage first and then
// loads a fresh copy of the settings modules (whose items are defined on first use).
async function freshModules() {
  vi.resetModules();
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  fakeBrowser.reset();
  return { fakeBrowser, load: async () => import('../../src/settings') };
}

describe('migration of disabledSites from version 1', () => {
  it('turns the v1 list, kept as typed, into normalised hostnames, and marks it version 2', async () => {
    const { fakeBrowser, load } = await freshModules();
    // The v1 shape: sites as the reader typed them, with schemes, paths, www., capitals and repeats.
    await fakeBrowser.storage.sync.set({
      'settings.disabledSites': ['https://www.VnExpress.net/thoi-su', 'vnexpress.net', 'Tuoitre.VN', 'http://127.0.0.1:8080/x'],
      'settings.theme': 'dark',
    });
    const { loadSettings } = await load();
    const { settings, repairs } = await loadSettings();
    expect(settings.disabledSites).toEqual(['127.0.0.1', 'tuoitre.vn', 'vnexpress.net']);
    expect(settings.theme).toBe('dark');
    expect(repairs).toEqual([]);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      'settings.disabledSites': ['127.0.0.1', 'tuoitre.vn', 'vnexpress.net'],
      'settings.disabledSites$': { v: 2 },
      'settings.theme': 'dark',
    });
  });

  it('keeps v1 entries it cannot read for the repair on read, which leaves them out and says so', async () => {
    const { fakeBrowser, load } = await freshModules();
    await fakeBrowser.storage.sync.set({ 'settings.disabledSites': ['vnexpress.net', 42, 'not a site'] });
    const { loadSettings } = await load();
    const { settings, repairs } = await loadSettings();
    expect(settings.disabledSites).toEqual(['vnexpress.net']);
    expect(repairs).toEqual([{ field: 'disabledSites', code: 'dropped-entries', reason: expect.stringContaining('2 entries') }]);
  });

  it('does not migrate a value already at version 2', async () => {
    const { fakeBrowser, load } = await freshModules();
    await fakeBrowser.storage.sync.set({ 'settings.disabledSites': ['a.example'], 'settings.disabledSites$': { v: 2 } });
    const { loadSettings } = await load();
    expect((await loadSettings()).settings.disabledSites).toEqual(['a.example']);
  });

  it('leaves a value from a newer version alone and reports it only when it cannot be read', async () => {
    const { fakeBrowser, load } = await freshModules();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {}); // WXT logs the refused downgrade
    await fakeBrowser.storage.sync.set({
      'settings.disabledSites': { sites: ['a.example'] },
      'settings.disabledSites$': { v: 3 },
      'settings.trigger': 'double-click',
      'settings.trigger$': { v: 2 },
    });
    const { loadSettings } = await load();
    const { settings, repairs } = await loadSettings();
    expect(settings.disabledSites).toEqual([]);
    expect(settings.trigger).toBe('hover');
    expect(repairs.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: 'disabledSites', code: 'newer-version' },
      { field: 'trigger', code: 'newer-version' },
    ]);
    // Nothing written back: the newer install on another computer keeps its value.
    expect((await fakeBrowser.storage.sync.get('settings.disabledSites'))['settings.disabledSites']).toEqual({ sites: ['a.example'] });
    error.mockRestore();
  });
});
