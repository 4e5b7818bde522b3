import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import type { MeetingKind, QuoteKind } from '../../src/model/export-types';
import { t } from '../../src/i18n/translate';
import type { MessageKey } from '../../src/i18n/messages';

const OURS = /^(card|reader|common)_/;

describe('t', () => {
  it('answers in the language asked, not the browser\'s', () => {
    expect(t('card_meetingsEmpty', 'en')).toBe('No earlier meeting in the corpus.');
    expect(t('card_meetingsEmpty', 'vi')).toBe('Kho bài viết không có cuộc gặp nào trước đó.');
  });

  it('puts substitutions in for named placeholders, in placeholder order', () => {
    expect(t('card_meetingsHeading', 'en', 3)).toBe('Earlier meetings (3)');
    expect(t('card_timelineTitle', 'en', 2, 'Tô Lâm', 'A', 'B', 'C')).toBe(
      'Dated meetings of Tô Lâm (2), from A to B; the page\'s date, C, is marked.',
    );
  });

  it('never reads placeholders inside substituted text', () => {
    expect(t('reader_unknownArticle', 'en', '$1 $ID$ $$')).toBe('The corpus has no article with the id “$1 $ID$ $$”.');
  });

  it('leaves a missing substitution empty rather than showing a $ sign', () => {
    expect(t('card_with', 'en')).toBe('with ');
  });
});

describe('_locales', () => {
  it('has every card, reader and common key in both languages, with the same placeholders', () => {
    const enKeys = Object.keys(en).filter((key) => OURS.test(key)).sort();
    const viKeys = Object.keys(vi).filter((key) => OURS.test(key)).sort();
    expect(viKeys).toEqual(enKeys);
    for (const key of enKeys) {
      const placeholders = (lang: object) =>
        Object.keys((lang as Record<string, { placeholders?: object }>)[key]?.placeholders ?? {}).sort();
      expect(placeholders(vi), key).toEqual(placeholders(en));
    }
  });

  it('uses only names Chrome accepts for messages ([A-Za-z0-9_@])', () => {
    for (const key of [...Object.keys(en), ...Object.keys(vi)]) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('names every meeting kind and quote kind in words', () => {
    const kinds: MeetingKind[] = ['talks', 'online_talks', 'phone_call', 'courtesy_call', 'reception', 'summit', 'visit', 'other'];
    const quoteKinds: QuoteKind[] = ['direct', 'reported', 'joint'];
    for (const kind of kinds) {
      expect(t(`card_kind_${kind}` as MessageKey, 'vi')).not.toMatch(/^card_/);
      expect(t(`card_kind_${kind}` as MessageKey, 'en')).not.toMatch(/^card_/);
    }
    expect(t('card_kind_talks', 'vi')).toBe('hội đàm');
    expect(t('card_kind_phone_call', 'en')).toBe('phone call');
    for (const kind of quoteKinds) expect(t(`card_quoteKind_${kind}` as MessageKey, 'vi')).not.toMatch(/^card_/);
  });
});
