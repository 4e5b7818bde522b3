import { describe, expect, it } from 'vitest';
import type { ArticleMeeting } from '../../src/corpus/analyse-article';
import { mergeMeetings, type SourcedMeeting } from '../../src/corpus/merge-meetings';

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
      told('a', '2025-12-01', { participants: ['to-lam', 'thongloun-sisoulith'], when: day('2025-12-01', '2025-12-02'), place: 'Lào' }),
      told('b', '2025-12-03', { participants: ['to-lam'] }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.sources.map((s) => s.articleId)).toEqual(['a', 'b']);
    expect(merged[0]!.participants).toEqual(['to-lam', 'thongloun-sisoulith']);
    expect(merged[0]!.when.date).toBe('2025-12-01');
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
