import { LANGUAGES, wordAlternation } from '../lang';
import { escapeRegExp } from '../text/escape-regexp';
import { matchesOf } from '../text/matches-of';

/**
 * Date phrases in Vietnamese news text: "Chiều 8/11", "từ ngày 1 đến 2/12", "17/02/2023 19:28",
 * "tháng 6/2024", "năm 2025", "Quốc khánh 2/9".
 *
 * Pure (no Node APIs): the extension may run it on a page.
 *
 * What is NOT a date, and why the patterns look the way they do:
 * - "50 năm", "02 năm" are durations: a year phrase needs "năm" BEFORE a four-digit year.
 * - "2021-2025" is a period (giai đoạn), not a day-month: a number glued to a 4-digit number is skipped.
 * - "5 tỷ USD", "12 văn kiện", "3 đồng chí" have no separator and never match.
 * - A bare "2/3" in prose is as likely a fraction ("2/3 số đại biểu") as a date, so a day/month
 *   without a year needs a word that introduces a date in front of it: a part of the day ("Chiều"),
 *   "ngày", "hôm", a weekday, "từ/đến/vào", an opening bracket, or a holiday name.
 * - "Quốc khánh 2/9" names a holiday, not the day something happened: marked `holiday: true`.
 */

export type DayPart = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';

export interface DatePhrase {
  /** Offsets into the text given to `findDatePhrases` (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** The phrase as written, including its introducer ("Chiều 8/11", "ngày 02/02/2023"). */
  text: string;
  day: number | null;
  /** Last day of a range ("từ ngày 1 đến 2/12" → day 1, dayEnd 2). */
  dayEnd?: number;
  /** Month of the range's end when it differs from `month` ("từ 30/11 đến 2/12"). */
  monthEnd?: number;
  month: number | null;
  year: number | null;
  /** "19:28" when the phrase carries a time of day. */
  time?: string;
  part?: DayPart;
  /** The day names a holiday ("Quốc khánh 2/9"), not the day an event happened. */
  holiday?: boolean;
  /**
   * "on Thursday": a weekday without a date (1 = Monday … 7 = Sunday). It names the last such day
   * up to the article's date, which only the caller knows; `day` and `month` stay null.
   */
  weekday?: number;
  /**
   * "November last year", "tháng 11 năm nay", "last year": the year counted back from the
   * article's (1 = the year before). Set with `year: null`; only the caller knows the article's year.
   */
  yearsAgo?: number;
  /**
   * "last month", "earlier this month": the month counted back from the article's (1 = the month before).
   * Set with `day`, `month` and `year` null; only the caller knows the article's month.
   */
  monthsAgo?: number;
  /**
   * "yesterday", "chiều nay": the day counted back from the article's (0 = its own day). Set with
   * `day`, `month` and `year` null; only the caller knows the article's day.
   */
  daysAgo?: number;
}

// The words come from every language's descriptor (src/lang): a date is a date in any article,
// and the shapes below (d/m/y, "Month d, yyyy") are the engine's.
const PARTS: Record<string, DayPart> = Object.assign({}, ...LANGUAGES.map((l) => l.dates.dayParts));
const numberedMonthLanguages = LANGUAGES.filter((l) => l.dates.monthNames.length === 0);

// Words that make the number after them a date rather than a fraction or a count.
const PART_RE = `(?:${wordAlternation(numberedMonthLanguages.flatMap((l) => Object.keys(l.dates.dayParts)))})`;
const WEEKDAY_RE = `(?:${wordAlternation(numberedMonthLanguages.flatMap((l) => l.dates.weekdays.flat()))})`;
/** Weekday names of every language, to their number (1 = Monday … 7 = Sunday). */
const WEEKDAY_NUMBER = new Map<string, number>(
  LANGUAGES.flatMap((l) => l.dates.weekdays.flatMap((names, i) => names.map((n): [string, number] => [n.toLowerCase().replace(/\s+/g, ' '), i + 1]))),
);
const numbered = (pick: (l: (typeof LANGUAGES)[number]) => readonly string[]) => wordAlternation(numberedMonthLanguages.flatMap(pick));
/** "ngày", "tháng", "năm", "từ … đến", "hôm qua", "lúc", "sáng nay": the words of day/month/year dates. */
const DAY_WORD = numbered((l) => l.dates.dayWord);
const MONTH_WORD = numbered((l) => l.dates.monthWord);
const YEAR_WORD = numbered((l) => l.dates.yearWord);
/** "in" of "in 2023": the year words of languages whose months have names, or null where none lists any. */
const NAMED_YEAR_WORDS = LANGUAGES.filter((l) => l.dates.monthNames.length > 0).flatMap((l) => l.dates.yearWord);
const NAMED_YEAR_WORD = NAMED_YEAR_WORDS.length > 0 ? wordAlternation(NAMED_YEAR_WORDS) : null;
const RANGE_FROM = numbered((l) => l.dates.rangeFrom);
const RANGE_TO = numbered((l) => l.dates.rangeTo);
const DAY_INTRODUCER = numbered((l) => l.dates.dayIntroducers);
const RELATIVE = numbered((l) => l.dates.relativeAfterPart);
const TIME_WORD = wordAlternation(LANGUAGES.flatMap((l) => l.dates.timeWord));
/**
 * A weekday's name as the news writes it: as listed, its later words capitalised ("thứ Sáu") and
 * every word capitalised ("Thứ Sáu"); the patterns tell case, and Vietnamese writes all three.
 */
