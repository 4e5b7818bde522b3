import type { Registry } from '../registry';
import { matchesOf } from '../text/matches-of';
import { officesTitled } from './group-offices';
import type { LanguageRules } from './language-rules';

/** A country the name table found in a sentence: where it is written and its code. */
export interface CountrySpan {
  start: number;
  end: number;
  country: string;
}

/** One country's holder of a plural title spread over a list of countries, where it is written. */
export interface TitleOfCountry {
  start: number;
  end: number;
  country: string;
  /** The offices the title's singular names, and the singular as written. */
  offices: string[];
  form: string;
}

/**
 * "The prime ministers of Vietnam and India had a conversation", "the Vietnamese and Indian prime
 * ministers held talks": a plural title over two countries is each country's holder of it, two
 * people. Each gets a span of its own, joined by the conjunction, so the engine reads them as it
 * reads "X and Y": the first "The prime ministers of Vietnam" and the second "India", or the first
 * "Vietnamese" and the second "Indian prime ministers". The plural forms are the descriptor's
 * (`pluralTitles`), the words between title and countries too (`titleCountryLinkers`); a
 * language with neither has none of these.
 *
 * @example
 * titlesOverCountries('The prime ministers of Vietnam and India met.', countries, rulesFor('en'), registry)
 * // [{ country: 'VN', offices: ['prime-minister'], … }, { country: 'IN', … }]
 */
export function titlesOverCountries(sentence: string, countries: readonly CountrySpan[], rules: LanguageRules, registry: Registry): TitleOfCountry[] {
  if (countries.length < 2) return [];
  const found: TitleOfCountry[] = [];
  for (const m of matchesOf(sentence, rules.pluralTitle)) {
    const start = m.index;
    const end = start + m[0].length;
    const form = rules.singularTitle(m[0]);
    const offices = officesTitled(form, registry);
    if (offices.length === 0) continue;
    const after = countryPairAfter(sentence, end, countries, rules);
    if (after) {
      found.push({ start, end: after[0].end, country: after[0].country, offices, form }, { ...after[1], offices, form });
      continue;
    }
    const before = countryPairBefore(sentence, start, countries, rules);
    if (before) found.push({ ...before[0], offices, form }, { start: before[1].start, end, country: before[1].country, offices, form });
  }
  return found;
}

/** "… of Vietnam and India": two different countries after a linker, joined by a conjunction. */
function countryPairAfter(sentence: string, from: number, countries: readonly CountrySpan[], rules: LanguageRules): [CountrySpan, CountrySpan] | null {
  const first = countries.find((c) => c.start >= from);
  if (!first || !rules.titleCountryLinkerGap.test(sentence.slice(from, first.start))) return null;
  const second = countries.find((c) => c.start >= first.end);
  if (!second || second.country === first.country || !rules.countryListJoin.test(sentence.slice(first.end, second.start))) return null;
  return [first, second];
}

/** "the Vietnamese and Indian …": two different countries joined by a conjunction, the second right before the title. */
function countryPairBefore(sentence: string, to: number, countries: readonly CountrySpan[], rules: LanguageRules): [CountrySpan, CountrySpan] | null {
  if (!rules.countryBeforeTitle) return null;
  const second = countries.filter((c) => c.end <= to).at(-1);
  if (!second || sentence.slice(second.end, to).trim() !== '') return null;
  const first = countries.filter((c) => c.end <= second.start).at(-1);
  // "Lao, Russian presidents hold talks": a headline joins the two with a comma alone.
  if (!first || first.country === second.country || !(rules.countryListJoin.test(sentence.slice(first.end, second.start)) || COMMA_ALONE.test(sentence.slice(first.end, second.start)))) return null;
  return [first, second];
}

const COMMA_ALONE = /^\s*,\s*$/u;
