import { browser } from 'wxt/browser';
import type { IndexLookups } from '../index-data/read-index-folder';
import { originalLink } from '../lookup/original-link';
import { recordFor } from '../lookup/record';
import { createBackgroundMarks, type BackgroundMarks } from '../marks/background-marks';
import { markFromIndex } from '../marks/mark-from-index';
import { loadSettings } from '../settings/load-settings';
import { leaderPageUrl } from '../ui/leader/leader-url';
import { fromBase64 } from '../saved/base64';
import type { SavedService } from '../saved/saved-service';
import { readerUrl } from '../ui/reader/reader-url';
import { createGestureGate, type GestureGate } from './gesture-gate';
import type { RequestHandlers } from './receive-requests';

/** What the handlers need besides the index; each has a default for the real extension. */
export interface BackgroundDeps {
  /** The reader's wrong-item marks (src/marks/background-marks.ts). */
  marks?: BackgroundMarks;
  /**
   * The gate of `mark-wrong` and `unmark-wrong`: one change per real click. Its own, not the
   * reader links' gate, so opening a source does not hold back a mark made just after.
   */
  markGate?: GestureGate;
  /** The clock a mark is dated by. */
  now?: () => Date;
  /** The extension's version, stamped on marks with the index they were made in. */
  extensionVersion?: () => string;
  /** The reader's saved articles (src/saved/saved-service.ts); without it those requests fail with a reason. */
  saved?: SavedService;
}

/**
 * The background's answers, over an index obtained from `getIndex` on every request. Nothing about
 * the index is kept here between requests: an MV3 service worker may be stopped at any time, and
 * `getIndex` is where reopening after a restart happens. Each answer reads only its part of the
 * index (IndexLookups). (The marks keep a memory of their own, which storage changes drop:
 * background-marks.ts.)
 */
export function createBackgroundHandlers(
  getIndex: () => Promise<IndexLookups>,
  openTab: (url: string) => Promise<unknown> = (url) => browser.tabs.create({ url }),
  // Kept for the worker's life (a restart forgets it, see gesture-gate.ts): one tab per click.
  gate: GestureGate = createGestureGate(),
  deps: BackgroundDeps = {},
): RequestHandlers {
  const marks = deps.marks ?? createBackgroundMarks();
  const markGate = deps.markGate ?? createGestureGate({ minIntervalMs: 100 });
  const now = deps.now ?? (() => new Date());
  const extensionVersion = deps.extensionVersion ?? manifestVersion;
  const warn = (what: string, reason: string): void => console.warn(`leaderlens marks: could not ${what}: ${reason}`);
  // Folded quote and sentence texts for the leader page's word filter, kept while the worker
  // lives: retyping a filter over a leader's thousands of quotes then folds nothing twice. Texts,
  // not the index, so a reloaded index cannot make them wrong; bounded, then started afresh.
  const foldCache = new Map<string, string>();
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
      const [index, leaveOut] = await Promise.all([getIndex(), marks.leftOut()]);
      return index.card(leaderId, pageDate, pageLeaderIds, { leaveOut });
    },
    async 'get-brief-card'({ leaderId, pageDate, pageLeaderIds }) {
      const [index, leaveOut] = await Promise.all([getIndex(), marks.leftOut()]);
      return index.briefCard(leaderId, pageDate, pageLeaderIds, { leaveOut });
    },
    async search({ query, limit }) {
      const [index, leaveOut] = await Promise.all([getIndex(), marks.leftOut()]);
      return index.search(query, limit === undefined ? { leaveOut } : { limit, leaveOut });
    },
    async 'get-article'({ articleId }) {
      const article = await (await getIndex()).article(articleId);
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
    async 'mark-wrong'({ kind, itemId, leaderId, gesture }) {
      // Only for a click the card saw as the reader's own, once per click (as open-reader).
      if (!markGate.admit(gesture)) return false;
      const facts = await (await getIndex()).cardFacts(leaderId);
      const mark = facts && markFromIndex(facts, { kind, itemId, leaderId }, { at: now(), extensionVersion: extensionVersion() });
      if (!mark) {
        warn(`mark ${kind} ${itemId}`, `it is not on the card of ${leaderId}`);
        return false;
      }
      const result = await marks.add(mark);
      if (!result.ok) warn(`mark ${kind} ${itemId}`, result.reason);
      return result.ok;
    },
    async 'unmark-wrong'({ kind, itemId, gesture }) {
      if (!markGate.admit(gesture)) return false;
      const result = await marks.remove(kind, itemId);
      if (!result.ok) warn(`unmark ${kind} ${itemId}`, result.reason);
      return result.ok;
    },
    async 'get-settings'() {
      // Read on every request, not kept: the worker may have slept through a change.
      return (await loadSettings()).settings;
    },
    async 'get-coverage'() {
      return (await getIndex()).coverage();
    },
    async 'get-leader-record'({ leaderId, filter, quotes, meetings }) {
      const [index, leaveOut] = await Promise.all([getIndex(), marks.leftOut()]);
      // The leader's card shard (and, in the pair view, the other's): all a record reads.
      const facts = await index.cardFacts(leaderId, filter?.with);
      if (!facts) return null;
      if (foldCache.size > MAX_FOLDS_KEPT) foldCache.clear();
      return recordFor(facts, leaderId, { leaveOut, foldCache, ...(filter ? { filter } : {}), ...(quotes ? { quotes } : {}), ...(meetings ? { meetings } : {}) });
    },
    async 'open-leader-page'({ leaderId, pageDate, lang, gesture }) {
      // The card's "Full record": one tab per real click, through the reader links' own gate.
      if (!gate.admit(gesture)) return false;
      await openTab(leaderPageUrl({ id: leaderId, ...(pageDate ? { date: pageDate } : {}), ...(lang ? { lang } : {}) }));
      return true;
    },
    'save-page': ({ tabId }) => savedService().savePage(tabId),
    'find-saved': ({ url }) => savedService().findSaved(url),
    'list-saved': () => savedService().list(),
    'remove-saved': ({ id }) => savedService().remove(id),
    'dismiss-interrupted': ({ id }) => savedService().dismissInterrupted(id),
    'export-saved': () => savedService().exportAll(),
    'import-saved': ({ files }) => savedService().importFiles(files.map(({ name, base64 }) => ({ name, bytes: fromBase64(base64) }))),
  };

  function savedService(): SavedService {
    if (!deps.saved) throw new Error('leaderlens: saved articles are not available in this background');
    return deps.saved;
  }
}

/** About the quotes and sentences of the ten most-met leaders of a 10k-article corpus. */
const MAX_FOLDS_KEPT = 200_000;

function manifestVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown'; // unit tests' fake browser has no manifest
  }
}
