/**
 * A visit and the sit-down it was for, told in one sentence, are one encounter of the same people:
 * "X, who is on an official visit to Vietnam at the invitation of Y, held talks with Y" tells the
 * talks, and the visit around them. The visit, kept beside the talks, is the same two people met a
 * second time in the index; the talks say it already, with their kind and day. Told in sentences of
 * their own, a visit and a sit-down are kept apart: a welcome on arrival and the talks after it
 * are two meetings to the press.
 */

/** What of a meeting decides whether a visit is told again by a sit-down. */
export interface VisitOrSitDown {
  kind: string;
  participants: readonly string[];
  status: 'reported' | 'referenced';
  when: { date: string | null; dateEnd: string | null };
  /** The sentence that told it. */
  evidence: string;
}

/**
 * For each visit of two people or more that a sit-down told in the same sentence (any reported
 * meeting not a visit) has every side of, on a day the visit spans or with no day to compare, the
 * index of that sit-down: the visit is told by it. Visits of one person, visits no such sit-down
 * covers, and sit-downs on a day outside the visit stay apart.
 *
 * @example
 * visitsToldBySitDowns([visit(['x', 'y'], '2025-12-01', '2025-12-03'), talks(['x', 'y'], '2025-12-02')]) // Map { 0 => 1 } (one sentence)
 */
export function visitsToldBySitDowns(meetings: readonly VisitOrSitDown[]): Map<number, number> {
  const told = new Map<number, number>();
  meetings.forEach((visit, i) => {
    if (visit.kind !== 'visit' || visit.participants.length < 2) return;
    const k = meetings.findIndex(
      (m) => m.kind !== 'visit' && m.status === 'reported' && m.evidence === visit.evidence && visit.participants.every((id) => m.participants.includes(id)) && duringVisit(m.when.date, visit.when),
    );
    if (k >= 0) told.set(i, k);
  });
  return told;
}

/** Whether a day falls within a visit's days, or either is not known. */
function duringVisit(day: string | null, visit: { date: string | null; dateEnd: string | null }): boolean {
  if (day === null || visit.date === null) return true;
  return day >= visit.date && day <= (visit.dateEnd ?? visit.date);
}
