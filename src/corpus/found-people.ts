import { laterNames } from '../registry/later-names';
import { foldName, type Leader, type Registry } from '../registry';
import { allNameForms } from '../registry';

/** An office-holder the registry lacks, as one article named them ("Thủ tướng Campuchia Hun Manet"). */
export interface UnknownTelling {
  name: string;
  title: string;
  offices: readonly string[];
  country: string | null;
  articleId: string;
  articleFile: string;
  articleDate: string | null;
}

/** A person of the index found in the corpus, not the registry: a leader entry plus how the articles titled them. */
export interface FoundPerson {
  leader: Leader;
  /** The title as the articles write it (the most frequent). */
  title: string;
}

/**
 * People the corpus names with a real title whom the registry does not know become people of the
 * index ("the registry is a hint, not a wall"): one person per name (compared without case,
 * diacritics, hyphens, initials' full stops and doubled letters, and in any word order for a
 * country whose press writes names either way, `nameOrderVaries`), spellings of one name joined
 * (`withSpellingVariants`), a shorter name joining the one fuller name of the same country and
 * office it is part of (`withFullerNames`), under a stable id
 * from the fullest name, with the country the titles qualify them with and the offices the titles
 * name, attested on the days of the articles that title them. A name the registry already owns in
 * any form, or a telling with no country, makes no person: their country and office would be a
 * guess. Sources are the articles.
 *
 * @example
 * foundPeople(registry, [{ name: 'Hun Manet', title: 'Thủ tướng Campuchia', offices: ['prime-minister'], country: 'KH', … }]);
 * // [{ leader: { id: 'hun-manet', name: 'Hun Manet', country: 'KH', offices: [{ office: 'prime-minister', country: 'KH', attested: [...] }], … }, title: 'Thủ tướng Campuchia' }]
 */
export function foundPeople(registry: Registry, tellings: readonly UnknownTelling[]): FoundPerson[] {
  const eitherOrder = (country: string | null) => country !== null && registry.countries[country]?.nameOrderVaries === true;
  // A name's words in any order, where a country's press writes its names either way.
  // A hyphen inside a name is a space written otherwise ("Park Byeong-seug", "Park Byeong Seug").
  // A doubled letter is one letter spelled otherwise ("Ukhnaagiin", "Ukhnaagin"): transliterations
  // of one name disagree on them more than any two people's names differ by them.
  // An initial's full stop is the same initial without it ("M. Venkaiah Naidu", "M Venkaiah Naidu").
  const keyOf = (name: string, country: string | null) => {
    const folded = foldName(name).replace(/\s*-\s*/gu, ' ').replace(/\.\s*/gu, ' ').trim().replace(/(\p{L})\1+/gu, '$1');
    return eitherOrder(country) ? folded.split(' ').sort().join(' ') : folded;
  };
  const owned = new Set(registry.leaders.flatMap((l) => [l.name, ...allNameForms(l)].map((form) => keyOf(form, l.country))));
  const ids = new Set(registry.leaders.map((l) => l.id));
  const groups = new Map<string, UnknownTelling[]>();
  for (const t of tellings) {
    if (t.country === null || !Object.hasOwn(registry.countries, t.country)) continue;
    const key = keyOf(t.name, t.country);
    if (owned.has(key) || owned.has(foldName(t.name))) continue;
    const list = groups.get(key) ?? [];
    list.push(t);
    groups.set(key, list);
  }
  const people: FoundPerson[] = [];
  for (const list of withFullerNames(withSpellingVariants(groups))) {
    const country = mostFrequent(list.map((t) => t.country!));
    const fitting = list.filter((t) => t.country === country);
    // The fullest form: the most words ("Matamela Cyril Ramaphosa" over "Cyril Ramaphosa"), then
    // the most frequent, then diacritics where an article wrote them ("Hun Ma-nét" over "Hun Ma-net").
    const most = Math.max(...fitting.map((t) => wordsOf(t.name).length));
    const name = mostFrequent(fitting.filter((t) => wordsOf(t.name).length === most).map((t) => t.name), (a, b) => diacritics(b) - diacritics(a));
    let id = slug(foldName(name));
    if (id === '') continue;
    while (ids.has(id)) id = `${id}-found`;
    ids.add(id);
    const offices = [...new Set(fitting.flatMap((t) => t.offices))].filter((o) => Object.hasOwn(registry.titles, o));
    const forms = [...new Set(fitting.map((t) => t.name))];
    const days = [...new Set(fitting.map((t) => t.articleDate).filter((d): d is string => d !== null))].sort();
    people.push({
      title: mostFrequent(fitting.map((t) => t.title)),
      leader: {
        id,
        name,
        country,
        forms,
        short: laterNamesOfSpellings(name, forms, registry.countries[country]?.laterNameToken),
        offices: offices.map((office) => ({ office, country, ...(days.length > 0 ? { attested: days } : {}) })),
        sources: [...new Set(fitting.map((t) => `corpus article ${t.articleFile}`))],
      },
    });
  }
  return people;
}

