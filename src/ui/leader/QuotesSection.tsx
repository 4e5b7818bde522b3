import { useCallback, useEffect, useMemo } from 'preact/hooks';
import type { UiLanguage } from '../../i18n/messages';
import type { RecordPerson, RecordQuote } from '../../lookup/record-types';
import { SourceItem } from '../../popup/SourceItem';
import { DateText } from '../card/DateText';
import { Isolated, NameList, withSlot } from '../card/Isolated';
import type { Translate } from '../card/use-language';
import type { ReaderTarget } from '../reader/reader-url';
import { useProgressive } from './use-stages';
import { Chunks } from './Chunks';
import { pure } from './pure';

interface QuotesSectionProps {
  quotes: RecordQuote[];
  /** How many quotes the filter keeps (more than `quotes` until "Show more" has fetched them all). */
  total: number;
  leader: RecordPerson;
  /** The other of the pair view, or null. */
  other: RecordPerson | null;
  loadingMore: boolean;
  onMore(): void;
  /** Told whether every quote fetched is drawn (they are drawn a few per task). */
  onDrawn?(done: boolean): void;
  lang: UiLanguage;
  tr: Translate;
  readerHref(target: ReaderTarget): string;
}

/**
 * `[data-section="quotes"]`: the quotes in view, one `[data-quote-id]` each, newest first: the
 * words (the reporting verb apart), who said them, when, what kind, and the source, which opens
 * the reader page at the evidence sentence. In the pair view, what each of the two said at their
 * meetings, under their own name. The background sends a page at a time; "Show more" asks for
 * the next.
 */
export const QuotesSection = pure(function QuotesSection({ quotes: all, total, leader, other, loadingMore, onMore, onDrawn, lang, tr, readerHref }: QuotesSectionProps) {
  // Drawn a few per task, as the table's rows: the leader's first, then the other's.
  const drawn = useProgressive(all.length, QUOTES_PER_TASK);
  useEffect(() => onDrawn?.(drawn >= all.length), [drawn, all.length]);
  const groups = useMemo(
    () =>
      other
        ? [
            { person: leader, quotes: all.filter((quote) => quote.byLeader) },
            { person: other, quotes: all.filter((quote) => !quote.byLeader) },
          ]
        : [{ person: null, quotes: all }],
    [all, leader, other],
  );
  const item = useCallback(
    (quote: RecordQuote) => (
      <li key={quote.id} class="lp-quote" data-quote-id={quote.id} data-quote-kind={quote.kind}>
        <blockquote class="lp-quote-text" dir="auto">
          {quote.verb && <span class="lp-verb">{quote.verb} </span>}“{quote.words}”
        </blockquote>
        <p class="lp-quote-meta">
          <NameList names={quote.speakers.map((speaker) => speaker.name)} lang={lang} />
          {' · '}
          <DateText date={quote.date} dateInferred={quote.dateInferred} approxDate={quote.approxDate} notAfter={quote.notAfter} lang={lang} tr={tr} />
          {' · '}
          {tr(`card_quoteKind_${quote.kind}`)}
        </p>
        <ul class="llp-sources">
          <SourceItem source={quote.source} lang={lang} tr={tr} readerHref={readerHref} />
        </ul>
      </li>
    ),
    [lang, tr, readerHref],
  );
  let before = 0;
  return (
    <section class="lp-section" id="lp-quotes" data-section="quotes" aria-labelledby="lp-quotes-title">
      <h2 id="lp-quotes-title">
        {tr('leader_quotesHeading')} <span class="lp-count">{tr('leader_quotesCaption', all.length, total)}</span>
      </h2>
      {all.length === 0 && <p class="lp-empty">{tr('leader_quotesNone')}</p>}
      {groups.map(({ person, quotes: said }) => {
        const count = Math.max(0, Math.min(said.length, drawn - before));
        before += said.length;
        return count === 0 ? null : (
          <div key={person?.id ?? 'all'} class="lp-quote-group">
            {person && (
              <h3>
                {withSlot((slot) => tr('leader_saidBy', slot), <Isolated>{person.name}</Isolated>)}
              </h3>
            )}
            <ol class="lp-quotes">
              <Chunks items={said} count={count} size={QUOTES_PER_TASK} item={item} />
            </ol>
          </div>
        );
      })}
      {all.length < total && (
        <button type="button" class="lp-more" data-action="more-quotes" disabled={loadingMore} onClick={onMore}>
          {loadingMore ? tr('leader_updating') : tr('leader_showMore', Math.min(QUOTE_PAGE, total - all.length))}
        </button>
      )}
    </section>
  );
});

/** Quotes asked for per page. */
export const QUOTE_PAGE = 50;
const QUOTES_PER_TASK = 10;
