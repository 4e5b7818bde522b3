import type { LeaderRecord, RecordPerson, RecordQuote } from '../lookup/record';
import type { RecordView } from './export-json';

/** Asks the background for quotes `offset`…`offset + limit` of the view (`get-leader-record`). */
export type LoadQuotes = (offset: number, limit: number) => Promise<LeaderRecord | null>;

/**
 * Everything in view for an export: the record's meetings (they come whole) and every quote its
 * filter keeps. The page holds the quotes shown so far; the rest are asked for in chunks of
 * `chunk` (the protocol's MAX_RECORD_QUOTES), so no single message carries tens of thousands of
 * quotes, and the people each chunk names are merged. Throws when the record is gone.
 *
 * @example
 * const view = await collectView(record, shownQuotes, people, (offset, limit) => load({ …, quotes: { offset, limit } }), 2000);
 */
export async function collectView(
  record: LeaderRecord,
  shown: readonly RecordQuote[],
  people: Readonly<Record<string, RecordPerson>>,
  load: LoadQuotes,
  chunk: number,
): Promise<RecordView> {
  const quotes = [...shown];
  const named: Record<string, RecordPerson> = { ...record.people, ...people };
  while (quotes.length < record.quotePage.total) {
    const next = await load(quotes.length, chunk);
    if (!next) throw new Error(`the record of ${record.leader.id} is no longer in the index`);
    if (next.quotes.length === 0) break;
    quotes.push(...next.quotes);
    Object.assign(named, next.people);
  }
  return { leaderId: record.leader.id, meetings: record.meetings, quotes, people: named };
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
