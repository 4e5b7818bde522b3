import { describe, expect, it } from 'vitest';
import type { MeetingWhen } from '../../src/corpus/analyse-article';
import { periodDays, sameMeeting, sameParticipants, sameTime, type MeetingTelling } from '../../src/corpus/same-meeting';
import { analyse } from './statement-fixture';

const when = (date: string | null, extra: Partial<MeetingWhen> = {}): MeetingWhen => ({ date, dateEnd: null, approx: null, inferred: false, ...extra });
const telling = (w: MeetingWhen, articleDate: string | null = '2025-12-03', kind: MeetingTelling['kind'] = 'talks', participants = ['a', 'b']): MeetingTelling => ({
  kind, participants, when: w, articleDate,
});

describe('sameParticipants', () => {
  it('holds when one set contains the other', () => {
    expect(sameParticipants(['a'], ['a', 'b'])).toBe(true);
    expect(sameParticipants(['a', 'c'], ['a', 'b'])).toBe(false);
    expect(sameParticipants([], ['a'])).toBe(false);
  });
});

describe('sameTime', () => {
  it('gives a day of slack across articles, none inside one', () => {
    expect(sameTime(telling(when('2025-12-01')), telling(when('2025-12-02')), false)).toBe(true);
    expect(sameTime(telling(when('2025-12-01')), telling(when('2025-12-02')), true)).toBe(false);
    expect(sameTime(telling(when('2025-12-01')), telling(when('2025-12-03')), false)).toBe(false);
  });

  it('lets a range hold the days inside it', () => {
    expect(sameTime(telling(when('2025-12-01', { dateEnd: '2025-12-02' })), telling(when('2025-12-02')), true)).toBe(true);
  });

  it('matches a month with its days', () => {
    expect(sameTime(telling(when(null, { approx: '2025-12' })), telling(when('2025-12-02')), false)).toBe(true);
    expect(sameTime(telling(when(null, { approx: '2025-11' })), telling(when('2025-12-02')), false)).toBe(false);
  });

  it('never ties a telling without a day to a meeting held after its article appeared', () => {
    expect(sameTime(telling(when(null, { approx: '2025' }), '2025-12-01'), telling(when('2025-12-02')), false)).toBe(false);
    expect(sameTime(telling(when(null), '2025-12-01'), telling(when('2025-12-02')), false)).toBe(false);
  });

  it('ties undated tellings across articles only when the articles appeared within two weeks', () => {
    expect(sameTime(telling(when(null), '2025-12-01'), telling(when(null), '2025-12-10'), false)).toBe(true);
    expect(sameTime(telling(when(null), '2025-12-01'), telling(when(null), '2026-01-10'), false)).toBe(false);
    expect(sameTime(telling(when(null), null), telling(when(null), '2025-12-10'), false)).toBe(false);
    expect(sameTime(telling(when(null), null), telling(when('2025-12-10'), null), true)).toBe(true);
  });
});

describe('sameMeeting', () => {
  it('needs compatible kinds as well', () => {
    expect(sameMeeting(telling(when('2025-12-01')), telling(when('2025-12-01'), '2025-12-02', 'phone_call'), false)).toBe(true);
    expect(sameMeeting(telling(when('2025-12-01')), telling(when('2025-12-01'), '2025-12-02', 'visit'), false)).toBe(false);
  });

  it('inside one article, takes the same two people for one sit-down however it is told', () => {
    expect(sameMeeting(telling(when('2025-12-01'), '2025-12-02', 'talks'), telling(when(null), '2025-12-02', 'reception'), true)).toBe(true);
    expect(sameMeeting(telling(when('2025-12-01'), '2025-12-02', 'phone_call'), telling(when(null), '2025-12-02', 'talks'), true)).toBe(true);
  });

  it('keeps a call apart from a reception or a courtesy call of the same two people, even inside one article', () => {
    for (const remote of ['phone_call', 'online_talks'] as const) {
      for (const inPerson of ['reception', 'courtesy_call'] as const) {
        expect(sameMeeting(telling(when('2025-12-01'), '2025-12-02', remote), telling(when(null), '2025-12-02', inPerson), true), `${remote} ${inPerson}`).toBe(false);
      }
    }
  });
});

describe('sameMeeting: the guest of one visit hosting the other', () => {
  const visit = (participants: string[], host: string[] = [], articleDate = '2021-12-13'): MeetingTelling => ({ ...telling(when(null), articleDate, 'visit', participants), host });
  it('keeps a visit told of one person apart from a visit that person hosted', () => {
    // "X thăm chính thức Hàn Quốc" beside "Nhận lời mời của X, Y thăm Việt Nam" a week before.
    const hosted = { ...visit(['x', 'y'], ['x'], '2021-12-06'), when: when('2021-12-06') };
    expect(sameMeeting(visit(['x']), hosted, false)).toBe(false);
    expect(sameMeeting(hosted, visit(['x']), false)).toBe(false);
  });

  it('keeps two visits apart when one\'s host is the other\'s guest', () => {
    expect(sameMeeting(visit(['x', 'y'], ['x']), visit(['x', 'y'], ['y']), false)).toBe(false);
  });

  it('still joins a visit told of its guest, or of the same host, to the visit', () => {
    const hosted = { ...visit(['x', 'y'], ['x'], '2021-12-06'), when: when('2021-12-06') };
    expect(sameMeeting(visit(['y']), hosted, false)).toBe(true);
    expect(sameMeeting(visit(['x', 'y'], ['x']), hosted, false)).toBe(true);
    // A visit whose host the telling does not say: nothing to tell them apart by.
    expect(sameMeeting(visit(['x', 'y']), hosted, false)).toBe(true);
  });
});

