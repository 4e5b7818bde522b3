import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import { LOCALE_MESSAGES } from '../../src/i18n/messages';

describe('LOCALE_MESSAGES', () => {
  it('is the English _locales file for en and the Vietnamese one for vi', () => {
    expect(LOCALE_MESSAGES.en).toEqual(en);
    expect(LOCALE_MESSAGES.vi).toEqual(vi);
  });

  it('has no Vietnamese entry that English lacks, since English is the default locale', () => {
    const english = new Set(Object.keys(LOCALE_MESSAGES.en));
    expect(Object.keys(LOCALE_MESSAGES.vi).filter((key) => !english.has(key))).toEqual([]);
  });

  it('gives every entry non-empty text in Chrome\'s format', () => {
    for (const lang of ['en', 'vi'] as const) {
      for (const [key, entry] of Object.entries(LOCALE_MESSAGES[lang])) {
        expect(typeof entry?.message, `${lang} ${key}`).toBe('string');
        expect(entry?.message.trim(), `${lang} ${key}`).not.toBe('');
        for (const placeholder of Object.values(entry?.placeholders ?? {})) expect(placeholder.content).toMatch(/^\$[1-9]$/);
      }
    }
  });
});