function weekdayCases(name: string): string[] {
  const upper = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const [first, ...rest] = name.split(' ');
  return [...new Set([name, [first!, ...rest.map(upper)].join(' '), [upper(first!), ...rest.map(upper)].join(' ')])];
}
const NAMED_WEEKDAY_NAMES = LANGUAGES.filter((l) => l.dates.weekdayIntroducers.length > 0).flatMap((l) => l.dates.weekdays.flat().flatMap(weekdayCases));
const NAMED_WEEKDAY_RE = `(${wordAlternation(NAMED_WEEKDAY_NAMES)})`;
const BARE_WEEKDAY_LANGUAGES = LANGUAGES.filter((l) => l.dates.bareWeekdays !== null);
const BARE_WEEKDAY_NAMES = BARE_WEEKDAY_LANGUAGES.flatMap((l) => l.dates.weekdays.flat());
const BARE_WEEKDAY_NOT_AFTER = BARE_WEEKDAY_LANGUAGES.flatMap((l) => l.dates.bareWeekdays?.notAfter ?? []);
/** A weekday as written, not after a word that makes it a name ("Good Friday"); never matches without a language that has one. */
const BARE_WEEKDAY_RE =
  BARE_WEEKDAY_NAMES.length === 0
    ? /(?!)/gu
    : new RegExp(`(?<!\\p{L})${BARE_WEEKDAY_NOT_AFTER.length > 0 ? `(?<!(?:${wordAlternation(BARE_WEEKDAY_NOT_AFTER)})\\s)` : ''}(${wordAlternation(BARE_WEEKDAY_NAMES)})(?!\\p{L})`, 'gu');
// Also capitalised, as a sentence opens with it: "On Tuesday, X received Y".
const WEEKDAY_INTRODUCER_RE = `(?:${wordAlternation(
  LANGUAGES.flatMap((l) => l.dates.weekdayIntroducers).flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]),
)})`;
// Holiday names in front of a bare day/month. Generic Vietnamese calendar words, not one article's.
// Still written here, not in a descriptor (the one list of date words the engine does not yet take
// from src/lang).
const HOLIDAY_WORD_RE =
  /(?:^|[^\p{L}])(?:quốc khánh|ngày lễ|dịp lễ|lễ|tết|kỷ niệm|ngày truyền thống|ngày thành lập|giải phóng(?: \p{L}+){0,3})$/iu;
