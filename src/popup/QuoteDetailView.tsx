import type { UiLanguage } from '../i18n/messages';
import type { CardPerson } from '../lookup/card';
import type { ReaderTarget } from '../ui/reader/reader-url';
import type { QuoteDetail } from './detail-data';
import { DateWithMark, PeopleButtons } from './MeetingDetailView';
import { SourceItem } from './SourceItem';
import type { Translate } from './translate';
import { Isolated } from '../ui/card/Isolated';

interface QuoteDetailViewProps {
  detail: QuoteDetail;
  headingId: string;
  lang: UiLanguage;
  tr: Translate;
  readerHref(target: ReaderTarget): string;
  onOpenLeader(person: CardPerson): void;
}

/** A quote found by search: its words, who said them and when, and its source in the reader page. */
export function QuoteDetailView({ detail, headingId, lang, tr, readerHref, onOpenLeader }: QuoteDetailViewProps) {
  const { hit, quote } = detail;
  return (
    <article class="llp-detail" data-quote-id={hit.id} data-origin={hit.origin ?? quote.origin}>
      <h2 id={headingId} class="llp-heading" tabIndex={-1}>
        {tr('popup_quoteHeading')} ({tr(`card_quoteKind_${hit.kind}`)})
      </h2>
      <blockquote class="llp-quote" dir="auto">“<Isolated>{hit.text}</Isolated>”</blockquote>
      <dl class="llp-facts">
        <dt>{tr('popup_speakers')}</dt>
        <dd>
          <PeopleButtons people={hit.speakers} tr={tr} onOpen={onOpenLeader} />
        </dd>
        {(hit.origin ?? quote.origin) && (
          <>
            <dt>{tr('popup_origin')}</dt>
            <dd class="llp-origin">{tr('popup_fromSaved')}</dd>
          </>
        )}
        <dt>{tr('popup_date')}</dt>
        <dd>
          <DateWithMark date={quote.date} inferred={quote.dateInferred} lang={lang} tr={tr} />
        </dd>
      </dl>
      <h3 class="llp-subheading">{tr('card_quoteSource')}</h3>
      <ul class="llp-sources">
        <SourceItem source={quote.source} lang={lang} tr={tr} readerHref={readerHref} />
      </ul>
    </article>
  );
}
