import type { Card, CardMeeting, CardQuote } from './card';
import { shownAtFirst } from './card-digest';

/**
 * A meeting the card lists but hides until "More": what its element, its place among the rows and
 * the rows around it need, without what the row says. The card orders and groups (`groupTrips`:
 * kind, days, place, the others' ids), draws its timeline point (kind), titles the quotes said at it
 * (kind and date fields), and gives its element `data-meeting-id` and `data-origin`. Its sources,
 * the others' names and the place's translations come with the full card.
 */
export type CardMeetingStub = Pick<
  CardMeeting,
  'id' | 'date' | 'dateEnd' | 'dateInferred' | 'undated' | 'approxDate' | 'notAfter' | 'place' | 'kind' | 'withPageLeaders' | 'origin'
> & {
  others: { id: string }[];
  stub: true;
};

/**
 * A quote the card lists but hides until "More": what its element (`data-quote-id`, `data-origin`)
 * and its place among the rows need (`rankQuotes`: kind, shared with the page; grouped by meeting;
 * the undated apart). Its words, speakers, dates and source come with the full card.
 */
export type CardQuoteStub = Pick<CardQuote, 'id' | 'kind' | 'undated' | 'meetingId' | 'withPageLeaders' | 'origin'> & { stub: true };

/**
 * A card as it opens on a page (`get-brief-card`): the header and timeline whole, the meetings and
 * quotes it shows before "More" whole (`shownAtFirst`), every other item a stub in its place.
 * "More" asks for the full card (`get-card`) and fills the rows in place. A `Card` is a brief card
 * with no stubs, so whatever reads a brief card reads a card.
 */
export type BriefCard = Omit<Card, 'meetings' | 'quotes'> & {
  meetings: (CardMeeting | CardMeetingStub)[];
  quotes: (CardQuote | CardQuoteStub)[];
};

/** True for a stub of a brief card (a row to be filled on "More"). */
export function isStub<T extends object>(item: T): item is Extract<T, { stub: true }> {
  return 'stub' in item;
}

/** True when `card` holds stubs, i.e. "More" must ask for the full card before it shows them. */
export function hasStubs(card: BriefCard): boolean {
  return card.meetings.some(isStub) || card.quotes.some(isStub);
}

/**
 * `card` with every meeting and quote it does not show at first (`shownAtFirst`) cut to a stub,
 * in the same order. At 1,000 saved articles Tô Lâm's card is ~1,000 items, of which a card shows
 * six or so before "More": the rest crossing as stubs is what keeps the hover's message small.
 *
 * @example
 * const brief = briefCard(card);
 * brief.meetings.map((m) => m.id); // card.meetings' ids, the same order
 * brief.quotes.filter(isStub).length; // every quote after the first three (and the first undated one)
 */
export function briefCard(card: Card): BriefCard {
  const shown = shownAtFirst(card);
  return {
    ...card,
    meetings: card.meetings.map((m) => (shown.meetings.has(m.id) ? m : meetingStub(m))),
    quotes: card.quotes.map((q) => (shown.quotes.has(q.id) ? q : quoteStub(q))),
  };
}

function meetingStub(m: CardMeeting): CardMeetingStub {
  return {
    id: m.id,
    date: m.date,
    dateEnd: m.dateEnd,
    dateInferred: m.dateInferred,
    undated: m.undated,
    approxDate: m.approxDate,
    notAfter: m.notAfter,
    place: m.place,
    kind: m.kind,
    others: m.others.map(({ id }) => ({ id })),
    withPageLeaders: m.withPageLeaders,
    ...(m.origin ? { origin: m.origin } : {}),
    stub: true,
  };
}

function quoteStub(q: CardQuote): CardQuoteStub {
  return {
    id: q.id,
    kind: q.kind,
    undated: q.undated,
    meetingId: q.meetingId,
    withPageLeaders: q.withPageLeaders,
    ...(q.origin ? { origin: q.origin } : {}),
    stub: true,
  };
}
