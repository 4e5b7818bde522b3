import { z } from 'zod';
import type { MatcherPayload } from '../index-data/format';
import type { Card } from '../lookup/card';
import type { BriefCard } from '../lookup/card-brief';
import type { Coverage } from '../lookup/coverage';
import { MAX_RECORD_ITEMS, type LeaderRecord } from '../lookup/record-types';
import { MEETING_KINDS } from '../model/kinds';
import type { OriginalLink } from '../lookup/original-link';
import type { SearchResults } from '../lookup/search';
import type { SaveOutcome } from '../saved/save-article';
import type { ImportReport, SavedExport, SavedList, SavedLookup } from '../saved/saved-service';
import type { Settings } from '../settings/settings-types';

/**
 * The message protocol: every request the background answers, as a runtime schema keyed on `type`,
 * and the response each one gets. A new request is one schema here plus one entry in
 * `BackgroundResponses` (and a handler; a test checks every type has one).
 *
 * Names are kebab-case verbs. `page-mentions` is reserved: the content script answers it (sent with
 * `tabs.sendMessage`), never the background — see `contentRequestTypes`.
 */

const isoDate = z.string().max(10).regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date YYYY-MM-DD' });

/**
 * Every field has a type and a length limit: a message is checked before anything reads it, and
 * an unbounded one (a 10 MB `leaderId` was accepted before issue 10) costs the worker memory and
 * time for nothing. Ids of the index are short slugs and hashes; 200 leaves room.
 */
export const MAX_ID_LENGTH = 200;
/** Evidence sentences are capped at 2,000 characters at build time (DESIGN.md); 5,000 leaves room. */
export const MAX_EVIDENCE_LENGTH = 5000;
/** More leaders than any page names; the card only uses them to order what it shows. */
export const MAX_PAGE_LEADERS = 1000;

const id = z.string().min(1).max(MAX_ID_LENGTH);

/**
 * The token the card mints for one real click (see `src/ui/card/user-gesture.ts`): the background
 * opens at most one tab per token (`src/messages/gesture-gate.ts`).
 */
export const gestureToken = z.string().regex(/^[A-Za-z0-9-]{16,64}$/, { error: 'expected a gesture token' });

export const pingRequest = z.strictObject({ type: z.literal('ping') });

/** The compiled matcher and its pattern table, for the content script. */
export const getMatcherRequest = z.strictObject({ type: z.literal('get-matcher') });

/** The card of one leader as seen from a page; `pageDate` null = the page gives no date. */
export const getCardRequest = z.strictObject({
  type: z.literal('get-card'),
  leaderId: id,
  pageDate: isoDate.nullable(),
  /** Every leader named on the page, so meetings and quotes shared with them come first. */
  pageLeaderIds: z.array(id).max(MAX_PAGE_LEADERS),
});

/**
 * The card as a page opens it (`BriefCard`, src/lookup/card-brief.ts): what it shows before
 * "More" in full, every other meeting and quote a stub with its id, its dates and kind and its
 * origin. The same fields as `get-card`, which the card sends for the rest on the reader's click on
 * "More": a busy card (~1,000 items) is then a few tens of KB on the hover, not hundreds.
 */
export const getBriefCardRequest = z.strictObject({
  type: z.literal('get-brief-card'),
  leaderId: id,
  pageDate: isoDate.nullable(),
  pageLeaderIds: z.array(id).max(MAX_PAGE_LEADERS),
});

/** Search over leaders, meetings and quotes; `limit` is per kind (default 10). */
export const searchRequest = z.strictObject({
  type: z.literal('search'),
  query: z.string().max(500),
  limit: z.number().int().positive().max(100).optional(),
});

/** One article of the corpus with its cleaned text, for the reader page ("read the source"). */
export const getArticleRequest = z.strictObject({
  type: z.literal('get-article'),
  articleId: id,
});

/**
 * Opens the reader page at a source's evidence sentence in a new tab. The card asks the background
 * because a web page may not navigate to an extension page that is not web-accessible, and making
 * `reader.html` web-accessible would let any site detect the extension and frame the reader.
 * `gesture` is the token of the reader's click: a page that clicks our link by script gets no
 * token, and one token opens one tab (issue 10: 50 scripted clicks opened 50 tabs).
 */
export const openReaderRequest = z.strictObject({
  type: z.literal('open-reader'),
  articleId: id,
  evidence: z.string().max(MAX_EVIDENCE_LENGTH),
  lang: z.enum(['vi', 'en']).optional(),
  gesture: gestureToken,
});