// A country or place may sit between the holiday and its day: "Quốc khánh Lào 2/12".
const TRAILING_NAMES_RE = /(?:\s+\p{Lu}\p{Ll}*){0,2}\s*[(]?\s*$/u;

/** True when the text just before a day/month ends with a holiday name. */
function holidayBefore(text: string, at: number): boolean {
  // "Quốc khánh Lào (2/12/1975 - 2/12/2025)": the second day of a holiday's span is the holiday's too.
  const before = text
    .slice(Math.max(0, at - 70), at)
    .replace(/\(?\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s*[-–]\s*$/u, '')
    .replace(TRAILING_NAMES_RE, '');
  return HOLIDAY_WORD_RE.test(before);
}

const NUM_BEFORE = '(?<![\\p{N}\\p{L}/.,:])';
// A day/month must not run on into more digits ("1/2/3", "2/12.5", "2021-2025").
const NUM_AFTER = '(?![\\p{N}]|[/.,-]\\p{N}|\\p{L})';

const TIME_RE = '(\\d{1,2})\\s*[:hg]\\s*(\\d{2})(?!\\d)';

interface Candidate extends DatePhrase {
  /** Higher wins among overlapping candidates. */
  rank: number;
}

function daysInMonth(month: number, year: number | null): number {
  if (month === 2) {
    // Without a year, 29/2 might be a leap day: accept it.
    if (year === null) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when day/month(/year) name a real calendar day. */
export function isValidDay(day: number, month: number, year: number | null): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month)) return false;
  if (month < 1 || month > 12) return false;
  if (year !== null && (year < 1000 || year > 9999)) return false;
  return day >= 1 && day <= daysInMonth(month, year);
}

function partOf(word: string | undefined): DayPart | undefined {
  if (!word) return undefined;
  return PARTS[word.toLowerCase().replace(/\s+/g, ' ')];
}

function fmtTime(h: string | undefined, m: string | undefined): string | undefined {
  if (h === undefined || m === undefined) return undefined;
  const hh = Number(h);
  const mm = Number(m);
  if (hh > 23 || mm > 59) return undefined;
  return `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}

function num(s: string | undefined): number | null {
  return s === undefined ? null : Number(s);
}

/** Month names of every language that names its months, to their number. */
const MONTH_NUMBER = new Map<string, number>(
  LANGUAGES.flatMap((l) => l.dates.monthNames.flatMap((names, i) => names.map((n): [string, number] => [n.toLowerCase(), i + 1]))),
);
/** The languages that name their months: their words around a range told in words ("from June 26 to 28"). */
const NAMED_MONTH_LANGUAGES = LANGUAGES.filter((l) => l.dates.monthNames.length > 0);
const NAMED_RANGE_FROM = wordAlternation(NAMED_MONTH_LANGUAGES.flatMap((l) => l.dates.rangeFrom));
const NAMED_RANGE_TO = wordAlternation(NAMED_MONTH_LANGUAGES.flatMap((l) => l.dates.rangeTo).filter((w) => /\p{L}/u.test(w)));
/** After a range's last day, what makes the number no day: a time ("to 11am", "to 5 p.m."), a count ("to 2,000"), more digits. */
const NOT_A_DAY_AFTER = '(?!\\d|[.,:]\\d|\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|h\\b))';
// Case-sensitive on purpose: "may" and "march" are words; "May 5" and "March 5" are dates.
const EN_MONTH_RE = `(${wordAlternation([...LANGUAGES.flatMap((l) => l.dates.monthNames.flat())])})`;

function englishMonth(name: string): number | null {
  return MONTH_NUMBER.get(name.toLowerCase()) ?? MONTH_NUMBER.get(`${name.toLowerCase()}.`) ?? null;
}

function englishDay(monthName: string, dayText: string, dayEndText: string | undefined, yearText: string | undefined) {
  const month = englishMonth(monthName);
  const day = Number(dayText);
  const year = num(yearText);
  if (month === null || !isValidDay(day, month, year)) return null;
  const out: { day: number; month: number; year: number | null; dayEnd?: number } = { day, month, year };
  if (dayEndText !== undefined) {
    const dayEnd = Number(dayEndText);
    if (!isValidDay(dayEnd, month, year) || dayEnd <= day) return null;
    out.dayEnd = dayEnd;
  }
  return out;
}

/** Every language's relative years ("last year" → 1), by their lower-case words. */
const RELATIVE_YEARS = new Map<string, number>(
  LANGUAGES.flatMap((l) => Object.entries(l.dates.relativeYears).map(([w, n]): [string, number] => [w.toLowerCase(), n])),
);
const RELATIVE_YEAR_RE = wordAlternation([...RELATIVE_YEARS.keys()]);
/** Every language's relative months ("last month" → 1), by their lower-case words. */
const RELATIVE_MONTHS = new Map<string, number>(
  LANGUAGES.flatMap((l) => Object.entries(l.dates.relativeMonths).map(([w, n]): [string, number] => [w.toLowerCase(), n])),
);
/** Every language's relative days ("yesterday" → 1), by their lower-case words. */
const RELATIVE_DAYS = new Map<string, number>(
  LANGUAGES.flatMap((l) => Object.entries(l.dates.relativeDays).map(([w, n]): [string, number] => [w.toLowerCase(), n])),
);
/** A relative year right after a month: "November last year", "tháng 11, năm ngoái". */
const RELATIVE_YEAR_AFTER = new RegExp(`^\\s*,?\\s*(${RELATIVE_YEAR_RE})(?!\\p{L})`, 'iu');

const DIGIT = /\d/u;

type Builder = (m: RegExpExecArray, text: string) => Omit<Candidate, 'start' | 'end' | 'text' | 'rank'> | null;

/**
 * The builder of a phrase alone that counts back from the article's day, month or year
 * ("yesterday", "last month", "last year"): group 1 the phrase, looked up in `counts` (by its
 * lower-case words), its count set as `field` says, with no day, month or year of its own.
 */
function countedBack(counts: ReadonlyMap<string, number>, field: (back: number) => Pick<DatePhrase, 'daysAgo' | 'monthsAgo' | 'yearsAgo'>): Builder {
  return (m) => {
    const back = counts.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
    return back === undefined ? null : { day: null, month: null, year: null, ...field(back) };
  };
}

interface Pattern {
  re: RegExp;
  rank: number;
  build: Builder;
  /** The pattern cannot match without a digit: most sentences have none, and are not scanned. */
  needsDigit?: true;
  /**
   * Case-sensitive words the pattern cannot match without (the first word of each name it takes):
   * a sentence holding none of them is not scanned.
   */
  needsOneOf?: readonly string[];
}

/** The first word of each name, as a case-sensitive pattern (spaces as `\s+`) must begin its match. */
function firstWords(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.trim().split(/\s+/u)[0]!))];
}
const MONTH_NAME_WORDS = firstWords(LANGUAGES.flatMap((l) => l.dates.monthNames.flat()));
const BARE_WEEKDAY_WORDS = firstWords(BARE_WEEKDAY_NAMES);
const NAMED_WEEKDAY_WORDS = firstWords(NAMED_WEEKDAY_NAMES);

const PATTERNS: Pattern[] = [
  // Ranges: "từ ngày 1 đến 2/12", "ngày 1-2/12", "từ 30/11 đến 2/12/2025", "từ ngày 8 - 11.7.2017".
  {
    re: new RegExp(
      `(?<!\\p{L})(?:${RANGE_FROM})\\s+${NUM_BEFORE}(\\d{1,2})(?:[/-](\\d{1,2}))?\\s*(?:${RANGE_TO}|-|–)\\s*(?:(?:${DAY_WORD})\\s+)?(\\d{1,2})(?:[/-](\\d{1,2})(?:[/-](\\d{4}))?|\\.(\\d{1,2})\\.(\\d{4}))${NUM_AFTER}`,
      'giu',
    ),
    rank: 5,
    needsDigit: true,
    // The end written with dots ("từ ngày 8 - 11.7.2017") only with its year: "8 - 11.7" alone may be numbers.
    build: (m) => {
      const day = Number(m[1]);
      const monthEnd = Number(m[4] ?? m[6]);
      const month = m[2] !== undefined ? Number(m[2]) : monthEnd;
      const dayEnd = Number(m[3]);
      const year = num(m[5] ?? m[7]);
      if (!isValidDay(day, month, year) || !isValidDay(dayEnd, monthEnd, year)) return null;
      if (month === monthEnd && dayEnd <= day) return null;
      const out: Omit<Candidate, 'start' | 'end' | 'text' | 'rank'> = { day, dayEnd, month, year };
      if (monthEnd !== month) out.monthEnd = monthEnd;
      return out;
    },
  },
  // Full dates with an optional time before or after: "17/02/2023 19:28", "ngày 02/02/2023",
  // "Chiều 8/11/2024", "19:28 17/02/2023", "ngày 2 tháng 12 năm 2025".
  {
    re: new RegExp(
      `(?:(?<!\\p{L})(${PART_RE})(?:\\s+(?:${RELATIVE}))?\\s*,?\\s*)?(?:${WEEKDAY_RE}\\s*,?\\s*)?(?:(?:${TIME_RE})\\s*,?\\s*)?(?:(?:${DAY_WORD})\\s+)?${NUM_BEFORE}(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})${NUM_AFTER}(?:\\s*[,|–-]?\\s*(?:(?:${TIME_WORD})\\s+)?${TIME_RE})?`,
      'giu',
    ),
    rank: 4,
    needsDigit: true,
    build: (m, text) => {
      const day = Number(m[4]);
      const month = Number(m[5]);
      const year = Number(m[6]);
      if (!isValidDay(day, month, year)) return null;
      const out: Omit<Candidate, 'start' | 'end' | 'text' | 'rank'> = { day, month, year };
      const time = fmtTime(m[7], m[8]) ?? fmtTime(m[2], m[3]);
      if (time) out.time = time;
      const part = partOf(m[1]);
      if (part) out.part = part;
      // "Quốc khánh Lào (2/12/1975 - 2/12/2025)": a holiday's date, with its year, is not an event's.
      if (holidayBefore(text, m.index)) out.holiday = true;
      return out;
    },
  },
  {
    re: new RegExp(
      `(?<!\\p{L})(?:(${PART_RE})\\s+)?(?:${DAY_WORD})\\s+${NUM_BEFORE}(\\d{1,2})\\s+(?:${MONTH_WORD})\\s+(\\d{1,2})(?:\\s*(?:${YEAR_WORD}|,)\\s*(\\d{4}))?${NUM_AFTER}`,
      'giu',
    ),
    rank: 4,
    needsDigit: true,
    build: (m) => {
      const day = Number(m[2]);
      const month = Number(m[3]);
      const year = num(m[4]);
      if (!isValidDay(day, month, year)) return null;
      const out: Omit<Candidate, 'start' | 'end' | 'text' | 'rank'> = { day, month, year };
      const part = partOf(m[1]);
      if (part) out.part = part;
      return out;
    },
  },
  // A date stamp with the month word and no year word, as BBC's Vietnamese pages print it: "24 tháng 9 2021".
  {
    re: new RegExp(`(?<!\\p{L})(?:(?:${DAY_WORD})\\s+)?${NUM_BEFORE}(\\d{1,2})\\s+(?:${MONTH_WORD})\\s+(\\d{1,2})\\s+(\\d{4})${NUM_AFTER}`, 'giu'),
    rank: 4,
    needsDigit: true,
    build: (m) => {
      const day = Number(m[1]);
      const month = Number(m[2]);
      const year = Number(m[3]);
      return isValidDay(day, month, year) ? { day, month, year } : null;
    },
  },
  // ISO dates as some sites print them: "2025-12-03".
  {
    re: new RegExp(`${NUM_BEFORE}(\\d{4})-(\\d{2})-(\\d{2})${NUM_AFTER}`, 'gu'),
    rank: 4,
    needsDigit: true,
    build: (m) => {
      const year = Number(m[1]);
      const month = Number(m[2]);
      const day = Number(m[3]);
      return isValidDay(day, month, year) ? { day, month, year } : null;
    },
  },
  // Day/month after an introducing word: "Chiều 8/11", "Trưa 2-12", "Sáng nay (1/12)",
  // "ngày 17/2", "thứ Hai, 8/11", "hôm thứ Sáu (10/12)", "hôm 8/11", "Ngày 23.6" (as Thanh Niên and Người Lao Động write
  // it). Not "vào 2/3": "đưa vào 2/3 số vốn" is a fraction.
  {
    re: new RegExp(
      `(?<!\\p{L})(?:(${PART_RE})(?:\\s+(?:${RELATIVE}))?|(?:(?:${DAY_INTRODUCER})\\s+)?${WEEKDAY_RE}|(?:${DAY_INTRODUCER})|(${DAY_WORD}))\\s*,?\\s*(?:(?:${DAY_WORD})\\s+)?([(]\\s*)?${NUM_BEFORE}(\\d{1,2})([/.-])(\\d{1,2})${NUM_AFTER}(\\s*[)])?`,
      'giu',
    ),
    rank: 3,
    needsDigit: true,
    build: (m, text) => {
      const day = Number(m[4]);
      const month = Number(m[6]);
      if (!isValidDay(day, month, null)) return null;
      const out: Omit<Candidate, 'start' | 'end' | 'text' | 'rank'> = { day, month, year: null };
      const part = partOf(m[1]);
      if (part) out.part = part;
      // "Kỷ niệm ngày 3/2" names the Party's founding day, not when something happened.
      if (m[2] !== undefined && holidayBefore(text, m.index)) out.holiday = true;
      return out;
    },
  },
  // A bare day/month, kept only where a holiday name precedes it ("Quốc khánh 2/9") or it is in
  // brackets right after a date word was not needed ("(2/12)"). Everything else is a fraction.
  {
    re: new RegExp(`${NUM_BEFORE}([(]\\s*)?(\\d{1,2})/(\\d{1,2})${NUM_AFTER}(\\s*[)])?`, 'gu'),
    rank: 1,
    needsDigit: true,
    build: (m, text) => {
      const day = Number(m[2]);
      const month = Number(m[3]);
      if (!isValidDay(day, month, null)) return null;
      if (holidayBefore(text, m.index)) return { day, month, year: null, holiday: true };
      if (m[1] !== undefined && m[4] !== undefined) return { day, month, year: null };
      return null;
    },
  },
  // Month and year: "tháng 6/2024", "tháng 6 năm 2024", "tháng 06-2024".
  {
    re: new RegExp(`(?<!\\p{L})(?:${MONTH_WORD})\\s+${NUM_BEFORE}(\\d{1,2})\\s*(?:[/-]|\\s+(?:${YEAR_WORD})\\s+)(\\d{4})${NUM_AFTER}`, 'giu'),
    rank: 2,
    needsDigit: true,
    build: (m) => {
      const month = Number(m[1]);
      const year = Number(m[2]);
      return month >= 1 && month <= 12 ? { day: null, month, year } : null;
    },
  },
  // A month alone: "tháng 10 vừa qua". Not "12 tháng" (a duration: the number comes first).
  {
    re: new RegExp(`(?<!\\p{L})(?:${MONTH_WORD})\\s+${NUM_BEFORE}(\\d{1,2})${NUM_AFTER}`, 'giu'),
    rank: 1,
    needsDigit: true,
    build: (m) => {
      const month = Number(m[1]);
      return month >= 1 && month <= 12 ? { day: null, month, year: null } : null;
    },
  },
  // A year: "năm 2025". "50 năm", "2021-2025" never match: the number must follow "năm".
  {
    re: new RegExp(`(?<!\\p{L})(?:${YEAR_WORD})\\s+${NUM_BEFORE}(\\d{4})${NUM_AFTER}(?!\\s*[-–]\\s*\\d)`, 'giu'),
    rank: 1,
    needsDigit: true,
    build: (m) => {
      const year = Number(m[1]);
      return year >= 1800 && year <= 2200 ? { day: null, month: null, year } : null;
    },
  },
  // A year after its introducer in a language whose months have names: "in 2023" ("They last met
  // in 2023"). "2021-2025" never matches.
  ...(NAMED_YEAR_WORD === null
    ? []
    : [
        {
          re: new RegExp(`(?<!\\p{L})(?:${NAMED_YEAR_WORD})\\s+(\\d{4})(?!\\d)(?!\\s*[-–]\\s*\\d)`, 'giu'),
          rank: 1,
          needsDigit: true as const,
          build: (m: RegExpExecArray) => {
            const year = Number(m[1]);
            return year >= 1800 && year <= 2200 ? { day: null, month: null, year } : null;
          },
        },
      ]),
  // English news ("on December 1, 2025", "Dec. 1-2", "28 January", "in June 2024"): the month's
  // name makes these unambiguous, so no introducer is needed; "May" needs a number after it anyway.
  {
    re: new RegExp(`(?<!\\p{L})${EN_MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(\\d{4}))?(?!\\d)`, 'gu'),
    needsOneOf: MONTH_NAME_WORDS,
    rank: 4,
    needsDigit: true,
    build: (m) => englishDay(m[1]!, m[2]!, m[3], m[4]),
  },
  {
    re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2})(?:st|nd|rd|th)?)?\\s+${EN_MONTH_RE}(?:,?\\s+(\\d{4}))?(?!\\d)`, 'gu'),
    needsOneOf: MONTH_NAME_WORDS,
    rank: 4,
    needsDigit: true,
    build: (m) => englishDay(m[3]!, m[1]!, m[2], m[4]),
  },
  // A range told in words, opened by "from": "from June 26 to 28", "from 26 to 28 June 2022". Without
  // "from", "on December 1 to 2,000 delegates" is a day; an impossible range leaves the day to the entries above.
  {
    re: new RegExp(`(?<!\\p{L})(?:${NAMED_RANGE_FROM})\\s+${EN_MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:${NAMED_RANGE_TO})\\s+(\\d{1,2})(?:st|nd|rd|th)?${NOT_A_DAY_AFTER}(?!\\s+${EN_MONTH_RE})(?:,?\\s+(\\d{4}))?(?!\\d)`, 'giu'),
    needsOneOf: MONTH_NAME_WORDS,
    rank: 5,
    needsDigit: true,
    build: (m) => englishDay(m[1]!, m[2]!, m[3], m[4]),
  },
  {
    re: new RegExp(`(?<!\\p{L})(?:${NAMED_RANGE_FROM})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:${NAMED_RANGE_TO})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+${EN_MONTH_RE}(?:,?\\s+(\\d{4}))?(?!\\d)`, 'giu'),
    needsOneOf: MONTH_NAME_WORDS,
    rank: 5,
    needsDigit: true,
    build: (m) => englishDay(m[3]!, m[1]!, m[2], m[4]),
  },
  // "on Thursday", "last Monday": resolved against the article's date by the caller.
  {
    re: new RegExp(`(?<!\\p{L})${WEEKDAY_INTRODUCER_RE}\\s+${NAMED_WEEKDAY_RE}(?!\\p{L})`, 'gu'),
    needsOneOf: NAMED_WEEKDAY_WORDS,
    rank: 2,
    build: (m) => {
      const weekday = WEEKDAY_NUMBER.get(m[1]!.toLowerCase().replace(/\s+/gu, ' '));
      return weekday === undefined ? null : { day: null, month: null, year: null, weekday };
    },
  },
  // "met Y in Bangkok Wednesday": a weekday alone, in the languages that write one so, below the
  // introduced phrase that covers it.
  {
    re: BARE_WEEKDAY_RE,
    needsOneOf: BARE_WEEKDAY_WORDS,
    rank: 1,
    build: (m) => {
      const weekday = WEEKDAY_NUMBER.get(m[1]!.toLowerCase());
      return weekday === undefined ? null : { day: null, month: null, year: null, weekday };
    },
  },
  {
    re: new RegExp(`(?<!\\p{L})(?:${wordAlternation(LANGUAGES.flatMap((l) => l.dates.monthYearIntroducers))})\\s+${EN_MONTH_RE}\\s+(\\d{4})(?!\\d)`, 'gu'),
    needsOneOf: MONTH_NAME_WORDS,
    rank: 3,
    needsDigit: true,
    build: (m) => {
      const month = englishMonth(m[1]!);
      return month === null ? null : { day: null, month, year: Number(m[2]) };
    },
  },
  // A named month alone after its introducer: "in November", "last May" (not "May 5", a day, nor
  // "in May 2024", ranked above). The month names are case-sensitive, so "in may" is no date.
  {
    re: new RegExp(`(?<!\\p{L})(?:${wordAlternation(LANGUAGES.flatMap((l) => l.dates.monthYearIntroducers))})\\s+${EN_MONTH_RE}(?![\\p{L}\\p{M}]|\\s*\\d)`, 'gu'),
    needsOneOf: MONTH_NAME_WORDS,
    rank: 1,
    build: (m) => {
      const month = englishMonth(m[1]!);
      return month === null ? null : { day: null, month, year: null };
    },
  },
  // "yesterday", "chiều qua" alone: a day counted back from the article's.
  {
    re: new RegExp(`(?<![\\p{L}\\p{M}])(${wordAlternation([...RELATIVE_DAYS.keys()])})(?![\\p{L}\\p{M}])`, 'giu'),
    needsOneOf: firstWords([...RELATIVE_DAYS.keys()]).flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]),
    rank: 1,
    build: countedBack(RELATIVE_DAYS, (back) => ({ daysAgo: back })),
  },
  // "last month", "earlier this month": a month counted back from the article's.
  {
    re: new RegExp(`(?<![\\p{L}\\p{M}])(${wordAlternation([...RELATIVE_MONTHS.keys()])})(?![\\p{L}\\p{M}])`, 'giu'),
    rank: 1,
    build: countedBack(RELATIVE_MONTHS, (back) => ({ monthsAgo: back })),
  },
  // "last year", "năm nay" alone: a year counted back from the article's.
  {
    re: new RegExp(`(?<!\\p{L})(${RELATIVE_YEAR_RE})(?!\\p{L})`, 'giu'),
    rank: 1,
    build: countedBack(RELATIVE_YEARS, (back) => ({ yearsAgo: back })),
  },
];


