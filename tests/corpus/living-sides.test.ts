import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/corpus/analyse-article';
import { rulesFor } from '../../src/corpus/language-rules';
import { earliestHeldDay, livingSides } from '../../src/corpus/living-sides';
import { registry, table } from './registry-fixture';

// Nguyễn Phú Trọng died on 19 July 2024 (the project registry's `died`, from its sources).
const withDeath = { ...registry, leaders: registry.leaders.map((l) => (l.id === 'nguyen-phu-trong' ? { ...l, died: '2024-07-19' } : l)) };

const when = (date: string | null, approx: string | null = null) => ({ date, dateEnd: null, approx, inferred: false });

describe('earliestHeldDay', () => {
  it('is the meeting\'s own day, else the first day of its month or year, else the article\'s day for a reported meeting', () => {
    expect(earliestHeldDay({ when: when('2025-03-04'), status: 'referenced' }, '2025-12-01')).toBe('2025-03-04');
    expect(earliestHeldDay({ when: when(null, '2024-06'), status: 'referenced' }, '2025-12-01')).toBe('2024-06-01');
    expect(earliestHeldDay({ when: when(null, '2019'), status: 'referenced' }, '2025-12-01')).toBe('2019-01-01');
    expect(earliestHeldDay({ when: when(null), status: 'reported' }, '2025-12-01')).toBe('2025-12-01');
    // A recalled meeting with no time of its own may be from any year.
    expect(earliestHeldDay({ when: when(null), status: 'referenced' }, '2025-12-01')).toBeNull();
  });
});

describe('livingSides', () => {
  it('drops the people who died before the day, and keeps everyone on their last day or with no day known', () => {
    expect(livingSides(withDeath, ['to-lam', 'nguyen-phu-trong'], '2025-01-01')).toEqual(['to-lam']);
    expect(livingSides(withDeath, ['to-lam', 'nguyen-phu-trong'], '2024-07-19')).toEqual(['to-lam', 'nguyen-phu-trong']);
    expect(livingSides(withDeath, ['to-lam', 'nguyen-phu-trong'], null)).toEqual(['to-lam', 'nguyen-phu-trong']);
  });

  it('keeps a dead leader out of a visit an article reports after he died, and in one held in his lifetime', () => {
    const meetings = (reg: typeof registry, date: string, text: string) =>
      analyseArticle([{ text: 'Tin đối ngoại', line: 1 }, { text, line: 2 }], { date, inferred: false }, reg, table, rulesFor('vi')).meetings.map((m) => [...m.participants].sort());
    const visit = 'Ngày 1/12, Tổng thống Nga Vladimir Putin đã đến thăm Tổng Bí thư Nguyễn Phú Trọng tại nhà riêng.';
    // Without the day he died, the registry's man is a side of a visit told in 2025.
    expect(meetings(registry, '2025-12-02', visit)).toEqual([['nguyen-phu-trong', 'vladimir-putin']]);
    // The visit stays Putin's, with no one dead as its host.
    expect(meetings(withDeath, '2025-12-02', visit)).toEqual([['vladimir-putin']]);
    expect(meetings(withDeath, '2023-12-02', visit)).toEqual([['nguyen-phu-trong', 'vladimir-putin']]);
  });
});