/**
 * The reader marks a meeting or quote of the card of `leaderId` as wrong: it leaves their cards
 * and search, and is listed on the options page (src/marks). Only for a real click, like
 * `open-reader`: `gesture` is the token the card minted for it (src/ui/card/user-gesture.ts), so a
 * page that clicks the card's button by script marks nothing. The background looks the item up
 * itself and stores what it says; the card sends only ids.
 */
export const markWrongRequest = z.strictObject({
  type: z.literal('mark-wrong'),
  kind: z.enum(['meeting', 'quote']),
  itemId: id,
  leaderId: id,
  gesture: gestureToken,
});

/**
 * Undoes `mark-wrong` from the card ("Undo"): the item comes back. The same real-click rule, and
 * the same fields (`leaderId`: the card it was undone from).
 */
export const unmarkWrongRequest = z.strictObject({
  type: z.literal('unmark-wrong'),
  kind: z.enum(['meeting', 'quote']),
  itemId: id,
  leaderId: id,
  gesture: gestureToken,
});

export { MAX_RECORD_ITEMS };

const page = z
  .strictObject({
    offset: z.number().int().min(0).max(10_000_000).optional(),
    limit: z.number().int().min(0).max(MAX_RECORD_ITEMS).optional(),
  })
  .optional();

/**
 * A leader's whole record for the leader page (`recordFor`, src/lookup/record.ts): offices,
 * counterparts with their counts, every meeting `filter` keeps as a timeline point, and one page
 * of those meetings in full and one of its quotes (`meetings`/`quotes`: `offset`, `limit`, at most
 * MAX_RECORD_ITEMS each: a leader of a large corpus has thousands). The page asks again when its
 * filter changes, for more rows, and in chunks for an export.
 */
export const getLeaderRecordRequest = z.strictObject({
  type: z.literal('get-leader-record'),
  leaderId: id,
  filter: z
    .strictObject({
      with: id.optional(),
      year: z.number().int().min(1).max(9999).optional(),
      meetingKind: z.enum(MEETING_KINDS).optional(),
      quoteKind: z.enum(['direct', 'reported', 'joint']).optional(),
      words: z.string().max(200).optional(),
    })
    .optional(),
  quotes: page,
  meetings: page,
});

/**
 * Opens a leader's page (`leader.html?id=…`) in a new tab, from the card's "Full record" link, as
 * `open-reader` opens the reader: a web page may not open an extension page, and the card must
 * not put the extension's address in the page. `pageDate` is the day the card was seen from (the
 * page marks it on the timeline); `gesture` the token of the reader's own click.
 */
export const openLeaderPageRequest = z.strictObject({
  type: z.literal('open-leader-page'),
  leaderId: id,
  pageDate: isoDate.nullable(),
  lang: z.enum(['vi', 'en']).optional(),
  gesture: gestureToken,
});

/**
 * The reader's settings, validated and with defaults filled in, for content scripts: they get one
 * snapshot from here instead of bundling the storage items and their validation (STYLE.md, 10ten).
 */
export const getSettingsRequest = z.strictObject({ type: z.literal('get-settings') });

/**
 * What the packaged index covers (people, articles, years, sources, the registry's date), for the
 * welcome page and the popup's empty state (issue 11, "First run and coverage").
 */
export const getCoverageRequest = z.strictObject({ type: z.literal('get-coverage') });

/**
 * Saves the article of tab `tabId` to the reader's own corpus (src/saved): the popup's "Save this
 * article" button. The context menu and the keyboard command save in the background itself.
 */
export const savePageRequest = z.strictObject({ type: z.literal('save-page'), tabId: z.number().int().nonnegative().max(2 ** 31) });

/** Whether the article at `url` is saved, or its save was cut off (the popup asks after a save got no answer). */
export const findSavedRequest = z.strictObject({ type: z.literal('find-saved'), url: z.string().max(10_000) });

/** The saved articles, for the options page, and saves begun and never finished. */
export const listSavedRequest = z.strictObject({ type: z.literal('list-saved') });

/** Removes a saved article, and with it its meetings and quotes. */
export const removeSavedRequest = z.strictObject({ type: z.literal('remove-saved'), id });

/** Forgets a cut-off save once the reader has been told. */
export const dismissInterruptedRequest = z.strictObject({ type: z.literal('dismiss-interrupted'), id: z.string().min(1).max(10_000) });

/** Every saved article as corpus files (the options page zips them). */
export const exportSavedRequest = z.strictObject({ type: z.literal('export-saved') });

/** The most an import may carry, as base64 (Chrome's messages stop at 64 MiB). */
export const MAX_IMPORT_BASE64 = 48 * 1024 * 1024;

