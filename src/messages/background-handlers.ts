import { browser } from 'wxt/browser';
import type { IndexLookups } from '../index-data/read-index-folder';
import { loadSettings } from '../settings/load-settings';
import { readerUrl } from '../ui/reader/reader-url';
import { createGestureGate, type GestureGate } from './gesture-gate';
import type { RequestHandlers } from './receive-requests';

/**
 * The background's answers, over an index obtained from `getIndex` on every request. Nothing is kept
 * here between requests: an MV3 service worker may be stopped at any time, and `getIndex` is where
 * reopening after a restart happens. Each answer reads only its part of the index (IndexLookups).
 */
export function createBackgroundHandlers(
  getIndex: () => Promise<IndexLookups>,
  openTab: (url: string) => Promise<unknown> = (url) => browser.tabs.create({ url }),
  // Kept for the worker's life (a restart forgets it, see gesture-gate.ts): one tab per click.
  gate: GestureGate = createGestureGate(),
): RequestHandlers {
  return {
    async ping() {
      const index = await getIndex();
      // The popup pings when it opens: the search structures load while the reader types.
      index.prepareSearch();
      return { formatVersion: index.formatVersion, ...index.counts };
    },
    async 'get-matcher'() {
      return (await getIndex()).matcher();
    },
    async 'get-card'({ leaderId, pageDate, pageLeaderIds }) {
      return (await getIndex()).card(leaderId, pageDate, pageLeaderIds);
    },
    async search({ query, limit }) {
      return (await getIndex()).search(query, limit === undefined ? {} : { limit });
    },
    async 'get-article'({ articleId }) {
      const article = await (await getIndex()).article(articleId);
      if (!article) return null;
      return {
        id: article.id,
        title: article.title,
        date: article.date,
        dateInferred: article.dateInferred,
        // Line numbers stay behind: they point into a file the reader page cannot open.
        paragraphs: article.paragraphs.map(({ text }) => ({ text })),
      };
    },
    async 'open-reader'({ articleId, evidence, lang, gesture }) {
      // Only for a click our UI saw as the reader's own, once per click (issue 10).
      if (!gate.admit(gesture)) return false;
      await openTab(readerUrl({ articleId, evidence, ...(lang ? { lang } : {}) }));
      return true;
    },
    async 'get-settings'() {
      // Read on every request, not kept: the worker may have slept through a change.
      return (await loadSettings()).settings;
    },
    async 'get-coverage'() {
      return (await getIndex()).coverage();
    },
  };
}