const anyOfLists = new WeakMap<readonly string[], RegExp>();

/**
 * Whether a text holds any of `words` as written (what `words.some((w) => text.includes(w))`
 * says), as one pattern of the words, made once per list: one scan of the text rather than one
 * per word (the month names are some fifty).
 */
function anyOf(words: readonly string[]): RegExp {
  let re = anyOfLists.get(words);
  if (re === undefined) {
    // No flags: code units compared as written, as `includes` compares them.
    re = words.length === 0 ? /(?!)/ : new RegExp(words.map(escapeRegExp).join('|'));
    anyOfLists.set(words, re);
  }
  return re;
}

/** "(25/3/1971 - 25/3/2023)", "(Sept. 21, 1973 – Sept. 21, 2023)". */
const SPAN_DASH_RE = /^\s*[-–—]\s*$/u;
const NUMERIC_SPAN_START_RE = /(?<![\p{N}/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*[-–—]\s*$/u;

/**
 * Two full dates of the same day and month, years apart, joined by a dash ("kỷ niệm 52 năm …
 * (25/3/1971 - 25/3/2023)", "the 50th anniversary of ties (Sept. 21, 1973 – Sept. 21, 2023)"):
 * an anniversary's span, however far its name stands before it. Neither end is the day an event
 * happened, so both are marked as a holiday's are (the earlier would date the article decades
 * back).
 */
function markAnniversarySpans(phrases: Candidate[], text: string): void {
  for (let i = 0; i < phrases.length; i++) {
    const b = phrases[i]!;
    if (b.year === null || b.day === null) continue;
    const a = phrases[i - 1];
    if (a && a.year !== null && a.year < b.year && a.day === b.day && a.month === b.month && SPAN_DASH_RE.test(text.slice(a.end, b.start))) {
      a.holiday = true;
      b.holiday = true;
      continue;
    }
    // "(22/12/1992-22/12/2022)": a date glued to a dash and digits is no phrase of its own (as
    // "2021-2025" is not), so the span's first end is read here from the text.
    const glued = NUMERIC_SPAN_START_RE.exec(text.slice(Math.max(0, b.start - 16), b.start));
    if (glued && Number(glued[1]) === b.day && Number(glued[2]) === b.month && Number(glued[3]) < b.year) b.holiday = true;
  }
}

/**
 * Every date phrase in `text`, in text order, without overlaps (the most specific phrase wins).
 *
 *   findDatePhrases('Chiều 8/11, hai bên hội đàm')
 *   // → [{ start: 0, end: 10, text: 'Chiều 8/11', day: 8, month: 11, year: null, part: 'afternoon' }]
 */
export function findDatePhrases(text: string): DatePhrase[] {
  const found: Candidate[] = [];
  const hasDigit = DIGIT.test(text);
  // Whether the text holds a word of each list: several patterns share one (the month names), so
  // each list is looked for once per text.
  const holds = new Map<readonly string[], boolean>();
  for (const p of PATTERNS) {
    if (p.needsDigit && !hasDigit) continue;
    if (p.needsOneOf) {
      let any = holds.get(p.needsOneOf);
      if (any === undefined) holds.set(p.needsOneOf, (any = anyOf(p.needsOneOf).test(text)));
      if (!any) continue;
    }
    p.re.lastIndex = 0;
    // matchesOf: most patterns open with "no letter before", which it tests only where the rest matches.
    for (const m of matchesOf(text, p.re)) {
      if (m[0].length === 0) continue;
      const built = p.build(m, text);
      if (!built) continue;
      // Trim the spaces a pattern may have eaten at the ends.
      let start = m.index;
      let end = m.index + m[0].length;
      while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
      while (start < end && /\s/u.test(text[start] ?? '')) start++;
      found.push({ ...built, start, end, text: text.slice(start, end), rank: p.rank });
    }
  }
  if (found.length === 0) return [];
  // Longer and more specific phrases first; then keep those that overlap nothing kept.
  found.sort((a, b) => b.rank - a.rank || b.end - b.start - (a.end - a.start) || a.start - b.start);
  // The characters kept phrases cover: a candidate is checked against its own span, not against
  // every phrase kept so far, so a line of thousands of dates costs linear time, not quadratic.
  // (Each pattern's matches do not overlap, so the spans add up to a few times the text's length.)
  const covered = new Uint8Array(text.length);
  const kept: Candidate[] = [];
  for (const c of found) {
    if (covered.subarray(c.start, c.end).includes(1)) continue;
    covered.fill(1, c.start, c.end);
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  // "November last year": a month without its year takes the relative year after it, in one phrase.
  const merged: Candidate[] = [];
  for (const c of kept) {
    const previous = merged.at(-1);
    if (previous && c.yearsAgo !== undefined && previous.month !== null && previous.year === null && previous.yearsAgo === undefined && RELATIVE_YEAR_AFTER.test(text.slice(previous.end, c.end)) && text.slice(previous.end, c.start).trim().replace(',', '') === '') {
      previous.yearsAgo = c.yearsAgo;
      previous.end = c.end;
      previous.text = text.slice(previous.start, c.end);
      continue;
    }
    merged.push(c);
  }
  markAnniversarySpans(merged, text);
  return merged.map(({ rank: _rank, ...phrase }) => phrase);
}
