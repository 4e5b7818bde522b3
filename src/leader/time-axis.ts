import { extent } from 'd3-array';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { UiLanguage } from '../i18n/messages';
import { periodOf } from '../model/partial-date';

const DAY_MS = 86_400_000;

/** A corpus day (`YYYY-MM-DD`) as the UTC midnight it names: no time zone moves it. */
export function dayOf(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * Where an item sits on a time axis: its day, else the middle of the month or year the text gives
 * (`approx`: drawn hollow, as a guess of the place, never of the day); null when nothing dates it.
 *
 * @example
 * placeOnAxis({ date: null, approxDate: '2024-06' }); // { at: 2024-06-15T12:00Z, approx: true }
 */
export function placeOnAxis(item: { date: string | null; approxDate: string | null }): { at: Date; approx: boolean } | null {
  if (item.date !== null) return { at: dayOf(item.date), approx: false };
  const period = item.approxDate ? periodOf(item.approxDate) : null;
  if (!period) return null;
  const first = dayOf(period.first).getTime();
  const last = dayOf(period.last).getTime();
  return { at: new Date((first + last) / 2), approx: true };
}

/**
 * The span a time axis draws: every date given, widened to at least `minDays` around its middle
 * (one meeting alone is not a zero-width axis) and padded by 2% on each side so points at the
 * ends are not cut in half. Null when no date is given.
 */
export function axisDomain(dates: readonly Date[], minDays = 180): [Date, Date] | null {
  const [min, max] = extent(dates, (date) => date.getTime());
  if (min === undefined || max === undefined) return null;
  let from = min;
  let to = max;
  if (to - from < minDays * DAY_MS) {
    const middle = (from + to) / 2;
    from = middle - (minDays / 2) * DAY_MS;
    to = middle + (minDays / 2) * DAY_MS;
  }
  const pad = (to - from) * 0.02;
  return [new Date(from - pad), new Date(to + pad)];
}

/** A UTC time scale over `domain` onto `range` (pixels): d3-scale's, so ticks and zoom rescaling are d3's. */
export function timeScale(domain: [Date, Date], range: [number, number]): ScaleTime<number, number> {
  return scaleUtc().domain(domain).range(range);
}

const LOCALES: Record<UiLanguage, string> = { vi: 'vi-VN', en: 'en-GB' };

/**
 * A tick's label in the interface language: the year at a year's start, the month (and year in
 * January) at a month's start, else the day. d3's own tick format is English only; the browser's
 * Intl speaks both languages.
 *
 * @example
 * tickLabel(dayOf('2024-01-01'), 'en'); // '2024'
 * tickLabel(dayOf('2024-03-01'), 'vi'); // 'thg 3'
 */
export function tickLabel(date: Date, lang: UiLanguage): string {
  const shape: TickShape = date.getUTCMonth() === 0 && date.getUTCDate() === 1 ? 'year' : date.getUTCDate() === 1 ? 'month' : 'day';
  return tickFormat(lang, shape).format(date);
}

type TickShape = 'year' | 'month' | 'day';

const TICK_OPTIONS: Record<TickShape, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  day: { day: 'numeric', month: 'short' },
};

/** Made once per language and shape: a new `Intl.DateTimeFormat` per label cost every axis drawn (each frame of a zoom) a few ms. */
const tickFormats = new Map<string, Intl.DateTimeFormat>();

function tickFormat(lang: UiLanguage, shape: TickShape): Intl.DateTimeFormat {
  const key = `${lang}|${shape}`;
  let format = tickFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { ...TICK_OPTIONS[shape], timeZone: 'UTC' });
    tickFormats.set(key, format);
  }
  return format;
}

/** Today as a UTC day, for "still in office" bars. */
export function todayUtc(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}
