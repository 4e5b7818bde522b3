/**
 * The optional header of an article file: lines at the top of the file, each starting with a space
 * and a keyword, each keyword at most once, in any order:
 *
 *     " date YYYY-MM-DD"   the publication date (or " date 2017-11", " date 2017": a month, a year)
 *     " url https://…"     the original article's address (an absolute http: or https: URL)
 *
 * The rest of a header line may be article text (the corpus's seed files put the headline or a menu
 * on the date line): then that line is the article's first line and the header ends there. Only
 * the header itself is cut. The keywords are the corpus format's, not a language's: an English and
 * a Vietnamese article have the same header.
 */
import { checkArticleUrl } from '../model/article-url';

/** One thing wrong with a header line; the article is kept, without that line's value. */
export interface HeaderProblem {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

export interface HeaderResult {
  /** The text with the header removed. */
  text: string;
  /** `YYYY-MM-DD`, or null when there is no header or its date is invalid. */
  headerDate: string | null;
  /**
   * Lines removed from the top: the header lines that held nothing else (a header line that goes on
   * with article text stays, as the text's first line). File line = text line + lineOffset.
   */
  lineOffset: number;
  /** Set when a header line is refused (an invalid date or address, a keyword given twice, …). */
  problems?: HeaderProblem[];
  /**
   * A header that gives only a month or a year (" date 2017-11", " date 2017"): not the article's
   * day, but the month and year its undated day/month phrases belong to.
   */
  headerPartial?: string;
  /** The original article's address, normalised by the URL parser (see src/model/article-url.ts). */
  url?: string;
}

/**
 * The header's keywords, in one place. `bare`: the value a line may carry without the leading space
 * and still be a header line; "date" without it is accepted only when a date-like token follows, so
 * an English article starting "date palms …" is not taken for a header, and likewise "url".
 */
const KEYWORDS = {
  date: { bare: /\d{4}-\d{1,2}-\d{1,2}/ },
  url: { bare: /https?:\/\/\S*/ },
} as const;

type Keyword = keyof typeof KEYWORDS;

const LINE_RES = (Object.keys(KEYWORDS) as Keyword[]).map((keyword) => ({
  keyword,
  re: new RegExp(`^(?: ${keyword}[ \\t]+(\\S+)|${keyword}[ \\t]+(${KEYWORDS[keyword].bare.source})(?=\\s|$))[ \\t]*`),
}));

/** The keyword, value and length (up to the line's own text, if any) of a header line at the start of `text`. */
function headerLine(text: string): { keyword: Keyword; value: string; length: number } | null {
  for (const { keyword, re } of LINE_RES) {
    const m = re.exec(text);
    if (m) return { keyword, value: m[1] ?? m[2] ?? '', length: m[0].length };
  }
  return null;
}

function validIso(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/**
 * Splits the header from an article file's text (NFC, `\n` line ends, no BOM).
 *
 * @example
 * splitHeader(' date 2025-12-01\n url https://vnexpress.net/a.html\nTổng Bí thư …');
 * // { text: 'Tổng Bí thư …', headerDate: '2025-12-01', url: 'https://vnexpress.net/a.html', lineOffset: 2 }
 */
export function splitHeader(text: string): HeaderResult {
  const result: HeaderResult = { text, headerDate: null, lineOffset: 0 };
  const problems: HeaderProblem[] = [];
  const seen = new Map<Keyword, number>();
  let rest = text;
  let lineOffset = 0;
  for (;;) {
    const line = lineOffset + 1;
    const found = headerLine(rest);
    if (!found) break;
    const after = rest.slice(found.length);
    const nl = after.indexOf('\n');
    const wholeLine = (nl < 0 ? after : after.slice(0, nl)).trim() === '';
    const first = seen.get(found.keyword);
    if (first !== undefined) {
      problems.push({ line, message: `a second " ${found.keyword}" header line (the first is line ${first}); only the first is read` });
    } else {
      seen.set(found.keyword, line);
      const problem = found.keyword === 'date' ? readDate(found.value, result) : readUrl(found.value, result);
      if (problem) problems.push({ line, message: problem });
    }
    if (!wholeLine) {
      // The rest of this line is the article's first line: the header ends here.
      rest = after;
      const next = nl < 0 ? null : headerLine(after.slice(nl + 1));
      if (next) {
        problems.push({
          line: line + 1,
          message: `a " ${next.keyword}" header line after article text is not read as a header: header lines come first, each on a line of its own`,
        });
      }
      break;
    }
    rest = nl < 0 ? '' : after.slice(nl + 1);
    lineOffset++;
  }
  result.text = rest;
  result.lineOffset = lineOffset;
  if (problems.length > 0) result.problems = problems;
  return result;
}

/** Sets the header date (or partial date) from `token`; returns the problem when it is no date. */
function readDate(token: string, result: HeaderResult): string | null {
  if (/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/.test(token)) {
    result.headerPartial = token;
    return null;
  }
  if (!validIso(token)) return `header date "${token}" is not a valid YYYY-MM-DD date; the article is kept without a header date`;
  result.headerDate = token;
  return null;
}

/** Sets the original address from `token`; returns the problem when it is refused. */
function readUrl(token: string, result: HeaderResult): string | null {
  const checked = checkArticleUrl(token);
  if (!checked.ok) return `header url refused: ${checked.reason}; the article is kept without its original address`;
  result.url = checked.url;
  return null;
}
