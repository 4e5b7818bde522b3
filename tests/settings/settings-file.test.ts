import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '../../src/settings/load-settings';
import { saveSetting } from '../../src/settings/save-setting';
import { exportSettings, importSettings, parseSettingsFile } from '../../src/settings/settings-file';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/settings-types';

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  enabled: false,
  disabledSites: ['tuoitre.vn', 'vnexpress.net'],
  trigger: 'hover-modifier',
  modifier: 'Shift',
  hoverDelayMs: 650,
  sections: { meetings: true, quotes: false, timeline: false },
  theme: 'dark',
  language: 'vi',
};

const file = (settings: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'leaderlens-settings', formatVersion: 1, settings, ...extra });

describe('exportSettings', () => {
  it('writes every setting, defaults included, under the format marker', () => {
    expect(JSON.parse(exportSettings(DEFAULT_SETTINGS))).toEqual({ format: 'leaderlens-settings', formatVersion: 1, settings: DEFAULT_SETTINGS });
  });
});

describe('importSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips an export', async () => {
    const text = exportSettings(custom);
    expect(await importSettings(text)).toEqual({ ok: true, settings: custom });
    expect((await loadSettings()).settings).toEqual(custom);
    expect(exportSettings((await loadSettings()).settings)).toBe(text);
  });

  it('stores only what differs from the defaults, and replaces what was there', async () => {
    await saveSetting('theme', 'light');
    await importSettings(file({ hoverDelayMs: 900 }));
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'settings.hoverDelayMs': 900 });
  });

  it.each([
    ['text that is not JSON', 'hello', 'not-json'],
    ['JSON without the marker', JSON.stringify({ settings: DEFAULT_SETTINGS }), 'not-settings-file'],
    ['an array', '[1,2]', 'not-settings-file'],
    ['a newer file format', file(DEFAULT_SETTINGS, { formatVersion: 2 }), 'newer-file'],
    ['a bad value', file({ ...DEFAULT_SETTINGS, hoverDelayMs: 'slow' }), 'invalid'],
    ['an unknown setting', file({ ...DEFAULT_SETTINGS, fontSize: 3 }), 'invalid'],
    ['a bad card section', file({ ...DEFAULT_SETTINGS, sections: { meetings: 1, quotes: true, timeline: true } }), 'invalid'],
    ['a site that is not one', file({ ...DEFAULT_SETTINGS, disabledSites: ['ok.example', 'no site'] }), 'invalid'],
    ['a huge file', ' '.repeat(300_000), 'too-large'],
  ])('refuses %s and changes nothing', async (_what, text, code) => {
    await saveSetting('theme', 'dark');
    const before = await fakeBrowser.storage.sync.get(null);
    const result = await importSettings(text);
    expect(result).toMatchObject({ ok: false, problem: { code } });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(before);
  });

  it('names the setting at fault', () => {
    expect(parseSettingsFile(file({ ...DEFAULT_SETTINGS, hoverDelayMs: 'slow' }))).toEqual({
      ok: false,
      problem: { code: 'invalid', reason: expect.stringMatching(/^hoverDelayMs: /) },
    });
    expect(parseSettingsFile(file({ sections: { meetings: 1 } }))).toMatchObject({
      problem: { reason: expect.stringMatching(/^sections\.meetings: /) },
    });
  });

  it('refuses a file whose sites would go over the sync quota, changing nothing', async () => {
    const sites = Array.from({ length: 400 }, (_, i) => `site-${i}.some-long-news-domain.example`);
    const result = await importSettings(file({ ...DEFAULT_SETTINGS, disabledSites: sites, theme: 'dark' }));
    expect(result).toMatchObject({ ok: false, problem: { code: 'quota-item' } });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
