import { describe, expect, it } from 'vitest';
import { descriptorFor, LANGUAGES } from '../../src/lang';
import { PAGE_LANGUAGES, pageWordsFor } from '../../src/lang/page-words';

describe('page words', () => {
  it('lists the languages of LANGUAGES, in the same order (ties in detectLanguage go to the first)', () => {
    expect(PAGE_LANGUAGES.map((l) => l.code)).toEqual(LANGUAGES.map((l) => l.code));
  });

  it('are each descriptor\'s own words, so the page and the corpus read the same ones', () => {
    for (const { code } of LANGUAGES) {
      const page = pageWordsFor(code);
      const whole = descriptorFor(code);
      for (const [field, value] of Object.entries(page)) expect(whole[field as keyof typeof whole], `${code}.${field}`).toBe(value);
    }
  });
});
