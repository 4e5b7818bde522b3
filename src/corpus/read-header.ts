/**
 * The optional header of an article file: a first line starting " date YYYY-MM-DD". The rest of
 * that line may be article text (the corpus's seed files put the headline or a menu there), so
 * only the header itself is cut.
 */

export interface HeaderResult {
  /** The text with the header removed. */
  text: string;
  /** `YYYY-MM-DD`, or null when there is no header or its date is invalid. */
  headerDate: string | null;
  /**
   * Lines removed from the top: 1 when the header filled the whole first line, 0 otherwise
   * (the rest of the first line is still line 1). File line = text line + lineOffset.
   */
  lineOffset: number;
  /** Set when a header was found but its date is not a real day. */
  problem?: string;
  /**
   * A header that gives only a month or a year (" date 2017-11", " date 2017"): not the article's
   * day, but the month and year its undated day/month phrases belong to.
   */
  headerPartial?: string;
}

// The leading space is the corpus's format; "date" without it is accepted only when a date-like
// token follows, so an English article starting "date palms …" is not taken for a header.
const HEADER_RE = /^(?: date[ \t]+(\S+)|date[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?=\s|$))[ \t]*/;

function validIso(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

export function splitHeader(text: string): HeaderResult {
  const m = HEADER_RE.exec(text);
  if (!m) return { text, headerDate: null, lineOffset: 0 };
  const token = m[1] ?? m[2] ?? '';
  const rest = text.slice(m[0].length);
  const nl = rest.indexOf('\n');
  const firstRest = nl < 0 ? rest : rest.slice(0, nl);
  const wholeLine = firstRest.trim() === '';
  const body = wholeLine ? (nl < 0 ? '' : rest.slice(nl + 1)) : rest;
  const lineOffset = wholeLine ? 1 : 0;
  if (/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/.test(token)) return { text: body, headerDate: null, lineOffset, headerPartial: token };
  if (!validIso(token)) {
    return {
      text: body,
      headerDate: null,
      lineOffset,
      problem: `header date "${token}" is not a valid YYYY-MM-DD date; the article is kept without a header date`,
    };
  }
  return { text: body, headerDate: token, lineOffset };
}