/**
 * The tellings grouped by name (`groups`, keyed by the folded name), with spellings of one name
 * joined ("Maithripala Srisena" and "Maithripala Sirisena", "Bakhtior" and "Bakhtiyor Saidov",
 * "Igor Sergeenko" and "Igor Sergeyenko"): names of as many words, at least one of them the same,
 * each other word four letters or more and one edit from its counterpart (a letter added, dropped,
 * changed or two swapped; two edits from eight letters), titled with a country and an office in
 * common. Transliterations of one name differ so; two people of one office rarely do ("Kim Jong
 * Un", "Kim Jong Il": short words must be the same). Each joined group is keyed by its spelling
 * told most often.
 */
function withSpellingVariants(groups: ReadonlyMap<string, readonly UnknownTelling[]>): Map<string, UnknownTelling[]> {
  const keys = [...groups.keys()].sort((a, b) => a.localeCompare(b));
  const words = new Map(keys.map((k) => [k, wordsOf(k)]));
  const titled = titledAs(groups);
  const byWords = new Map<number, string[]>();
  for (const key of keys) {
    const n = words.get(key)!.length;
    byWords.set(n, byWords.get(n) ?? []).get(n)!.push(key);
  }
  const parent = new Map<string, string>();
  for (const same of byWords.values()) {
    for (let i = 0; i < same.length; i++) {
      for (let j = i + 1; j < same.length; j++) {
        const [a, b] = [same[i]!, same[j]!];
        if (!spellingsOfOneName(words.get(a)!, words.get(b)!) || !shareAnOffice(titled, a, b)) continue;
        const [ra, rb] = [rootOf(parent, a), rootOf(parent, b)];
        if (ra === rb) continue;
        // The spelling told more often names the group; on a tie, the first in key order.
        const [winner, loser] = groups.get(rb)!.length > groups.get(ra)!.length ? [rb, ra] : [ra, rb];
        parent.set(loser, winner);
      }
    }
  }
  return joinedInto(keys, groups, parent);
}

/** The country and office each group's tellings title it with ("KH prime-minister"), by key. */
function titledAs(groups: ReadonlyMap<string, readonly UnknownTelling[]>): Map<string, Set<string>> {
  return new Map([...groups].map(([key, list]) => [key, new Set(list.flatMap((t) => t.offices.map((o) => `${t.country} ${o}`)))]));
}

/** Whether two groups are titled with a country and an office in common. */
function shareAnOffice(titled: ReadonlyMap<string, ReadonlySet<string>>, a: string, b: string): boolean {
  return [...titled.get(a)!].some((o) => titled.get(b)!.has(o));
}

/** Where `key` ends up, following `into` from key to key (each step to a group it joins). */
function rootOf(into: ReadonlyMap<string, string>, key: string): string {
  let k = key;
  while (into.has(k)) k = into.get(k)!;
  return k;
}

/** The tellings of `keys` gathered under the key each ends up at (`rootOf`), in the order of `keys`. */
function joinedInto(keys: readonly string[], groups: ReadonlyMap<string, readonly UnknownTelling[]>, into: ReadonlyMap<string, string>): Map<string, UnknownTelling[]> {
  const joined = new Map<string, UnknownTelling[]>();
  for (const key of keys) {
    const r = rootOf(into, key);
    joined.set(r, joined.get(r) ?? []).get(r)!.push(...groups.get(key)!);
  }
  return joined;
}

/** Whether two names' words, as many on each side, are spellings of one name (`withSpellingVariants`). */
function spellingsOfOneName(a: readonly string[], b: readonly string[]): boolean {
  let same = 0;
  for (let k = 0; k < a.length; k++) {
    const [x, y] = [a[k]!, b[k]!];
    if (x === y) {
      same++;
      continue;
    }
    const shorter = Math.min(x.length, y.length);
    if (shorter < SPELLING_MIN_LETTERS || GENERATION_WORDS.has(x) || GENERATION_WORDS.has(y)) return false;
    if (!withinEdits(x, y, Math.max(x.length, y.length) >= SPELLING_LONG_LETTERS ? 2 : 1)) return false;
  }
  return same > 0;
}

