import { describe, expect, it } from 'vitest';
import { dayOf2025, seededDraws, TOLD_KINDS, TOLD_PEOPLE } from './told-fixture';
import type { ArticleMeeting } from '../../src/corpus/analyse-article';
import type { MeetingWhen } from '../../src/corpus/analyse-article';
import { moreSpecificKind } from '../../src/corpus/meeting-kinds';
import { daySpan, MeetingMerge, mergeMeetings, preciser, type MergedMeeting, type SourcedMeeting } from '../../src/corpus/merge-meetings';
import { sameMeeting } from '../../src/corpus/same-meeting';

function told(articleId: string, articleDate: string | null, meeting: Partial<ArticleMeeting>, index = 0): SourcedMeeting {
  return {
    articleId,
    articleDate,
    index,
    meeting: {
      kind: 'visit',
      participants: ['to-lam'],
      host: [],
      others: [],
      when: { date: null, dateEnd: null, approx: null, inferred: false },
      place: null,
      status: 'reported',
      evidence: `${articleId} evidence`,
      line: 1,
      ...meeting,
    },
  };
}

const day = (date: string, dateEnd: string | null = null) => ({ date, dateEnd, approx: null, inferred: false });

describe('mergeMeetings', () => {
  it('makes one meeting with two sources of the same meeting told by two articles', () => {
    const merged = mergeMeetings([
      told('a', '2025-12-01', { participants: ['to-lam', 'thongloun-sisoulith'], host: ['thongloun-sisoulith'], when: day('2025-12-01', '2025-12-02'), place: 'Lào' }),
      told('b', '2025-12-03', { participants: ['to-lam'] }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.sources.map((s) => s.articleId)).toEqual(['a', 'b']);
    expect(merged[0]!.participants).toEqual(['to-lam', 'thongloun-sisoulith']);
    expect(merged[0]!.when.date).toBe('2025-12-01');
  });

  it("keeps a visit told of one person apart from another article's visit of that person with others who did not host it", () => {
    // "Prime Minister X's Cambodia visit from November 8-9" is not another telling of a visit naming X and Y with no host.
    const merged = mergeMeetings([
      told('a', '2025-12-01', { participants: ['to-lam', 'vladimir-putin'], when: day('2025-12-01', '2025-12-02') }),
      told('b', '2025-12-03', { participants: ['to-lam'] }),
    ]);
    expect(merged.map((m) => m.sources.map((s) => s.articleId))).toEqual([['a'], ['b']]);
  });

  it('keeps a visit told of one person apart from another article\'s visit that person hosted', () => {
    const merged = mergeMeetings([
      told('a', '2021-12-06', { participants: ['vuong-dinh-hue', 'saysomphone-phomvihane'], host: ['vuong-dinh-hue'], when: day('2021-12-06'), place: 'Việt Nam' }),
      told('b', '2021-12-13', { participants: ['vuong-dinh-hue'], place: 'Hàn Quốc' }),
      told('c', '2021-12-07', { participants: ['saysomphone-phomvihane'] }),
    ]);
    expect(merged.map((m) => m.sources.map((s) => s.articleId))).toEqual([['a', 'c'], ['b']]);
  });

  it('keeps meetings of different kinds apart', () => {
    const merged = mergeMeetings([
      told('a', '2025-12-01', { kind: 'talks', participants: ['to-lam', 'x'], when: day('2025-12-01') }),
      told('b', '2025-12-03', { kind: 'summit', participants: ['to-lam', 'x'], when: day('2025-12-02') }),
    ]);
    expect(merged).toHaveLength(2);
  });

  it('keeps the same people meeting on different days apart', () => {
    const merged = mergeMeetings([
      told('a', '2024-06-20', { kind: 'talks', participants: ['p', 'q'], when: day('2024-06-20') }),
      told('b', '2025-05-10', { kind: 'talks', participants: ['p', 'q'], when: day('2025-05-10') }),
    ]);
    expect(merged).toHaveLength(2);
  });

  it('joins a month-only recall to the dated meeting in that month', () => {
    const merged = mergeMeetings([
      told('a', '2024-06-20', { participants: ['vladimir-putin'], when: day('2024-06-19', '2024-06-20') }),
      told('b', '2025-10-01', { participants: ['vladimir-putin'], status: 'referenced', when: { date: null, dateEnd: null, approx: '2024-06', inferred: false } }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.sources.map((s) => s.meeting.status)).toEqual(['reported', 'referenced']);
  });

  it('does not join undated tellings from articles far apart in time', () => {
    const merged = mergeMeetings([told('a', '2023-01-01', {}), told('b', '2025-01-01', {})]);
    expect(merged).toHaveLength(2);
  });

  it('never merges two meetings one article told apart', () => {
    const merged = mergeMeetings([told('a', '2025-12-01', {}, 0), told('a', '2025-12-01', {}, 1)]);
    expect(merged).toHaveLength(2);
  });

  it('prefers a written date over an inferred one', () => {
    const merged = mergeMeetings([
      told('a', '2025-12-01', { kind: 'talks', participants: ['p', 'q'], when: { ...day('2025-12-01'), inferred: true } }),
      told('b', '2025-12-01', { kind: 'talks', participants: ['p', 'q'], when: day('2025-12-01') }),
    ]);
    expect(merged[0]!.when.inferred).toBe(false);
  });
});

/** Tellings of a few people over a few weeks: dated, multi-day, month-only, undated, odd and long spans. */
function mergeInput(count: number, seed: number): SourcedMeeting[] {
  const next = seededDraws(seed);
  const [people, kinds, iso] = [TOLD_PEOPLE, TOLD_KINDS, dayOf2025];
  const items: SourcedMeeting[] = [];
  for (let article = 0; items.length < count; article++) {
    const articleDate = next(10) === 0 ? null : iso(next(60));
    for (let index = 0, tellings = 1 + next(3); index < tellings; index++) {
      const participants = [...new Set(Array.from({ length: 1 + next(3) }, () => people[next(people.length)]!))];
      const shape = next(12);
      const first = next(60);
      const when: MeetingWhen =
        shape < 6 ? day(iso(first)) :
        shape < 8 ? day(iso(first), iso(first + 1 + next(3))) :
        shape === 8 ? { date: null, dateEnd: null, approx: iso(first).slice(0, 7), inferred: false } :
        shape === 9 ? day(iso(first), iso(first + 70 + next(30))) :
        shape === 10 ? day(iso(first + 5), iso(first)) :
        { date: null, dateEnd: null, approx: null, inferred: false };
      items.push(told(`a${article}`, articleDate, { kind: kinds[next(kinds.length)]!, participants, when: { ...when, inferred: next(5) === 0 && when.date !== null } }, index));
    }
  }
  return items;
}

describe('mergeMeetings against the merge that tries every candidate', () => {
  it.each([1, 2, 3])('merges generated tellings into the same meetings (seed %i)', (seed) => {
    const items = mergeInput(1500, seed);
    const merged = mergeMeetings(items);
    expect(merged.length).toBeLessThan(items.length); // some did merge
    expect(JSON.stringify(merged)).toBe(JSON.stringify(naiveMergeMeetings(items)));
  });
});

describe('MeetingMerge.resume', () => {
  it.each([1, 2, 3])('goes on from an earlier merge with the tellings after it: the same meetings as one merge of them all (seed %i)', (seed) => {
    const items = mergeInput(1500, seed);
    const whole = JSON.stringify(mergeMeetings(items));
    for (const cut of [0, 1, 700, 1400, 1499, 1500]) {
      // The earlier merge's meetings as a memo gives them back: fresh objects, nothing shared.
      const earlier = JSON.parse(JSON.stringify(mergeMeetings(items.slice(0, cut)))) as MergedMeeting[];
      const merge = MeetingMerge.resume(earlier);
      for (const item of items.slice(cut)) merge.add(item);
      expect(JSON.stringify(merge.meetings), `cut at ${cut}`).toBe(whole);
    }
  });
});

/**
 * The merge as it was before its candidates were filed by day (every meeting of a participant tried
 * in turn): the oracle the filed merge must equal, meeting for meeting.
 */
function naiveMergeMeetings(items: readonly SourcedMeeting[]): MergedMeeting[] {
  const merged: MergedMeeting[] = [];
  // Candidates share a participant: looking only there keeps the merge linear in the corpus size
  // instead of comparing every meeting with every other.
  const byParticipant = new Map<string, MergedMeeting[]>();
  const order = new Map<MergedMeeting, number>();
  const file = (meeting: MergedMeeting, id: string): void => {
    const bucket = byParticipant.get(id);
    if (bucket) bucket.push(meeting);
    else byParticipant.set(id, [meeting]);
  };
  for (const item of items) {
    const m = item.meeting;
    const telling = { kind: m.kind, participants: m.participants, when: m.when, articleDate: item.articleDate };
    const days = daySpan(m.when);
    // The earliest-made meeting that is the same as this telling. A leader of the home country
    // takes part in thousands of meetings, so each candidate is first tried on its days alone
    // (both dated: they must overlap with a day's slack, as sameTime asks) before sameMeeting.
    let target: MergedMeeting | null = null;
    let targetOrder = Infinity;
    for (const id of m.participants) {
      for (const g of byParticipant.get(id) ?? []) {
        const o = order.get(g)!;
        if (o >= targetOrder) continue;
        const other = days === null ? null : daySpan(g.when);
        if (days !== null && other !== null && (days.first > other.last + 1 || other.first > days.last + 1)) continue;
        if (g.sources.some((s) => s.articleId === item.articleId)) continue;
        const articleDate = g.sources.find((s) => s.articleDate)?.articleDate ?? null;
        if (!sameMeeting(telling, { kind: g.kind, participants: g.participants, when: g.when, articleDate }, false)) continue;
        target = g;
        targetOrder = o;
      }
    }
    if (!target) {
      const created: MergedMeeting = { kind: m.kind, participants: [...m.participants], others: [...m.others], when: { ...m.when }, place: m.place, sources: [item] };
      order.set(created, merged.push(created));
      for (const id of created.participants) file(created, id);
      continue;
    }
    target.kind = moreSpecificKind(target.kind, m.kind);
    for (const id of m.participants) {
      if (target.participants.includes(id)) continue;
      target.participants.push(id);
      file(target, id);
    }
    for (const name of m.others) if (!target.others.includes(name)) target.others.push(name);
    target.when = preciser(target.when, m.when);
    target.place ??= m.place;
    target.sources.push(item);
  }
  return merged;
}