/**
 * Imports article files (the options page unzips a zip first): each `bytes` is the file's bytes
 * in base64, since extension messages carry JSON. Checked and read in the background, written in
 * one transaction.
 */
export const importSavedRequest = z.strictObject({
  type: z.literal('import-saved'),
  files: z
    .array(z.strictObject({ name: z.string().min(1).max(500), base64: z.string().max(MAX_IMPORT_BASE64) }))
    .max(20_000)
    .refine((files) => files.reduce((sum, f) => sum + f.base64.length, 0) <= MAX_IMPORT_BASE64, { error: 'the import is too large for one message' }),
});

export const backgroundRequest = z.discriminatedUnion('type', [
  pingRequest,
  getMatcherRequest,
  getCardRequest,
  getBriefCardRequest,
  searchRequest,
  getArticleRequest,
  openReaderRequest,
  markWrongRequest,
  unmarkWrongRequest,
  getSettingsRequest,
  getCoverageRequest,
  getLeaderRecordRequest,
  openLeaderPageRequest,
  savePageRequest,
  findSavedRequest,
  listSavedRequest,
  removeSavedRequest,
  dismissInterruptedRequest,
  exportSavedRequest,
  importSavedRequest,
]);

/**
 * Requests only the extension's own pages may send (popup, options): they read and change the
 * reader's saved articles. A content script, which a page can drive, never sends them, and the
 * background refuses them from one (receive-requests.ts).
 */
export const extensionPageRequestTypes = ['save-page', 'find-saved', 'list-saved', 'remove-saved', 'dismiss-interrupted', 'export-saved', 'import-saved'] as const;

export type BackgroundRequest = z.infer<typeof backgroundRequest>;
export type BackgroundRequestType = BackgroundRequest['type'];
export type RequestOf<T extends BackgroundRequestType> = Extract<BackgroundRequest, { type: T }>;

/** What each request is answered with. */
export interface BackgroundResponses {
  ping: { formatVersion: number; leaders: number; meetings: number; quotes: number };
  'get-matcher': MatcherPayload;
  /** null when the index does not know the leader id. */
  'get-card': Card | null;
  /** null when the index does not know the leader id; packed like `get-card`. */
  'get-brief-card': BriefCard | null;
  search: SearchResults;
  /** null when the index has no article with that id. */
  'get-article': ArticleForReader | null;
  /** true once the tab was asked to open; false when refused (a token already used, or too soon after the last tab). */
  'open-reader': boolean;
  /**
   * true once the mark is stored (or was already); false when refused: no fresh real-click token,
   * an item not on that leader's card, or storage refused (the background logs why).
   */
  'mark-wrong': boolean;
  /** true once the item is unmarked (or was not marked); false when refused, as `mark-wrong`. */
  'unmark-wrong': boolean;
  /** Every setting, validated and repaired as `loadSettings` does (defaults when storage fails). */
  'get-settings': Settings;
  /** Computed from the index on every request (`coverageOf`): "stale" depends on today. */
  'get-coverage': Coverage;
  /** null when the index does not know the leader id. */
  'get-leader-record': LeaderRecord | null;
  /** true once the tab was asked to open; false when refused, as `open-reader`. */
  'open-leader-page': boolean;
  'save-page': SaveOutcome;
  'find-saved': SavedLookup;
  'list-saved': SavedList;
  /** true once removed; false when there was no such article. */
  'remove-saved': boolean;
  'dismiss-interrupted': boolean;
  'export-saved': SavedExport;
  'import-saved': ImportReport;
}

/** What the reader page shows of an article: its title, date, link to the original and cleaned paragraphs. */
export interface ArticleForReader {
  id: string;
  title: string;
  date: string | null;
  dateInferred: boolean;
  /** The article on its own site, when the corpus file gives its address. */
  original?: OriginalLink;
  paragraphs: { text: string }[];
}

/**
 * On the wire every answer is wrapped, so a failure in the background (say, an index that cannot be
 * loaded) reaches the sender as an error with its message instead of an `undefined` response.
 */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

/** Request types answered by the content script, not the background (DESIGN.md, "Content script message"). */
export const contentRequestTypes = ['page-mentions'] as const;

/** `{ type: 'page-mentions' }`: a plain object sent to the top frame with `tabs.sendMessage`. */
export const pageMentionsRequest = z.strictObject({ type: z.literal('page-mentions') });

/** The content script's answer to `page-mentions`, exactly as DESIGN.md fixes it. */
export interface PageMentionsResponse {
  url: string;
  published: string | null;
  mentions: { leaderId: string; name: string; text: string; short: boolean }[];
  complete: boolean;
}
