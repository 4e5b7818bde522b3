import { describe, expect, it } from 'vitest';
import { popupTranslator } from '../../src/popup/translate';
import { t } from '../../src/i18n/translate';

describe('popupTranslator', () => {
  it('answers in the language it was made for', () => {
    expect(popupTranslator('en')('card_meetingsEmpty')).toBe(t('card_meetingsEmpty', 'en'));
    expect(popupTranslator('vi')('card_meetingsEmpty')).toBe(t('card_meetingsEmpty', 'vi'));
    expect(popupTranslator('vi')('card_meetingsEmpty')).not.toBe(popupTranslator('en')('card_meetingsEmpty'));
  });

  it('passes substitutions through', () => {
    expect(popupTranslator('en')('card_meetingsHeading', 3)).toBe('Earlier meetings (3)');
  });
});
