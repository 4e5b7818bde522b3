import { formatCorpusDate } from '../i18n/format-date';
import type { UiLanguage } from '../i18n/messages';
import { t } from '../i18n/translate';
import type { Coverage } from '../lookup/coverage';

const NUMBER_LOCALES: Record<UiLanguage, string> = { vi: 'vi-VN', en: 'en-GB' };

/**
 * A count as the language writes it ("1,204", "1.204").
 *
 * @example
 * formatCount(1204, 'vi'); // "1.204"
 */
export function formatCount(n: number, lang: UiLanguage): string {
  return new Intl.NumberFormat(NUMBER_LOCALES[lang]).format(n);
}

/**
 * The coverage in one line, for the popup's empty state: everyone the index knows (registry and
 * found in the articles), the articles and their years, and the registry's date, flagged once it
 * is over a year old. The welcome page says the same at length.
 *
 * @example
 * coverageLine(c, 'en'); // "Covers 312 people and 1,204 articles, 17 Feb 2023–3 Dec 2025; offices as of 15 Jan 2026."
 */
export function coverageLine(coverage: Coverage, lang: UiLanguage): string {
  const people = formatCount(coverage.people.registry + coverage.people.foundInCorpus, lang);
  const articles = formatCount(coverage.articles, lang);
  const asOf = formatCorpusDate(coverage.registryAsOf, lang);
  const line = coverage.dateRange
    ? t('coverage_oneLine', lang, people, articles, formatCorpusDate(coverage.dateRange.from, lang), formatCorpusDate(coverage.dateRange.to, lang), asOf)
    : t('coverage_oneLineNoDates', lang, people, articles, asOf);
  return coverage.registryStale ? `${line} ${t('coverage_staleNote', lang)}` : line;
}
