import { axisBottom } from 'd3-axis';
import { scaleBand } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatCorpusDate } from '../../i18n/format-date';
import type { UiLanguage } from '../../i18n/messages';
import type { MeetingPoint } from '../../lookup/record-types';
import { MEETING_KINDS, type MeetingKind } from '../../model/kinds';
import { axisDomain, dayOf, placeOnAxis, tickLabel, timeScale } from '../../leader/time-axis';
import type { Translate } from '../card/use-language';
import { useProgressive } from './use-stages';
import { Chunks } from './Chunks';
import { pure } from './pure';

interface TimelineChartProps {
  /** Every meeting in view, as the record's points. */
  points: MeetingPoint[];
  /** Names of the counterparts, by id, for the tooltips. */
  names: ReadonlyMap<string, string>;
  /** The day of the page the card was opened on, drawn as a mark. */
  pageDate: string | null;
  leaderName: string;
  lang: UiLanguage;
  tr: Translate;
  /** A point was clicked: the table shows that meeting. */
  onPick(meetingId: string): void;
  /** Told whether every point is drawn (they are drawn a few hundred per task). */
  onDrawn?(done: boolean): void;
}

const WIDTH = 960;
const LEFT = 150;
const RIGHT = 16;
const TOP = 26;
const ROW = 24;
const BOTTOM = 30;
const DAY_MS = 86_400_000;
/** Points drawn per task: a leader's thousands of meetings appear in a few short tasks. */
const POINTS_PER_TASK = 150;

interface Point {
  id: string;
  at: Date;
  approx: boolean;
  kind: MeetingKind;
  meeting: MeetingPoint;
}

/**
 * Every dated meeting on a time axis, one row per kind (a d3 band scale), with the page's date
 * marked. Zoom and pan with d3-zoom: drag, Ctrl and the wheel, a pinch, or the buttons (the
 * keyboard's way: Zoom in, Zoom out, Earlier, Later, All years). The axis is d3-axis drawn into a
 * `<g>` through d3-selection after Preact renders; Preact draws everything else (the points carry
 * `data-meeting-id`). The SVG is one labelled image: the table beside it is what a screen reader
 * reads. A meeting known only by month or year sits hollow in the middle of that period; one
 * without any date is in the table only.
 */
