import { describe, expect, it } from 'vitest';
import { parseSetting, SETTING_FIELDS, settingsSchema } from '../../src/settings/settings-schema';
import { DEFAULT_SETTINGS } from '../../src/settings/settings-types';

describe('settingsSchema', () => {
  it('accepts the defaults and covers every setting, in the order of the Settings type', () => {
    expect(settingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(SETTING_FIELDS).toEqual(Object.keys(DEFAULT_SETTINGS));
  });

  it('refuses unknown keys', () => {
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, extra: 1 }).success).toBe(false);
  });
});

describe('parseSetting', () => {
  it.each([
    ['hoverDelayMs', 0],
    ['hoverDelayMs', 3000],
    ['trigger', 'hover-modifier'],
    ['modifier', 'Meta'],
  ] as const)('accepts %s = %j', (key, value) => {
    expect(parseSetting(key, value)).toEqual({ ok: true, value });
  });

  it.each([
    ['hoverDelayMs', 3001],
    ['hoverDelayMs', 12.5],
    ['hoverDelayMs', '300'],
    ['enabled', 1],
    ['theme', 'sepia'],
    ['sections', { meetings: true, quotes: true }],
  ] as const)('refuses %s = %j, naming the field', (key, value) => {
    const result = parseSetting(key, value);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(new RegExp(`^${key}`));
  });

  it('normalises disabled sites', () => {
    expect(parseSetting('disabledSites', ['WWW.B.example', 'a.example', 'b.example'])).toEqual({ ok: true, value: ['a.example', 'b.example'] });
  });
});
