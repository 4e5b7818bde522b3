import type { UiLanguage } from '../../i18n/messages';
import type { CardMeeting, CardQuote } from '../../lookup/card';
import { isStub, type CardMeetingStub, type CardQuoteStub } from '../../lookup/card-brief';
import { quoteRows, SHOWN_AT_FIRST, UNDATED_SHOWN_AT_FIRST, type QuoteGroup } from '../../lookup/card-digest';
import type { SourceLinks } from './card-props';
import { DateText } from './DateText';
import { Expandable } from './Expandable';
import { MarkButton, type MarkItem } from './MarkButton';
import { SourceLink } from './SourceLink';
import { Isolated, NameList } from './Isolated';
import type { Translate } from './use-language';

interface RowProps {
  links: SourceLinks;
  lang: UiLanguage;
  tr: Translate;
  /** The card's id, which the ids of its items' elements start with. */
  uid: string;
  mark: MarkItem;
  /** Set while the card's hidden rows are stubs (see MeetingList's `fill`). */
  fill?: (() => Promise<boolean>) | undefined;
}

type Quote = CardQuote | CardQuoteStub;
/** A group's title reads the meeting's kind and date fields, which a stub has too. */
type Meeting = CardMeeting | CardMeetingStub;

interface QuoteListProps extends RowProps {
  quotes: Quote[];
  /** The card's meetings, to name the meeting a group of quotes was said at. */
  meetings?: Meeting[];
  shown: boolean;
  headingId: string;
}

/**
 * `[data-section="quotes"]`: one `[data-quote-id]` per quote, attributed, dated, with its kind and
 * source. The most relevant first (`rankQuotes`: shared with the page, direct quotations first),
 * grouped under the meeting they were said at; a few shown, "More" expands the rest in place.
 * Always present, like the meetings section. A brief card's stubs are bare hidden elements until
 * "More" fills them.
 */
export function QuoteList({ quotes, meetings = [], shown, headingId, ...row }: QuoteListProps) {
  const { tr } = row;
  if (!shown) return <section class="ll-section" data-section="quotes" hidden />;
  const { earlier, undated } = quoteRows(quotes);
  const count = (groups: QuoteGroup<Quote>[]): number => groups.reduce((sum, group) => sum + group.quotes.length, 0);
  const meetingOf = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  return (
    <section class="ll-section" data-section="quotes" aria-labelledby={headingId}>
      <h3 class="ll-section-title" id={headingId}>
        {tr('card_quotesHeading', count(earlier))}
      </h3>
      {earlier.length === 0 ? (
        <p class="ll-empty">{tr('card_quotesEmpty')}</p>
      ) : (
        <Groups groups={earlier} count={count(earlier)} first={SHOWN_AT_FIRST} meetingOf={meetingOf} {...row} />
      )}
      {undated.length > 0 && (
        <div class="ll-group ll-undated-group" data-group="undated">
          <h4 class="ll-group-title">{tr('card_undatedGroup')}</h4>
          <Groups groups={undated} count={count(undated)} first={UNDATED_SHOWN_AT_FIRST} meetingOf={meetingOf} {...row} />
        </div>
      )}
    </section>
  );
}

function Groups({ groups, count, first, meetingOf, ...row }: RowProps & { groups: QuoteGroup<Quote>[]; count: number; first: number; meetingOf: Map<string, Meeting> }) {
  return (
    <Expandable
      hiddenCount={Math.max(0, count - first)}
      tr={row.tr}
      fill={groups.some((group) => group.quotes.some(isStub)) ? row.fill : undefined}
      render={(expanded) => {
        let seen = 0;
        return (
          <ol class="ll-list">
            {groups.map((group) => {
              const hidden = group.quotes.map(() => !expanded && seen++ >= first);
              return <GroupItem key={group.quotes[0]!.id} group={group} hidden={hidden} meeting={group.meetingId === null ? undefined : meetingOf.get(group.meetingId)} {...row} />;
            })}
          </ol>
        );
      }}
    />
  );
}

/** A meeting's quotes under one line naming the meeting; a quote of no known meeting stands alone. */
function GroupItem({ group, hidden, meeting, ...row }: RowProps & { group: QuoteGroup<Quote>; hidden: boolean[]; meeting: Meeting | undefined }) {
  const { lang, tr } = row;
  if (!meeting) {
    return (
      <>
        {group.quotes.map((quote, i) => (
          <QuoteItem key={quote.id} quote={quote} hidden={hidden[i]!} {...row} />
        ))}
      </>
    );
  }
  return (
    <li class="ll-quote-group" data-quote-meeting={meeting.id} hidden={hidden.every(Boolean)}>
      <p class="ll-quote-group-title">
        <span class="ll-kind">{tr(`card_kind_${meeting.kind}`)}</span>
        <DateText date={meeting.date} dateInferred={meeting.dateInferred} approxDate={meeting.approxDate} notAfter={meeting.notAfter} lang={lang} tr={tr} />
      </p>
      <ol class="ll-list">
        {group.quotes.map((quote, i) => (
          <QuoteItem key={quote.id} quote={quote} hidden={hidden[i]!} {...row} />
        ))}
      </ol>
    </li>
  );
}

function QuoteItem({ quote, hidden, links, lang, tr, uid, mark }: RowProps & { quote: Quote; hidden: boolean }) {
  const className = `ll-item ll-quote ll-quote-${quote.kind}`;
  const title = quote.origin && tr('card_fromSaved');
  // A stub is only ever in a hidden row: its element, for the contract's ids, until "More" fills it.
  if (isStub(quote)) return <li class={className} data-quote-id={quote.id} data-origin={quote.origin} title={title} hidden />;
  // Only a direct quote is the speaker's own words; <q> adds the language's quotation marks. The
  // reporting verb a text begins with is the journalist's, so it stands apart: "affirmed — …".
  const words = <Isolated>{quote.words}</Isolated>;
  const facts = `${uid}-${quote.id}`;
  return (
    <li class={className} data-quote-id={quote.id} data-origin={quote.origin} title={title} hidden={hidden}>
      <MarkButton of={facts} tr={tr} onClick={(event) => mark('quote', quote.id, true, event)} />
      <p class="ll-quote-text" dir="auto">
        {quote.verb !== null && (
          <>
            <span class="ll-verb">{quote.verb}</span>
            {' — '}
          </>
        )}
        {quote.kind === 'direct' ? <q>{words}</q> : words}
      </p>
      <p class="ll-meta" id={facts}>
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
