import type { LeaderRecord, RecordMeeting, RecordPerson, RecordQuote } from '../lookup/record-types';
import type { RecordView } from './export-json';

/**
 * Asks the background for items `offset`…`offset + limit` of one kind in the view
 * (`get-leader-record` with `meetings` or `quotes`, and a limit of 0 for the other kind).
 */
export type LoadItems = (kind: 'meetings' | 'quotes', offset: number, limit: number) => Promise<LeaderRecord | null>;

/** What the page already holds of the view: the rows and quotes shown so far, and whom they name. */
export interface ShownItems {
  meetings: readonly RecordMeeting[];
  quotes: readonly RecordQuote[];
  people: Readonly<Record<string, RecordPerson>>;
}

/**
 * Everything in view for an export: every meeting and quote the record's filter keeps. The page
 * holds the first pages; the rest are asked for in chunks of `chunk` (the protocol's
 * MAX_RECORD_ITEMS), so no single message carries thousands of items, and the people each chunk
 * names are merged. Throws when the record is gone from the index.
 *
 * @example
 * const view = await collectView(record, { meetings, quotes, people }, (kind, offset, limit) => load(…), 2000);
 */
export async function collectView(record: LeaderRecord, shown: ShownItems, load: LoadItems, chunk: number): Promise<RecordView> {
  const meetings = [...shown.meetings];
  const quotes = [...shown.quotes];
  const named: Record<string, RecordPerson> = { ...record.people, ...shown.people };
  const fill = async <T>(kind: 'meetings' | 'quotes', items: T[], total: number, pick: (next: LeaderRecord) => T[]): Promise<void> => {
    while (items.length < total) {
      const next = await load(kind, items.length, chunk);
      if (!next) throw new Error(`the record of ${record.leader.id} is no longer in the index`);
      const more = pick(next);
      if (more.length === 0) break;
      items.push(...more);
      Object.assign(named, next.people);
    }
  };
  await fill('meetings', meetings, record.meetingPage.total, (next) => next.meetings);
  await fill('quotes', quotes, record.quotePage.total, (next) => next.quotes);
  return { leaderId: record.leader.id, meetings, quotes, people: named };
}

/**
 * The export's file name: the leader, the pair and the year when narrowed to them, and the day,
 * e.g. `leaderlens-to-lam-with-vladimir-putin-2025-2026-01-15.csv`. Only ids' letters, digits and
 * dashes, so no id can make a path.
 */
export function exportFileName(record: Pick<LeaderRecord, 'leader' | 'filter'>, today: string, extension: 'csv' | 'json'): string {
  const safe = (text: string): string => text.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'x';
  const parts = ['leaderlens', safe(record.leader.id)];
  if (record.filter.with) parts.push('with', safe(record.filter.with));
  if (record.filter.year != null) parts.push(String(record.filter.year));
  parts.push(today);
  return `${parts.join('-')}.${extension}`;
}
