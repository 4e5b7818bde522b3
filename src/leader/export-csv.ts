import type { ExportMeeting, ExportQuote } from '../model/export-types';
import { parseCsv, toCsv } from './csv';
import { recordExport, type RecordView } from './export-json';

/**
 * The CSV columns: one table for both kinds of row (`type` is `meeting` or `quote`), with the
 * corpus export's fields and, beside each list of ids, the names or titles a person reads. A field
 * holding several values (participants, sources) joins them with `LIST_SEPARATOR`; the sources'
 * columns (article id, file, title, date, address, status, evidence) list one value per source,
 * in the same order.
 */
export const CSV_COLUMNS = [
  'type', 'id', 'date', 'date_inferred', 'date_end', 'approx_date', 'kind', 'place',
  'participants', 'participant_names', 'others', 'speakers', 'speaker_names', 'text', 'meeting_id',
  'article_ids', 'article_files', 'article_titles', 'article_dates', 'article_urls', 'statuses', 'evidence',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Between the values of one field. A line break: a sentence of the corpus never holds one (the
 * cleaner joins an article's lines), a spreadsheet shows each source on its own line in the cell,
 * and RFC 4180 quoting carries it.
 */
export const LIST_SEPARATOR = '\n';

/**
 * The meetings and quotes in view as CSV (RFC 4180, UTF-8 with a byte-order mark, see csv.ts):
 * a header row of `CSV_COLUMNS`, then one row per meeting and one per quote, with their sources
 * and evidence. The same items and fields as the JSON export (`recordExport`).
 *
 * @example
 * downloadTextFile(recordCsv({ leaderId: 'to-lam', meetings, quotes, people }), 'to-lam.csv', 'text/csv;charset=utf-8');
 */
export function recordCsv(view: RecordView): string {
  const file = recordExport(view);
  const names = new Map(file.leaders.map((leader) => [leader.id, leader.name]));
  const articles = new Map(file.articles.map((article) => [article.id, article]));
  const nameOf = (id: string): string => names.get(id) ?? id;
  const list = (values: readonly string[]): string => values.join(LIST_SEPARATOR);
  const sourceColumns = (ids: readonly string[], statuses: readonly string[], evidence: readonly string[]): Partial<Record<CsvColumn, string>> => ({
    article_ids: list(ids),
    article_files: list(ids.map((id) => articles.get(id)?.file ?? '')),
    article_titles: list(ids.map((id) => articles.get(id)?.title ?? '')),
    article_dates: list(ids.map((id) => articles.get(id)?.date ?? '')),
    article_urls: list(ids.map((id) => articles.get(id)?.url ?? '')),
    statuses: list(statuses),
    evidence: list(evidence),
  });
  const meetingRow = (meeting: ExportMeeting): Partial<Record<CsvColumn, string>> => ({
    type: 'meeting',
    id: meeting.id,
    date: meeting.date ?? '',
    date_inferred: String(meeting.dateInferred),
    date_end: meeting.dateEnd ?? '',
    approx_date: meeting.approxDate ?? '',
    kind: meeting.kind,
    place: meeting.place ?? '',
    participants: list(meeting.participants),
    participant_names: list(meeting.participants.map(nameOf)),
    others: list(meeting.others ?? []),
    ...sourceColumns(
      meeting.sources.map((s) => s.articleId),
      meeting.sources.map((s) => s.status),
      meeting.sources.map((s) => s.evidence),
    ),
  });
  const quoteRow = (quote: ExportQuote): Partial<Record<CsvColumn, string>> => ({
    type: 'quote',
    id: quote.id,
    date: quote.date ?? '',
    kind: quote.kind,
    speakers: list(quote.speakers),
    speaker_names: list(quote.speakers.map(nameOf)),
    text: quote.text,
    meeting_id: quote.meetingId ?? '',
    ...sourceColumns([quote.articleId], [], [quote.evidence]),
  });
  const rows = [...file.meetings.map(meetingRow), ...file.quotes.map(quoteRow)];
  return toCsv([[...CSV_COLUMNS], ...rows.map((row) => CSV_COLUMNS.map((column) => row[column] ?? ''))]);
}

/**
 * Reads a file written by `recordCsv` back into the corpus export's meetings and quotes: what an
 * analyst's script would do, and how the tests prove the CSV holds every field of the JSON.
 * Throws when the header is not `CSV_COLUMNS`.
 *
 * @example
 * itemsFromCsv(recordCsv(view)).meetings; // deep-equal to recordExport(view).meetings
 */
export function itemsFromCsv(text: string): { meetings: ExportMeeting[]; quotes: ExportQuote[] } {
  const [header, ...rows] = parseCsv(text);
  if (header?.join(',') !== CSV_COLUMNS.join(',')) throw new Error('leaderlens export: not a leader page CSV (unexpected header)');
  const meetings: ExportMeeting[] = [];
  const quotes: ExportQuote[] = [];
  for (const fields of rows) {
    const get = (column: CsvColumn): string => fields[CSV_COLUMNS.indexOf(column)] ?? '';
    const items = (column: CsvColumn): string[] => (get(column) === '' ? [] : get(column).split(LIST_SEPARATOR));
    const orNull = (column: CsvColumn): string | null => (get(column) === '' ? null : get(column));
    if (get('type') === 'meeting') {
      const statuses = items('statuses');
      const evidence = items('evidence');
      const others = items('others');
      meetings.push({
        id: get('id'),
        participants: items('participants'),
        date: orNull('date'),
        dateInferred: get('date_inferred') === 'true',
        place: orNull('place'),
        kind: get('kind') as ExportMeeting['kind'],
        sources: items('article_ids').map((articleId, i) => ({
          articleId,
          status: statuses[i] === 'referenced' ? 'referenced' : 'reported',
          evidence: evidence[i] ?? '',
        })),
        ...(get('date_end') === '' ? {} : { dateEnd: get('date_end') }),
        ...(get('approx_date') === '' ? {} : { approxDate: get('approx_date') }),
        ...(others.length === 0 ? {} : { others }),
      });
    } else if (get('type') === 'quote') {
      quotes.push({
        id: get('id'),
        speakers: items('speakers'),
        text: get('text'),
        kind: get('kind') as ExportQuote['kind'],
        articleId: get('article_ids'),
        meetingId: orNull('meeting_id'),
        date: orNull('date'),
        evidence: get('evidence'),
      });
    }
  }
  return { meetings, quotes };
}
