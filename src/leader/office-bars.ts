import type { RecordOffice } from '../lookup/record-types';
import { axisDomain, dayOf } from './time-axis';

/** Where an office's bar starts and ends on the offices chart. */
export interface OfficeBar {
  from: Date;
  to: Date;
  ongoing: boolean;
  /** false: the registry does not know when it began; the bar starts at the axis' start, dashed. */
  startKnown: boolean;
}

/**
 * The offices chart's span and one bar per office: from the first day the registry knows the
 * office was held (else the axis' start) to the last (to `today` while still held). The span
 * covers every known day, today when an office is still held, and at least a year.
 *
 * @example
 * officeBars(record.offices, '2026-01-15').bars[0]; // { from: 2024-08-03, to: 2026-01-15, ongoing: true, startKnown: true }
 */
export function officeBars(offices: readonly RecordOffice[], today: string): { domain: [Date, Date] | null; bars: OfficeBar[] } {
  const known = offices.flatMap((office) => [office.first, office.last].filter((day): day is string => day !== null)).map(dayOf);
  const domain = axisDomain([...known, ...(offices.some((office) => office.ongoing) ? [dayOf(today)] : [])], 365);
  const start = domain?.[0] ?? dayOf(today);
  const bars = offices.map((office) => {
    const from = office.first ? dayOf(office.first) : start;
    const to = office.ongoing ? dayOf(today) : office.last ? dayOf(office.last) : from;
    return { from, to: to < from ? from : to, ongoing: office.ongoing, startKnown: office.first !== null };
  });
  return { domain, bars };
}
