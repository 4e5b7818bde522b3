import { describe, expect, it } from 'vitest';
import type { GoldArticle } from '../../src/eval/gold';
import { scoreExport } from '../../src/eval/score-export';
import type { CorpusExport } from '../../src/model/export-types';

const leaders: CorpusExport['leaders'] = [
  { id: 'a', name: 'Anh A', country: 'VN', aliases: ['Anh A', 'Anh Ă'], origin: 'registry' },
  { id: 'b', name: 'Bob B', country: 'LA', aliases: ['Bob B'], origin: 'registry' },
  { id: 'c', name: 'Cee C', country: 'KH', aliases: ['Cee C'], origin: 'registry' },
];

function exported(over: Partial<CorpusExport> = {}): CorpusExport {
  return {
    leaders,
    articles: [{ id: 'x', file: 'x.txt', title: 't', date: '2025-12-02', dateInferred: false }],
    meetings: [],
    quotes: [],
    unknown: [],
    skipped: [],
    ...over,
  };
}

const gold = (over: Partial<GoldArticle> = {}): GoldArticle => ({
  file: 'x.txt',
  language: 'en',
  date: '2025-12-02',
  dateFromText: true,
  people: [
    { key: 'a', name: 'Anh A', forms: ['Anh Ă'], leader: true },
    { key: 'b', name: 'Bob B', forms: [], leader: true },
    { key: 'z', name: 'Zed Nobody', forms: [], leader: false },
  ],
  meetings: [{ participants: ['a', 'b', 'z'], kind: 'talks', date: '2025-12-01', status: 'reported', evidence: 'A held talks with B.' }],
  quotes: [{ speakers: ['a'], kind: 'reported', evidence: 'A said the talks went well.', text: 'the talks went well' }],
  ...over,
});

const meeting = (participants: string[], date: string | null, kind = 'talks') => ({
  id: 'm', participants, date, dateInferred: false, place: null, kind, sources: [{ articleId: 'x', status: 'reported' as const, evidence: 'A held talks with B.' }],
});