export const TimelineChart = pure(function TimelineChart({ points: meetings, names, pageDate, leaderName, lang, tr, onPick, onDrawn }: TimelineChartProps) {
  const titleId = useId();
  const clipId = useId();
  const data = useMemo(() => chartData(meetings, pageDate), [meetings, pageDate]);
  const height = TOP + data.kinds.length * ROW + BOTTOM;
  const base = useMemo(() => (data.domain ? timeScale(data.domain, [LEFT, WIDTH - RIGHT]) : null), [data.domain]);
  const y = useMemo(() => scaleBand<MeetingKind>().domain(data.kinds).range([TOP, TOP + data.kinds.length * ROW]).padding(0.2), [data.kinds]);
  useEffect(() => {
    if (!data.domain) onDrawn?.(true); // nothing to draw: only the note
  }, [data]);
  const rowY = useCallback((kind: MeetingKind) => (y(kind) ?? 0) + y.bandwidth() / 2, [y]);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const [tip, setTip] = useState<{ text: string; left: number; top: number } | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const axisRef = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !data.domain) return;
    const spanDays = (data.domain[1].getTime() - data.domain[0].getTime()) / DAY_MS;
    let frame = 0;
    let latest = zoomIdentity;
    const behavior = zoom<SVGSVGElement, unknown>()
      // Down to about a month across the chart.
      .scaleExtent([1, Math.max(1, spanDays / 30)])
      .extent([[LEFT, 0], [WIDTH - RIGHT, height]])
      .translateExtent([[LEFT, 0], [WIDTH - RIGHT, height]])
      // The wheel zooms only with Ctrl (or a pinch, which browsers send as Ctrl+wheel): a plain
      // wheel keeps scrolling the page, as a reader expects over a long page.
      .filter((event: MouseEvent | WheelEvent | TouchEvent) =>
        event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !(event as MouseEvent).button && !(event as MouseEvent).ctrlKey,
      )
      .on('zoom', (event: { transform: ZoomTransform }) => {
        latest = event.transform;
        // One render per frame, however many events the wheel or the drag sends.
        frame ||= requestAnimationFrame(() => {
          frame = 0;
          setTransform(latest);
        });
      });
    const selection = select(svg);
    selection.call(behavior).call(behavior.transform, zoomIdentity);
    zoomRef.current = behavior;
    return () => {
      selection.on('.zoom', null);
      cancelAnimationFrame(frame);
      zoomRef.current = null;
    };
  }, [data.domain, height]);

  const x = useMemo(() => (base ? transform.rescaleX(base) : null), [base, transform]);

  useLayoutEffect(() => {
    if (!axisRef.current || !x) return;
    // Vietnamese month names are longer ("Tháng 11"): fewer ticks, so they never touch.
    select(axisRef.current).call(axisBottom(x).ticks(lang === 'vi' ? 6 : 9).tickFormat((date) => tickLabel(date as Date, lang)));
  }, [x, lang]);

  const act = (move: (behavior: ZoomBehavior<SVGSVGElement, unknown>, svg: SVGSVGElement) => void) => () => {
    const svg = svgRef.current;
    const behavior = zoomRef.current;
    if (svg && behavior) move(behavior, svg);
  };
  const pan = (share: number) => act((behavior, svg) => behavior.translateBy(select(svg), (share * (WIDTH - LEFT - RIGHT)) / transform.k, 0));

  if (!data.domain || !x) return data.unplaced > 0 ? <p class="lp-note">{tr('leader_timelineUnplaced', data.unplaced)}</p> : null;
  const pageX = pageDate ? x(dayOf(pageDate)) : null;
  const showTip = (event: MouseEvent): void => {
    const id = (event.target as Element | null)?.getAttribute?.('data-meeting-id');
    const point = id ? data.byId.get(id) : undefined;
    const box = svgRef.current?.getBoundingClientRect();
    setTip(point && box ? { text: pointLabel(point.meeting, names, lang, tr), left: event.clientX - box.left, top: event.clientY - box.top } : null);
  };

  return (
    <div class="lp-timeline-chart">
      <div class="lp-zoom" role="group" aria-label={tr('leader_timelineHeading')}>
        <button type="button" data-action="zoom-in" onClick={act((behavior, svg) => behavior.scaleBy(select(svg), 1.6))}>
          {tr('leader_zoomIn')}
        </button>
        <button type="button" data-action="zoom-out" onClick={act((behavior, svg) => behavior.scaleBy(select(svg), 1 / 1.6))}>
          {tr('leader_zoomOut')}
        </button>
        <button type="button" data-action="pan-earlier" onClick={pan(0.25)}>
          ← {tr('leader_panEarlier')}
        </button>
        <button type="button" data-action="pan-later" onClick={pan(-0.25)}>
          {tr('leader_panLater')} →
        </button>
        <button type="button" data-action="zoom-reset" onClick={act((behavior, svg) => behavior.transform(select(svg), zoomIdentity))}>
          {tr('leader_zoomReset')}
        </button>
        <span class="lp-hint">{tr('leader_zoomHint')}</span>
      </div>
      <div class="lp-chart-box">
        <svg
          ref={svgRef}
          class="lp-chart lp-timeline-svg"
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="img"
          aria-labelledby={titleId}
          data-zoom={transform.k.toFixed(3)}
          onMouseMove={showTip}
          onMouseLeave={() => setTip(null)}
          onClick={(event) => {
            const id = (event.target as Element | null)?.getAttribute?.('data-meeting-id');
            if (id) onPick(id);
          }}
        >
          <title id={titleId}>
            {tr('leader_timelineChart', data.points.length, leaderName, formatCorpusDate(isoOf(data.domain[0]), lang), formatCorpusDate(isoOf(data.domain[1]), lang))}
          </title>
          <defs>
            <clipPath id={clipId}>
              <rect x={LEFT} y={0} width={WIDTH - LEFT - RIGHT} height={height} />
            </clipPath>
          </defs>
          {data.kinds.map((kind) => (
            <g key={kind} class="lp-row">
              <line class="lp-row-line" x1={LEFT} x2={WIDTH - RIGHT} y1={(y(kind) ?? 0) + y.bandwidth() / 2} y2={(y(kind) ?? 0) + y.bandwidth() / 2} />
              <text class="lp-row-label" x={LEFT - 8} y={(y(kind) ?? 0) + y.bandwidth() / 2} dy="0.35em" text-anchor="end">
                {tr(`card_kind_${kind}`)}
              </text>
            </g>
          ))}
          <g clip-path={`url(#${clipId})`}>
            {pageX !== null && (
              <g class="lp-page-mark">
                <line x1={pageX} x2={pageX} y1={TOP - 6} y2={TOP + data.kinds.length * ROW} />
                <text x={pageX} y={TOP - 10} text-anchor={pageX > WIDTH - RIGHT - 60 ? 'end' : pageX < LEFT + 60 ? 'start' : 'middle'}>
                  {tr('card_timelinePageMark')}
                </text>
              </g>
            )}
            <Points key={data.version} points={data.points} x={x} y={rowY} {...(onDrawn ? { onDrawn } : {})} />
          </g>
          <g ref={axisRef} class="lp-axis" transform={`translate(0,${TOP + data.kinds.length * ROW + 4})`} />
        </svg>
        {tip && (
          <div class="lp-tip" aria-hidden="true" style={{ left: `${tip.left}px`, top: `${tip.top}px` }}>
            {tip.text}
          </div>
        )}
      </div>
      {data.approx > 0 && <p class="lp-note">{tr('leader_timelineApprox')}</p>}
      {data.unplaced > 0 && <p class="lp-note">{tr('leader_timelineUnplaced', data.unplaced)}</p>}
    </div>
  );
});

