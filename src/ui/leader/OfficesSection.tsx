import { axisBottom } from 'd3-axis';
import { scaleBand } from 'd3-scale';
import { select } from 'd3-selection';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { formatCorpusDate } from '../../i18n/format-date';
import type { UiLanguage } from '../../i18n/messages';
import type { RecordOffice } from '../../lookup/record-types';
import { officeBars } from '../../leader/office-bars';
import { tickLabel, timeScale } from '../../leader/time-axis';
import type { Translate } from '../card/use-language';
import { pure } from './pure';

interface OfficesSectionProps {
  offices: RecordOffice[];
  leaderName: string;
  /** Today (`YYYY-MM-DD`): where the bar of an office still held ends. */
  today: string;
  lang: UiLanguage;
  tr: Translate;
}

const WIDTH = 960;
const LEFT = 230;
const RIGHT = 16;
const ROW = 26;
const TOP = 8;
const BOTTOM = 28;

/**
 * `[data-section="offices"]`: every office on record as a bar on a time axis (d3 scales and axis),
 * from the first to the last day the registry knows it was held (to today while still held; a
 * start it does not know is drawn dashed from the axis' start), and the same in a table, which is
 * what a screen reader reads (the chart is one labelled image).
 */
export const OfficesSection = pure(function OfficesSection({ offices, leaderName, today, lang, tr }: OfficesSectionProps) {
  const layout = useMemo(() => officeBars(offices, today), [offices, today]);
  const axisRef = useRef<SVGGElement>(null);
  const height = TOP + offices.length * ROW + BOTTOM;
  const x = useMemo(() => (layout.domain ? timeScale(layout.domain, [LEFT, WIDTH - RIGHT]) : null), [layout.domain]);
  const y = useMemo(() => scaleBand<number>().domain(offices.map((_, i) => i)).range([TOP, TOP + offices.length * ROW]).padding(0.25), [offices]);

  useLayoutEffect(() => {
    if (!axisRef.current || !x) return;
    select(axisRef.current).call(axisBottom(x).ticks(8).tickFormat((date) => tickLabel(date as Date, lang)));
  }, [x, lang]);

  const date = (iso: string | null, fallback: string): string => (iso ? formatCorpusDate(iso, lang) : fallback);
  return (
    <section class="lp-section" id="lp-offices" data-section="offices" aria-labelledby="lp-offices-title">
      <h2 id="lp-offices-title">{tr('leader_officesHeading')}</h2>
      {offices.length === 0 ? (
        <p class="lp-empty">{tr('leader_officesNone')}</p>
      ) : (
        <>
          {x && layout.domain && (
            <svg class="lp-chart lp-offices-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="lp-offices-chart-title">
              <title id="lp-offices-chart-title">
                {tr('leader_officesChart', leaderName, formatCorpusDate(isoOf(layout.domain[0]), lang), formatCorpusDate(isoOf(layout.domain[1]), lang))}
              </title>
              {layout.bars.map((bar, i) => {
                const top = y(i) ?? 0;
                const from = x(bar.from);
                const to = Math.max(from + 2, x(bar.to));
                return (
                  <g key={i} class={`lp-office${bar.ongoing ? ' lp-ongoing' : ''}${bar.startKnown ? '' : ' lp-start-unknown'}`}>
                    <text class="lp-row-label" x={LEFT - 8} y={top + y.bandwidth() / 2} dy="0.35em" text-anchor="end">
                      {truncate(`${offices[i]!.title[lang]} · ${offices[i]!.country}`, 34)}
                    </text>
                    <rect class="lp-bar" x={from} y={top} width={to - from} height={y.bandwidth()} rx={3} />
                  </g>
                );
              })}
              <g ref={axisRef} class="lp-axis" transform={`translate(0,${TOP + offices.length * ROW + 4})`} />
            </svg>
          )}
          <table class="lp-table lp-offices-table">
            <caption class="lp-visually-hidden">{tr('leader_officesHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('leader_colOffice')}</th>
                <th scope="col">{tr('leader_colCountry')}</th>
                <th scope="col">{tr('leader_colFrom')}</th>
                <th scope="col">{tr('leader_colTo')}</th>
              </tr>
            </thead>
            <tbody>
              {offices.map((office, i) => (
                <tr key={i} data-office={office.office}>
                  <th scope="row">{office.title[lang]}</th>
                  <td>{office.country}</td>
                  <td>{date(office.start, date(office.first, tr('leader_unknownDate')))}</td>
                  <td>{office.ongoing ? tr('leader_stillHeld') : date(office.end, date(office.last, tr('leader_unknownDate')))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
});

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