describe('sameMeeting inside one article', () => {
  it('keeps a visit with its host apart from a sit-down of the same people told in words of its own', () => {
    const visit = telling(when(null), '2025-12-05', 'visit');
    const met = telling(when('2025-12-01'), '2025-12-05', 'other');
    expect(sameMeeting(visit, met, true)).toBe(false);
    expect(sameMeeting(met, visit, true)).toBe(false);
  });

  it('still lets a vague telling join talks of the same people', () => {
    expect(sameMeeting(telling(when(null), '2025-12-05', 'talks'), telling(when('2025-12-01'), '2025-12-05', 'other'), true)).toBe(true);
  });

  it('reads "paid a visit at the invitation of Y" and "met with Y on a day" in one article as two meetings', () => {
    const facts = analyse(
      '2025-12-05',
      'News',
      'Vietnamese Prime Minister Pham Minh Chinh paid an official visit to Laos at the invitation of Lao Prime Minister Sonexay Siphandone.',
      'Pham Minh Chinh met with Sonexay Siphandone on December 1, shortly after his arrival in Vientiane.',
    );
    expect(facts.meetings.map((m) => [m.kind, [...m.participants].sort()])).toEqual([
      ['visit', ['pham-minh-chinh', 'sonexay-siphandone']],
      ['other', ['pham-minh-chinh', 'sonexay-siphandone']],
    ]);
  });
});

describe('sameTime: a month or year beside a telling with no date at all', () => {
  it('holds only when that month reaches the fortnight before the undated telling\'s article; a year alone never', () => {
    // "Ông từng thăm Việt Nam vào tháng 5-2022" beside an undated visit told in September 2024.
    expect(sameTime(telling(when(null, { approx: '2022-05' }), '2024-09-13'), telling(when(null), '2024-09-14'), false)).toBe(false);
    expect(sameTime(telling(when(null), '2024-09-14'), telling(when(null, { approx: '2022-05' }), '2024-09-13'), false)).toBe(false);
    // "Tháng 8/2024, X tiến hành chuyến thăm …" told in 2025, beside an undated visit told on 19 August 2024.
    expect(sameTime(telling(when(null, { approx: '2024-08' }), '2025-01-15'), telling(when(null), '2024-08-19'), false)).toBe(true);
    // A year alone reaches every fortnight of it: "the PM's visit … the anniversary in 2025" would
    // take in every undated visit of that person told that year (and their sides with it).
    expect(sameTime(telling(when(null, { approx: '2024' }), '2025-01-15'), telling(when(null), '2024-12-30'), false)).toBe(false);
    expect(sameTime(telling(when(null), '2024-12-30'), telling(when(null, { approx: '2024' }), '2025-01-15'), false)).toBe(false);
    expect(sameTime(telling(when(null, { approx: '2024' }), '2025-01-15'), telling(when(null), '2025-03-10'), false)).toBe(false);
    // Beside a dated telling a year still holds where it contains the day.
    expect(sameTime(telling(when(null, { approx: '2024' }), '2025-01-15'), telling(when('2024-12-30'), '2024-12-30'), false)).toBe(true);
  });
});

describe('periodDays', () => {
  it('gives the first and last day of a month or a year, and null for anything else', () => {
    const day = (iso: string) => Date.parse(iso) / 86_400_000;
    expect(periodDays('2024-02')).toEqual({ first: day('2024-02-01'), last: day('2024-02-29') });
    expect(periodDays('2024')).toEqual({ first: day('2024-01-01'), last: day('2024-12-31') });
    expect(periodDays('2024-2')).toBeNull();
    expect(periodDays('May 2024')).toBeNull();
  });
});

describe('sameMeeting: one person with someone the registry does not know', () => {
  const withStranger: MeetingTelling = { ...telling(when('2022-11-18'), '2022-11-18', 'other', ['a']), others: ['Mohammed bin Salman'] };
  const withKnown = telling(when('2022-11-18'), '2022-11-18', 'other', ['a', 'b']);

  it('is not their meeting with someone known, in either order, inside an article or across two', () => {
    for (const sameArticle of [true, false]) {
      expect(sameMeeting(withStranger, withKnown, sameArticle)).toBe(false);
      expect(sameMeeting(withKnown, withStranger, sameArticle)).toBe(false);
    }
  });

  it('is the same meeting as one that names that stranger too, or as one person\'s telling alone', () => {
    expect(sameMeeting(withStranger, { ...withKnown, others: ['Mohammed bin Salman'] }, false)).toBe(true);
    expect(sameMeeting(withStranger, telling(when('2022-11-18'), '2022-11-18', 'other', ['a']), false)).toBe(true);
  });
});