interface PointsProps {
  points: Point[];
  x: (date: Date) => number;
  y: (kind: MeetingKind) => number;
  onDrawn?(done: boolean): void;
}

function Points({ points, x, y, onDrawn }: PointsProps) {
  const count = useProgressive(points.length, POINTS_PER_TASK);
  useEffect(() => onDrawn?.(count >= points.length), [count, points.length]);
  // A tooltip or a new chunk does not draw the points again; a zoom (a new `x`) does.
  const item = useCallback(
    (point: Point) => (
      <circle
        key={point.id}
        data-meeting-id={point.id}
        class={`lp-point lp-kind-${point.kind}${point.approx ? ' lp-approx' : ''}`}
        cx={x(point.at)}
        cy={y(point.kind)}
        r={5}
      />
    ),
    [x, y],
  );
  return (
    <g class="lp-points">
      <Chunks items={points} count={count} size={POINTS_PER_TASK} item={item} />
    </g>
  );
}

let versions = 0;

/** What a point's tooltip says: date, kind, the others, the place. Made on hover, not for thousands of points up front. */
function pointLabel(meeting: MeetingPoint, names: ReadonlyMap<string, string>, lang: UiLanguage, tr: Translate): string {
  const when = formatCorpusDate(meeting.date ?? meeting.approxDate ?? '', lang);
  const others = [...meeting.with.map((id) => names.get(id) ?? id), ...meeting.unnamed].join(', ');
  const where = meeting.placeCountry?.[lang] ?? meeting.place;
  return [when, tr(`card_kind_${meeting.kind}`), others, where].filter(Boolean).join(' · ');
}

/** The points, rows and span of the chart; meetings no date places are only counted. */
function chartData(meetings: readonly MeetingPoint[], pageDate: string | null) {
  const points: Point[] = [];
  let unplaced = 0;
  let approx = 0;
  const kinds = new Set<MeetingKind>();
  for (const meeting of meetings) {
    const place = placeOnAxis(meeting);
    if (!place) {
      unplaced++;
      continue;
    }
    if (place.approx) approx++;
    kinds.add(meeting.kind);
    points.push({ id: meeting.id, at: place.at, approx: place.approx, kind: meeting.kind, meeting });
  }
  const dates = points.map((point) => point.at);
  if (pageDate) dates.push(dayOf(pageDate));
  return {
    /** A new one per set of points, so the points are drawn again from the first chunk. */
    version: ++versions,
    points,
    unplaced,
    approx,
    kinds: MEETING_KINDS.filter((kind) => kinds.has(kind)),
    domain: points.length > 0 ? axisDomain(dates, 180) : null,
    byId: new Map(points.map((point) => [point.id, point])),
  };
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
