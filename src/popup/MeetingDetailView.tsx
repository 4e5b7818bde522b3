import { formatCorpusDate } from '../i18n/format-date';
import type { UiLanguage } from '../i18n/messages';
import type { CardPerson } from '../lookup/card';
import type { ReaderTarget } from '../ui/reader/reader-url';
import type { MeetingDetail } from './detail-data';
import { SourceItem } from './SourceItem';
import type { Translate } from './translate';
import { Isolated } from '../ui/card/Isolated';

interface MeetingDetailViewProps {
  detail: MeetingDetail;
  headingId: string;
  lang: UiLanguage;
  tr: Translate;
  readerHref(target: ReaderTarget): string;
  onOpenLeader(person: CardPerson): void;
}

/** A meeting found by search: kind, date, place, participants (each opens their card), its sources. */
export function MeetingDetailView({ detail, headingId, lang, tr, readerHref, onOpenLeader }: MeetingDetailViewProps) {
  const { hit, meeting } = detail;
  return (
    <article class="llp-detail" data-meeting-id={hit.id} data-origin={hit.origin ?? meeting.origin}>
      <h2 id={headingId} class="llp-heading" tabIndex={-1}>
        {tr('popup_meetingHeading')}: {tr(`card_kind_${hit.kind}`)}
      </h2>
      <dl class="llp-facts">
        <dt>{tr('popup_date')}</dt>
        <dd>
          <DateWithMark date={hit.date} inferred={hit.dateInferred} lang={lang} tr={tr} />
        </dd>
        {hit.place !== null && (
          <>
            <dt>{tr('popup_place')}</dt>
            <dd><Isolated>{hit.placeCountry?.[lang] ?? hit.place}</Isolated></dd>
          </>
        )}
        {(hit.origin ?? meeting.origin) && (
          <>
            <dt>{tr('popup_origin')}</dt>
            <dd class="llp-origin">{tr('popup_fromSaved')}</dd>
          </>
        )}
        <dt>{tr('popup_participants')}</dt>
        <dd>
          <PeopleButtons people={hit.participants} tr={tr} onOpen={onOpenLeader} />
        </dd>
      </dl>
      <h3 class="llp-subheading">{tr('card_sources')}</h3>
      <ul class="llp-sources">
        {meeting.sources.map((source) => (
          <SourceItem key={`${source.articleId}:${source.evidence}`} source={source} lang={lang} tr={tr} readerHref={readerHref} />
        ))}
      </ul>
    </article>
  );
}

/** A date in words, "undated" when the corpus has none, and a visible mark when it was inferred. */
export function DateWithMark({ date, inferred, lang, tr }: { date: string | null; inferred: boolean; lang: UiLanguage; tr: Translate }) {
  if (date === null) return <>{tr('common_undated')}</>;
  return (
    <>
      {formatCorpusDate(date, lang)}
      {inferred && (
        <span class="llp-inferred" title={tr('common_dateInferredExplain')}>
          {' '}
          ({tr('common_dateInferred')})
        </span>
      )}
    </>
  );
}

/** Leaders as buttons that open their cards. */
export function PeopleButtons({ people, tr, onOpen }: { people: readonly CardPerson[]; tr: Translate; onOpen(person: CardPerson): void }) {
  return (
    <ul class="llp-people">
      {people.map((person) => (
        <li key={person.id}>
          <button type="button" class="llp-person" aria-label={tr('popup_openCardOf', person.name)} onClick={() => onOpen(person)}>
            <Isolated>{person.name}</Isolated>
          </button>
        </li>
      ))}
    </ul>
  );
}
