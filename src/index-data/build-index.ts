import type { CorpusBuild } from '../corpus/build-corpus';
import { foldName, type Leader, type Registry } from '../registry';
import {
  INDEX_FORMAT_VERSION,
  type IndexArticle,
  type IndexCard,
  type IndexLeader,
  type LeaderlensIndex,
  type LeaderSearchForms,
  type OfficeTitle,
} from './format';
import { ownTitleForms } from './own-title-forms';
import { copyUnlessLazy } from './known-lengths';
import { lazyItemRecords } from './index-items';

/**
 * Builds the extension index from a corpus build (which carries the registry and the name table it
 * was built with). Pure and
 * deterministic (no timestamps, ids and keys in corpus order): the same corpus gives the same
 * bytes, so a rebuilt extension differs only where the corpus does.
 *
 * @example
 * const index = buildExtensionIndex(buildCorpus({ corpusDir: 'corpus' }));
 * index.cards['to-lam']?.meetingIds; // ids into index.meetings
 */
export function buildExtensionIndex(build: CorpusBuild): LeaderlensIndex {
  const { registry } = build;
  const foundTitle = new Map(build.found.map((f) => [f.leader.id, f.title]));
  const leaders = Object.fromEntries(registry.leaders.map((leader) => [leader.id, toIndexLeader(leader, registry, foundTitle.get(leader.id))]));
  const articles: Record<string, IndexArticle> = {};
  // Not copied when it fetches its text when read (an article of the build state: corpus/state-text.ts).
  for (const article of build.articles) setOwn(articles, article.id, copyUnlessLazy(article));
  const cards = cardsOf(registry.leaders, build);
  const searchForms = Object.fromEntries(registry.leaders.map((leader) => [leader.id, leaderSearchForms(leader, registry)]));

  const index: LeaderlensIndex = {
    formatVersion: INDEX_FORMAT_VERSION,
    registryAsOf: registry.asOf,
    // The very table the corpus build matched names with ("one matcher, two places").
    matcher: build.nameTable,
    leaders,
    // In their places among the keys; made when first read (index-items.ts): the index stage's
    // layout reads the build's lists instead, and at 280k quotes the record took 0.2-0.4 s to make.
    meetings: {},
    quotes: {},
    articles,
    cards,
    searchForms,
    placeCountries: placeCountries(build.data.meetings, registry),
    // The engine in the extension reads saved articles with the registry this build ended with.
    engine: { registry },
  };
  return lazyItemRecords(index, { meetings: build.data.meetings, quotes: build.data.quotes }, byId);
}

/**
 * The meeting places that name a country (any of its forms, case and diacritics aside), with the
 * country's display names. Exported for saved articles (src/saved), whose places the index lacks.
 */
export function placeCountries(meetings: readonly { place: string | null }[], registry: Registry): Record<string, OfficeTitle> {
  const byForm = new Map<string, string>();
  for (const [code, names] of Object.entries(registry.countries)) {
    for (const form of [...names.vi, ...names.en, ...(names.native ?? [])]) byForm.set(foldName(form), code);
  }
  const out: Record<string, OfficeTitle> = {};
  for (const { place } of meetings) {
    if (place === null || Object.hasOwn(out, place)) continue;
    const code = byForm.get(foldName(place));
    if (code !== undefined) out[place] = countryName(registry, code);
  }
  return out;
}

/**
 * A registry person as the index shows them: names for the card and search, offices with their
 * titles in both languages. `foundTitle` for a person found in the articles (the card says so);
 * the extension makes the people found in the reader's saved articles with it too (src/saved/saved-people.ts).
 */
export function toIndexLeader(leader: Leader, registry: Registry, foundTitle: string | undefined): IndexLeader {
  return {
    ...(foundTitle === undefined ? {} : { foundTitle }),
    id: leader.id,
    name: leader.name,
    country: leader.country,
    countryName: countryName(registry, leader.country),
    aliases: [...new Set([leader.name, ...leader.forms, ...leader.short])],
    offices: leader.offices.map(({ note: _note, ...office }) => ({ ...office, title: officeTitle(registry, office.office) })),
  };
}

/** The first form of each language is the one to display; the registry lists it first. */
function officeTitle(registry: Registry, office: string): OfficeTitle {
  const title = registry.titles[office];
  return { vi: title?.vi[0] ?? office, en: title?.en[0] ?? office };
}

function countryName(registry: Registry, code: string): OfficeTitle {
  const country = registry.countries[code];
  return { vi: country?.vi[0] ?? code, en: country?.en[0] ?? code };
}

/**
 * The items by id, in their order (a later item with the same id takes the earlier one's value and
 * place, as `Object.fromEntries` gives). An indexed loop, not `Object.fromEntries` over a mapped
 * array: at 280k quotes the pairs and the iterator were half of the index's build time.
 */
function byId<T extends { id: string }>(items: readonly T[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    setOwn(out, item.id, item);
  }
  return out;
}

/** `record[key] = value`, but as an own property even for `__proto__` (an article's id comes from its file's name). */
function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

/**
 * Each leader's meeting and quote ids, in corpus order. One pass over the meetings and quotes, not
 * one per leader: with 1k leaders and 250k quotes the per-leader filter took most of the index's
 * build time.
 */
function cardsOf(leaders: readonly Leader[], build: CorpusBuild): Record<string, IndexCard> {
  const cards = new Map<string, IndexCard>(leaders.map((leader) => [leader.id, { meetingIds: [], quoteIds: [] }]));
  for (const m of build.data.meetings) eachOnce(m.participants, (id) => cards.get(id)?.meetingIds.push(m.id));
  for (const q of build.data.quotes) eachOnce(q.speakers, (id) => cards.get(id)?.quoteIds.push(q.id));
  return Object.fromEntries(cards);
}

/**
 * Each id of `ids` once, in order of first appearance (what a `Set` of them iterates): a list of
 * two or three people needs no set, and 280k quotes made 280k of them.
 */
function eachOnce(ids: readonly string[], use: (id: string) => void): void {
  for (let i = 0; i < ids.length; i++) if (ids.indexOf(ids[i]!) === i) use(ids[i]!);
}

function leaderSearchForms(leader: Leader, registry: Registry): LeaderSearchForms {
  // Every form of every office held, so "tổng bí thư", "general secretary" and "party chief" all find
  // it — except forms naming another country ("Tổng thống Pháp" is not Tô Lâm's title).
  const own = new Set([leader.country, ...leader.offices.map((office) => office.country)]);
  const foreign = Object.entries(registry.countries).filter(([code]) => !own.has(code));
  const foreignVi = foreign.flatMap(([, country]) => [...country.vi, ...(country.native ?? [])]);
  const foreignEn = foreign.flatMap(([, country]) => country.en);
  const titles = leader.offices.flatMap(({ office }) => {
    const title = registry.titles[office];
    return title ? [...ownTitleForms(title.vi, foreignVi), ...ownTitleForms(title.en, foreignEn)] : [];
  });
  const country = registry.countries[leader.country];
  const places = country ? [...country.vi, ...country.en, ...(country.native ?? [])] : [leader.country];
  return { titles: [...new Set(titles)], places: [...new Set(places)] };
}
