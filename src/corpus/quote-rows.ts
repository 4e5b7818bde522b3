import type { ExportQuote } from '../model/export-types';
import type { ArticleQuote } from './analyse-article';

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
 * `factRows[i]` is the index, in its article's statements, of the one row `i` was made from.
 *
 * @example
 * const { rows } = quoteRowsOf([{ id: 'a1', date: '2025-12-02', quotes }], (id, k) => meetingIds.get(`${id}#${k}`) ?? null, (id) => dates.get(id));
 */
export function quoteRowsOf(
  articles: readonly ArticleQuotes[],
  meetingIdOf: (articleId: string, meeting: number) => string | null,
  meetingDate: (meetingId: string) => string | null | undefined,
): { rows: Omit<ExportQuote, 'id'>[]; factRows: number[] } {
  const rows: Omit<ExportQuote, 'id'>[] = [];
  const factRows: number[] = [];
  for (const a of articles) {
    const seen = new Set<string>();
    a.quotes.forEach((q, row) => {
      const key = `${q.speakers.join(',')}|${q.text}`;
      if (seen.has(key)) return; // a repeated caption or paragraph tells the same statement once
      seen.add(key);
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
    });
  }
  return { rows, factRows };
}