describe('scoreExport', () => {
  it('matches a meeting by the participants the export knows, and a quote by speaker and sentence', () => {
    const s = scoreExport(
      exported({
        meetings: [meeting(['a', 'b'], '2025-12-01')] as CorpusExport['meetings'],
        quotes: [{ id: 'q', speakers: ['a'], text: 't', kind: 'reported', articleId: 'x', meetingId: null, date: null, evidence: 'A said the talks went well.' }],
      }),
      [gold()],
    ).en!;
    expect(s.meetings).toMatchObject({ truePositives: 1, predicted: 1, expected: 1, precision: 1, recall: 1 });
    expect(s.quotes).toMatchObject({ truePositives: 1, precision: 1, recall: 1 });
    expect(s.meetingKindsRight).toBe(1);
  });

  it('matches a meeting to the gold meeting of the same people and the same kind first', () => {
    const visit = { participants: ['a', 'b'], kind: 'visit' as const, date: null, status: 'reported' as const, evidence: 'A visited.' };
    const s = scoreExport(exported({ meetings: [meeting(['a', 'b'], '2025-12-01', 'talks')] as CorpusExport['meetings'] }), [gold({ meetings: [visit, gold().meetings[0]!] })]).en!;
    expect(s.meetingKindsRight).toBe(1);
    expect(s.missedMeetings.map((m) => m.evidence)).toEqual(['A visited.']);
  });

  it('matches a meeting to the gold meeting of the same people and the same day before one of the same kind', () => {
    // A call today and a reception recalled from years before, both of the same two people: the
    // export's reception, dated as the gold's, is that reception, not the call, whatever the order.
    const call = { participants: ['a', 'b'], kind: 'phone_call' as const, date: '2025-12-01', status: 'reported' as const, evidence: 'A called B.' };
    const reception = { participants: ['a', 'b'], kind: 'visit' as const, date: '2013-11-12', status: 'referenced' as const, evidence: 'A welcomed B in 2013.' };
    const s = scoreExport(
      exported({ meetings: [meeting(['a', 'b'], '2013-11-12', 'reception'), meeting(['a', 'b'], null, 'phone_call')] as CorpusExport['meetings'] }),
      [gold({ meetings: [call, reception] })],
    ).en!;
    expect(s.meetings).toMatchObject({ truePositives: 2, predicted: 2, expected: 2 });
    expect(s.wrongMeetingDates).toEqual([]);
  });

  it('pairs the export meeting of the gold day with it even when another of the same people is told first', () => {
    // A visit from the 9th to the 11th told first, the talks of the 11th after it, and only the
    // talks in the gold: the talks are paired with the talks, the visit is the false find, and no
    // date is counted wrong.
    const talks = { participants: ['a', 'b'], kind: 'talks' as const, date: '2025-12-01', status: 'reported' as const, evidence: 'A held talks with B.' };
    const s = scoreExport(
      exported({ meetings: [meeting(['a', 'b'], '2025-11-29', 'visit'), meeting(['a', 'b'], '2025-12-01', 'talks')] as CorpusExport['meetings'] }),
      [gold({ meetings: [talks] })],
    ).en!;
    expect(s.meetings).toMatchObject({ truePositives: 1, predicted: 2, expected: 1 });
    expect(s.wrongMeetingDates).toEqual([]);
    expect(s.meetingKindsRight).toBe(1);
  });

  it('counts a meeting with other participants as a false find and the gold one as missed', () => {
    const s = scoreExport(exported({ meetings: [meeting(['a', 'c'], '2025-12-01')] as CorpusExport['meetings'] }), [gold()]).en!;
    expect(s.meetings).toMatchObject({ truePositives: 0, predicted: 1, expected: 1, precision: 0, recall: 0 });
    expect(s.missedMeetings).toHaveLength(1);
    expect(s.extraMeetings).toHaveLength(1);
  });

  it('reports a wrong meeting date and a wrong article date, but not a null where the text gives no day', () => {
    const s = scoreExport(
      exported({
        articles: [{ id: 'x', file: 'x.txt', title: 't', date: '2025-12-03', dateInferred: false }],
        meetings: [meeting(['a', 'b'], '2025-11-30')] as CorpusExport['meetings'],
      }),
      [gold()],
    ).en!;
    expect(s.wrongArticleDates).toEqual([{ file: 'x.txt', got: '2025-12-03', gold: '2025-12-02' }]);
    expect(s.wrongMeetingDates).toHaveLength(1);
    const honest = scoreExport(exported({ articles: [{ id: 'x', file: 'x.txt', title: 't', date: null, dateInferred: false }] }), [gold()]).en!;
    expect(honest.wrongArticleDates).toEqual([]);
  });

  it('checks a date where the text gives no day against the day the annotators knew from outside it, and counts an inferred one apart when they knew none', () => {
    const undated = gold({ date: null, dateFromText: false, meetings: [{ ...gold().meetings[0]!, date: null, dateOutside: '2025-12-01' }] });
    const article = (date: string, dateInferred: boolean) => [{ id: 'x', file: 'x.txt', title: 't', date, dateInferred }];
    const inferredMeeting = (date: string) => [{ ...meeting(['a', 'b'], date), dateInferred: true }] as CorpusExport['meetings'];
    // Known from outside: an inferred day that is that day is right, another is wrong.
    const right = scoreExport(exported({ articles: article('2025-12-02', true), meetings: inferredMeeting('2025-12-01') }), [{ ...undated, dateOutside: '2025-12-02' }]).en!;
    expect([right.wrongArticleDates, right.wrongMeetingDates, right.uncheckedArticleDates, right.uncheckedMeetingDates]).toEqual([[], [], [], []]);
    const wrong = scoreExport(exported({ articles: article('2024-12-02', true), meetings: inferredMeeting('2024-12-01') }), [{ ...undated, dateOutside: '2025-12-02' }]).en!;
    expect(wrong.wrongArticleDates).toEqual([{ file: 'x.txt', got: '2024-12-02', gold: '2025-12-02' }]);
    expect(wrong.wrongMeetingDates).toHaveLength(1);
    // Known to no one: inferred is unchecked, a day not marked inferred is invented.
    const unknown = scoreExport(exported({ articles: article('2025-12-02', true) }), [undated]).en!;
    expect([unknown.wrongArticleDates, unknown.uncheckedArticleDates]).toEqual([[], [{ file: 'x.txt', got: '2025-12-02' }]]);
    const invented = scoreExport(exported({ articles: article('2025-12-02', false) }), [undated]).en!;
    expect([invented.wrongArticleDates.length, invented.uncheckedArticleDates.length]).toEqual([1, 0]);
  });

  it('takes the day of a meeting the article reports as its date where the text gives no publication day (the export\'s contract), not a recalled one', () => {
    const article = (date: string) => [{ id: 'x', file: 'x.txt', title: 't', date, dateInferred: false }];
    const undated = gold({ date: null, dateFromText: false, dateOutside: '2025-12-02' });
    // The lead's "On December 1, A held talks with B" on a page of December 2: the events' day.
    const events = scoreExport(exported({ articles: article('2025-12-01') }), [undated]).en!;
    expect([events.wrongArticleDates, events.uncheckedArticleDates]).toEqual([[], []]);
    // Any other day is wrong, a recalled meeting's day among them.
    const recalled = gold({ date: null, dateFromText: false, meetings: [{ ...gold().meetings[0]!, status: 'referenced', date: '2025-11-01' }] });
    expect(scoreExport(exported({ articles: article('2025-11-01') }), [recalled]).en!.wrongArticleDates).toHaveLength(1);
    expect(scoreExport(exported({ articles: article('2025-11-30') }), [undated]).en!.wrongArticleDates).toHaveLength(1);
    // The text's own publication day still decides where it gives one.
    expect(scoreExport(exported({ articles: article('2025-12-01') }), [gold()]).en!.wrongArticleDates).toHaveLength(1);
  });

  it('scores only facts about people the export knows, and each gold fact once', () => {
    const s = scoreExport(
      exported({ meetings: [meeting(['a', 'b'], null), meeting(['a', 'b'], null)] as CorpusExport['meetings'] }),
      [gold({ quotes: [{ speakers: ['z'], kind: 'reported', evidence: 'Zed said so.', text: 'so' }] })],
    ).en!;
    expect(s.meetings).toMatchObject({ truePositives: 1, predicted: 2 });
    expect(s.quotes.expected).toBe(0);
  });

  it('knows a gold person by a titled form ending with an alias of two words or more that shares a word with the name, not by a place the form ends with', () => {
    const withTitledB = (forms: string[], name = 'Bob Bee') =>
      gold({ people: [{ key: 'a', name: 'Anh A', forms: [], leader: true }, { key: 'b', name, forms, leader: true }], quotes: [] });
    const found = exported({ meetings: [meeting(['a', 'b'], '2025-12-01')] as CorpusExport['meetings'] });
    // Only the titled form names B, spelt as the export spells it; the gold's name is spelt otherwise.
    expect(scoreExport(found, [withTitledB(['Laotian President Bob B'])]).en!.meetings).toMatchObject({ truePositives: 1, expected: 1 });
    // A form ending with a leader's alias that is no word of the person's name: a place, not the person.
    expect(scoreExport(found, [withTitledB(['Mr Zed, Consul General in Bob B'], 'Zed Consul')]).en!.meetings).toMatchObject({ truePositives: 0, expected: 0 });
  });

  it('knows a gold person whose initials are spaced otherwise than the alias\'s', () => {
    const initialled = [...leaders, { id: 'r', name: 'Retno Marsudi', country: 'ID', aliases: ['Retno Marsudi', 'Retno L.P. Marsudi'], origin: 'registry' as const }];
    const found = exported({ leaders: initialled, meetings: [meeting(['a', 'r'], '2025-12-01')] as CorpusExport['meetings'] });
    const withRetno = (name: string, forms: string[]) =>
      gold({ people: [{ key: 'a', name: 'Anh A', forms: [], leader: true }, { key: 'r', name, forms, leader: true }], meetings: [{ participants: ['a', 'r'], kind: 'talks', date: '2025-12-01', status: 'reported', evidence: 'A held talks with B.' }], quotes: [] });
    expect(scoreExport(found, [withRetno('Retno L. P. Marsudi', [])]).en!.meetings).toMatchObject({ truePositives: 1, expected: 1 });
    expect(scoreExport(found, [withRetno('Retno L.P.Marsudi', ['Foreign Minister Retno L. P. Marsudi'])]).en!.meetings).toMatchObject({ truePositives: 1, expected: 1 });
    // Other letters are another name.
    expect(scoreExport(found, [withRetno('Retno L. M. Marsudi', [])]).en!.meetings).toMatchObject({ truePositives: 0, expected: 0 });
  });
});
