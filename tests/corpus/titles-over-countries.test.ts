import { describe, expect, it } from 'vitest';
import { rulesFor } from '../../src/corpus/language-rules';
import { titlesOverCountries, type CountrySpan } from '../../src/corpus/titles-over-countries';
import { registry } from './registry-fixture';

/** The countries of `sentence` written as `[text, code]`, each found after the one before. */
function spans(sentence: string, ...countries: (readonly [string, string])[]): CountrySpan[] {
  let from = 0;
  return countries.map(([text, country]) => {
    const start = sentence.indexOf(text, from);
    from = start + text.length;
    return { start, end: from, country };
  });
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

  it('takes two countries joined by a comma alone before the title, as headlines write them ("Vietnamese, Lao PMs")', () => {
    const sentence = 'Vietnamese, Lao PMs hold talks in Vientiane';
    const found = titlesOverCountries(sentence, spans(sentence, ['Vietnamese', 'VN'], ['Lao', 'LA']), rulesFor('en'), registry);
    expect(rows(sentence, found)).toEqual([
      ['Vietnamese', 'VN', ['prime-minister']],
      ['Lao PMs', 'LA', ['prime-minister']],
    ]);
    // A word between them is no join: "Vietnamese people, Lao PMs" names one country's title.
    const apart = 'Vietnamese people, Lao PMs hold talks';
    expect(titlesOverCountries(apart, spans(apart, ['Vietnamese', 'VN'], ['Lao', 'LA']), rulesFor('en'), registry)).toEqual([]);
  });

  it('takes an article before the first country ("of the Philippines and …")', () => {
    const sentence = 'The presidents of the Laos and Vietnam met.';
    const found = titlesOverCountries(sentence, spans(sentence, ['Laos', 'LA'], ['Vietnam', 'VN']), rulesFor('en'), registry);
    expect(found.map((t) => t.country)).toEqual(['LA', 'VN']);
  });

  it.each([
    // One country twice is no pair.
    ['The prime ministers of Vietnam and Vietnam held talks.', [['Vietnam', 'VN'], ['Vietnam', 'VN']]],
    // Words other than the linker between the title and the countries.
    ['The prime ministers met leaders of Vietnam and Laos.', [['Vietnam', 'VN'], ['Laos', 'LA']]],
    // A plural the descriptor does not list as a title.
    ['The envoys of Vietnam and Laos held talks.', [['Vietnam', 'VN'], ['Laos', 'LA']]],
  ] as const)('finds nothing in "%s"', (sentence, countries) => {
    expect(titlesOverCountries(sentence, spans(sentence, ...countries), rulesFor('en'), registry)).toEqual([]);
  });

  it('finds nothing in a language whose descriptor has no plural titles', () => {
    const sentence = 'Thủ tướng Việt Nam và Lào hội đàm.';
    expect(titlesOverCountries(sentence, spans(sentence, ['Việt Nam', 'VN'], ['Lào', 'LA']), rulesFor('vi'), registry)).toEqual([]);
  });
});
