/**
 * The date of an article, and of the date phrases inside it.
 *
 * An article's date is its publication date where it gives one (the header line, a date/time stamp
 * near the top), else the date of the events it reports (the first event date in the lead). A
 * day/month without a year takes a year the article states (a full date elsewhere in it), else one
 * from outside evidence (the offices of the leaders it names), else stays null: never invented.
 * A date whose year was not written is `inferred: true`.
 *
 * Pure (no Node APIs): the extension may run it.
 */
import { LANGUAGES, wordAlternation } from '../lang';
import { daysBefore } from '../registry/offices';
import { findDatePhrases, isValidDay, type DatePhrase } from './date-phrases';
import { SINCE_CLAUSE_LOOKBACK } from './language-rules';
import { endsWithMatch } from './end-anchored';

/**
 * Outside evidence for a missing year: given the month and day of an event, the year in which it
 * must have happened and why ("Lương Cường was President only from 2024-10-21"), or null.
 * Supplied by the attribution code from the offices of the leaders the article names.
 */
export type YearEvidence = (month: number, day: number) => { year: number; reason: string } | null;

/**
 * Outside evidence against a publication stamp: why the article cannot be of that day (the leaders
 * it titles were out of those offices then), or null. Supplied, like {@link YearEvidence}, from the
 * offices of the leaders the article names. `from` says what gave the day: a stamp (which a site's
 * clock can fake) or the address (the page's own filing day).
 */
export type StampEvidence = (date: string, from: 'stamp' | 'address') => string | null;

/**
 * Outside evidence against a year the article states elsewhere, lent to the lead's day and month:
 * why the article cannot be of that date (a leader it titles took that office only later), or null.
 */
export type BorrowedYearEvidence = (date: string) => string | null;

export interface ArticleDateInput {
  /** The article text before cleaning: date stamps are furniture to the cleaner, not to us. */
  rawText: string;
  headerDate: string | null;
  /** `YYYY-MM` or `YYYY` from a header that gives only that: the year of an undated day/month in the lead. */
  headerPartial?: string | null;
  /** The original article's address, from the header: many sites put the publication day in its path. */
  url?: string | null;
  title: string;
  /** `caption`: a photo caption. Its date is the photo's, never the lead's event. */
  paragraphs: { text: string; caption?: boolean }[];
  /**
   * The language's since-clause up to a text's end ("kể từ khi hai nước thiết lập quan hệ ngoại
   * giao vào ngày ", "since "): a day after it is the start of what has lasted since, not the
   * lead's event (language-rules.ts `sinceClause`).
   */
  sinceClause?: RegExp;
  /**
   * The language's founding phrase up to a text's end ("thiết lập quan hệ ngoại giao ngày ",
   * "established diplomatic relations on "): a day after it is history's, not the lead's event
   * (language-rules.ts `foundingBefore`).
   */
  foundingBefore?: RegExp;
}

export interface ArticleDate {
  /** `YYYY-MM-DD` or null. */
  date: string | null;
  /** True when the year was not written next to the day and month. */
  inferred: boolean;
  /** Where the date came from, for diagnostics: "header", "timestamp: 17/02/2023 19:28", … */
  source: string;
}

/**
 * Lines searched for a publication stamp: the top of the raw text, and a few lines past the title
 * (a long site menu can push the title and its stamp far down, as in the corpus's seed 003).
 */
