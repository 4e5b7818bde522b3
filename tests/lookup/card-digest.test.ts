import { describe, expect, it } from 'vitest';
import type { CardMeeting, CardQuote } from '../../src/lookup/card';
import { groupQuotesByMeeting, groupTrips, rankQuotes, sameTrip, shownAtFirst } from '../../src/lookup/card-digest';

const person = (id: string) => ({ id, name: id });
const meeting = (id: string, kind: CardMeeting['kind'], date: string | null, others: string[], place: string | null = null, extra: Partial<CardMeeting> = {}): CardMeeting => ({
  id, kind, date, dateEnd: null, dateInferred: false, undated: false, approxDate: null, notAfter: null, place,
  others: others.map(person), withPageLeaders: false, sources: [], ...extra,
});
const quote = (id: string, kind: CardQuote['kind'], meetingId: string | null, withPageLeaders = false): CardQuote => ({
  id, text: id, verb: null, words: id, kind, date: '2024-01-01', dateInferred: false, undated: false, approxDate: null, notAfter: null,
  speakers: [person('to-lam')], meetingId, withPageLeaders, source: { articleId: 'a', articleTitle: 'a', articleDate: null, evidence: 'e' },
});

describe('sameTrip', () => {
  const visit = meeting('visit', 'visit', '2024-06-19', ['vladimir-putin'], 'Hà Nội');
  it('joins meetings of the same people, place and days', () => {
    expect(sameTrip(visit, meeting('talks', 'talks', '2024-06-20', ['vladimir-putin'], 'Hà Nội'))).toBe(true);
  });
  it('joins a meeting that names only some of the same people, or no place', () => {
    expect(sameTrip(meeting('v', 'visit', '2024-06-19', ['a', 'b']), meeting('t', 'talks', '2024-06-20', ['a']))).toBe(true);
  });
  it.each([
    ['more than a few days apart', meeting('t', 'talks', '2024-06-25', ['vladimir-putin'], 'Hà Nội')],
    ['with someone else', meeting('t', 'talks', '2024-06-20', ['xi-jinping'], 'Hà Nội')],
    ['in another place', meeting('t', 'talks', '2024-06-20', ['vladimir-putin'], 'Moskva')],
    ['undated', meeting('t', 'talks', null, ['vladimir-putin'], 'Hà Nội')],
  ])('keeps apart a meeting %s', (_what, other) => {
    expect(sameTrip(visit, other)).toBe(false);
  });
  it('counts a meeting told over several days to its last day', () => {
    const long = meeting('v', 'visit', '2024-06-10', ['a'], null, { dateEnd: '2024-06-15' });
    expect(sameTrip(long, meeting('t', 'summit', '2024-06-17', ['a']))).toBe(true);
  });
});

describe('groupTrips', () => {
  it('groups a visit with its talks, summit and reception, visit first, and leaves other meetings alone', () => {
    const units = groupTrips([
      meeting('talks', 'talks', '2024-06-20', ['p'], 'Hà Nội'),
      meeting('phone', 'phone_call', '2024-03-01', ['p']),
      meeting('summit', 'summit', '2024-06-20', ['p'], 'Hà Nội'),
      meeting('visit', 'visit', '2024-06-19', ['p'], 'Hà Nội'),
      meeting('reception', 'reception', '2024-06-21', ['p']),
    ]);
    expect(units.map((u) => ({ trip: u.trip, ids: u.meetings.map((m) => m.id) }))).toEqual([
      { trip: true, ids: ['visit', 'talks', 'summit', 'reception'] },
      { trip: false, ids: ['phone'] },
    ]);
  });

  it('needs a visit: talks and a summit days apart without one stay two rows', () => {
    const units = groupTrips([meeting('talks', 'talks', '2024-06-20', ['p']), meeting('summit', 'summit', '2024-06-21', ['p'])]);
    expect(units.map((u) => u.trip)).toEqual([false, false]);
  });

  it('keeps every meeting exactly once', () => {
    const meetings = [meeting('v1', 'visit', '2024-06-19', ['p']), meeting('v2', 'visit', '2024-06-20', ['p']), meeting('t', 'talks', '2024-06-20', ['p'])];
    expect(groupTrips(meetings).flatMap((u) => u.meetings.map((m) => m.id)).sort()).toEqual(['t', 'v1', 'v2']);
  });
});

describe('rankQuotes', () => {
  it('puts quotes shared with the page first, then direct quotations, then joint and reported, keeping the card order otherwise', () => {
    const ranked = rankQuotes([quote('r1', 'reported', null), quote('d1', 'direct', null), quote('j1', 'joint', null), quote('r2', 'reported', null, true), quote('d2', 'direct', null)]);
    expect(ranked.map((q) => q.id)).toEqual(['r2', 'd1', 'd2', 'j1', 'r1']);
  });
});

describe('groupQuotesByMeeting', () => {
  it('gathers the quotes of one meeting where its best quote ranks, and leaves quotes of no meeting alone', () => {
    const groups = groupQuotesByMeeting([quote('a', 'direct', 'm1'), quote('b', 'direct', null), quote('c', 'reported', 'm2'), quote('d', 'reported', 'm1'), quote('e', 'reported', null)]);
    expect(groups.map((g) => [g.meetingId, g.quotes.map((q) => q.id)])).toEqual([
      ['m1', ['a', 'd']],
      [null, ['b']],
      ['m2', ['c']],
      [null, ['e']],
    ]);
  });
});

describe('shownAtFirst', () => {
  const dated = (n: number, kind: CardMeeting['kind'] = 'talks', others = [`p${n}`]) => meeting(`m${n}`, kind, `2024-0${n}-10`, others);

  it('is every item of a card with no more than fits', () => {
    const card = { meetings: [dated(1), dated(2)], quotes: [quote('a', 'direct', null)] };
    expect(shownAtFirst(card)).toEqual({ meetings: new Set(['m1', 'm2']), quotes: new Set(['a']) });
  });

  it('is the meetings of the first three rows, a trip counting as one row with all its meetings', () => {
    const visit = meeting('visit', 'visit', '2024-06-19', ['putin'], 'Hà Nội');
    const talks = meeting('talks', 'talks', '2024-06-20', ['putin'], 'Hà Nội');
    const card = { meetings: [talks, visit, dated(5), dated(4), dated(3)], quotes: [] };
    expect([...shownAtFirst(card).meetings].sort()).toEqual(['m4', 'm5', 'talks', 'visit']);
  });

  it('is the first undated meeting and quote, apart from the earlier ones', () => {
    const undated = (id: string) => meeting(id, 'talks', null, ['x'], null, { undated: true });
    const card = {
      meetings: [dated(1), undated('u1'), undated('u2')],
      quotes: [{ ...quote('q1', 'reported', null), undated: true }, { ...quote('q2', 'direct', null), undated: true }],
    };
    const shown = shownAtFirst(card);
    expect([...shown.meetings].sort()).toEqual(['m1', 'u1']);
    // Ranked: the direct quotation first.
    expect([...shown.quotes]).toEqual(['q2']);
  });

  it('is the first three quotes as the list shows them: ranked, then gathered under their meeting', () => {
    const card = { meetings: [], quotes: [quote('a', 'reported', 'm1'), quote('b', 'direct', null), quote('c', 'direct', 'm1'), quote('d', 'direct', null), quote('e', 'joint', null)] };
    // Ranked b, c, d, e, a (direct first, card order kept); grouped: b, m1 [c, a], d, e.
    expect([...shownAtFirst(card).quotes]).toEqual(['b', 'c', 'a']);
  });
});
