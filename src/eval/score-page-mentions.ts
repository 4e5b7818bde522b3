import type { PageMentionsResponse } from '../messages/protocol';
import { foldName } from '../registry';
import { expectedPeople, type RegistryPerson, type UnregisteredPerson } from './expected-full-names';
import { findFullNames } from './find-full-names';
import type { GoldArticle } from './gold';

export type PageMention = PageMentionsResponse['mentions'][number];

/** Precision and recall of full names, with the counts behind them. */
export interface NameScore {
  truePositives: number;
  found: number;
  expected: number;
  precision: number;
  recall: number;
}

/** One registry person on one page: the full names the text writes and those the page reported. */
export interface LeaderTally {
  id: string;
  /** Occurrences of the registry's full forms, as written, in text order. */
  expected: string[];
  /** Occurrences of full spellings the registry lacks (see `missingSpellings`), as written. */
  unregistered: string[];
  /** The page's full (`short: false`) mentions of this person, as written. */
  found: string[];
  truePositives: number;
}

export interface PageScore {
  file: string;
  language: string;
  leaders: LeaderTally[];
  /** Registry spellings only: what the extension can find with the registry it has. */
  full: NameScore;
  /** The same, with the full spellings the registry lacks counted as expected (and missed). */
  strict: NameScore;
  /** Expected registry spellings the page did not report (by written form, where counts differ). */
  misses: { id: string; text: string }[];
  /** Full mentions beyond the expected: another person, too many of one, or an unknown found person. */
  falseHits: { leaderId: string; text: string }[];
  /** Unregistered spellings of registry people in the text (always missed), as written. */
  unregisteredHits: { id: string; text: string }[];
  /** Full mentions of people found in the corpus (ids not in the registry) that name a gold person outside the registry. */
  foundPeopleRight: { leaderId: string; text: string }[];
  notInRegistry: UnregisteredPerson[];
  /** Gold people tied to the registry by a name form, their key not being the registry id. */
  mappedByForm: string[];
  /**
   * The page's full mentions of registry people name the same people, in the same order, as the
   * expected occurrences: a check that comparing counts per person hid no swap.
   */
  orderAgrees: boolean;
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

/** A score from its counts. */
export function nameScore(truePositives: number, found: number, expected: number): NameScore {
  return { truePositives, found, expected, precision: ratio(truePositives, found), recall: ratio(truePositives, expected) };
}

/** `a` minus `b` as multisets of folded strings, keeping `a`'s written forms. */
function without(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(foldName(x), (left.get(foldName(x)) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(foldName(x)) ?? 0;
    if (n === 0) return true;
    left.set(foldName(x), n - 1);
    return false;
  });
}

/** Whether a folded mention names one of the gold forms (the form itself, or a whole-word part of it). */
function namesOneOf(text: string, forms: readonly string[]): boolean {
  const t = foldName(text);
  return forms.some((f) => {
    const g = foldName(f);
    const i = g.indexOf(t);
    return i >= 0 && !/[\p{L}\p{N}]/u.test(g[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(g[i + t.length] ?? ' ');
  });
}

/**
 * Scores the `page-mentions` answer of one article page against its gold people: full names only.
 *
 * Expected: every occurrence in `text` of a registry full form (the display name or one of
 * `forms`) of each gold person the registry holds (see `expectedPeople`), found by
 * `findFullNames` (whole words, without marks or case, longest first, never overlapping). Gold
 * people the registry lacks are not expected; they are listed in `notInRegistry`.
 * Found: the mentions with `short: false`.
 *
 * Matching compares counts per person, not positions: for each registry person, true positives
 * are min(expected, found); found beyond that, and every full mention of a person not expected,
 * are false hits; expected beyond found are misses. The page scans the same text, so a count that
 * agrees is the same occurrences in all but contrived cases, and counts do not depend on how the
 * matcher and this scorer each cut a name's edges ("Chan-o-cha", a title folded into a form).
 * Mentions of people found in the corpus (ids outside the registry) are outside this measure when
 * their text is a name of a gold person outside the registry (`foundPeopleRight`); otherwise they
 * are false hits. `strict` also expects the full spellings of registry people the registry lacks
 * (`missingSpellings`), which the page cannot find.
 *
 * @example
 * scorePageMentions({ file: 'a.txt', language: 'vi', text: 'Tổng Bí thư Tô Lâm.', gold, registry, mentions }).full.recall; // 1
 */
export function scorePageMentions(input: {
  file: string;
  language: string;
  text: string;
  gold: Pick<GoldArticle, 'people'>;
  registry: readonly RegistryPerson[];
  mentions: readonly PageMention[];
}): PageScore {
  const { inRegistry, notInRegistry } = expectedPeople(input.gold, input.registry);
  const registryIds = new Set(input.registry.map((l) => l.id));
  type Tag = { id: string; registered: boolean };
  const sought = inRegistry.flatMap((p) => [
    ...p.registryForms.map((form) => ({ form, tag: { id: p.id, registered: true } as Tag })),
    ...p.missingSpellings.map((form) => ({ form, tag: { id: p.id, registered: false } as Tag })),
  ]);
  const occurrences = findFullNames(input.text, sought);

  const tallies = new Map<string, LeaderTally>();
  const tally = (id: string): LeaderTally => {
    let t = tallies.get(id);
    if (!t) tallies.set(id, (t = { id, expected: [], unregistered: [], found: [], truePositives: 0 }));
    return t;
  };
  for (const p of inRegistry) tally(p.id);
  for (const o of occurrences) (o.tag.registered ? tally(o.tag.id).expected : tally(o.tag.id).unregistered).push(o.text);

  const falseHits: PageScore['falseHits'] = [];
  const foundPeopleRight: PageScore['foundPeopleRight'] = [];
  const outsideForms = notInRegistry.flatMap((p) => [p.name, ...p.forms]);
  for (const m of input.mentions) {
    if (m.short) continue;
    if (registryIds.has(m.leaderId)) tally(m.leaderId).found.push(m.text);
    else if (namesOneOf(m.text, outsideForms)) foundPeopleRight.push({ leaderId: m.leaderId, text: m.text });
    else falseHits.push({ leaderId: m.leaderId, text: m.text });
  }

  const misses: PageScore['misses'] = [];
  const unregisteredHits: PageScore['unregisteredHits'] = [];
  let tp = 0;
  let strictTp = 0;
  let found = falseHits.length;
  let expected = 0;
  let unregistered = 0;
  for (const t of tallies.values()) {
    t.truePositives = Math.min(t.expected.length, t.found.length);
    tp += t.truePositives;
    strictTp += Math.min(t.expected.length + t.unregistered.length, t.found.length);
    found += t.found.length;
    expected += t.expected.length;
    unregistered += t.unregistered.length;
    if (t.found.length > t.expected.length) {
      for (const text of without(t.found, t.expected).slice(-(t.found.length - t.expected.length))) falseHits.push({ leaderId: t.id, text });
    }
    if (t.expected.length > t.found.length) {
      for (const text of without(t.expected, t.found).slice(-(t.expected.length - t.found.length))) misses.push({ id: t.id, text });
    }
    for (const text of t.unregistered) unregisteredHits.push({ id: t.id, text });
  }
  const expectedOrder = occurrences.filter((o) => o.tag.registered).map((o) => o.tag.id);
  const foundOrder = input.mentions.filter((m) => !m.short && registryIds.has(m.leaderId)).map((m) => m.leaderId);
  return {
    file: input.file,
    language: input.language,
    leaders: [...tallies.values()],
    full: nameScore(tp, found, expected),
    strict: nameScore(strictTp, found, expected + unregistered),
    misses,
    falseHits,
    unregisteredHits,
    foundPeopleRight,
    notInRegistry,
    mappedByForm: inRegistry.filter((p) => p.mappedBy === 'form').map((p) => p.key),
    orderAgrees: expectedOrder.length === foundOrder.length && expectedOrder.every((id, i) => foundOrder[i] === id),
  };
}

/** Totals of several pages' scores, e.g. one language of one half. */
export function sumPageScores(pages: readonly PageScore[]): {
  pages: number;
  full: NameScore;
  strict: NameScore;
  /** Gold people outside the registry, page by page (one person on two pages counts twice). */
  notInRegistry: number;
  /** Of those, office-holders (gold `leader`). */
  notInRegistryLeaders: number;
  /** Office-holders outside the registry, each person once. */
  notInRegistryLeadersDistinct: number;
  foundPeopleRight: number;
  /** Pages whose full mentions follow the expected occurrences one to one (`orderAgrees`). */
  inOrder: number;
} {
  const add = (pick: (p: PageScore) => NameScore) =>
    nameScore(
      pages.reduce((n, p) => n + pick(p).truePositives, 0),
      pages.reduce((n, p) => n + pick(p).found, 0),
      pages.reduce((n, p) => n + pick(p).expected, 0),
    );
  return {
    pages: pages.length,
    full: add((p) => p.full),
    strict: add((p) => p.strict),
    notInRegistry: pages.reduce((n, p) => n + p.notInRegistry.length, 0),
    notInRegistryLeaders: pages.reduce((n, p) => n + p.notInRegistry.filter((x) => x.leader).length, 0),
    notInRegistryLeadersDistinct: new Set(pages.flatMap((p) => p.notInRegistry.filter((x) => x.leader).map((x) => x.key))).size,
    foundPeopleRight: pages.reduce((n, p) => n + p.foundPeopleRight.length, 0),
    inOrder: pages.filter((p) => p.orderAgrees).length,
  };
}
