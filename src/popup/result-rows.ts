import type { LeaderHit, MeetingHit, QuoteHit, SearchResults } from '../lookup/search';

/** One row of the result list, in the order the list shows and the arrow keys walk. */
export type ResultRow =
  | { kind: 'leader'; id: string; hit: LeaderHit }
  | { kind: 'meeting'; id: string; hit: MeetingHit }
  | { kind: 'quote'; id: string; hit: QuoteHit };

export type ResultKind = ResultRow['kind'];

/** The groups in the order DESIGN.md fixes: leaders first, then meetings, then quotes. */
export const RESULT_KINDS: readonly ResultKind[] = ['leader', 'meeting', 'quote'];

/**
 * The results as one list: leaders, then meetings, then quotes, each group in the order the search
 * ranked it. Keyboard navigation walks this list, so it crosses group boundaries as the eye does.
 *
 * @example
 * resultRows({ leaders: [toLam], meetings: [m1], quotes: [] }).map((r) => r.kind); // ['leader', 'meeting']
 */
export function resultRows(results: SearchResults): ResultRow[] {
  return [
    ...results.leaders.map((hit): ResultRow => ({ kind: 'leader', id: hit.id, hit })),
    ...results.meetings.map((hit): ResultRow => ({ kind: 'meeting', id: hit.id, hit })),
    ...results.quotes.map((hit): ResultRow => ({ kind: 'quote', id: hit.id, hit })),
  ];
}

/** The DOM id of a row, for `aria-activedescendant`; ids in the corpus are `[a-z0-9-]`. */
export function rowDomId(row: Pick<ResultRow, 'kind' | 'id'>): string {
  return `result-${row.kind}-${row.id}`;
}
