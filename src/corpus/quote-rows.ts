import type { ExportQuote } from '../model/export-types';
import type { ArticleQuote } from './analyse-article';
import { stableId } from './stable-id';

/** One article's statements as the quote rows read them. */
export interface ArticleQuotes {
  id: string;
  date: string | null;
  quotes: readonly ArticleQuote[];
}

/**
 * The quote rows of articles read in order, as both the corpus build (corpus-merge.ts) and the
 * reader's saved articles (src/saved/saved-facts.ts) make them, so the two give the same rows for
 * the same articles: a statement repeated in one article (a caption, a repeated paragraph) once,
 * at the meeting its telling was merged into, dated by that meeting or else by its article.
 * `factRows[i]` is the index, in its article's statements, of the one row `i` was made from;
 * the rows of article `k` are `starts[k]…starts[k + 1]`.
 *
 * `kept` gives, per article (by its place in `articles`), the statements that become its rows
 * where the caller already knows them ({@link keptStatements} of the same statements, remembered:
 * corpus/quote-id-memo.ts); they are taken as given.
 *
 * @example
 * const { rows } = quoteRowsOf([{ id: 'a1', date: '2025-12-02', quotes }], (id, k) => meetingIds.get(`${id}#${k}`) ?? null, (id) => dates.get(id));
 */
export function quoteRowsOf(
  articles: readonly ArticleQuotes[],
  meetingIdOf: (articleId: string, meeting: number) => string | null,
  meetingDate: (meetingId: string) => string | null | undefined,
  kept?: (article: number) => readonly number[] | undefined,
): { rows: Omit<ExportQuote, 'id'>[]; factRows: number[]; starts: number[] } {
  const rows: Omit<ExportQuote, 'id'>[] = [];
  const factRows: number[] = [];
  const starts: number[] = [];
  for (let k = 0; k < articles.length; k++) {
    const a = articles[k]!;
    starts.push(rows.length);
    for (const row of kept?.(k) ?? keptStatements(a.quotes)) {
      const q = a.quotes[row]!;
      factRows.push(row);
      const meetingId = q.meeting === null ? null : meetingIdOf(a.id, q.meeting);
      rows.push({
        speakers: q.speakers,
        text: q.text,
        kind: q.kind,
        articleId: a.id,
        meetingId,
        date: (meetingId ? meetingDate(meetingId) : null) ?? a.date,
        evidence: q.evidence,
      });
    }
  }
  starts.push(rows.length);
  return { rows, factRows, starts };
}

/**
 * The statements of one article that become quote rows, by index: each statement once (a repeated
 * caption or paragraph tells the same statement again: same speakers, same words).
 *
 * @example
 * keptStatements([said, said, other]); // [0, 2]
 */
export function keptStatements(quotes: readonly Pick<ArticleQuote, 'speakers' | 'text'>[]): number[] {
  const seen = new Set<string>();
  const kept: number[] = [];
  quotes.forEach((q, row) => {
    const key = `${q.speakers.join(',')}|${q.text}`;
    if (seen.has(key)) return;
    seen.add(key);
    kept.push(row);
  });
  return kept;
}

/**
 * A quote row's id before ids are made unique (stable-id.ts, `uniqueIds`): made from its article,
 * its speakers and its words, so a function of the article's id and its statements alone.
 *
 * @example
 * quoteIdOf({ articleId: 'a1', speakers: ['to-lam'], text: 'khẳng định …' }); // 'q-…', 15 characters
 */
export function quoteIdOf(row: { articleId: string; speakers: readonly string[]; text: string }): string {
  return stableId('q', row.articleId, row.speakers.join(','), row.text);
}
