import type { LoadedIndex } from '../index-data/load-index';
import { cardFor } from '../lookup/card';
import { search } from '../lookup/search';
import type { RequestHandlers } from './receive-requests';

/**
 * The background's answers, over an index obtained from `getIndex` on every request. Nothing is kept
 * here between requests: an MV3 service worker may be stopped at any time, and `getIndex` is where
 * reloading after a restart happens.
 */
export function createBackgroundHandlers(getIndex: () => Promise<LoadedIndex>): RequestHandlers {
  return {
    async ping() {
      const index = await getIndex();
      return {
        formatVersion: index.formatVersion,
        leaders: Object.keys(index.leaders).length,
        meetings: Object.keys(index.meetings).length,
        quotes: Object.keys(index.quotes).length,
      };
    },
    async 'get-matcher'() {
      return (await getIndex()).matcher;
    },
    async 'get-card'({ leaderId, pageDate, pageLeaderIds }) {
      return cardFor(await getIndex(), leaderId, pageDate, pageLeaderIds);
    },
    async search({ query, limit }) {
      return search(await getIndex(), query, limit === undefined ? {} : { limit });
    },
  };
}