/** Fewest letters a word spelled otherwise has (shorter words must be the same). */
const SPELLING_MIN_LETTERS = 4;
/** From this many letters, a word may be two edits from its other spelling. */
const SPELLING_LONG_LETTERS = 8;

/** Whether `b` is at most `most` edits (a letter added, dropped or changed, two neighbours swapped) from `a`. */
function withinEdits(a: string, b: string, most: number): boolean {
  if (Math.abs(a.length - b.length) > most) return false;
  // Optimal string alignment distance, row by row.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      least = Math.min(least, d);
    }
    if (least > most) return false;
    before = previous;
    previous = row;
  }
  return previous[b.length]! <= most;
}

/** Words that tell a father from a son of the same name ("Ferdinand Marcos Jr."): never passed over. */
const GENERATION_WORDS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

function wordsOf(key: string): string[] {
  return key.split(/[\s.-]+/u).filter((w) => w !== '');
}

/** Whether the words of `short` stand in `long` in the same order, others between or around them. */
function inOrder(short: readonly string[], long: readonly string[]): boolean {
  let k = 0;
  for (const word of long) if (word === short[k]) k++;
  return k === short.length;
}

/**
 * The tellings grouped by name (`groups`, keyed by the folded name), with a shorter name joined to
 * the one fuller name it is part of ("Cyril Ramaphosa" of "Matamela Cyril Ramaphosa", "Javad
 * Zarif" of "Mohammad Javad Zarif"): when the two are titled with a country and an office in
 * common, the shorter has two words at least, and what the fuller adds is no generation ("Jr.").
 * A shorter name part of two fuller ones that are not parts of one another ("Kim Jong" of "Kim
 * Jong Un" and "Kim Jong Il") is left on its own. Groups in the order of their keys, as the ids
 * are given.
 */
function withFullerNames(groups: ReadonlyMap<string, readonly UnknownTelling[]>): UnknownTelling[][] {
  const keys = [...groups.keys()].sort((a, b) => a.localeCompare(b));
  const words = new Map(keys.map((k) => [k, wordsOf(k)]));
  const titled = titledAs(groups);
  const into = new Map<string, string>();
  for (const short of keys) {
    const w = words.get(short)!;
    if (w.length < 2) continue;
    const fuller = keys.filter((long) => {
      const l = words.get(long)!;
      if (l.length <= w.length || !inOrder(w, l) || l.some((x) => !w.includes(x) && GENERATION_WORDS.has(x))) return false;
      return shareAnOffice(titled, long, short);
    });
    // Fuller names that are parts of one another are one: the fullest of them is the target.
    const fullest = fuller.filter((a) => !fuller.some((b) => b !== a && words.get(b)!.length > words.get(a)!.length && inOrder(words.get(a)!, words.get(b)!)));
    if (fullest.length === 1) into.set(short, fullest[0]!);
  }
  // Each step goes to more words, so the walk ends.
  const joined = joinedInto(keys, groups, into);
  return [...joined.keys()].sort((a, b) => a.localeCompare(b)).map((k) => joined.get(k)!);
}

/**
 * The later names of a found person's name and of its spellings with other marks ("Viktor Orbán"
 * beside "Viktor Orban"): an article writing the marks calls him "Orbán" later, and the matcher
 * does not fold them. A form in other words or another order (a name told family name first) or
 * in capitals (a headline) gives none.
 */
function laterNamesOfSpellings(name: string, forms: readonly string[], token: 'first' | 'last' | undefined): string[] {
  const spellings = forms.filter((form) => form !== name && form !== form.toUpperCase() && foldName(form) === foldName(name));
  return [...new Set([name, ...spellings].flatMap((form) => laterNames(form, token)))];
}

function mostFrequent(values: readonly string[], tieBreak: (a: string, b: string) => number = (a, b) => a.localeCompare(b)): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || tieBreak(a, b))[0]![0];
}

function diacritics(text: string): number {
  return [...text.normalize('NFD')].filter((c) => /\p{M}/u.test(c)).length;
}

/** An ascii slug of a folded name, as the registry's ids are written ("hun-manet"). */
function slug(folded: string): string {
  return folded
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Letters NFD does not take apart, spelt in ascii rather than dropped ("Børge Brende" is "borge-brende", not "b-rge-brende").
    .replace(/[đðøæœßłıþ]/gu, (c) => ASCII_LETTERS[c]!)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The ascii spelling of each letter the slug would otherwise drop. */
const ASCII_LETTERS: Record<string, string> = { đ: 'd', ð: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', ı: 'i', þ: 'th' };
