import { useLayoutEffect, useState } from 'preact/hooks';
import type { UiLanguage } from '../../i18n/messages';
import type { RecordMeeting } from '../../lookup/record';
import { SourceItem } from '../../popup/SourceItem';
import { DateText } from '../card/DateText';
import { Isolated } from '../card/Isolated';
import type { Translate } from '../card/use-language';
import type { ReaderTarget } from '../reader/reader-url';
import type { LeaderPageTarget } from './leader-url';

interface MeetingTableProps {
  meetings: RecordMeeting[];
  lang: UiLanguage;
  tr: Translate;
  readerHref(target: ReaderTarget): string;
  pageHref(target: LeaderPageTarget): string;
  /** A meeting to bring into view and focus (a point of the chart was clicked). */
  reveal: { id: string; seq: number } | null;
}

/** Rows shown at first and added per "Show more": a leader may have thousands of meetings. */
export const MEETING_ROWS = 50;

/**
 * The timeline's table: every meeting in view, newest first, one `[data-meeting-id]` row each,
 * with its date as the corpus knows it, kind, the others (each a link to their own record),
 * place and sources (each opening the reader page at its evidence sentence). A page of rows at a
 * time; "Show more" adds the next, and a point clicked in the chart brings its row in and focuses it.
 */
export function MeetingTable({ meetings, lang, tr, readerHref, pageHref, reveal }: MeetingTableProps) {
  const [shown, setShown] = useState(MEETING_ROWS);
  const visible = Math.min(shown, meetings.length);

  useLayoutEffect(() => {
    if (!reveal) return;
    const at = meetings.findIndex((meeting) => meeting.id === reveal.id);
    if (at < 0) return;
    if (at >= shown) {
      setShown(Math.ceil((at + 1) / MEETING_ROWS) * MEETING_ROWS);
      return;
    }
    const row = document.getElementById(rowId(reveal.id));
    row?.focus();
    row?.scrollIntoView({ block: 'center' });
  }, [reveal, shown, meetings]);

  if (meetings.length === 0) return <p class="lp-empty">{tr('leader_meetingsNone')}</p>;
  return (
    <>
      <table class="lp-table lp-meetings-table">
        <caption>{tr('leader_meetingsCaption', visible, meetings.length)}</caption>
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
          {meetings.slice(0, visible).map((meeting) => (
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
          ))}
        </tbody>
      </table>
      {visible < meetings.length && (
        <button type="button" class="lp-more" data-action="more-meetings" onClick={() => setShown(visible + MEETING_ROWS)}>
          {tr('leader_showMore', Math.min(MEETING_ROWS, meetings.length - visible))}
        </button>
      )}
    </>
  );
}

function rowId(meetingId: string): string {
  return `lp-meeting-${meetingId}`;
}
