import { formatCorpusDate } from '../../i18n/format-date';
import type { UiLanguage } from '../../i18n/messages';
import type { BriefCard } from '../../lookup/card-brief';
import { layoutTimeline } from './timeline-scale';
import type { Translate } from './use-language';

interface MeetingTimelineProps {
  card: BriefCard;
  shown: boolean;
  headingId: string;
  titleId: string;
  lang: UiLanguage;
  tr: Translate;
}

const WIDTH = 300;
const HEIGHT = 46;
const PAD = 10;
const AXIS_Y = 24;

/**
 * `[data-section="timeline"]`: every dated meeting of the leader (also those after the page's
 * date, drawn hollow) on one axis, with the page's date marked. The SVG's `<title>` says in words
 * what it draws; each point has its own `<title>`. No timeline without a dated meeting: the
 * meetings section already says what is known.
 */
export function MeetingTimeline({ card, shown, headingId, titleId, lang, tr }: MeetingTimelineProps) {
  if (!shown || card.timeline.length === 0) return null;
  const layout = layoutTimeline(card.timeline, card.referenceDate);
  const x = (at: number): number => PAD + at * (WIDTH - 2 * PAD);
  const kinds = new Map(card.meetings.map((meeting) => [meeting.id, meeting.kind]));
  const pageX = x(layout.pageAt);
  const date = (iso: string): string => formatCorpusDate(iso, lang);
  return (
    <section class="ll-section ll-timeline" data-section="timeline" aria-labelledby={headingId}>
      <h3 class="ll-section-title" id={headingId}>
        {tr('card_timelineHeading')}
      </h3>
      <svg
        class="ll-timeline-svg"
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
      >
        <title id={titleId}>
          {tr('card_timelineTitle', card.timeline.length, card.leader.name, date(layout.from), date(layout.to), date(card.referenceDate))}
        </title>
        <line class="ll-axis" x1={PAD} x2={WIDTH - PAD} y1={AXIS_Y} y2={AXIS_Y} />
        <line class="ll-page-mark" x1={pageX} x2={pageX} y1={AXIS_Y - 9} y2={AXIS_Y + 9} />
        <text class="ll-page-label" x={pageX} y={AXIS_Y - 13} text-anchor={anchor(pageX)}>
          {tr('card_timelinePageMark')}
        </text>
        {layout.points.map((point) => {
          const kind = kinds.get(point.meetingId);
          const words = [date(point.date), kind ? tr(`card_kind_${kind}`) : null, point.dateInferred ? tr('common_dateInferred') : null, point.later ? tr('card_timelineLater') : null];
          return (
            <circle
              key={point.meetingId}
              class={`ll-point${point.later ? ' ll-later' : ''}${point.dateInferred ? ' ll-point-inferred' : ''}`}
              cx={x(point.at)}
              cy={AXIS_Y}
              r={4.5}
            >
              <title>{words.filter((word) => word !== null).join(' · ')}</title>
            </circle>
          );
        })}
        <text class="ll-axis-label" x={PAD} y={HEIGHT - 2} text-anchor="start">
          {layout.from.slice(0, 4)}
        </text>
        <text class="ll-axis-label" x={WIDTH - PAD} y={HEIGHT - 2} text-anchor="end">
          {layout.to.slice(0, 4)}
        </text>
      </svg>
    </section>
  );
}

/** Keeps the page-date label inside the drawing near either end. */
function anchor(x: number): 'start' | 'middle' | 'end' {
  if (x < WIDTH * 0.15) return 'start';
  if (x > WIDTH * 0.85) return 'end';
  return 'middle';
}
