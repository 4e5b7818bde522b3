import type { MeetingKind } from '../../src/model/kinds';

/**
 * What the merge tests generate tellings from, so their generators draw alike: a small seeded
 * generator (`next(n)`: a whole number below n), the people and kinds drawn, and a day of 2025.
 */
export function seededDraws(seed: number): (n: number) => number {
  let state = seed;
  return (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
}

export const TOLD_PEOPLE = ['to-lam', 'luong-cuong', 'pham-minh-chinh', 'vladimir-putin', 'thongloun-sisoulith', 'hun-manet'];
export const TOLD_KINDS: MeetingKind[] = ['talks', 'reception', 'visit', 'summit', 'phone_call', 'courtesy_call', 'other'];

/** The ISO day `day` days after 1 January 2025. */
export const dayOf2025 = (day: number): string => new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
