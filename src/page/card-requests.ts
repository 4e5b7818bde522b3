import type { Card } from '../lookup/card';

/** Asks the background for a card (in the extension: `sendToBackground({ type: 'get-card', … })`). */
export type FetchCard = (leaderId: string, pageDate: string | null, pageLeaderIds: string[]) => Promise<Card | null>;

/**
 * Cards for the leaders of this page, asked for once and kept: a card is the same for the whole
 * page (same date, same leaders around), and having it before the hover is what makes the card
 * appear within a frame. A card asked for with other page leaders is asked for again, since the
 * order of its meetings depends on them. Failures are not kept, so the next hover tries again
 * (the service worker may have been stopped mid-request).
 *
 *     const cards = createCardCache(fetchCard);
 *     await cards.get('to-lam', '2024-11-08', ['to-lam', 'vladimir-putin'])
 */
export function createCardCache(fetchCard: FetchCard) {
  const cache = new Map<string, Promise<Card | null>>();
  const known = new Map<string, Card | null>();
  const keyOf = (leaderId: string, pageDate: string | null, pageLeaderIds: readonly string[]): string =>
    `${leaderId}|${pageDate ?? ''}|${[...pageLeaderIds].sort().join(',')}`;
  return {
    get(leaderId: string, pageDate: string | null, pageLeaderIds: string[]): Promise<Card | null> {
      const key = keyOf(leaderId, pageDate, pageLeaderIds);
      let pending = cache.get(key);
      if (!pending) {
        pending = fetchCard(leaderId, pageDate, pageLeaderIds).then(
          (card) => {
            known.set(key, card);
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
    /** The card if it already arrived, without waiting (undefined when not yet). */
    peek(leaderId: string, pageDate: string | null, pageLeaderIds: string[]): Card | null | undefined {
      return known.get(keyOf(leaderId, pageDate, pageLeaderIds));
    },
  };
}

export type CardCache = ReturnType<typeof createCardCache>;
