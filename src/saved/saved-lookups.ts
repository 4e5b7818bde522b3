import type { IndexArticle } from '../index-data/format';
import type { IndexLookups } from '../index-data/read-index-folder';
import type { MarkableIndex } from '../marks/mark-from-index';
import { briefCardFor, cardFor, type CardFacts, type CardOptions } from '../lookup/card';
import { DEFAULT_SEARCH_LIMIT } from '../lookup/search';
import { engineVersion, readingStamp } from './engine-stamp';
import { keepCardFactsWithSaved } from './saved-card';
import { savedFileName, type SavedFacts } from './saved-facts';
import { mergeResults, searchSaved, searchSavedLeaders } from './saved-search';
import type { SavedState } from './saved-state';
import type { SavedStore } from './saved-store';

/** Saved articles' ids start so (duplicate-keys.ts, `savedArticleId`): the reader asks the store for them. */
const SAVED_ID = /^saved-[0-9a-f]{16}$/;

/**
 * The packaged index's lookups with the reader's saved articles joined in, as the background
 * answers every request: the next card, search and reader page include a saved article's
 * meetings and quotes as soon as it is stored.
 * - `card` and `cardFacts`: the leader's part of the index with the leader's part of the saved
 *   facts added (saved-card.ts), made into a card by the same `cardFor` (and the leader page's
 *   record by the same `recordFor`, which reads `cardFacts`); what comes from a saved article is
 *   marked `origin: 'saved'` on cards.
 * - `search`: the index's search, and the same search over the saved meetings and quotes,
 *   merged (saved-search.ts).
 * - `article`: a saved article from the store, for the reader page.
 * Everything else (matcher, coverage, counts, engine) is the index's.
 *
 * @example
 * const lookups = withSavedArticles(await openIndexFolder(files), state, store);
 * (await lookups.card('to-lam', null, []))?.meetings.filter((m) => m.origin === 'saved');
 */
export function withSavedArticles(index: IndexLookups, saved: SavedState, store: Pick<SavedStore, 'article'>): IndexLookups {
  const cardFactsWithSaved = keepCardFactsWithSaved();
  /**
   * The leader's part of the index and of the saved facts, read side by side and merged, with
   * `savedArticle` for the card's `origin: 'saved'` (DESIGN.md: `data-origin="saved"`); worked
   * out here, in the background, so the content script only copies it.
   */
  /** The index's part of the leader, or, for a person found only in saved articles, the index's base facts. */
  const indexPart = async (indexFacts: MarkableIndex | null, mine: SavedFacts | null, leaderId: string): Promise<MarkableIndex | null> =>
    indexFacts ?? (mine && isFoundInSaved(mine, leaderId) ? index.baseFacts() : null);
  const withMine = async (leaderId: string): Promise<{ facts: CardFacts; origin: Pick<CardOptions, 'savedArticle'> } | null> => {
    const [indexFacts, mine] = await Promise.all([index.cardFacts(leaderId), saved.leaderFacts(leaderId)]);
    const facts = await indexPart(indexFacts, mine, leaderId);
    if (!facts) return null;
    if (!mine) return { facts, origin: {} };
    return { facts: cardFactsWithSaved(facts, mine, leaderId), origin: { savedArticle: (articleId) => mine.savedArticles.has(articleId) } };
  };
  return {
    ...index,
    async card(leaderId, pageDate, pageLeaderIds, options) {
      const read = await withMine(leaderId);
      return read && cardFor(read.facts, leaderId, pageDate, pageLeaderIds, { ...options, ...read.origin });
    },
    async briefCard(leaderId, pageDate, pageLeaderIds, options) {
      const read = await withMine(leaderId);
      return read && briefCardFor(read.facts, leaderId, pageDate, pageLeaderIds, { ...options, ...read.origin });
    },
    async cardFacts(leaderId, alsoOf) {
      // The leader page's pair view reads the other leader's part too (their quotes at the pair's meetings).
      const [facts, mine, other] = await Promise.all([
        index.cardFacts(leaderId, alsoOf),
        saved.leaderFacts(leaderId),
        alsoOf === undefined ? null : saved.leaderFacts(alsoOf),
      ]);
      const base = await indexPart(facts, mine, leaderId);
      if (!base) return null;
      const withMine = mine ? cardFactsWithSaved(base, mine, leaderId) : base;
      return other && alsoOf !== undefined ? cardFactsWithSaved(withMine, other, alsoOf) : withMine;
    },
    async search(query, limits = {}) {
      const limit = limits.limit ?? DEFAULT_SEARCH_LIMIT;
      const [bundled, leaderSearch, savedFacts] = await Promise.all([index.search(query, limits), index.leaderSearch(), saved.facts()]);
      if (savedFacts.savedArticles.size === 0) return bundled;
      const { facts, index: kinds } = await saved.search(leaderSearch.leaders);
      const mine = searchSaved(leaderSearch, kinds, facts, query, limits);
      return mergeResults(bundled, { ...mine, leaders: searchSavedLeaders(facts, query, limit) }, limit);
    },
    async article(articleId): Promise<IndexArticle | null> {
      if (!SAVED_ID.test(articleId)) return index.article(articleId);
      const [article, facts] = await Promise.all([store.article(articleId), saved.facts()]);
      if (!article) return null;
      const meta = facts.articles[articleId];
      return {
        id: article.id,
        file: savedFileName(article.id),
        title: article.title,
        date: meta?.date ?? article.published,
        dateInferred: meta?.dateInferred ?? false,
        ...(article.url !== null ? { url: article.url } : {}),
        paragraphs: article.paragraphs,
      };
    },
    async matcher() {
      // While the saved articles name people the index lacks, the page scans with the matcher
      // widened with them, made with this build's engine (an older one waits for the new finding).
      const people = await saved.people().catch(() => null);
      if (people?.nameTable && people.stamp === readingStamp(engineVersion(), index.buildId)) return people.nameTable;
      return index.matcher();
    },
    prepareSearch() {
      index.prepareSearch();
      saved.facts().catch(() => undefined);
    },
  };
}

/** Whether `leaderId` is a person found only in the saved articles (the index's own people never are). */
function isFoundInSaved(mine: SavedFacts, leaderId: string): boolean {
  return mine.leaders !== undefined && Object.hasOwn(mine.leaders, leaderId);
}
