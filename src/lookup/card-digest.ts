import type { CardMeeting, CardQuote } from './card';

/**
 * How a card shows its meetings and quotes at a glance (issue 11): a few that matter first, a
 * state visit and the talks, summit and receptions inside it as one trip, quotes under their
 * meeting. Pure functions over the card's data, in the card's own order (cardFor: with people
 * named on the page first, then newest first); the contract's ids are untouched: every meeting and
 * quote is still there, grouping is only how they are shown.
 */

/**
 * What grouping a meeting into a trip reads: a full `CardMeeting` has it, and so has the stub a
 * brief card sends for a row "More" hides (card-brief.ts), so both group alike.
 */
export type TripFields = Pick<CardMeeting, 'id' | 'kind' | 'date' | 'dateEnd' | 'place'> & { others: readonly { id: string }[] };

/** What ranking and grouping a quote reads (a full `CardQuote`, or a brief card's stub). */
export type RankFields = Pick<CardQuote, 'kind' | 'withPageLeaders' | 'meetingId'>;

/** One row of the meetings list: a single meeting, or a trip of several. */
export interface MeetingUnit<M extends TripFields = CardMeeting> {
  /** The first meeting's id: stable for Preact keys. */
  key: string;
  meetings: M[];
  /** True when several meetings of one trip are shown together. */
  trip: boolean;
}

/** How many days apart two meetings of one trip may be (a state visit rarely lasts longer). */
export const TRIP_DAYS = 3;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/**
 * True when `a` and `b` belong to one trip: both dated, their days (a meeting told over several
 * days counts to its last) within `TRIP_DAYS` of each other, the same other participants (the
 * visiting or hosting leaders; one may list fewer), and the same place where both give one. The
 * corpus tells a state visit as a `visit`, then the `talks`, `summit` and `reception` of the same
 * days: three meetings for the reader's one event.
 */
export function sameTrip(a: TripFields, b: TripFields): boolean {
  if (a.date === null || b.date === null) return false;
  const [aFrom, aTo] = [dayNumber(a.date), dayNumber(a.dateEnd ?? a.date)];
  const [bFrom, bTo] = [dayNumber(b.date), dayNumber(b.dateEnd ?? b.date)];
  const gap = Math.max(aFrom, bFrom) - Math.min(aTo, bTo);
  if (gap > TRIP_DAYS) return false;
  if (a.place !== null && b.place !== null && a.place !== b.place) return false;
  const aIds = new Set(a.others.map((p) => p.id));
  const bIds = b.others.map((p) => p.id);
  if (aIds.size === 0 || bIds.length === 0) return false;
  const shared = bIds.filter((id) => aIds.has(id)).length;
  return shared === Math.min(aIds.size, bIds.length);
}

/**
 * Groups `meetings` into rows: each visit with the meetings of the same trip (`sameTrip`), in the
 * order of the trip's first meeting; the meetings inside a trip oldest first (the visit, then its
 * talks). A trip needs a `visit`: two sets of talks days apart are two events. Undated meetings
 * are never grouped.
 *
 * @example
 * groupTrips([visit, talks, summit, phoneCall]).map((u) => u.meetings.length); // [3, 1]
 */
export function groupTrips<M extends TripFields>(meetings: readonly M[]): MeetingUnit<M>[] {
  const tripOf = new Map<M, M[]>();
  for (const visit of meetings) {
    if (visit.kind !== 'visit' || tripOf.has(visit)) continue;
    const trip = [visit];
    tripOf.set(visit, trip);
    for (const other of meetings) {
      if (tripOf.has(other)) continue;
      if (trip.some((member) => sameTrip(member, other))) {
        trip.push(other);
        tripOf.set(other, trip);
      }
    }
  }
  const units: MeetingUnit<M>[] = [];
  const done = new Set<M[]>();
  for (const meeting of meetings) {
    const trip = tripOf.get(meeting);
    if (!trip || trip.length === 1) {
      units.push({ key: meeting.id, meetings: [meeting], trip: false });
      continue;
    }
    if (done.has(trip)) continue;
    done.add(trip);
    const ordered = [...trip].sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.kind === 'visit' ? -1 : b.kind === 'visit' ? 1 : 0));
    units.push({ key: ordered[0]!.id, meetings: ordered, trip: true });
  }
  return units;
}

const KIND_RANK: Record<CardQuote['kind'], number> = { direct: 0, joint: 1, reported: 2 };

/**
 * Quotes most relevant first: shared with a leader named on the page, then direct quotations (the
 * speaker's own words) before joint statements and reported speech, then the card's order
 * (newest first). Stable: equal quotes keep the card's order.
 */
