import { compileMatcher, loadMatcher, type CompiledMatcher, type Matcher, type PatternInput } from '../match';
import type { Registry } from '../registry';
import { foldBare, hasDiacritics } from '../text';
import { isWrittenAsProperName } from '../text/proper-name-casing';

/**
 * What a matched pattern means. The corpus build and the content script compile the SAME table
 * ("one matcher, two places"), so what the index knows and what a page highlights agree.
 */
export type PatternMeaning =
  | {
      kind: 'leader';
      leaderId: string;
      /** Set on forms ordinary people also bear (the registry's `common`): the leader's country, one piece of evidence that the page means them. */
      commonIn?: string;
    }
  | { kind: 'short'; leaderId: string; /** Vietnamese syllables ("Cường", "Lam") are ordinary words: they need an honorific or title before them. */ needsHonorific: boolean }
  | {
      kind: 'title';
      office: string;
      form: string;
      /**
       * The country the form itself names ("Tổng thống Pháp", "French President", "Nhật hoàng"):
       * a registry that lists an office's title with its country in it means that country's
       * office-holder, never the home country's (`titleFormCountry`).
       */
      country?: string;
    }
  | { kind: 'country'; country: string };

export interface NameTable {
  /** `meanings[id]` is what pattern id `id` stands for. */
  meanings: PatternMeaning[];
  compiled: CompiledMatcher;
}

export interface LoadedNameTable {
  meanings: PatternMeaning[];
  matcher: Matcher;
}

/**
 * Compiles every name form, title form and country name of `registry` into one matcher.
 *
 * @example
 * const table = buildNameTable(registry);
 * loadNameTable(table).matcher.find('Tổng Bí thư Tô Lâm'); // a title match, then a leader match
 */
export function buildNameTable(registry: Registry): NameTable {
  const meanings: PatternMeaning[] = [];
  const patterns: PatternInput[] = [];
  const add = (meaning: PatternMeaning, forms: readonly string[]): void => {
    const id = meanings.push(meaning) - 1;
    // A person's name counts only written as a name (the short-form rule's first test; a lowercase
    // "donald trump" is a web address or a tag): drop the rest in the matcher. Titles and countries
    // are written in lowercase too ("the prime minister").
    const capitalised = meaning.kind === 'short' || meaning.kind === 'leader';
    for (const text of new Set(forms.flatMap(withTypographicApostrophes).flatMap(withInitialsSpacedBothWays))) patterns.push({ text, id, ...(capitalised ? { capitalised } : {}) });
  };
  for (const leader of registry.leaders) {
    // "Lý Cường" common makes "Ly Cuong" common too: the matcher finds one through the other.
    const common = new Set((leader.common ?? []).map((f) => foldBare(f).text));
    const isCommon = (form: string): boolean => common.has(foldBare(form).text);
    const forms = withoutBareTwins(leader.forms);
    add({ kind: 'leader', leaderId: leader.id }, forms.filter((f) => !isCommon(f)));
    if (common.size > 0) add({ kind: 'leader', leaderId: leader.id, commonIn: leader.country }, forms.filter(isCommon));
    const vietnameseSyllables = leader.country === 'VN';
    if (leader.short.length > 0) {
      add({ kind: 'short', leaderId: leader.id, needsHonorific: vietnameseSyllables }, withoutBareTwins(leader.short));
    }
  }
  for (const [office, title] of Object.entries(registry.titles)) {
    for (const form of new Set([...title.vi, ...title.en])) {
      const country = titleFormCountry(form, registry.countries);
      add({ kind: 'title', office, form, ...(country !== null ? { country } : {}) }, [form]);
    }
  }
  for (const [country, names] of Object.entries(registry.countries)) {
    add({ kind: 'country', country }, [...names.vi, ...names.en, ...(names.native ?? [])]);
  }
  return { meanings, compiled: compileMatcher(patterns) };
}

/**
 * A form and, where it has a typewriter apostrophe, the same form with the typographic one news
 * sites print ("National People's Congress" is written "National People’s Congress"), so a
 * registry written with either finds both.
 *
 * @example
 * withTypographicApostrophes("People's Congress"); // ["People's Congress", 'People’s Congress']
 */
export function withTypographicApostrophes(form: string): string[] {
  if (form.includes("'")) return [form, form.replaceAll("'", '’')];
  if (form.includes('’')) return [form, form.replaceAll('’', "'")];
  return [form];
}

/**
 * A form and, where it runs two initials together or apart, the same form written the other way
 * ("Retno L.P. Marsudi" is printed "Retno L. P. Marsudi" as often), so a registry written with
 * either finds both. One initial ("Teodoro L. Locsin") has no other way.
 *
 * @example
 * withInitialsSpacedBothWays('Retno L.P. Marsudi'); // ['Retno L.P. Marsudi', 'Retno L. P. Marsudi']
 */
export function withInitialsSpacedBothWays(form: string): string[] {
  const apart = form.replace(/(?<![\p{L}\p{M}])(\p{Lu}\.)(?=\p{Lu}\.)/gu, '$1 ');
  const together = form.replace(/(?<![\p{L}\p{M}])(\p{Lu}\.) (?=\p{Lu}\.)/gu, '$1');
  return [...new Set([form, apart, together])];
}

/**
 * The one country a title form names by one of its names, as a whole word and as written (a
 * country's name is capitalised: "thứ nhất" is not "Nhật", "Giáo dục" is not "Đức"); null when it
 * names none, or more than one.
 *
 * @example
 * titleFormCountry('Tổng thống Pháp', registry.countries); // 'FR'
 * titleFormCountry('President of the French Republic', registry.countries); // 'FR'
 * titleFormCountry('Bí thư thứ nhất', registry.countries); // null
 */
export function titleFormCountry(form: string, countries: Registry['countries']): string | null {
  const named = new Set<string>();
  for (const [code, names] of Object.entries(countries)) {
    for (const name of [...names.vi, ...names.en]) {
      const at = form.indexOf(name);
      if (at < 0) continue;
      const before = form[at - 1];
      const after = form[at + name.length];
      if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) named.add(code);
    }
  }
  return named.size === 1 ? [...named][0]! : null;
}

/**
 * Drops "To Lam" when "Tô Lâm" is there: the matcher already finds the marked form written without
 * diacritics, but only as a proper name ("To Lam", not "to lam"); a bare pattern would match any case.
 * A marked form with a lowercase particle ("Rui Maria de Araújo") is never written as a proper name
 * word by word, so its bare twin ("Rui Maria de Araujo") stays a pattern of its own.
 */
function withoutBareTwins(forms: readonly string[]): string[] {
  const markedBare = new Set(forms.filter((f) => hasDiacritics(f) && isWrittenAsProperName(f)).map((f) => foldBare(f).text));
  return forms.filter((f) => hasDiacritics(f) || !markedBare.has(foldBare(f).text));
}

/** Loads a table built by `buildNameTable` (possibly after a JSON round trip). */
export function loadNameTable(table: NameTable): LoadedNameTable {
  return { meanings: table.meanings, matcher: loadMatcher(table.compiled) };
}
