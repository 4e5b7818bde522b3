import { t, type UiLanguage } from '../../i18n';
import type { ImportReport } from '../saved-service';

/** One group of an import's report: a heading and one line per file. */
export interface ImportLines {
  heading: string;
  outcome: 'imported' | 'duplicate' | 'refused' | 'warning';
  items: { key: string; file: string; text: string }[];
}

/**
 * An import's report as the options page shows it: what was imported (title and the meetings and
 * quotes found), what was already saved (kept once), what was refused with the CLI's reason word
 * for word (`<file>: <reason>`, as `npm run corpus -- check` says it), and header lines left out.
 * Empty groups are left out.
 *
 * @example
 * describeImport({ imported: [], duplicates: [], refused: [{ file: 'a.pdf', reason: 'a.pdf: not a .txt file; …' }], warnings: [] }, [], 'en');
 * // [{ heading: 'Not imported (not an article): 1 files', outcome: 'refused', items: [{ file: 'a.pdf', text: 'a.pdf: not a .txt file; …' }] }]
 */
export function describeImport(report: ImportReport, unreadable: readonly { file: string; reason: string }[], lang: UiLanguage): ImportLines[] {
  const refused = [...unreadable, ...report.refused];
  const groups: ImportLines[] = [
    {
      heading: t('options_savedImported', lang, report.imported.length),
      outcome: 'imported',
      items: report.imported.map((i, n) => ({ key: `i${n}`, file: i.file, text: `${i.file}: ${i.title} — ${t('options_savedFacts', lang, i.meetings, i.quotes)}` })),
    },
    { heading: t('options_savedImportDuplicates', lang, report.duplicates.length), outcome: 'duplicate', items: report.duplicates.map((d, n) => ({ key: `d${n}`, file: d.file, text: d.reason })) },
    { heading: t('options_savedImportRefused', lang, refused.length), outcome: 'refused', items: refused.map((r, n) => ({ key: `r${n}`, file: r.file, text: r.reason })) },
    {
      heading: t('options_savedImportWarnings', lang, report.warnings.length),
      outcome: 'warning',
      items: report.warnings.map((w, n) => ({ key: `w${n}`, file: w.slice(0, w.indexOf(':')), text: w })),
    },
  ];
  return groups.filter((g, i) => i === 0 || g.items.length > 0);
}

/**
 * A size in bytes for the reader: "12.3 KB", "4.5 MB", "1.2 GB" (base 1024), the number in the
 * interface language's way.
 *
 * @example
 * formatBytes(1536, 'en'); // '1.5 KB'
 */
export function formatBytes(bytes: number, lang: UiLanguage): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${units[unit]}`;
}