export function rankQuotes<Q extends RankFields>(quotes: readonly Q[]): Q[] {
  return quotes
    .map((quote, i) => ({ quote, i }))
    .sort((a, b) => Number(b.quote.withPageLeaders) - Number(a.quote.withPageLeaders) || KIND_RANK[a.quote.kind] - KIND_RANK[b.quote.kind] || a.i - b.i)
    .map(({ quote }) => quote);
}

/** Quotes said at one meeting (`meetingId` null: at none the corpus knows), in ranked order. */
export interface QuoteGroup<Q extends RankFields = CardQuote> {
  meetingId: string | null;
  quotes: Q[];
}

/**
 * The ranked quotes grouped under their meeting, groups in the order of their best quote. Quotes
 * of no meeting each stay on their own, where they rank (one "other" group would pull a weak quote
 * up beside a strong one).
 */
export function groupQuotesByMeeting<Q extends RankFields>(ranked: readonly Q[]): QuoteGroup<Q>[] {
  const groups: QuoteGroup<Q>[] = [];
  const byMeeting = new Map<string, QuoteGroup<Q>>();
  for (const quote of ranked) {
    const existing = quote.meetingId === null ? undefined : byMeeting.get(quote.meetingId);
    if (existing) {
      existing.quotes.push(quote);
      continue;
    }
    const group = { meetingId: quote.meetingId, quotes: [quote] };
    groups.push(group);
    if (quote.meetingId !== null) byMeeting.set(quote.meetingId, group);
  }
  return groups;
}

/** How many rows (meeting rows, or quotes) a card shows before "More". */
export const SHOWN_AT_FIRST = 3;

/** How many rows of the undated group (meetings, or quotes) a card shows before its own "More". */
export const UNDATED_SHOWN_AT_FIRST = 1;

/**
 * The rows of a card's meetings list: earlier meetings as units (trips grouped), then the undated
 * ones one to a row, and how many of each are shown before "More". The card UI renders these and
 * the brief card (card-brief.ts) sends in full exactly the meetings of the rows shown: one rule.
 */
export function meetingRows<M extends TripFields & { undated: boolean }>(meetings: readonly M[]) {
  return {
    earlier: groupTrips(meetings.filter((meeting) => !meeting.undated)),
    undated: meetings.filter((meeting) => meeting.undated).map((meeting): MeetingUnit<M> => ({ key: meeting.id, meetings: [meeting], trip: false })),
  };
}

/**
 * The quotes of a card as its list shows them: earlier and undated apart, each ranked and grouped
 * under its meeting. A list shows its first quotes in this order (`shownQuotes`), across groups.
 */
export function quoteRows<Q extends RankFields & { undated: boolean }>(quotes: readonly Q[]) {
  return {
    earlier: groupQuotesByMeeting(rankQuotes(quotes.filter((quote) => !quote.undated))),
    undated: groupQuotesByMeeting(rankQuotes(quotes.filter((quote) => quote.undated))),
  };
}

/**
 * The ids of the meetings and quotes a card shows before any "More" is pressed: the meetings of
 * its first `SHOWN_AT_FIRST` earlier rows and `UNDATED_SHOWN_AT_FIRST` undated ones, and its first
 * quotes of each kind in `quoteRows` order.
 *
 * @example
 * shownAtFirst(card).meetings.has(card.meetings[0].id); // true (a card of one meeting shows it)
 */
export function shownAtFirst(card: { meetings: readonly (TripFields & { undated: boolean })[]; quotes: readonly (RankFields & { id: string; undated: boolean })[] }): {
  meetings: Set<string>;
  quotes: Set<string>;
} {
  const meetings = new Set<string>();
  const rows = meetingRows(card.meetings);
  for (const unit of [...rows.earlier.slice(0, SHOWN_AT_FIRST), ...rows.undated.slice(0, UNDATED_SHOWN_AT_FIRST)]) {
    for (const meeting of unit.meetings) meetings.add(meeting.id);
  }
  const quotes = new Set<string>();
  const groups = quoteRows(card.quotes);
  for (const [list, first] of [[groups.earlier, SHOWN_AT_FIRST], [groups.undated, UNDATED_SHOWN_AT_FIRST]] as const) {
    let left: number = first;
    for (const group of list) {
      for (const quote of group.quotes.slice(0, left)) quotes.add(quote.id);
      left -= Math.min(left, group.quotes.length);
      if (left === 0) break;
    }
  }
  return { meetings, quotes };
}