const STAMP_LINES = 25;
const STAMP_LINES_AFTER_TITLE = 10;
/** Paragraphs after the title that make up the lead. */
const LEAD_PARAGRAPHS = 3;

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The longest line that may be a publication stamp. Real stamps are short ("Cập nhật: 17/02/2023
 * 19:28 (GMT+7)", 35 characters); without the bound, a one-line article of a megabyte would be
 * re-read whole for every full date in it (issue 10: single-line articles built in more than
 * linear time).
 */
const STAMP_LINE_MAX = 300;

/** Four digits in a row: the cheap test before looking for a full date with its year. */
const FOUR_DIGITS = /\d{4}/u;

/**
 * What else a stamp line may hold: every language's stamp words (with the half of the day a time
 * is in: "June 20, 2025 05:03 PM"), a time zone, a colon, and a time of day the date phrase did
 * not take ("17:28, April 27, 2019": the time written before the date). Not a weekday: "Friday,
 * June 20, 2025" alone at the top is as often the site's clock as the story's day.
 */
const STAMP_ONLY = new RegExp(`^(?:(?:${wordAlternation(LANGUAGES.flatMap((l) => l.dates.stampWords))}|(?:gmt|utc)(?:\\s*[+-]?\\s*\\d{1,2}(?::?\\d{2})?)?|\\d{1,2}:\\d{2}|:)\\s*)*$`, 'iu');

/** A source attribution opening a line, then its source ("Quoted from ANTARA, Saturday, "): a full date after it is the report's. */
const SOURCE_DATE = new RegExp(
  `^\\s*(?:${wordAlternation(LANGUAGES.flatMap((l) => l.sourceAttributions))})\\s+[^,;]{1,60},(?:\\s*[^,;\\d]{1,12},)?\\s*$`,
  'iu',
);

/**
 * A publication stamp: a full date on a line of its own, or with a time of day, or after a source
 * attribution, near the top. Where stamps stand both above the headline and under it ("Chủ Nhật,
 * 24/11/2024 21:25" over the site's menu, "Thứ 4, 22/11/2023 | 11:36:23" under the headline), the
 * one under it is the article's: the one above is the site's clock, the day the page was read.
 */
function findStamp(rawText: string, title: string): { date: string; text: string } | null {
  const all = rawText.split('\n');
  const titleLine = title === '' ? -1 : all.findIndex((l) => l.includes(title));
  const lines = all.slice(0, Math.max(STAMP_LINES, titleLine + 1 + STAMP_LINES_AFTER_TITLE));
  const above = titleLine > 0 ? stampIn(lines.slice(0, titleLine)) : null;
  const under = stampIn(titleLine >= 0 ? lines.slice(titleLine) : lines);
  return above !== null && under !== null ? under : (above ?? under);
}

/** The first publication stamp of `lines` (see findStamp), or null. */
function stampIn(lines: readonly string[]): { date: string; text: string } | null {
  for (const line of lines) {
    // A stamp has a full year: a line without four digits in a row cannot hold one.
    if (line.length > STAMP_LINE_MAX || !FOUR_DIGITS.test(line)) continue;
    for (const p of findDatePhrases(line)) {
      if (p.day === null || p.month === null || p.year === null || p.holiday) continue;
      const rest = (line.slice(0, p.start) + line.slice(p.end)).replace(/[\s,|()–-]+/gu, ' ').trim();
      // "17/02/2023 19:28", "Thứ Sáu, 17/02/2023", "Cập nhật: 17/02/2023 19:28 (GMT+7)".
      const stampOnly = STAMP_ONLY.test(rest);
      // "Quoted from ANTARA, Saturday, November 16, 2024, …": the date of the report it reprints.
      const reported = SOURCE_DATE.test(line.slice(0, p.start));
      if (stampOnly || reported || (p.time !== undefined && line.trim().length <= 60)) {
        return { date: iso(p.year, p.month, p.day), text: p.text };
      }
    }
  }
  return null;
}

/**
 * The publication day a site writes in an article's path: "/2016/05/04/", "/2024-11-07/",
 * "/2024/1205/", "/2021-01/22/", "/20250903/", "/20221113-70619/". A longer run of digits is an
 * id unless it is a day and a time (URL_STAMP), and a month alone ("/202211/") no day.
 */
const URL_DAY = /\/((?:19|20)\d{2})(?:\/(\d{2})\/(\d{2})|-(\d{2})-(\d{2})|\/(\d{2})(\d{2})|-(\d{2})\/(\d{2})|(\d{2})(\d{2}))(?=[/_-]|\.html?\b|$)/u;

/**
 * A publication time stamp written into an article's address as one run of digits, day and time of
 * day ("…-20160530183348702.htm", "/view/20250612135838436": 30 May 2016 at 18:33:48.702), as many
 * Vietnamese and Korean sites file articles. The time must be a time (hours to 23, minutes and
 * seconds to 59), so an id that happens to open with a year is not read as a day.
 */
const URL_STAMP = /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})([01]\d|2[0-3])[0-5]\d[0-5]\d\d{0,3}(?=[/_-]|\.\w{2,5}$|$)/u;

/**
 * The day written into the article's slug with the site's article number after a letter
 * ("…-dong-cap-nhat-ban-va-trung-quoc-20231127i7035212/": 27 November 2023, article 7035212).
 */
