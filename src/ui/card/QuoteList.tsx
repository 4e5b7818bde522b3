import type { UiLanguage } from '../../i18n/messages';
import type { CardQuote } from '../../lookup/card';
import type { SourceLinks } from './card-props';
import { DateText } from './DateText';
import { SourceLink } from './SourceLink';
import { Isolated, NameList } from './Isolated';
import type { Translate } from './use-language';

interface QuoteListProps {
  quotes: CardQuote[];
  shown: boolean;
  headingId: string;
  links: SourceLinks;
  lang: UiLanguage;
  tr: Translate;
}

/**
 * `[data-section="quotes"]`: one `[data-quote-id]` per quote, attributed, dated, with its kind and
 * source. Always present, like the meetings section.
 */
export function QuoteList({ quotes, shown, headingId, links, lang, tr }: QuoteListProps) {
  if (!shown) return <section class="ll-section" data-section="quotes" hidden />;
  const earlier = quotes.filter((quote) => !quote.undated);
  const undated = quotes.filter((quote) => quote.undated);
  return (
    <section class="ll-section" data-section="quotes" aria-labelledby={headingId}>
      <h3 class="ll-section-title" id={headingId}>
        {tr('card_quotesHeading', earlier.length)}
      </h3>
      {earlier.length === 0 ? (
        <p class="ll-empty">{tr('card_quotesEmpty')}</p>
      ) : (
        <ol class="ll-list">
          {earlier.map((quote) => (
            <QuoteItem key={quote.id} quote={quote} links={links} lang={lang} tr={tr} />
          ))}
        </ol>
      )}
      {undated.length > 0 && (
        <div class="ll-group ll-undated-group" data-group="undated">
          <h4 class="ll-group-title">{tr('card_undatedGroup')}</h4>
          <ol class="ll-list">
            {undated.map((quote) => (
              <QuoteItem key={quote.id} quote={quote} links={links} lang={lang} tr={tr} />
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}

function QuoteItem({ quote, links, lang, tr }: { quote: CardQuote; links: SourceLinks; lang: UiLanguage; tr: Translate }) {
  return (
    <li class={`ll-item ll-quote ll-quote-${quote.kind}`} data-quote-id={quote.id}>
      {/* Only a direct quote is the speaker's own words; <q> adds the language's quotation marks. */}
      <p class="ll-quote-text" dir="auto">{quote.kind === 'direct' ? <q><Isolated>{quote.text}</Isolated></q> : <Isolated>{quote.text}</Isolated>}</p>
      <p class="ll-meta">
        <span class="ll-speakers"><NameList names={quote.speakers.map((person) => person.name)} lang={lang} /></span>
        <DateText date={quote.date} dateInferred={quote.dateInferred} approxDate={quote.approxDate} notAfter={quote.notAfter} lang={lang} tr={tr} />
        <span class="ll-quote-kind">{tr(`card_quoteKind_${quote.kind}`)}</span>
      </p>
      <p class="ll-sources">
        <span class="ll-sources-label">{tr('card_quoteSource')}</span>
        <SourceLink source={quote.source} links={links} lang={lang} tr={tr} />
      </p>
    </li>
  );
}
