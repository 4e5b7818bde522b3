import { describe, expect, it } from 'vitest';
import { rulesFor } from '../../src/corpus/language-rules';
import { titlesOverCountries, type CountrySpan } from '../../src/corpus/titles-over-countries';
import { registry } from './registry-fixture';

/** The countries of `sentence` written as `[text, code]`, each at its first place. */
function spans(sentence: string, ...countries: [string, string][]): CountrySpan[] {
  return countries.map(([text, country]) => ({ start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length, country }));
}

const rows = (sentence: string, found: ReturnType<typeof titlesOverCountries>) => found.map((t) => [sentence.slice(t.start, t.end), t.country, t.offices]);

describe('titlesOverCountries', () => {
  it('spreads a plural title before "of A and B" over both countries, the first span from the title', () => {
    const sentence = 'The prime ministers of Vietnam and Laos held talks.';
    const found = titlesOverCountries(sentence, spans(sentence, ['Vietnam', 'VN'], ['Laos', 'LA']), rulesFor('en'), registry);
    expect(rows(sentence, found)).toEqual([
      ['prime ministers of Vietnam', 'VN', ['prime-minister']],
      ['Laos', 'LA', ['prime-minister']],
    ]);
  });

  it('spreads a plural title after "A and B" over both countries, the second span to the title\'s end', () => {
    const sentence = 'The Vietnamese and Lao prime ministers held talks.';
    const found = titlesOverCountries(sentence, spans(sentence, ['Vietnamese', 'VN'], ['Lao', 'LA']), rulesFor('en'), registry);
    expect(rows(sentence, found)).toEqual([
      ['Vietnamese', 'VN', ['prime-minister']],
      ['Lao prime ministers', 'LA', ['prime-minister']],
    ]);
  });

  it('takes an article before the first country ("of the Philippines and …")', () => {
    const sentence = 'The presidents of the Laos and Vietnam met.';
    const found = titlesOverCountries(sentence, spans(sentence, ['Laos', 'LA'], ['Vietnam', 'VN']), rulesFor('en'), registry);
    expect(found.map((t) => t.country)).toEqual(['LA', 'VN']);
  });

  it.each([
    // One country twice is no pair.
    ['The prime ministers of Vietnam and Vietnam held talks.', [['Vietnam', 'VN']]],
    // Words other than the linker between the title and the countries.
    ['The prime ministers met leaders of Vietnam and Laos.', [['Vietnam', 'VN'], ['Laos', 'LA']]],
    // A plural title of no office.
    ['The envoys of Vietnam and Laos held talks.', [['Vietnam', 'VN'], ['Laos', 'LA']]],
  ] as const)('finds nothing in "%s"', (sentence, countries) => {
    const all = countries.map(([text, code]) => [text, code] as [string, string]);
    const list = sentence.includes('Vietnam and Vietnam')
      ? [{ start: sentence.indexOf('Vietnam'), end: sentence.indexOf('Vietnam') + 7, country: 'VN' }, { start: sentence.lastIndexOf('Vietnam'), end: sentence.lastIndexOf('Vietnam') + 7, country: 'VN' }]
      : spans(sentence, ...all);
    expect(titlesOverCountries(sentence, list, rulesFor('en'), registry)).toEqual([]);
  });

  it('finds nothing in a language whose descriptor has no plural titles', () => {
    const sentence = 'Thủ tướng Việt Nam và Lào hội đàm.';
    expect(titlesOverCountries(sentence, spans(sentence, ['Việt Nam', 'VN'], ['Lào', 'LA']), rulesFor('vi'), registry)).toEqual([]);
  });
});
