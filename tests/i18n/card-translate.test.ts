import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { CARD_MESSAGES } from '../../src/i18n/card-messages';
import { cardT } from '../../src/i18n/card-translate';
import type { MessageKey } from '../../src/i18n/messages';
import { t } from '../../src/i18n/translate';

const CARD_KEYS = Object.keys(en).filter((key) => /^(card|common)_/.test(key)) as MessageKey[];

describe('CARD_MESSAGES', () => {
  it('holds every card_ and common_ entry of the _locales files, and nothing else', () => {
    expect(Object.keys(CARD_MESSAGES.en).sort()).toEqual([...CARD_KEYS].sort());
    expect(Object.keys(CARD_MESSAGES.vi).every((key) => CARD_KEYS.includes(key as MessageKey))).toBe(true);
  });
});

describe('cardT', () => {
  it.each(CARD_KEYS.flatMap((key) => [[key, 'en'], [key, 'vi']] as const))('answers %s in %s exactly as t does', (key, lang) => {
    expect(cardT(key, lang, 2, 'Tô Lâm', 'A', 'B', 'C')).toBe(t(key, lang, 2, 'Tô Lâm', 'A', 'B', 'C'));
  });

  it('answers a key outside the card as itself', () => {
    expect(cardT('popup_searchLabel' as MessageKey, 'en')).toBe('popup_searchLabel');
  });
});
