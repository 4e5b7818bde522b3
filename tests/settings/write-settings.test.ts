import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '../../src/settings/load-settings';
import { resetSettings, saveSetting } from '../../src/settings/save-setting';
import { writeSettings } from '../../src/settings/write-settings';

/** `count` distinct hostnames of about 40 characters each. */
const manySites = (count: number) => Array.from({ length: count }, (_, i) => `site-${String(i).padStart(5, '0')}.some-long-news-domain.example`);

// WXT's fake storage does not enforce the sync quota, which is why the module checks sizes itself;
// these tests prove the check, the real browser's own refusal is covered by the storage-error path.
describe('writeSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuses a disabled-sites list over the 8 KiB per-item quota and keeps the old list', async () => {
    await saveSetting('disabledSites', ['vnexpress.net']);
    const result = await writeSettings({ disabledSites: manySites(300) });
    expect(result).toEqual({
      ok: false,
      problem: { code: 'quota-item', field: 'disabledSites', reason: expect.stringMatching(/settings\.disabledSites would take \d+ bytes; sync allows 8192 per setting/) },
    });
    expect((await loadSettings()).settings.disabledSites).toEqual(['vnexpress.net']);
  });

  it('accepts a list just under the per-item quota', async () => {
    expect(await writeSettings({ disabledSites: manySites(150) })).toEqual({ ok: true });
  });

  it('refuses a write that would take the whole sync area over 100 KiB, counting other keys', async () => {
    const filler = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`other.${i}`, 'x'.repeat(8000)]));
    await fakeBrowser.storage.sync.set(filler);
    const result = await writeSettings({ disabledSites: manySites(150) });
    expect(result).toMatchObject({ ok: false, problem: { code: 'quota-total' } });
    expect((await loadSettings()).settings.disabledSites).toEqual([]);
  });

  it('reports the browser\'s own refusal and leaves the stored value', async () => {
    await saveSetting('theme', 'dark');
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    expect(await saveSetting('theme', 'light')).toEqual({
      ok: false,
      problem: { code: 'storage-error', reason: 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded' },
    });
    set.mockRestore();
    expect((await loadSettings()).settings.theme).toBe('dark');
  });
});

// Issue 10: an item marked with a newer schema version was overwritten, and kept its newer mark.
describe('writeSettings and a setting stored by a newer Leaderlens', () => {
  beforeEach(() => fakeBrowser.reset());

  it('leaves it untouched, value and mark, and reports it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {}); // WXT logs the refused downgrade
    await fakeBrowser.storage.sync.set({ 'settings.theme': { mode: 'sepia' }, 'settings.theme$': { v: 2 } });
    const result = await saveSetting('theme', 'dark');
    expect(result).toEqual({
      ok: false,
      problem: { code: 'newer-version', field: 'theme', reason: 'settings.theme: stored by a newer Leaderlens (version 2; this one writes version 1), left as it is' },
    });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'settings.theme': { mode: 'sepia' }, 'settings.theme$': { v: 2 } });
    error.mockRestore();
  });

  it('does not remove it on reset, and resets the others', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({ 'settings.disabledSites': { sites: ['a.example'] }, 'settings.disabledSites$': { v: 3 }, 'settings.hoverDelayMs': 800 });
    expect(await resetSettings()).toMatchObject({ ok: false, problem: { code: 'newer-version', field: 'disabledSites' } });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'settings.disabledSites': { sites: ['a.example'] }, 'settings.disabledSites$': { v: 3 } });
    error.mockRestore();
  });

  it('still writes a setting whose mark is this build\'s version', async () => {
    await fakeBrowser.storage.sync.set({ 'settings.disabledSites': ['a.example'], 'settings.disabledSites$': { v: 2 } });
    expect(await saveSetting('disabledSites', ['b.example'])).toEqual({ ok: true });
    expect((await loadSettings()).settings.disabledSites).toEqual(['b.example']);
  });
});
