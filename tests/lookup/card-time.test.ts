import { describe, expect, it } from 'vitest';
import type { CorpusBuild } from '../../src/corpus/build-corpus';
import { buildExtensionIndex } from '../../src/index-data/build-index';
import { loadIndex } from '../../src/index-data/load-index';
import { cardFor, type Card } from '../../src/lookup/card';
import { fixtureBuild } from '../index-data/fixture-build';

/**
 * Issue 11, "Time, right": what a card calls "earlier" on pages of 2022, 2025 and none, over a
 * constructed corpus of meetings known by a day, a month, a year, only by the article telling of
 * them, or not at all.
 */
const article = (id: string, date: string | null, dateInferred = false) => ({ id, file: `${id}.txt`, title: id, date, dateInferred });
const articles = [article('a-2021', '2021-03-01'), article('a-2025', '2025-06-10'), article('a-none', null), article('a-inferred', '2020-01-01', true)];
const meeting = (id: string, when: { date?: string; approxDate?: string }, articleId: string) => ({
  id, participants: ['to-lam', 'thongloun-sisoulith'], date: when.date ?? null, dateInferred: false, place: null, kind: 'visit' as const,
  ...(when.approxDate ? { approxDate: when.approxDate } : {}),
  sources: [{ articleId, status: 'referenced' as const, evidence: `${id}.` }],
});
const build: CorpusBuild = {
  ...fixtureBuild,
  data: {
    ...fixtureBuild.data,
    articles,
    meetings: [
      meeting('day-2020', { date: '2020-02-02' }, 'a-2021'),
      meeting('day-2024', { date: '2024-09-09' }, 'a-2025'),
      meeting('month-2025-05', { approxDate: '2025-05' }, 'a-2025'),
      meeting('month-2022-06', { approxDate: '2022-06' }, 'a-none'),
      meeting('year-2022', { approxDate: '2022' }, 'a-none'),
      meeting('year-2019', { approxDate: '2019' }, 'a-none'),
      meeting('told-2021', {}, 'a-2021'),
      meeting('told-inferred', {}, 'a-inferred'),
      meeting('nothing', {}, 'a-none'),
    ],
    quotes: [
      { id: 'q-month-2025', speakers: ['to-lam'], text: 'x', kind: 'reported', articleId: 'a-2025', meetingId: 'month-2025-05', date: null, evidence: 'x' },
      { id: 'q-told-2021', speakers: ['to-lam'], text: 'y', kind: 'reported', articleId: 'a-2021', meetingId: null, date: null, evidence: 'y' },
      { id: 'q-nothing', speakers: ['to-lam'], text: 'z', kind: 'reported', articleId: 'a-none', meetingId: null, date: null, evidence: 'z' },
      { id: 'q-2024', speakers: ['to-lam'], text: 'w', kind: 'direct', articleId: 'a-2025', meetingId: 'day-2024', date: '2024-09-09', evidence: 'w' },
    ],
  },
  articles: articles.map((a) => ({ ...a, language: 'vi' as const, paragraphs: [{ text: a.id, line: 1 }] })),
};
const index = loadIndex(JSON.parse(JSON.stringify(buildExtensionIndex(build))));

const earlier = (items: { id: string; undated: boolean }[]): string[] => items.filter((i) => !i.undated).map((i) => i.id).sort();
const undated = (items: { id: string; undated: boolean }[]): string[] => items.filter((i) => i.undated).map((i) => i.id).sort();
const card = (pageDate: string | null): Card => cardFor(index, 'to-lam', pageDate, [], { today: '2026-11-23' })!;

describe('cardFor: what is earlier than the page', () => {
  it('on a June 2022 page, lists as earlier only what lies before it, and leaves out what is certainly after', () => {
    const c = card('2022-06-15');
    expect(earlier(c.meetings)).toEqual(['day-2020', 'told-2021', 'year-2019']);
    // "recalled as May 2025" is not an earlier meeting of a 2022 page, nor are 2024's.
    expect(c.meetings.map((m) => m.id)).not.toContain('month-2025-05');
    expect(c.meetings.map((m) => m.id)).not.toContain('day-2024');
  });

  it('on a June 2022 page, sets apart what it cannot place: its own month, its own year, no date at all', () => {
    expect(undated(card('2022-06-15').meetings)).toEqual(['month-2022-06', 'nothing', 'told-inferred', 'year-2022']);
  });

  it('on a 2025 page, counts the 2022 month and year as earlier and the page\'s own month as unplaceable', () => {
    const c = card('2025-05-20');
    expect(earlier(c.meetings)).toEqual(['day-2020', 'day-2024', 'month-2022-06', 'told-2021', 'year-2019', 'year-2022']);
    expect(undated(c.meetings)).toEqual(['month-2025-05', 'nothing', 'told-inferred']);
  });

  it('does not take an article\'s inferred date as the day it was published', () => {
    expect(card('2025-05-20').meetings.find((m) => m.id === 'told-inferred')).toMatchObject({ undated: true, notAfter: null });
  });

  it('lists every earlier item before every unplaceable one', () => {
    const flags = card('2025-05-20').meetings.map((m) => m.undated);
    expect(flags).toEqual([...flags].sort((a, b) => Number(a) - Number(b)));
  });

  it('without a page date, places items against today and keeps the unplaceable apart', () => {
    const c = card(null);
    expect(c).toMatchObject({ referenceDate: '2026-11-23', pageDateKnown: false });
    expect(undated(c.meetings)).toEqual(['nothing', 'told-inferred']);
  });

  it('places quotes the same way: by their day, their meeting\'s month, or their article\'s date', () => {
    const c = card('2022-06-15');
    expect(earlier(c.quotes)).toEqual(['q-told-2021']);
    expect(undated(c.quotes)).toEqual(['q-nothing']);
    expect(earlier(card('2025-05-20').quotes)).toEqual(['q-2024', 'q-told-2021']);
    expect(undated(card('2025-05-20').quotes)).toEqual(['q-month-2025', 'q-nothing']);
  });
});

describe('cardFor: offices', () => {
  const withOffice = (office: Record<string, unknown>) => {
    const copy = JSON.parse(JSON.stringify(index)) as typeof index;
    copy.leaders['to-lam']!.offices.push({ office: 'president', country: 'VN', title: { vi: 'Chủ tịch nước', en: 'President' }, ...office });
    return copy;
  };

  it('counts an office known by its start month on the days it certainly covers, with that month', () => {
    const later = withOffice({ start: '2026-04', end: null });
    const offices = cardFor(later, 'to-lam', '2026-11-23', [])!.offices;
    expect(offices.find((o) => o.office === 'president')).toMatchObject({ start: '2026-04', end: null });
    expect(cardFor(later, 'to-lam', '2026-04-10', [])!.offices.map((o) => o.office)).not.toContain('president');
  });

  it('gives the offices already left by the page\'s date, the latest first', () => {
    const c = cardFor(index, 'nguyen-phu-trong', '2025-01-01', [])!;
    expect(c.offices).toEqual([]);
    expect(c.formerOffices[0]).toMatchObject({ office: 'general-secretary', start: '2011-01-19', end: '2024-07-19' });
    expect(cardFor(index, 'nguyen-phu-trong', '2015-01-01', [])!.formerOffices.map((o) => o.office)).toEqual(['na-chairman']);
  });
});
