import type { Card } from '../lookup/card';
import type { BriefCard } from '../lookup/card-brief';

/** Asks the background for a card as it opens (in the extension: `sendToBackground({ type: 'get-brief-card', … })`). */
export type FetchCard = (leaderId: string, pageDate: string | null, pageLeaderIds: string[]) => Promise<BriefCard | null>;

/** Asks the background for the whole card, for "More" (in the extension: `sendToBackground({ type: 'get-card', … })`). */
export type FetchFullCard = (leaderId: string, pageDate: string | null, pageLeaderIds: string[]) => Promise<Card | null>;

/**
 * Cards for the leaders of this page, asked for once and kept: a card is the same for the whole
 * page (same date, same leaders around), and having it before the hover is what makes the card
 * appear within a frame. A card asked for with other page leaders is asked for again, since the
 * order of its meetings depends on them. Failures are not kept, so the next hover tries again
 * (the service worker may have been stopped mid-request).
 *
 * The cards are brief (src/lookup/card-brief.ts): what a card shows before "More" in full, the
 * rest as stubs. `full(card)` asks for the whole of one of them with the same page, once: the
 * card's "More" fills its rows from it, and a card opened again fills at once.
 *
 *     const cards = createCardCache(fetchCard, fetchFullCard);
 *     const card = await cards.get('to-lam', '2024-11-08', ['to-lam', 'vladimir-putin'])
 *     await cards.full(card) // the same card, every row whole
 */
export function createCardCache(fetchCard: FetchCard, fetchFullCard?: FetchFullCard) {
  const cache = new Map<string, Promise<BriefCard | null>>();
  const known = new Map<string, BriefCard | null>();
  // What each brief card was asked with, to ask for the same card whole.
  const askedWith = new WeakMap<BriefCard, [string, string | null, string[]]>();
  const fulls = new WeakMap<BriefCard, Promise<Card | null>>();
  const keyOf = (leaderId: string, pageDate: string | null, pageLeaderIds: readonly string[]): string =>
    `${leaderId}|${pageDate ?? ''}|${[...pageLeaderIds].sort().join(',')}`;
  return {
    get(leaderId: string, pageDate: string | null, pageLeaderIds: string[]): Promise<BriefCard | null> {
      const key = keyOf(leaderId, pageDate, pageLeaderIds);
      let pending = cache.get(key);
      if (!pending) {
        pending = fetchCard(leaderId, pageDate, pageLeaderIds).then(
          (card) => {
            known.set(key, card);
            if (card) askedWith.set(card, [leaderId, pageDate, [...pageLeaderIds]]);
            return card;
          },
          (error: unknown) => {
            cache.delete(key);
            throw error;
          },
        );
        cache.set(key, pending);
      }
      return pending;
    },
    /**
     * Forgets every card: the reader's marks changed (a meeting or quote marked as wrong here or in
     * another tab, or a mark undone on the options page), so cards asked for before may show what
     * is now left out, or leave out what is back. The next `get` asks the background again.
     */
    clear(): void {
      cache.clear();
      known.clear();
    },
    /**
     * The whole card of `card` (one this cache gave), asked for once; a failure is not kept.
     * Rejects for a card this cache did not give, or without `fetchFullCard`.
     */
    full(card: BriefCard): Promise<Card | null> {
      let pending = fulls.get(card);
      if (!pending) {
        const args = askedWith.get(card);
        if (!args || !fetchFullCard) return Promise.reject(new Error('leaderlens: no way to ask for the whole of this card'));
        pending = fetchFullCard(...args).catch((error: unknown) => {
          fulls.delete(card);
          throw error;
        });
        fulls.set(card, pending);
      }
      return pending;
    },
    /** The card if it already arrived, without waiting (undefined when not yet). */
    peek(leaderId: string, pageDate: string | null, pageLeaderIds: string[]): BriefCard | null | undefined {
      return known.get(keyOf(leaderId, pageDate, pageLeaderIds));
    },
  };
}

export type CardCache = ReturnType<typeof createCardCache>;
