import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { cardT } from '../../src/i18n/card-translate';
import type { MessageKey } from '../../src/i18n/messages';
import { t } from '../../src/i18n/translate';

const CARD_KEYS = Object.keys(en).filter((key) => /^(card|common)_/.test(key)) as MessageKey[];

describe('cardT', () => {
  it.each(CARD_KEYS.flatMap((key) => [[key, 'en'], [key, 'vi']] as const))('answers %s in %s exactly as t does', (key, lang) => {
    expect(cardT(key, lang, 2, 'Tô Lâm', 'A', 'B', 'C')).toBe(t(key, lang, 2, 'Tô Lâm', 'A', 'B', 'C'));
  });

  it('answers a key outside the card as itself', () => {
    expect(cardT('popup_searchLabel' as MessageKey, 'en')).toBe('popup_searchLabel');
  });
});
