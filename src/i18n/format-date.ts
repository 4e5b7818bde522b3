import type { UiLanguage } from './messages';

/**
 * Corpus dates are calendar days (`YYYY-MM-DD`), months (`YYYY-MM`) or years (`YYYY`), not instants:
 * they are formatted in UTC so that no time zone moves a day to its neighbour.
 */
const LOCALES: Record<UiLanguage, string> = { vi: 'vi-VN', en: 'en-GB' };

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: UiLanguage, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format;
}

/**
 * A corpus date in words in `lang`: a day ("17 Feb 2023", "17 thg 2, 2023"), a month ("June 2024",
 * "tháng 6, 2024") or a year. Anything else is returned as it is, so odd data stays visible.
 *
 * @example
 * formatCorpusDate('2023-02-17', 'en'); // "17 Feb 2023"
 * formatCorpusDate('2024-06', 'en');    // "June 2024"
 */
export function formatCorpusDate(date: string, lang: UiLanguage): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (day) {
    return formatter(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(
      Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])),
    );
  }
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) {
    return formatter(lang, { month: 'long', year: 'numeric' }).format(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
  }
  if (/^\d{4}$/.test(date)) return date;
  return date;
}

/** Names joined as the language joins a list ("A, B and C", "A, B và C"). */
export function formatList(items: readonly string[], lang: UiLanguage): string {
  return listFormat(lang).format(items);
}

const listFormats = new Map<UiLanguage, Intl.ListFormat>();

/**
 * The list format `formatList` uses, for callers that need its parts (each name in its own
 * `<bdi>`). One per language: making one costs more than formatting with it, and a leader page
 * names the speakers of every quote.
 */
export function listFormat(lang: UiLanguage): Intl.ListFormat {
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' });
    listFormats.set(lang, format);
  }
  return format;
}
