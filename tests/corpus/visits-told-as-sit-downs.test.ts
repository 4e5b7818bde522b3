import { describe, expect, it } from 'vitest';
import { visitsToldBySitDowns, type VisitOrSitDown } from '../../src/corpus/visits-told-as-sit-downs';
import { analyse } from './statement-fixture';

const meeting = (kind: string, participants: string[], evidence: string, date: string | null = null, dateEnd: string | null = null, status: 'reported' | 'referenced' = 'reported'): VisitOrSitDown => ({
  kind,
  participants,
  status,
  when: { date, dateEnd },
  evidence,
});

describe('visitsToldBySitDowns', () => {
  const told = 'X, on an official visit at the invitation of Y, held talks with Y.';

  it('finds a visit told in the same sentence as a sit-down of all its sides, on a day it spans or with no day', () => {
    expect(visitsToldBySitDowns([meeting('visit', ['x', 'y'], told), meeting('talks', ['x', 'y'], told)])).toEqual(new Map([[0, 1]]));
    expect(visitsToldBySitDowns([meeting('visit', ['x', 'y'], told, '2025-12-01', '2025-12-03'), meeting('talks', ['x', 'y', 'z'], told, '2025-12-02')])).toEqual(new Map([[0, 1]]));
  });

  it('keeps apart a visit told in another sentence, of one person, with a side the sit-down lacks, or a sit-down outside its days or only recalled', () => {
    expect(visitsToldBySitDowns([meeting('visit', ['x', 'y'], 'X began a visit at the invitation of Y.'), meeting('talks', ['x', 'y'], 'X held talks with Y.')]).size).toBe(0);
    expect(visitsToldBySitDowns([meeting('visit', ['x'], told), meeting('talks', ['x', 'y'], told)]).size).toBe(0);
    expect(visitsToldBySitDowns([meeting('visit', ['x', 'y', 'w'], told), meeting('talks', ['x', 'y'], told)]).size).toBe(0);
    expect(visitsToldBySitDowns([meeting('visit', ['x', 'y'], told, '2025-12-01', '2025-12-03'), meeting('talks', ['x', 'y'], told, '2025-12-05')]).size).toBe(0);
    expect(visitsToldBySitDowns([meeting('visit', ['x', 'y'], told), meeting('talks', ['x', 'y'], told, null, null, 'referenced')]).size).toBe(0);
  });

  it('leaves the talks alone where an English sentence tells a visit at the invitation of the one met', () => {
    const facts = analyse('2025-12-02', 'News', 'Lao Prime Minister Sonexay Siphandone, who is on an official visit to Vietnam at the invitation of Prime Minister Pham Minh Chinh, held talks with Chinh in Hanoi on Monday.');
    expect(facts.meetings.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['talks', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });
});
