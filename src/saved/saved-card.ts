import type { Card } from '../lookup/card';
import type { MarkableIndex } from '../marks/mark-from-index';
import type { SavedFacts } from './saved-facts';

/**
 * A leader's part of the packaged index (IndexLookups.cardFacts) with the reader's saved articles
 * added: their meetings and quotes of this leader join the card's lists, a meeting both hold
 * replaces the index's copy with the one that has both articles' sources, and the saved articles
 * join the articles a card names. `cardFor` then makes the card exactly as for the index alone,
 * so dates, order, the page's date and items marked as wrong apply to saved facts the same way.
 * Other leaders' lists are left as they are (this part only answers for `leaderId`). People found
 * only in saved articles join the leaders (the index's own people win over one with the same id),
 * so a card names them as counterparts, and their own card is made on the index's base facts.
 *
 * @example
 * cardFor(cardFactsWithSaved(await lookups.cardFacts('to-lam'), saved, 'to-lam'), 'to-lam', pageDate, []);
 */
export function cardFactsWithSaved(facts: MarkableIndex, saved: SavedFacts, leaderId: string): MarkableIndex {
  const mine = Object.hasOwn(saved.cards, leaderId) ? saved.cards[leaderId] : undefined;
  if (!mine) return facts;
  const own = Object.hasOwn(facts.cards, leaderId) ? facts.cards[leaderId] : undefined;
  const meetings = { ...facts.meetings };
  const quotes = { ...facts.quotes };
  const articles = { ...facts.articles, ...saved.articles };
  for (const id of mine.meetingIds) meetings[id] = saved.meetings[id]!;
  for (const id of mine.quoteIds) {
    const quote = saved.quotes[id]!;
    quotes[id] = quote;
    // A quote is placed by the meeting it was said at, which may not be the leader's own.
    if (quote.meetingId !== null && Object.hasOwn(saved.meetings, quote.meetingId)) meetings[quote.meetingId] = saved.meetings[quote.meetingId]!;
  }
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
  const found = saved.leaders ?? {}; // a part stored before people were found in saved articles has none
  return {
    ...facts,
    leaders: Object.keys(found).length === 0 ? facts.leaders : { ...found, ...facts.leaders },
    meetings,
    quotes,
    articles,
    placeCountries: { ...saved.placeCountries, ...facts.placeCountries },
    cards: { ...facts.cards, [leaderId]: { meetingIds: union(own?.meetingIds ?? [], mine.meetingIds), quoteIds: union(own?.quoteIds ?? [], mine.quoteIds) } },
  };
}

/** Leaders whose merged facts `keepCardFactsWithSaved` keeps (as the index keeps 16 card shards). */
const KEEP_MERGED = 16;

/**
 * `cardFactsWithSaved`, remembered per leader while both its inputs are the same objects: the
 * index keeps a few card shards and the saved state a few leaders' parts until a save or removal
 * (saved-state.ts, `changed`), so a card asked for again (the reader hovering the same name) merges
 * nothing. Merging copies the shard's tables (about 1.5 ms for a busy leader at 1,000 saved
 * articles, and as much again in garbage). A change on either side gives new objects and a new merge.
 *
 * @example
 * const merge = keepCardFactsWithSaved();
 * merge(facts, mine, 'to-lam') === merge(facts, mine, 'to-lam'); // true
 */
export function keepCardFactsWithSaved(): (facts: MarkableIndex, saved: SavedFacts, leaderId: string) => MarkableIndex {
  const kept = new Map<string, { inputs: readonly unknown[]; merged: MarkableIndex }>();
  return (facts, saved, leaderId) => {
    const inputs = [facts.meetings, facts.quotes, facts.articles, facts.cards, facts.leaders, facts.placeCountries, facts.registryAsOf, saved];
    const there = kept.get(leaderId);
    kept.delete(leaderId);
    const merged = there && there.inputs.every((input, i) => input === inputs[i]) ? there.merged : cardFactsWithSaved(facts, saved, leaderId);
    kept.set(leaderId, { inputs, merged });
    if (kept.size > KEEP_MERGED) kept.delete(kept.keys().next().value!);
    return merged;
  };
}

