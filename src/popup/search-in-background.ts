import type { SearchResults } from '../lookup/search';
import type { BackgroundRequest, BackgroundResponses } from '../messages/protocol';

/** Longest query the `search` request accepts (src/messages/protocol.ts). */
export const MAX_QUERY_LENGTH = 500;

/** Results per kind the popup asks for: a popup shows a screenful, not the whole corpus. */
export const POPUP_RESULT_LIMIT = 8;

export type SendSearch = (request: Extract<BackgroundRequest, { type: 'search' }>) => Promise<BackgroundResponses['search']>;

const EMPTY: SearchResults = Object.freeze({ leaders: [], meetings: [], quotes: [] }) as SearchResults;

/**
 * Searches in the background service worker, where the index is already loaded (see README,
 * "Where the popup searches", for the measurements behind that choice). An empty query answers at
 * once without a message. `signal` aborted before sending skips the message; one aborted while
 * it is on its way is left to `latestOnly`, which drops the answer.
 *
 * @example
 * const results = await searchInBackground('to lam', new AbortController().signal, sendToBackground);
 * results.leaders[0]?.id; // 'to-lam'
 */
export async function searchInBackground(query: string, signal: AbortSignal, send: SendSearch): Promise<SearchResults> {
  const trimmed = query.trim();
  if (trimmed === '') return EMPTY;
  signal.throwIfAborted();
  return send({ type: 'search', query: trimmed.slice(0, MAX_QUERY_LENGTH), limit: POPUP_RESULT_LIMIT });
}
