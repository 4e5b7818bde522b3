import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, readSettings } from '../../src/settings/load-settings';
import { DEFAULT_SETTINGS } from '../../src/settings/settings-types';

describe('loadSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults and no repairs when nothing is stored', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, repairs: [] });
  });

  it('writes nothing on a fresh install, so no default reaches sync', async () => {
    await loadSettings();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('reads the settings the reader changed and defaults the rest', async () => {
    await fakeBrowser.storage.sync.set({ 'settings.hoverDelayMs': 800, 'settings.sections': { meetings: true, quotes: false, timeline: true } });
    const { settings, repairs } = await loadSettings();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 800, sections: { meetings: true, quotes: false, timeline: true } });
    expect(repairs).toEqual([]);
  });

  it('repairs corrupt and foreign values field by field and lists each repair', async () => {
    await fakeBrowser.storage.sync.set({
      'settings.enabled': 'yes',
      'settings.hoverDelayMs': 99999,
      'settings.theme': 'dark', // good: kept
      'settings.trigger': { kind: 'hover' },
      'settings.sections': { meetings: 'no', quotes: false, timeline: null },
      'settings.language': 'fr',
      'someoneElse.key': 1, // another feature's key: ignored
    });
    const { settings, repairs } = await loadSettings();
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      sections: { meetings: true, quotes: false, timeline: true },
    });
    expect(repairs.map((r) => [r.field, r.code])).toEqual([
      ['enabled', 'invalid'],
      ['trigger', 'invalid'],
      ['hoverDelayMs', 'invalid'],
      ['sections.meetings', 'invalid'],
      ['sections.timeline', 'invalid'],
      ['language', 'invalid'],
    ]);
    expect(repairs[0]!.reason).toContain('enabled');
  });

  it('resets a disabled-sites value that is not a list', async () => {
    await fakeBrowser.storage.sync.set({ 'settings.disabledSites': 'vnexpress.net', 'settings.disabledSites$': { v: 2 } });
    const { settings, repairs } = await loadSettings();
    expect(settings.disabledSites).toEqual([]);
    expect(repairs).toEqual([{ field: 'disabledSites', code: 'invalid', reason: expect.stringContaining('list of sites') }]);
  });

  it('never rejects: a failing storage gives the defaults and one "unreadable" repair', async () => {
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('Extension context invalidated.'));
    const { settings, repairs } = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(repairs).toEqual([{ field: '*', code: 'unreadable', reason: 'storage failed: Extension context invalidated.' }]);
    await expect(readSettings()).rejects.toThrow('Extension context invalidated.');
    get.mockRestore();
  });

  it('hands out its own copy of the defaults each time', async () => {
    const first = (await loadSettings()).settings;
    first.sections.quotes = false;
    first.disabledSites.push('x.example');
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });
});
