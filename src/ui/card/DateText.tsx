import { formatCorpusDate } from '../../i18n/format-date';
import type { UiLanguage } from '../../i18n/messages';
import type { Translate } from './use-language';

interface DateTextProps {
  date: string | null;
  dateInferred: boolean;
  /** For an undated recall, the month or year the article gives ("2024-06"). */
  approxDate?: string | null;
  /** Without day or month: the publication date of the article telling of it. */
  notAfter?: string | null;
  lang: UiLanguage;
  tr: Translate;
}

/**
 * A meeting's or quote's date as the corpus knows it, never more precise: a day with an
 * "inferred" mark when the text did not give it, the recalled month of an undated recall, the
 * day an article had already told of it, or "undated".
 */
export function DateText({ date, dateInferred, approxDate, notAfter, lang, tr }: DateTextProps) {
  if (date !== null) {
    return (
      <span class="ll-date">
        <time dateTime={date}>{formatCorpusDate(date, lang)}</time>
        {dateInferred && (
          <span class="ll-inferred" title={tr('common_dateInferredExplain')}>
            {tr('common_dateInferred')}
          </span>
        )}
      </span>
    );
  }
  if (approxDate) {
    return (
      <span class="ll-date ll-undated">
        {tr('card_approxDate', formatCorpusDate(approxDate, lang))}
      </span>
    );
  }
  if (notAfter) {
    return <span class="ll-date ll-undated">{tr('card_notAfter', formatCorpusDate(notAfter, lang))}</span>;
  }
  return <span class="ll-date ll-undated">{tr('common_undated')}</span>;
}
