import { z } from 'zod';
import type { MatcherPayload } from '../index-data/format';
import type { Card } from '../lookup/card';
import type { SearchResults } from '../lookup/search';
import type { Settings } from '../settings/settings-types';

/**
 * The message protocol: every request the background answers, as a runtime schema keyed on `type`,
 * and the response each one gets. A new request is one schema here plus one entry in
 * `BackgroundResponses` (and a handler; a test checks every type has one).
 *
 * Names are kebab-case verbs. `page-mentions` is reserved: the content script answers it (sent with
 * `tabs.sendMessage`), never the background — see `contentRequestTypes`.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date YYYY-MM-DD' });

export const pingRequest = z.strictObject({ type: z.literal('ping') });

/** The compiled matcher and its pattern table, for the content script. */
export const getMatcherRequest = z.strictObject({ type: z.literal('get-matcher') });

/** The card of one leader as seen from a page; `pageDate` null = the page gives no date. */
export const getCardRequest = z.strictObject({
  type: z.literal('get-card'),
  leaderId: z.string().min(1),
  pageDate: isoDate.nullable(),
  /** Every leader named on the page, so meetings and quotes shared with them come first. */
  pageLeaderIds: z.array(z.string()).max(1000),
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
  articleId: z.string().min(1).max(200),
});

/**
 * Opens the reader page at a source's evidence sentence in a new tab. The card asks the background
 * because a web page may not navigate to an extension page that is not web-accessible, and making
 * `reader.html` web-accessible would let any site detect the extension and frame the reader.
 */
export const openReaderRequest = z.strictObject({
  type: z.literal('open-reader'),
  articleId: z.string().min(1).max(200),
  evidence: z.string().max(5000),
  lang: z.enum(['vi', 'en']).optional(),
});

/**
 * The reader's settings, validated and with defaults filled in, for content scripts: they get one
 * snapshot from here instead of bundling the storage items and their validation (STYLE.md, 10ten).
 */
export const getSettingsRequest = z.strictObject({ type: z.literal('get-settings') });

export const backgroundRequest = z.discriminatedUnion('type', [
  pingRequest,
  getMatcherRequest,
  getCardRequest,
  searchRequest,
  getArticleRequest,
  openReaderRequest,
  getSettingsRequest,
]);

export type BackgroundRequest = z.infer<typeof backgroundRequest>;
export type BackgroundRequestType = BackgroundRequest['type'];
export type RequestOf<T extends BackgroundRequestType> = Extract<BackgroundRequest, { type: T }>;

/** What each request is answered with. */
export interface BackgroundResponses {
  ping: { formatVersion: number; leaders: number; meetings: number; quotes: number };
  'get-matcher': MatcherPayload;
  /** null when the index does not know the leader id. */
  'get-card': Card | null;
  search: SearchResults;
  /** null when the index has no article with that id. */
  'get-article': ArticleForReader | null;
  /** true once the tab was asked to open. */
  'open-reader': true;
  /** Every setting, validated and repaired as `loadSettings` does (defaults when storage fails). */
  'get-settings': Settings;
}

/** What the reader page shows of an article: its title, date and cleaned paragraphs. */
export interface ArticleForReader {
  id: string;
  title: string;
  date: string | null;
  dateInferred: boolean;
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
