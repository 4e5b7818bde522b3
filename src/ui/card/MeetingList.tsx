import type { UiLanguage } from '../../i18n/messages';
import type { CardMeeting } from '../../lookup/card';
import { isStub, type CardMeetingStub } from '../../lookup/card-brief';
import { meetingRows, SHOWN_AT_FIRST, UNDATED_SHOWN_AT_FIRST, type MeetingUnit } from '../../lookup/card-digest';
import type { SourceLinks } from './card-props';
import { DateText } from './DateText';
import { Expandable } from './Expandable';
import { MarkButton, type MarkItem } from './MarkButton';
import { SourceLink } from './SourceLink';
import { Isolated, NameList, withSlot } from './Isolated';
import type { Translate } from './use-language';

interface RowProps {
  links: SourceLinks;
  lang: UiLanguage;
  tr: Translate;
  /** The card's id, which the ids of its items' elements start with. */
  uid: string;
  mark: MarkItem;
  /**
   * Set while the card's hidden rows are stubs (a brief card): "More" calls it for the reader's
   * own click and expands once it resolves true (Expandable.tsx).
   */
  fill?: (() => Promise<boolean>) | undefined;
}

type Meeting = CardMeeting | CardMeetingStub;

interface MeetingListProps extends RowProps {
  meetings: Meeting[];
  shown: boolean;
  headingId: string;
}

/**
 * `[data-section="meetings"]`: one `[data-meeting-id]` per prior meeting, in the card's order, and
 * those the page's date cannot place in their own `[data-group="undated"]` after them. A visit and
 * the meetings of the same trip share one row (`groupTrips`), each meeting keeping its own element;
 * the first few rows are shown and "More" expands the rest in place. The section is always there
 * (DESIGN.md): empty, it says the corpus has none; turned off in settings, it stays as a `hidden`
 * element without items. A brief card's stubs (rows not shown yet) are their bare elements, hidden,
 * until "More" fills them.
 */
export function MeetingList({ meetings, shown, headingId, ...row }: MeetingListProps) {
  const { tr } = row;
  if (!shown) return <section class="ll-section" data-section="meetings" hidden />;
  // Meetings the page cannot place before its date are never listed among the earlier ones (DESIGN.md).
  const { earlier, undated } = meetingRows(meetings);
  const earlierCount = earlier.reduce((sum, unit) => sum + unit.meetings.length, 0);
  return (
    <section class="ll-section" data-section="meetings" aria-labelledby={headingId}>
      <h3 class="ll-section-title" id={headingId}>
        {tr('card_meetingsHeading', earlierCount)}
      </h3>
      {earlier.length === 0 ? <p class="ll-empty">{tr('card_meetingsEmpty')}</p> : <Units units={earlier} first={SHOWN_AT_FIRST} {...row} />}
      {undated.length > 0 && (
        <div class="ll-group ll-undated-group" data-group="undated">
          <h4 class="ll-group-title">{tr('card_undatedGroup')}</h4>
          <Units units={undated} first={UNDATED_SHOWN_AT_FIRST} {...row} />
        </div>
      )}
    </section>
  );
}

function Units({ units, first, ...row }: RowProps & { units: MeetingUnit<Meeting>[]; first: number }) {
  return (
    <Expandable
      hiddenCount={Math.max(0, units.length - first)}
      tr={row.tr}
      fill={units.some((unit) => unit.meetings.some(isStub)) ? row.fill : undefined}
      render={(expanded) => (
        <ol class="ll-list">
          {units.map((unit, i) =>
            unit.trip ? (
              <TripItem key={unit.key} unit={unit} hidden={!expanded && i >= first} {...row} />
            ) : (
              <MeetingItem key={unit.key} meeting={unit.meetings[0]!} hidden={!expanded && i >= first} {...row} />
            ),
          )}
        </ol>
      )}
    />
  );
}

/** A trip: its meetings (visit first) in one row, under one line that says so. */
function TripItem({ unit, hidden, ...row }: RowProps & { unit: MeetingUnit<Meeting>; hidden: boolean }) {
  const shared = unit.meetings.some((meeting) => meeting.withPageLeaders);
  return (
    <li class={shared ? 'll-trip ll-shared' : 'll-trip'} data-trip={unit.key} hidden={hidden}>
      <p class="ll-trip-title">{row.tr('card_trip', unit.meetings.length)}</p>
      <ol class="ll-list ll-trip-list">
        {unit.meetings.map((meeting) => (
          <MeetingItem key={meeting.id} meeting={meeting} hidden={false} {...row} />
        ))}
      </ol>
    </li>
  );
}

function MeetingItem({ meeting, hidden, links, lang, tr, uid, mark }: RowProps & { meeting: Meeting; hidden: boolean }) {
  const facts = `${uid}-${meeting.id}`;
  const className = meeting.withPageLeaders ? 'll-item ll-meeting ll-shared' : 'll-item ll-meeting';
  const title = meeting.origin && tr('card_fromSaved');
  // A stub is only ever in a hidden row: its element, for the contract's ids, until "More" fills it.
  if (isStub(meeting)) return <li class={className} data-meeting-id={meeting.id} data-origin={meeting.origin} title={title} hidden />;
  return (
    <li class={className} data-meeting-id={meeting.id} data-origin={meeting.origin} title={title} hidden={hidden}>
      <MarkButton of={facts} tr={tr} onClick={(event) => mark('meeting', meeting.id, true, event)} />
      <p class="ll-meta" id={facts}>
        <DateText date={meeting.date} dateInferred={meeting.dateInferred} approxDate={meeting.approxDate} notAfter={meeting.notAfter} lang={lang} tr={tr} />
        <span class="ll-kind">{tr(`card_kind_${meeting.kind}`)}</span>
        {meeting.place && <span class="ll-place">{withSlot((slot) => tr('card_place', slot), <Isolated>{meeting.placeCountry?.[lang] ?? meeting.place}</Isolated>)}</span>}
      </p>
      {meeting.others.length > 0 && (
        <p class="ll-others">{withSlot((slot) => tr('card_with', slot), <NameList names={meeting.others.map((person) => person.name)} lang={lang} />)}</p>
      )}
      <div class="ll-sources">
        <span class="ll-sources-label">{tr('card_sources')}</span>
        <ul class="ll-source-list">
          {meeting.sources.map((source) => (
            <li key={`${source.articleId}|${source.evidence}`}>
              <SourceLink source={source} links={links} lang={lang} tr={tr} />
            </li>
          ))}
        </ul>
      </div>
    </li>
  );
}
