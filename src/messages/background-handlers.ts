import { browser } from 'wxt/browser';
import type { LoadedIndex } from '../index-data/load-index';
import { cardFor } from '../lookup/card';
import { coverageOf } from '../lookup/coverage';
import { originalLink } from '../lookup/original-link';
import { ownEntry } from '../lookup/own-entry';
import { search } from '../lookup/search';
import { loadSettings } from '../settings/load-settings';
import { readerUrl } from '../ui/reader/reader-url';
import { createGestureGate, type GestureGate } from './gesture-gate';
import type { RequestHandlers } from './receive-requests';

/**
 * The background's answers, over an index obtained from `getIndex` on every request. Nothing is kept
 * here between requests: an MV3 service worker may be stopped at any time, and `getIndex` is where
 * reloading after a restart happens.
 */
export function createBackgroundHandlers(
  getIndex: () => Promise<LoadedIndex>,
  openTab: (url: string) => Promise<unknown> = (url) => browser.tabs.create({ url }),
  // Kept for the worker's life (a restart forgets it, see gesture-gate.ts): one tab per click.
  gate: GestureGate = createGestureGate(),
): RequestHandlers {
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
    async 'get-article'({ articleId }) {
      const article = ownEntry((await getIndex()).articles, articleId);
      if (!article) return null;
      const original = originalLink(article.url);
      return {
        id: article.id,
        title: article.title,
        date: article.date,
        dateInferred: article.dateInferred,
        ...(original ? { original } : {}),
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
      return coverageOf(await getIndex());
    },
  };
}
