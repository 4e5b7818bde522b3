import { formatCorpusDate } from '../../i18n/format-date';
import type { UiLanguage } from '../../i18n/messages';
import type { Counterpart, RecordPerson } from '../../lookup/record-types';
import { Isolated } from '../card/Isolated';
import type { Translate } from '../card/use-language';
import type { LeaderPageTarget } from './leader-url';
import { pure } from './pure';

interface PairHeadingProps {
  leader: RecordPerson;
  other: Counterpart;
  onBack(): void;
  lang: UiLanguage;
  tr: Translate;
  pageHref(target: LeaderPageTarget): string;
}

/**
 * The pair view's heading (`leader.html?id=A&with=B`): "A and B", how often and over which years
 * they met, the other's own record, and the way back to the whole record. The sections below
 * show only the pair's meetings and what each of them said at them.
 */
export const PairHeading = pure(function PairHeading({ leader, other, onBack, lang, tr, pageHref }: PairHeadingProps) {
  const marker = '\uE000';
  const [before = '', between = '', after = ''] = tr('leader_pairTitle', marker, marker).split(marker);
  return (
    <section class="lp-pair" aria-labelledby="lp-pair-title" data-pair={other.id}>
      <h2 id="lp-pair-title" tabIndex={-1}>
        {before}
        <Isolated>{leader.name}</Isolated>
        {between}
        <a href={pageHref({ id: other.id, lang })} title={tr('leader_openRecordOf', other.name)}>
          <Isolated>{other.name}</Isolated>
        </a>
        {after}
      </h2>
      <p>
        {other.first && other.last
          ? tr('leader_pairSummary', other.count, formatCorpusDate(other.first, lang), formatCorpusDate(other.last, lang))
          : tr('leader_pairSummaryUndated', other.count)}
      </p>
      <button type="button" data-action="pair-back" onClick={onBack}>
        ← {tr('leader_pairBack')}
      </button>
    </section>
  );
});
