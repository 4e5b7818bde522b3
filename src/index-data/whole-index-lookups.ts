import { briefCardFor, cardFor } from '../lookup/card';
import { coverageOf } from '../lookup/coverage';
import { ownEntry } from '../lookup/own-entry';
import { search } from '../lookup/search';
import type { LoadedIndex } from './load-index';
import type { IndexLookups } from './read-index-folder';

/**
 * The background's lookups over an index held whole in memory (`loadIndex`): what the packaged
 * folder answers (read-index-folder.ts), computed from all the facts at once. Tests use it as the
 * oracle the folder must agree with, and to drive the handlers without a folder.
 *
 * @example
 * const lookups = wholeIndexLookups(loadIndex(buildExtensionIndex(build)));
 * await lookups.card('to-lam', null, []);
 */
export function wholeIndexLookups(index: LoadedIndex): IndexLookups {
  return {
    formatVersion: index.formatVersion,
    // A whole index held in memory has no folder build id: its registry's day and counts stand in.
    buildId: `whole-${index.registryAsOf}-${Object.keys(index.meetings).length}-${Object.keys(index.quotes).length}`,
    counts: { leaders: Object.keys(index.leaders).length, meetings: Object.keys(index.meetings).length, quotes: Object.keys(index.quotes).length },
    matcher: async () => index.matcher,
    engine: async () => {
      if (!index.engine) throw new Error('leaderlens index: this index carries no engine data; rebuild it with `npm run build`');
      return index.engine;
    },
    leaderSearch: async () => ({
      leaders: index.searchIndex.leaders,
      leaderPhrases: index.searchIndex.leaderPhrases,
      records: { leaders: index.leaders, ...(index.placeCountries ? { placeCountries: index.placeCountries } : {}) },
    }),
    card: async (leaderId, pageDate, pageLeaderIds, options) => cardFor(index, leaderId, pageDate, pageLeaderIds, options),
    briefCard: async (leaderId, pageDate, pageLeaderIds, options) => briefCardFor(index, leaderId, pageDate, pageLeaderIds, options),
    search: async (query, limits) => search(index, query, limits),
    article: async (articleId) => ownEntry(index.articles, articleId) ?? null,
    cardFacts: async (leaderId) => (ownEntry(index.leaders, leaderId) ? index : null),
    baseFacts: async () => ({ ...index, meetings: {}, quotes: {}, articles: {}, cards: {} }),
    coverage: (today) => coverageOf(index, today),
    // Everything is in memory already.
    prepareSearch: () => undefined,
  };
}
