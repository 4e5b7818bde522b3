import { describe, expect, it } from 'vitest';
import { repairSettings } from '../../src/settings/repair-settings';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/settings-types';
import { SETTING_FIELDS } from '../../src/settings/settings-schema';

describe('repairSettings', () => {
  it('gives back the defaults whole when every field is missing', () => {
    expect(repairSettings({})).toEqual({ settings: DEFAULT_SETTINGS, repairs: [] });
  });

  it.each(SETTING_FIELDS)('brings back the default of %s alone when only that one is junk', (field) => {
    const stored: Record<string, unknown> = { ...DEFAULT_SETTINGS, theme: 'dark', [field]: Symbol.for('junk').toString() };
    if (field === 'theme') stored['enabled'] = false;
    const { settings, repairs } = repairSettings(stored);
    expect(settings[field]).toEqual(DEFAULT_SETTINGS[field]);
    expect(repairs.map((r) => r.field)).toEqual([field]);
    const untouched = SETTING_FIELDS.filter((f) => f !== field) as (keyof Settings)[];
    for (const other of untouched) expect(settings[other]).toEqual(stored[other]);
  });

  it('keeps good disabled sites and drops the rest, saying how many', () => {
    const { settings, repairs } = repairSettings({ disabledSites: ['b.example', null, 'a.example', 'no site', 'b.example'] });
    expect(settings.disabledSites).toEqual(['a.example', 'b.example']);
    expect(repairs).toEqual([{ field: 'disabledSites', code: 'dropped-entries', reason: 'left out 2 entries naming no site: null, "no site"' }]);
  });

  it('marks a bad value from a newer version as such', () => {
    expect(repairSettings({ theme: 'sepia' }, new Set(['theme'])).repairs).toEqual([
      { field: 'theme', code: 'newer-version', reason: expect.any(String) },
    ]);
  });

  it('keeps a whole section object it can read and ignores unknown sections', () => {
    const { settings, repairs } = repairSettings({ sections: { meetings: false, quotes: true, timeline: false, photos: true } });
    expect(settings.sections).toEqual({ meetings: false, quotes: true, timeline: false });
    expect(repairs).toEqual([]);
  });

  it('shortens a huge bad value in its reason', () => {
    const { repairs } = repairSettings({ sections: 'x'.repeat(10_000) });
    expect(repairs[0]!.reason.length).toBeLessThan(120);
  });
});
