import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../src/i18n/resolve-language';

describe('resolveLanguage', () => {
  it.each([
    ['vi', 'en-US', 'vi'],
    ['en', 'vi-VN', 'en'],
    ['auto', 'vi', 'vi'],
    ['auto', 'vi-VN', 'vi'],
    ['auto', 'VI', 'vi'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'fr', 'en'],
  ] as const)('setting %s with browser language %s → %s', (setting, ui, expected) => {
    expect(resolveLanguage(setting, ui)).toBe(expected);
  });

  it('falls back to the browser language without the i18n API (the fake browser of unit tests)', () => {
    expect(['vi', 'en']).toContain(resolveLanguage('auto'));
  });
});
