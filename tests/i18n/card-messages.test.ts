import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import { CARD_MESSAGES } from '../../src/i18n/card-messages';

const CARD_KEYS = Object.keys(en).filter((key) => /^(card|common)_/.test(key));

describe('CARD_MESSAGES', () => {
  it('holds every card_ and common_ entry of the _locales files, and nothing else', () => {
    expect(Object.keys(CARD_MESSAGES.en).sort()).toEqual([...CARD_KEYS].sort());
    expect(Object.keys(CARD_MESSAGES.vi).every((key) => CARD_KEYS.includes(key))).toBe(true);
  });

  it('gives each language the entries of its own _locales file', () => {
    const files = { en: en as Record<string, unknown>, vi: vi as Record<string, unknown> };
    for (const lang of ['en', 'vi'] as const) {
      for (const [key, entry] of Object.entries(CARD_MESSAGES[lang])) expect(entry, `${lang} ${key}`).toEqual(files[lang][key]);
    }
  });

  it('has text in both languages for every card key', () => {
    for (const key of CARD_KEYS) {
      expect(CARD_MESSAGES.en[key]?.message, key).toBeTruthy();
      expect(CARD_MESSAGES.vi[key]?.message, key).toBeTruthy();
    }
  });
});
