import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '../../src/settings/load-settings';
import { addDisabledSite, removeDisabledSite, resetSettings, saveSetting, setSiteEnabled, updateSetting } from '../../src/settings/save-setting';
import { DEFAULT_SETTINGS } from '../../src/settings/settings-types';

const stored = () => fakeBrowser.storage.sync.get(null);

describe('saveSetting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores only the setting that differs from its default', async () => {
    expect(await saveSetting('highlightStyle', 'background')).toEqual({ ok: true });
    expect(await stored()).toEqual({ 'settings.highlightStyle': 'background' });
    expect((await loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, highlightStyle: 'background' });
  });

  it('deletes the key when a setting goes back to its default', async () => {
    await saveSetting('hoverDelayMs', 500);
    await saveSetting('sections', { meetings: true, quotes: false, timeline: true });
    await saveSetting('hoverDelayMs', DEFAULT_SETTINGS.hoverDelayMs);
    await saveSetting('sections', { meetings: true, quotes: true, timeline: true });
    expect(await stored()).toEqual({});
  });

  it('refuses an invalid value with the reason and keeps the old one', async () => {
    await saveSetting('hoverDelayMs', 500);
    const result = await saveSetting('hoverDelayMs', -1);
    expect(result).toEqual({ ok: false, problem: { code: 'invalid', field: 'hoverDelayMs', reason: expect.stringContaining('hoverDelayMs') } });
    expect(await stored()).toEqual({ 'settings.hoverDelayMs': 500 });
  });

  it('stores disabled sites normalised, once each, with their version mark', async () => {
    await saveSetting('disabledSites', ['https://www.VnExpress.net/a', 'vnexpress.net', 'tuoitre.vn']);
    expect(await stored()).toEqual({
      'settings.disabledSites': ['tuoitre.vn', 'vnexpress.net'],
      'settings.disabledSites$': { v: 2 },
    });
  });

  it('refuses a list with an entry that names no site', async () => {
    const result = await saveSetting('disabledSites', ['vnexpress.net', 'not a site']);
    expect(result).toMatchObject({ ok: false, problem: { code: 'invalid', reason: expect.stringContaining('not a site') } });
    expect(await stored()).toEqual({});
  });
});

describe('setSiteEnabled', () => {
  beforeEach(() => fakeBrowser.reset());

  it('turns a site off, then on again, leaving nothing stored', async () => {
    await setSiteEnabled('www.vnexpress.net', false);
    expect((await loadSettings()).settings.disabledSites).toEqual(['vnexpress.net']);
    await setSiteEnabled('vnexpress.net', true);
    expect((await loadSettings()).settings.disabledSites).toEqual([]);
    expect((await stored())['settings.disabledSites']).toBeUndefined();
  });

  it('leaves the other sites alone', async () => {
    await setSiteEnabled('a.example', false);
    await setSiteEnabled('b.example', false);
    await setSiteEnabled('a.example', true);
    expect((await loadSettings()).settings.disabledSites).toEqual(['b.example']);
  });

  it('refuses a hostname that names no site', async () => {
    expect(await setSiteEnabled('', false)).toMatchObject({ ok: false, problem: { code: 'invalid' } });
  });
});

describe('resetSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('removes every settings key and leaves other keys in sync', async () => {
    await saveSetting('theme', 'dark');
    await saveSetting('disabledSites', ['a.example']);
    await fakeBrowser.storage.sync.set({ 'popup.other': 1 });
    expect(await resetSettings()).toEqual({ ok: true });
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
    expect(await stored()).toEqual({ 'popup.other': 1, 'settings.disabledSites$': { v: 2 } });
  });
});

// Issue 10: two options tabs adding a site at once both said "Saved", and only one site survived.
// Each change is now read, made and written inside the settings lock, against the stored list.
describe('updateSetting and the site list, with writers at once', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps both sites when two pages add one at the same time', async () => {
    const results = await Promise.all([addDisabledSite('vnexpress.net'), addDisabledSite('https://www.tuoitre.vn/x')]);
    expect(results).toEqual([{ ok: true }, { ok: true }]);
    expect((await loadSettings()).settings.disabledSites).toEqual(['tuoitre.vn', 'vnexpress.net']);
  });

  it('keeps every site of many concurrent adds, removes and popup switches', async () => {
    await addDisabledSite('old.example');
    await Promise.all([
      ...['a.example', 'b.example', 'c.example', 'd.example'].map((site) => addDisabledSite(site)),
      setSiteEnabled('e.example', false),
      removeDisabledSite('old.example'),
    ]);
    expect((await loadSettings()).settings.disabledSites).toEqual(['a.example', 'b.example', 'c.example', 'd.example', 'e.example']);
  });

  it('removes exactly the entry asked, not the parent domains the popup switch would', async () => {
    await saveSetting('disabledSites', ['vnexpress.net', 'e.vnexpress.net']);
    await removeDisabledSite('e.vnexpress.net');
    expect((await loadSettings()).settings.disabledSites).toEqual(['vnexpress.net']);
  });

  it('refuses a site that is no site name and keeps the list', async () => {
    await addDisabledSite('vnexpress.net');
    expect(await addDisabledSite('not a site')).toMatchObject({ ok: false, problem: { code: 'invalid', field: 'disabledSites' } });
    expect((await loadSettings()).settings.disabledSites).toEqual(['vnexpress.net']);
  });

  it('changes any setting from its stored value', async () => {
    await saveSetting('hoverDelayMs', 500);
    expect(await updateSetting('hoverDelayMs', (ms) => ms + 100)).toEqual({ ok: true });
    expect((await loadSettings()).settings.hoverDelayMs).toBe(600);
  });
});

describe('updateSetting on the card sections', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps both switches two pages turn at the same time', async () => {
    await Promise.all([
      updateSetting('sections', (sections) => ({ ...sections, quotes: false })),
      updateSetting('sections', (sections) => ({ ...sections, timeline: false })),
    ]);
    expect((await loadSettings()).settings.sections).toEqual({ meetings: true, quotes: false, timeline: false });
  });
});
