import type { Card, CardMeeting, CardQuote } from '../lookup/card';
import type { MeetingHit, QuoteHit } from '../lookup/search';
import type { BackgroundRequest, BackgroundResponses } from '../messages/protocol';

export type SendGetCard = (request: Extract<BackgroundRequest, { type: 'get-card' }>) => Promise<BackgroundResponses['get-card']>;

/**
 * The card "as seen from" the last representable day: every dated meeting and quote counts as
 * prior, so the card holds all of the leader's meetings and quotes with their sources. A search
 * result is not tied to a page's date, and the `get-card` answer is the one place the background
 * gives a meeting's sources with their article titles.
 */
const END_OF_TIME = '9999-12-31';

/** A meeting found by search, with its sources (article title, date, sentence). */
export interface MeetingDetail {
  hit: MeetingHit;
  meeting: CardMeeting;
}

/** A quote found by search, with its source. */
export interface QuoteDetail {
  hit: QuoteHit;
  quote: CardQuote;
}

/**
 * The sources of a meeting found by search, from the card of its first participant. Null when the
 * index no longer knows it (an index rebuilt while the popup was open).
 */
export async function loadMeetingDetail(send: SendGetCard, hit: MeetingHit): Promise<MeetingDetail | null> {
  const card = await cardOfFirst(send, hit.participants.map((p) => p.id));
  const meeting = card?.meetings.find((m) => m.id === hit.id);
  return meeting ? { hit, meeting } : null;
}

/** The source of a quote found by search, from the card of its first speaker. */
export async function loadQuoteDetail(send: SendGetCard, hit: QuoteHit): Promise<QuoteDetail | null> {
  const card = await cardOfFirst(send, hit.speakers.map((p) => p.id));
  const quote = card?.quotes.find((q) => q.id === hit.id);
  return quote ? { hit, quote } : null;
}

/** A leader's card for the popup: as of `pageDate` (the tab's date) or today, ranked by the tab's leaders. */
export function loadLeaderCard(
  send: SendGetCard,
  leaderId: string,
  pageDate: string | null,
  pageLeaderIds: readonly string[],
): Promise<Card | null> {
  return send({ type: 'get-card', leaderId, pageDate, pageLeaderIds: [...pageLeaderIds] });
}

async function cardOfFirst(send: SendGetCard, leaderIds: readonly string[]): Promise<Card | null> {
  const first = leaderIds[0];
  if (first === undefined) return null;
  return send({ type: 'get-card', leaderId: first, pageDate: END_OF_TIME, pageLeaderIds: [] });
}
