import type { OfficeTitle } from '../index-data/format';
import type { MeetingKind } from '../model/kinds';
import type { CardMeeting, CardOffice, CardQuote, CardSource } from './card';
import type { RecordFilter } from './record-filter';

/**
 * The shapes of a leader's record (`recordFor`, record.ts), apart from the code that builds them:
 * the leader page reads these and the constants below without bundling the lookup engine or the
 * registry's schema.
 */

/** Quotes built per request when the caller does not say: a leader may have tens of thousands. */
export const DEFAULT_QUOTE_PAGE = 50;

/** Meetings built with their sources per request when the caller does not say. */
export const DEFAULT_MEETING_PAGE = 50;

/**
 * At most this many quotes, and this many meetings, per `get-leader-record` (the protocol's
 * limit): a page of them, or a chunk of an export. Here rather than in the protocol, so the leader
 * page reads it without bundling the protocol's schemas.
 */
export const MAX_RECORD_ITEMS = 2000;

/**
 * A person named in a leader's record: enough to show them (name, country) and to write them into
 * an export with the corpus export's `leaders` fields (`aliases`, `origin`, `title`).
 */
export interface RecordPerson {
  id: string;
  name: string;
  /** ISO-3166 alpha-2 code; empty for an id the index does not describe. */
  country: string;
  countryName: OfficeTitle;
  aliases: string[];
  origin: 'registry' | 'corpus';
  /** For origin `corpus`: the title the articles give them. */
  title?: string;
}

/** An office the leader held, with the days it is known to cover, for a bar on a time axis. */
export interface RecordOffice extends CardOffice {
  /** The first day known to be in office (the start, else the earliest attested day); null when unknown. */
  first: string | null;
  /** The last day known to be in office; null while held (`ongoing`) or when unknown. */
  last: string | null;
  /** Still held on the registry's `asOf` day. */
  ongoing: boolean;
}

/** What the corpus export says of a source's article that the card does not show. */
export interface ArticleFacts {
  /** The file's name inside `articles/`. */
  articleFile: string;
  articleDateInferred: boolean;
}

/** A source as the card shows it, with the rest of its article's export fields. */
export type RecordSource = CardSource & ArticleFacts;

/**
 * A meeting as the card shows it (`CardMeeting`: `others` are the participants besides this
 * leader), plus what the corpus export has and the card does not keep: every participant's id in
 * the corpus order, the participants without an id, and each source's article file.
 */
export interface RecordMeeting extends Omit<CardMeeting, 'sources'> {
  participants: string[];
  /** Export `others`: participants the registry does not know, as written ("Hun Manet"). */
  unnamed: string[];
  sources: RecordSource[];
}

/**
 * A quote as the card shows it, plus whether the record's leader said it (in the pair view the
 * other's quotes are there too) and its article's export fields.
 */
export interface RecordQuote extends Omit<CardQuote, 'source'> {
  byLeader: boolean;
  source: Omit<CardSource, 'status'> & ArticleFacts;
}

/** A meeting as the timeline draws it: when, what kind, with whom (ids of the others), where. */
export interface MeetingPoint {
  id: string;
  date: string | null;
  /** `YYYY-MM` or `YYYY` when the text gives only that. */
  approxDate: string | null;
  kind: MeetingKind;
  /** The other participants' ids (their names are in `counterparts`). */
  with: string[];
  /** Participants without an id, as written. */
  unnamed: string[];
  place: string | null;
  /** When `place` is a country's name: that country in both interface languages. */
  placeCountry?: OfficeTitle;
}

/** Someone the leader met, with how often and when. */
export interface Counterpart {
  id: string;
  name: string;
  country: string;
  countryName: OfficeTitle;
  /** Meetings of the pair (the page's `data-count`). */
  count: number;
  /** The earliest and latest dated meeting of the pair; null when none is dated. */
  first: string | null;
  last: string | null;
  /** Meetings of the pair by kind. */
  kinds: Partial<Record<MeetingKind, number>>;
}

/** Everything the leader page shows of one leader under one filter (see `recordFor`). */
export interface LeaderRecord {
  leader: RecordPerson;
  /** Every office on record, the earliest first (unknown starts last). */
  offices: RecordOffice[];
  /** Everyone the leader met, most meetings first, then by name. Never narrowed by the filter. */
  counterparts: Counterpart[];
  /** The years the leader's meetings and quotes are dated in, newest first (the year filter's choices). */
  years: number[];
  /** The leader's meetings and own quotes, whatever the filter. */
  totals: { meetings: number; quotes: number };
  /** The filter these meetings and quotes answer (normalised: no empty fields). */
  filter: RecordFilter;
  /**
   * Every meeting the filter keeps, newest first (those no date places at the end), as the
   * timeline draws them: without sources, a few dozen bytes each.
   */
  points: MeetingPoint[];
  /** One page of those meetings in full, with their sources (the table's rows, an export's chunk). */
  meetings: RecordMeeting[];
  /** Where `meetings` starts among `points`, and how many those are. */
  meetingPage: { offset: number; total: number };
  /** One page of the quotes the filter keeps, newest first (undated at the end). */
  quotes: RecordQuote[];
  /** Where `quotes` starts among all the quotes the filter keeps, and how many those are. */
  quotePage: { offset: number; total: number };
  /** Everyone named in `meetings` and `quotes` (the leader included), by id. */
  people: Record<string, RecordPerson>;
}

