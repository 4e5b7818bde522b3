import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../../src/ui/card/timeline-scale';

const meeting = (meetingId: string, date: string, dateInferred = false) => ({ meetingId, date, dateInferred });

describe('layoutTimeline', () => {
  it('spans from the earliest to the latest date, the page\'s date included', () => {
    const layout = layoutTimeline([meeting('a', '2020-01-01'), meeting('b', '2022-06-01')], '2024-01-01');
    expect(layout.from).toBe('2020-01-01');
    expect(layout.to).toBe('2024-01-01');
    expect(layout.points[0]?.at).toBe(0);
    expect(layout.pageAt).toBe(1);
  });

  it('places each meeting in proportion to its date', () => {
    const layout = layoutTimeline([meeting('a', '2020-01-01'), meeting('b', '2020-03-01')], '2020-05-01');
    // 2020-01-01 → 2020-03-01 is 60 days of 121.
    expect(layout.points[1]?.at).toBeCloseTo(60 / 121, 10);
  });

  it('marks meetings on or after the page\'s date as later, and earlier ones not', () => {
    const layout = layoutTimeline([meeting('a', '2020-01-01'), meeting('b', '2021-01-01'), meeting('c', '2021-06-01')], '2021-01-01');
    expect(layout.points.map((point) => point.later)).toEqual([false, true, true]);
  });

  it('keeps each meeting\'s id, date and inferred flag', () => {
    const layout = layoutTimeline([meeting('m1', '2019-05-05', true)], '2021-01-01');
    expect(layout.points[0]).toMatchObject({ meetingId: 'm1', date: '2019-05-05', dateInferred: true });
  });

  it('widens a span shorter than sixty days around its middle, so a single day sits mid-axis', () => {
    const layout = layoutTimeline([meeting('a', '2024-03-10')], '2024-03-10');
    expect(layout.points[0]?.at).toBeCloseTo(0.5, 10);
    expect(layout.pageAt).toBeCloseTo(0.5, 10);
    expect(layout.from).toBe('2024-03-10');
    expect(layout.to).toBe('2024-03-10');
  });

  it('puts the page\'s date alone on the axis when there are no meetings', () => {
    const layout = layoutTimeline([], '2024-03-10');
    expect(layout.points).toEqual([]);
    expect(layout.pageAt).toBeCloseTo(0.5, 10);
  });
});
