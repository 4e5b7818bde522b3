import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { UiLanguage } from '../../i18n/messages';
import type { RecordMeeting } from '../../lookup/record-types';
import { SourceItem } from '../../popup/SourceItem';
import { DateText } from '../card/DateText';
import { Isolated } from '../card/Isolated';
import type { Translate } from '../card/use-language';
import type { ReaderTarget } from '../reader/reader-url';
import type { LeaderPageTarget } from './leader-url';
import { useProgressive } from './use-stages';
import { Chunks } from './Chunks';
import { pure } from './pure';

interface MeetingTableProps {
  /** The rows fetched so far. */
  meetings: RecordMeeting[];
  /** How many meetings are in view (more than `meetings` until "Show more" has fetched them all). */
  total: number;
  loadingMore: boolean;
  onMore(): void;
  /** Told whether every row fetched is drawn (they are drawn a few per task). */
  onDrawn?(done: boolean): void;
  lang: UiLanguage;
  tr: Translate;
  readerHref(target: ReaderTarget): string;
  pageHref(target: LeaderPageTarget): string;
  /** A meeting to bring into view and focus (a point of the chart was clicked). */
  reveal: { id: string; seq: number } | null;
}

/** Rows fetched at first and per "Show more": a leader may have thousands of meetings. */
export const MEETING_ROWS = 50;
const ROWS_PER_TASK = 10;

/**
 * The timeline's table: every meeting in view, newest first, one `[data-meeting-id]` row each,
 * with its date as the corpus knows it, kind, the others (each a link to their own record),
 * place and sources (each opening the reader page at its evidence sentence). The background sends
 * a page of rows at a time; "Show more" asks for the next, and a point clicked in the chart has
 * its row fetched (by the page) and focused here once it is in.
 */
export const MeetingTable = pure(function MeetingTable({ meetings, total, loadingMore, onMore, onDrawn, lang, tr, readerHref, pageHref, reveal }: MeetingTableProps) {
  const visible = meetings.length;
  // Rows are drawn a few per task: fifty rows with their sentences are thousands of elements.
  const drawn = useProgressive(visible, ROWS_PER_TASK);
  const [focused, setFocused] = useState(0);
  useEffect(() => onDrawn?.(drawn >= visible), [drawn, visible]);

  useLayoutEffect(() => {
    if (!reveal || reveal.seq === focused) return;
    const row = document.getElementById(rowId(reveal.id));
    if (!row) return; // not fetched yet: this runs again when it is
    setFocused(reveal.seq);
    row.focus();
    row.scrollIntoView({ block: 'center' });
  }, [reveal, meetings, focused, drawn]);

  const row = useCallback(
    (meeting: RecordMeeting) => (
      <tr key={meeting.id} id={rowId(meeting.id)} data-meeting-id={meeting.id} tabIndex={-1}>
        <td class="lp-date-cell">
          <DateText date={meeting.date} dateInferred={meeting.dateInferred} approxDate={meeting.approxDate} notAfter={meeting.notAfter} lang={lang} tr={tr} />
        </td>
        <td>{tr(`card_kind_${meeting.kind}`)}</td>
        <td>
          <ul class="lp-people">
            {meeting.others.map((person) => (
              <li key={person.id}>
                <a href={pageHref({ id: person.id, lang })} title={tr('leader_openRecordOf', person.name)}>
                  <Isolated>{person.name}</Isolated>
                </a>
              </li>
            ))}
            {meeting.unnamed.map((name) => (
              <li key={`unnamed:${name}`}>
                <Isolated>{name}</Isolated>
              </li>
            ))}
          </ul>
        </td>
        <td>{meeting.place === null ? '' : <Isolated>{meeting.placeCountry?.[lang] ?? meeting.place}</Isolated>}</td>
        <td>
          <ul class="llp-sources">
            {meeting.sources.map((source) => (
              <SourceItem key={`${source.articleId}:${source.evidence}`} source={source} lang={lang} tr={tr} readerHref={readerHref} />
            ))}
          </ul>
        </td>
      </tr>
    ),
    [lang, tr, readerHref, pageHref],
  );

  if (total === 0) return <p class="lp-empty">{tr('leader_meetingsNone')}</p>;
  return (
    <>
      <table class="lp-table lp-meetings-table">
        <caption>{tr('leader_meetingsCaption', visible, total)}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('leader_colDate')}</th>
            <th scope="col">{tr('leader_colKind')}</th>
            <th scope="col">{tr('leader_colWith')}</th>
            <th scope="col">{tr('leader_colPlace')}</th>
            <th scope="col">{tr('leader_colSources')}</th>
          </tr>
        </thead>
        <tbody>
          <Chunks items={meetings} count={drawn} size={ROWS_PER_TASK} item={row} />
        </tbody>
      </table>
      {visible < total && (
        <button type="button" class="lp-more" data-action="more-meetings" disabled={loadingMore} onClick={onMore}>
          {loadingMore ? tr('leader_updating') : tr('leader_showMore', Math.min(MEETING_ROWS, total - visible))}
        </button>
      )}
    </>
  );
});

function rowId(meetingId: string): string {
  return `lp-meeting-${meetingId}`;
}
