import { formatCorpusDate, formatList } from '../../i18n/format-date';
import type { UiLanguage } from '../../i18n/messages';
import type { LeaderRecord } from '../../lookup/record-types';
import { Isolated } from '../card/Isolated';
import type { Translate } from '../card/use-language';
import { pure } from './pure';

interface LeaderHeaderProps {
  record: LeaderRecord;
  /** The page the card was opened on, marked on the timeline. */
  pageDate: string | null;
  lang: UiLanguage;
  tr: Translate;
}

/** The leader's name, country and offices held now, how much the corpus holds, and where the page was opened from. */
export const LeaderHeader = pure(function LeaderHeader({ record, pageDate, lang, tr }: LeaderHeaderProps) {
  const current = record.offices.filter((office) => office.ongoing).map((office) => office.title[lang]);
  return (
    <header class="lp-header">
      <h1 class="lp-name" id="lp-name">
        <Isolated>{record.leader.name}</Isolated>
      </h1>
      <p class="lp-country">
        {[record.leader.countryName[lang], current.length > 0 ? formatList(current, lang) : null].filter(Boolean).join(' · ')}
      </p>
      <p class="lp-summary">{tr('leader_summary', record.totals.meetings, record.counterparts.length, record.totals.quotes)}</p>
      {pageDate && <p class="lp-opened-from">{tr('leader_openedFrom', formatCorpusDate(pageDate, lang))}</p>}
    </header>
  );
});

/** Links to the page's sections, for the keyboard: the first thing Tab reaches. */
export const SectionsNav = pure(function SectionsNav({ tr }: { tr: Translate }) {
  const sections = [
    ['lp-offices', 'leader_officesHeading'],
    ['lp-counterparts', 'leader_counterpartsHeading'],
    ['lp-timeline', 'leader_timelineHeading'],
    ['lp-quotes', 'leader_quotesHeading'],
    ['lp-export', 'leader_exportHeading'],
  ] as const;
  return (
    <nav class="lp-nav" aria-label={tr('leader_sectionsNav')}>
      <ul>
        {sections.map(([id, key]) => (
          <li key={id}>
            <a href={`#${id}`}>{tr(key)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
});