const URL_DAY_BEFORE_ID = /-((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\p{Ll}\d{4,}(?=[/_.-]|$)/u;

/**
 * The day as some sites file it, month first and the year in two digits, each its own segment of
 * the path ("news.abs-cbn.com/news/06/29/22/japan-foreign-minister-…": 29 June 2022). Read only
 * where no four-digit year is in the path.
 */
const URL_MONTH_DAY_YY = /\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\/(\d{2})\//u;

/** The publication day in an article's address, or null. */
function urlDay(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const stamp = yearMonthDay(URL_STAMP.exec(path));
  if (stamp) return stamp;
  const m = URL_DAY.exec(path);
  if (!m) {
    const beforeId = yearMonthDay(URL_DAY_BEFORE_ID.exec(path));
    if (beforeId) return beforeId;
    const us = URL_MONTH_DAY_YY.exec(path);
    return us ? dayOf(2000 + Number(us[3]), Number(us[1]), Number(us[2])) : null;
  }
  const digits = m.slice(2).filter((x): x is string => x !== undefined);
  return dayOf(Number(m[1]), Number(digits[0]), Number(digits[1]));
}

/** The day of a match whose groups 1–3 are its year, month and day, when it is a real one. */
function yearMonthDay(m: RegExpExecArray | null): string | null {
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** `YYYY-MM-DD` of a year, month and day that make a real day, else null. */
function dayOf(year: number, month: number, day: number): string | null {
  return isValidDay(day, month, year) ? iso(year, month, day) : null;
}

/** A wire dateline's place: words in capitals, then a comma, right before the date ("TOKYO, Nov 24, 2021, Kyodo News."). */
const DATELINE_PLACE = /^\s*[\p{Lu}][\p{Lu}\p{M}.'’-]+(?:\s+[\p{Lu}][\p{Lu}\p{M}.'’-]+){0,3}\s*,\s*$/u;

/** Every language's weekday names, lower-cased, to their number (1 = Monday … 7 = Sunday). */
const WEEKDAYS = new Map<string, number>(LANGUAGES.flatMap((l) => l.dates.weekdays.flatMap((names, i) => names.map((n): [string, number] => [n.toLowerCase(), i + 1]))));
/** A weekday right before a day and month: "Thursday (June 28)", "thứ Năm (28/6)", "Thursday, June 28". */
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(${wordAlternation([...WEEKDAYS.keys()])})\\s*[(,]?\\s*[^\\d,;.()]{0,12}$`, 'iu');

/** The weekday of a `YYYY-MM-DD` day, 1 = Monday … 7 = Sunday, as WEEKDAYS numbers them. */
function weekdayOf(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/**
 * A lead's year inferred or lent, checked against the weekday the lead writes before its day
 * ("Thursday (June 28)": 28 June 2017 was a Wednesday): where they disagree, the one year next to
 * it whose day is that weekday, else no date. A written year is left as written; a written date
 * in digits may be read month first where only that order is the weekday (withMonthFirst).
 */
function withStatedWeekday(dated: ArticleDate, event: LeadEvent): ArticleDate {
  if (dated.date === null) return dated;
  const w = WEEKDAY_BEFORE.exec(event.before);
  const weekday = w ? WEEKDAYS.get(w[1]!.toLowerCase()) : undefined;
  if (weekday === undefined) return dated;
  if (weekdayOf(dated.date) === weekday) return dated;
  if (!dated.inferred) return withMonthFirst(dated, event, weekday, w![1]!);
  const year = Number(dated.date.slice(0, 4));
  const near = [year - 1, year + 1].map((y) => `${y}${dated.date!.slice(4)}`).filter((d) => isValidDay(Number(d.slice(8)), Number(d.slice(5, 7)), Number(d.slice(0, 4))) && weekdayOf(d) === weekday);
  const why = `; ${dated.date} is no ${w![1]}`;
  return near.length === 1 ? { ...dated, date: near[0]!, source: `${dated.source}${why}, ${near[0]} is` } : { date: null, inferred: false, source: `${dated.source}${why}` };
}

/** A date written in digits only, day and month in either order: "10/12/2017". */
const NUMERIC_DATE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/u;

/**
 * A written date in digits whose weekday is not the one the lead writes before it, read month
 * first when that reading is the weekday: "on Thursday (10/12/2017)" is 12 October 2017 (a
 * Thursday), not 10 December (a Sunday); a page may write either order. Otherwise left as written.
 */
function withMonthFirst(dated: ArticleDate, event: LeadEvent, weekday: number, weekdayText: string): ArticleDate {
  const digits = event.text.replace(/^\D+/u, '');
  if (!NUMERIC_DATE.test(digits) || event.year === null || event.day === null || event.month === null || event.day > 12) return dated;
  if (!isValidDay(event.month, event.day, event.year)) return dated;
  const swapped = iso(event.year, event.day, event.month);
  if (weekdayOf(swapped) !== weekday) return dated;
  return { ...dated, date: swapped, source: `${dated.source}; ${dated.date} is no ${weekdayText}, read month first ${swapped} is` };
}

/** A lead's day told as yesterday's: "Chiều qua (28/7), …", "Yesterday (July 28) …" (descriptor `yesterdayWords`). */
const YESTERDAY_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${wordAlternation(LANGUAGES.flatMap((l) => l.dates.yesterdayWords))})\\s*[(,]?\\s*[^\\d,;.]{0,12}$`, 'iu');

/** Whether the lead's day is said to be the day before publication. */
function toldAsYesterday(event: LeadEvent): boolean {
  return YESTERDAY_BEFORE.test(event.before);
}

/**
 * The lead's day phrase, with the words that stand before its digits (`before`): those before the
 * phrase and those the phrase opens with ("Chiều qua (28/7)", "Thursday (June 28)").
 */
type LeadEvent = DatePhrase & { before: string };

function leadEventOf(phrase: DatePhrase, text: string): LeadEvent {
  return { ...phrase, before: text.slice(Math.max(0, phrase.start - 24), phrase.start) + phrase.text.replace(/\d[^]*$/u, '') };
}

/**
 * The day/month phrase of an event in the lead: a wire dateline's date wherever it stands in the
 * lead (a photo caption above it, not marked as one, may give an older day: "…, on Sept. 3,
 * 2021." above "TOKYO, Nov 24, 2021, Kyodo News."), else the first such phrase (not a holiday).
 */
function leadEvent(input: ArticleDateInput): LeadEvent | null {
  const body = input.paragraphs.filter((p) => !p.caption).slice(0, LEAD_PARAGRAPHS);
  for (const { text } of body) {
    const first = findDatePhrases(text).find((p) => p.day !== null && p.month !== null && !p.holiday);
    if (first && DATELINE_PLACE.test(text.slice(0, first.start))) return leadEventOf(first, text);
  }
  const lead = [input.title, ...body.map((p) => p.text)];
  const since = (p: DatePhrase, text: string): boolean => input.sinceClause?.test(text.slice(Math.max(0, p.start - SINCE_CLAUSE_LOOKBACK), p.start)) === true;
  const founding = (p: DatePhrase, text: string): boolean => input.foundingBefore !== undefined && endsWithMatch(text.slice(0, p.start), input.foundingBefore);
  for (const text of lead) {
    for (const p of findDatePhrases(text)) {
      if (p.day !== null && p.month !== null && !p.holiday && p.dayEnd === undefined && !since(p, text) && !founding(p, text)) return leadEventOf(p, text);
    }
  }
  return null;
}

/**
 * A year the article itself states: the full date (day, month, year; not a holiday) nearest the
 * top of the body. Years of month-only phrases ("tháng 6/2024") are not used: those recall
 * earlier events and would date this one to the past.
 */
function statedYear(input: ArticleDateInput, month: number): { year: number; text: string } | null {
  const texts = [input.title, ...input.paragraphs.map((p) => p.text)];
  for (const text of texts) {
    if (!FOUR_DIGITS.test(text)) continue;
    for (const p of findDatePhrases(text)) {
      if (p.day === null || p.month === null || p.year === null || p.holiday) continue;
      // Only a date of the same season tells the lead's year: "a joint statement issued on June 3,
      // 2024" recalls an older event and would put "December 11" a year too early.
      if (monthsApart(p.month, month) <= 1) return { year: p.year, text: p.text };
    }
  }
  return null;
}

/** Months between two months of the year, across the new year (December and January are 1 apart). */
function monthsApart(a: number, b: number): number {
  const d = Math.abs(a - b);
  return Math.min(d, 12 - d);
}

/**
 * The article's date.
 *
 *   articleDate({ rawText, headerDate: null, title, paragraphs }, evidence)
 *   // "17/02/2023 19:28" near the top            → { date: '2023-02-17', inferred: false, source: 'timestamp: …' }
 *   // lead "Chiều 8/11", evidence says 2024      → { date: '2024-11-08', inferred: true, source: 'lead "Chiều 8/11", year from evidence: …' }
 *   // lead "Chiều 8/11", no year anywhere        → { date: null, inferred: false, source: 'lead "Chiều 8/11" has no year …' }
 */
export function articleDate(input: ArticleDateInput, evidence?: YearEvidence, against?: StampEvidence, againstBorrowed?: BorrowedYearEvidence): ArticleDate {
  if (input.headerDate !== null && /^\d{4}-\d{2}-\d{2}$/.test(input.headerDate)) {
    return { date: input.headerDate, inferred: false, source: 'header' };
  }
  const stamp = findStamp(input.rawText, input.title);
  // A stamp the titled names contradict is the page's furniture (the day it was read), not the article's.
  const refuted = stamp ? (against?.(stamp.date, 'stamp') ?? null) : null;
  if (stamp && refuted === null) return { date: stamp.date, inferred: false, source: `timestamp: ${stamp.text}` };
  // "http://english.gov.cn/premier/news/2016/05/04/…": the day the site filed the article under.
  const fromUrl = urlDay(input.url);
  if (fromUrl !== null && (against?.(fromUrl, 'address') ?? null) === null) return { date: fromUrl, inferred: false, source: `address: ${input.url}` };
  const notStamp = stamp ? `; stamp "${stamp.text}" set aside: ${refuted}` : '';

  const event = leadEvent(input);
  if (!event || event.day === null || event.month === null) {
    return { date: null, inferred: false, source: `no publication date and no event date in the lead${notStamp}` };
  }
  const dated = withStatedWeekday(leadDated({ ...event, day: event.day, month: event.month }, input, notStamp, evidence, againstBorrowed), event);
  // "Chiều qua (28/7), …": the page came out the day after the day its lead tells.
  return dated.date !== null && toldAsYesterday(event) ? { ...dated, date: daysBefore(dated.date, -1), source: `${dated.source}; told as yesterday's` } : dated;
}

/** The article's date from its lead's day and month, the year written, lent or inferred. */
function leadDated(event: LeadEvent & { day: number; month: number }, input: ArticleDateInput, notStamp: string, evidence?: YearEvidence, againstBorrowed?: BorrowedYearEvidence): ArticleDate {
  const { day, month } = event;
  if (event.year !== null) {
    return { date: iso(event.year, month, day), inferred: false, source: `lead "${event.text}"${notStamp}` };
  }
  // " date 2017-11" + "sáng 12/11": the header's year, when its month (if any) is the lead's. The
  // year is not written next to the day, and the page's own day is nowhere: inferred.
  const partial = input.headerPartial ? /^(\d{4})(?:-(\d{2}))?$/.exec(input.headerPartial) : null;
  if (partial && (partial[2] === undefined || Number(partial[2]) === month) && isValidDay(day, month, Number(partial[1]))) {
    return { date: iso(Number(partial[1]), month, day), inferred: true, source: `lead "${event.text}", year from the header "${input.headerPartial}"${notStamp}` };
  }
  const stated = statedYear(input, month);
  // A year lent by a date that recalls an older event, before the titles the article gives: not its year.
  const unlent = stated && isValidDay(day, month, stated.year) ? (againstBorrowed?.(iso(stated.year, month, day)) ?? null) : null;
  if (stated && isValidDay(day, month, stated.year) && unlent === null) {
    return {
      date: iso(stated.year, month, day),
      inferred: true,
      source: `lead "${event.text}", year from "${stated.text}" in the article${notStamp}`,
    };
  }
  const notLent = unlent === null ? notStamp : `${notStamp}; year of "${stated!.text}" set aside: ${unlent}`;
  const ev = evidence?.(month, day) ?? null;
  if (ev && Number.isInteger(ev.year) && isValidDay(day, month, ev.year)) {
    return { date: iso(ev.year, month, day), inferred: true, source: `lead "${event.text}", year from evidence: ${ev.reason}${notLent}` };
  }
  return { date: null, inferred: false, source: `lead "${event.text}" has no year and nothing gives one${notLent}` };
}

export interface ResolvedPhrase {
  /** `YYYY-MM-DD` for a phrase naming a day, else null. */
  date: string | null;
  /** True when the year was not written in the phrase. */
  inferred: boolean;
  /** Last day of a range ("từ ngày 1 đến 2/12"), `YYYY-MM-DD`. */
  dateEnd?: string;
  /**
   * For a phrase naming only a month ("tháng 6/2024", "tháng 10 vừa qua"): `YYYY-MM`. The export
   * has day dates only, so `date` stays null and the caller decides what to do with the month
   * (e.g. keep it in a referenced meeting's evidence).
   */
  month?: string;
  /** For a phrase naming only a year ("năm 2025"). */
  year?: number;
  /** The phrase names a holiday ("Quốc khánh 2/9"), not an event's day: `date` is null. */
  holiday?: boolean;
}

/**
 * Resolve a date phrase found inside an article, given the article's date (`YYYY-MM-DD` or null).
 * A day/month without a year takes the article's year, unless that would put it after the
 * article's date: then the previous year.
 *
 * `inferred`: the article gives the year when its own date is known (header, stamp), so taking
 * that year is reading, not inferring. The year is inferred when the article's date was itself
 * inferred (`articleDateInferred`), or when the phrase had to be moved to the previous year.
 *
 *   resolveDatePhrase(findDatePhrases('Sáng 1/12')[0], '2025-12-03') // → { date: '2025-12-01', inferred: false }
 *   resolveDatePhrase(findDatePhrases('Chiều 28/12')[0], '2026-01-02') // → { date: '2025-12-28', inferred: true }
 *   resolveDatePhrase(findDatePhrases('tháng 6/2024')[0], '2025-09-01') // → { date: null, inferred: false, month: '2024-06' }
 */
export function resolveDatePhrase(phrase: DatePhrase, articleDate: string | null, articleDateInferred = false): ResolvedPhrase {
  if (phrase.holiday) return { date: null, inferred: false, holiday: true };
  const art = articleDate !== null ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(articleDate) : null;
  const artYear = art ? Number(art[1]) : null;

  if (phrase.day === null) {
    if (phrase.month === null) {
      return phrase.year !== null ? { date: null, inferred: false, year: phrase.year } : { date: null, inferred: false };
    }
    if (phrase.year !== null) return { date: null, inferred: false, month: `${phrase.year}-${String(phrase.month).padStart(2, '0')}` };
    if (artYear === null || articleDate === null) return { date: null, inferred: false };
    let y = artYear;
    const rolled = `${y}-${String(phrase.month).padStart(2, '0')}` > articleDate.slice(0, 7);
    if (rolled) y--;
    return { date: null, inferred: articleDateInferred || rolled, month: `${y}-${String(phrase.month).padStart(2, '0')}` };
  }
  if (phrase.month === null) return { date: null, inferred: false };

  const endOf = (year: number): string | undefined => {
    if (phrase.dayEnd === undefined) return undefined;
    const endMonth = phrase.monthEnd ?? phrase.month ?? 1;
    // A range across the new year ("từ 30/12 đến 2/1") ends in the next year.
    const endYear = endMonth < (phrase.month ?? 1) ? year + 1 : year;
    return isValidDay(phrase.dayEnd, endMonth, endYear) ? iso(endYear, endMonth, phrase.dayEnd) : undefined;
  };
  const withEnd = (r: ResolvedPhrase, year: number): ResolvedPhrase => {
    const e = endOf(year);
    return e !== undefined ? { ...r, dateEnd: e } : r;
  };

  if (phrase.year !== null) {
    if (!isValidDay(phrase.day, phrase.month, phrase.year)) return { date: null, inferred: false };
    return withEnd({ date: iso(phrase.year, phrase.month, phrase.day), inferred: false }, phrase.year);
  }
  if (artYear === null || articleDate === null) return { date: null, inferred: false };
  let y = artYear;
  let rolled = false;
  let d = isValidDay(phrase.day, phrase.month, y) ? iso(y, phrase.month, phrase.day) : null;
  if (d === null || d > articleDate) {
    y--;
    rolled = true;
    d = isValidDay(phrase.day, phrase.month, y) ? iso(y, phrase.month, phrase.day) : null;
  }
  if (d === null) return { date: null, inferred: false };
  return withEnd({ date: d, inferred: articleDateInferred || rolled }, y);
}
