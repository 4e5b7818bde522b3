import type { LeaderSearch } from '../index-data/read-index-folder';
import { DEFAULT_SEARCH_LIMIT, planSearch, searchHits, type SearchLimits, type SearchResults } from '../lookup/search';
import { runBlocks, singleBlock } from '../lookup/search-blocks';
import { buildContentKinds, type KindIndex } from '../lookup/search-index';
import { foldName } from '../registry';
import type { LeaderHit } from '../lookup/search';
import type { SavedFacts } from './saved-facts';

/** The saved meetings' and quotes' search structures, numbered against the index's leaders. */
export interface SavedSearchIndex {
  meetings: KindIndex;
  quotes: KindIndex;
}

/**
 * Builds the search structures of the saved meetings and quotes with the index's own builder
 * (`buildContentKinds`), against the index's leaders: a few milliseconds for a thousand saved
 * articles, done once per change and kept (saved-state.ts).
 */
export function buildSavedSearch(saved: SavedFacts, leaders: LeaderSearch['leaders']): SavedSearchIndex {
  return buildContentKinds(saved, leaders.ids);
}

/**
 * Searches the saved meetings and quotes with the index's rules (`planSearch`: the same leaders,
 * the same phrase rules, the same scores) as one block held in memory. Leaders are the index's
 * to find; this returns meetings and quotes only, each marked `origin: 'saved'`.
 *
 * @example
 * searchSaved(await lookups.leaderSearch(), kinds, saved, 'to lam hội đàm').meetings[0]?.origin; // 'saved'
 */
export function searchSaved(
  leaderSearch: LeaderSearch,
  kinds: SavedSearchIndex,
  saved: SavedFacts,
  query: string,
  { limit = DEFAULT_SEARCH_LIMIT, leaveOut }: SearchLimits = {},
): SearchResults {
  const plan = planSearch(
    { leaders: leaderSearch.leaders, leaderPhrases: leaderSearch.leaderPhrases, meetings: singleBlock(kinds.meetings), quotes: singleBlock(kinds.quotes) },
    query,
    limit,
    leaveOut,
  );
  const ranked = {
    leaders: [],
    meetings: runBlocks(plan.meetings, () => kinds.meetings).map((hit) => ({ id: kinds.meetings.ids[hit.doc]!, score: hit.score })),
    quotes: runBlocks(plan.quotes, () => kinds.quotes).map((hit) => ({ id: kinds.quotes.ids[hit.doc]!, score: hit.score })),
  };
  const hits = searchHits(
    {
      // A meeting's side may be a person found only in saved articles.
      leaders: Object.keys(saved.leaders ?? {}).length === 0 ? leaderSearch.records.leaders : { ...saved.leaders, ...leaderSearch.records.leaders },
      meetings: saved.meetings,
      quotes: saved.quotes,
      ...(leaderSearch.records.placeCountries ? { placeCountries: leaderSearch.records.placeCountries } : {}),
    },
    ranked,
  );
  return {
    leaders: [],
    meetings: hits.meetings.map((hit) => ({ ...hit, origin: 'saved' as const })),
    quotes: hits.quotes.map((hit) => ({ ...hit, origin: 'saved' as const })),
  };
}

/**
 * The index's results and the saved ones as one list per kind: an item both found (a meeting the
 * index holds that a saved article also tells) once, as the saved search has it (with its
 * `origin`), at the better of its two scores; then best score first, the index's order kept among
 * equals; at most `limit` per kind. Leaders are the index's, with the people found only in saved
 * articles (`searchSavedLeaders`) that `saved.leaders` carries.
 *
 * @example
 * mergeResults(await lookups.search(q), searchSaved(…, q), 10);
 */
export function mergeResults(bundled: SearchResults, saved: SearchResults, limit: number = DEFAULT_SEARCH_LIMIT): SearchResults {
  const merge = <T extends { id: string; score: number }>(a: readonly T[], b: readonly T[]): T[] => {
    const byId = new Map<string, { item: T; order: number }>();
    a.forEach((item, order) => byId.set(item.id, { item, order }));
    b.forEach((item, i) => {
      const there = byId.get(item.id);
      byId.set(item.id, there ? { item: { ...item, score: Math.max(item.score, there.item.score) }, order: there.order } : { item, order: a.length + i });
    });
    return [...byId.values()]
      .sort((x, y) => y.item.score - x.item.score || x.order - y.order)
      .slice(0, limit)
      .map(({ item }) => item);
  };
  // People found only in saved articles: one whose whole name the query gives first, the others after the index's.
  if (saved.leaders.length === 0) return { leaders: bundled.leaders, meetings: merge(bundled.meetings, saved.meetings), quotes: merge(bundled.quotes, saved.quotes) };
  const whole = saved.leaders.filter((l) => 'whole' in l && l.whole === true);
  const rest = saved.leaders.filter((l) => !whole.includes(l));
  const leaders = [...whole, ...bundled.leaders, ...rest].slice(0, limit).map(({ id, name, country, score }) => ({ id, name, country, score }));
  return { leaders, meetings: merge(bundled.meetings, saved.meetings), quotes: merge(bundled.quotes, saved.quotes) };
}

/**
 * The people found only in the saved articles (saved-people.ts) whom a query names: every word of
 * the query begins a word of one of their names (folded, as the index's search folds), or of the
 * title the articles gave them. The index's leader search cannot hold them (its structures are
 * built with the index), and they are few, so each is looked at. A query that covers a whole name
 * ranks them before the index's leaders (`mergeResults`).
 *
 * @example
 * searchSavedLeaders(saved, 'somchai'); // [{ id: 'somchai-wongkaew', name: 'Somchai Wongkaew', country: 'TH', score: 1, whole: false }]
 */
export function searchSavedLeaders(saved: Pick<SavedFacts, 'leaders'>, query: string, limit: number = DEFAULT_SEARCH_LIMIT): (LeaderHit & { whole: boolean })[] {
  const words = wordsOf(query);
  if (words.length === 0) return [];
  const hits: (LeaderHit & { whole: boolean })[] = [];
  for (const leader of Object.values(saved.leaders ?? {})) {
    const names = leader.aliases.map(wordsOf);
    const titled = [...names, wordsOf(leader.foundTitle ?? '')];
    const covered = titled.some((forms) => words.every((w) => forms.some((f) => f.startsWith(w))));
    if (!covered) continue;
    const whole = names.some((forms) => forms.length > 0 && forms.every((f) => words.includes(f)));
    hits.push({ id: leader.id, name: leader.name, country: leader.country, score: whole ? 2 : 1, whole });
  }
  return hits.sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, limit);
}

function wordsOf(text: string): string[] {
  return foldName(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}
