import type { OfficeTitle } from '../index-data/format';
import type { LoadedNameTable } from '../names/name-table';
import type { Registry } from '../registry';
import { bundledMatches, type LeaderFacts } from './bundled-matches';
import type { AdmittedArticle } from './check-article-file';
import { contentKey, savedArticleId, urlKey } from './duplicate-keys';
import { readSavedArticle, type ArticleReading } from './read-saved-article';
import type { Duplicate, SavedEntry, SavedStore } from './saved-store';
import { factCounts } from './saved-facts';
import type { SavedOrigin, SavedReadingRecord } from './saved-types';

/** The engine as the background loads it from the packaged index (saved-engine.ts). */
export interface LoadedEngine {
  registry: Registry;
  table: LoadedNameTable;
  /** What readings made with it are stamped with (engine-stamp.ts). */
  stamp: string;
  /** The country a meeting place names, as the index shows it (build-index.ts, `placeCountries`). */
  placeCountries(places: readonly (string | null)[]): Record<string, OfficeTitle>;
}

/** What saving needs besides the article; the background passes the real ones. */
export interface SaveContext {
  store: SavedStore;
  engine(): Promise<LoadedEngine>;
  /** A leader's part of the packaged index, to find the meetings a saved one is one with. */
  leaderFacts: LeaderFacts;
  /** "Today" for the engine's year inference (no inferred date may be later). */
  today(): string;
  now(): Date;
}

/** What the reader is told of an article besides its text: where it came from. */
export interface ArticleDetails {
  url: string | null;
  title: string | null;
  site: string | null;
  published: string | null;
  lang: string | null;
  origin: SavedOrigin;
}

/** Why a save did not happen, for the popup to say in the reader's language (with the detail). */
export type SaveFailure = 'no-access' | 'no-article' | 'not-an-article' | 'engine' | 'storage' | 'interrupted';

/** The outcome of one save, as the popup shows it (`[data-save-status]`). */
export type SaveOutcome =
  | { status: 'saved'; id: string; title: string; meetings: number; quotes: number; timings: SaveTimings }
  | { status: 'already-saved'; id: string; title: string; by: Duplicate['by'] }
  | { status: 'failed'; code: SaveFailure; reason: string };

/** Where a save's time went, in ms (bench/saved-article.bench.ts reads them). */
export interface SaveTimings {
  /** Readability in the page, when the save came from a page. */
  extract?: number;
  /** Loading the engine's registry and name table (0 once loaded). */
  engineLoad: number;
  /** The corpus engine on the article: what the bench compares with the CLI's engine in Node. */
  engine: number;
  /** Finding the packaged index's meetings the saved ones are one with. */
  match: number;
  /** The one IndexedDB transaction. */
  store: number;
}

/**
 * Reads an admitted article (check-article-file.ts) with the engine and makes its store entry:
 * the article (file text, address, title, site, paragraphs for the reader) and its reading (the
 * engine's meetings, quotes and people, and the index meetings they are one with). Nothing is
 * written here.
 */
export async function readEntry(
  admitted: AdmittedArticle,
  details: ArticleDetails,
  ctx: Pick<SaveContext, 'engine' | 'leaderFacts' | 'today' | 'now'>,
): Promise<{ entry: SavedEntry; timings: Omit<SaveTimings, 'store'> }> {
  const key = await contentKey(admitted.header.text);
  let t = performance.now();
  const engine = await ctx.engine();
  const engineLoad = performance.now() - t;
  t = performance.now();
  const reading: ArticleReading = readSavedArticle(admitted.header, engine, ctx.today());
  const engineMs = performance.now() - t;
  t = performance.now();
  const bundled = await bundledMatches(reading.facts.meetings, reading.date, ctx.leaderFacts);
  const match = performance.now() - t;
  const id = savedArticleId(key);
  const url = details.url ?? admitted.header.url ?? null;
  const title = reading.title || details.title || url || id;
  const site = details.site ?? siteOf(url);
  const savedAt = ctx.now().toISOString();
  const record: SavedReadingRecord = {
    id,
    stamp: engine.stamp,
    title,
    site,
    url,
    date: reading.date,
    dateInferred: reading.dateInferred,
    language: reading.language,
    savedAt,
    layout: { title: reading.title, titleLine: reading.titleLine, captionLines: reading.captionLines },
    widenedWith: '',
    facts: reading.facts,
    bundled,
    placeCountries: engine.placeCountries(reading.facts.meetings.map((m) => m.place)),
  };
  return {
    entry: {
      article: {
        id,
        text: admitted.fileText,
        url,
        urlKey: urlKey(url),
        contentKey: key,
        title,
        site,
        published: details.published ?? admitted.header.headerDate,
        lang: details.lang,
        savedAt,
        origin: details.origin,
        paragraphs: reading.paragraphs,
      },
      reading: record,
    },
    timings: { engineLoad, engine: engineMs, match },
  };
}

/**
 * Saves one article (from a page, or one file of an import): refuses a repeat (the same address or
 * text: "already saved", stored once), marks the save as begun, reads it with the engine, and
 * writes the article and its reading in one transaction that also clears the mark. A worker
 * stopped on the way leaves the mark and no article (interrupted-saves.ts tells the reader);
 * stopped after, the article whole and no mark. An engine or storage error is a failed save with
 * its reason, and leaves nothing.
 *
 * @example
 * await saveArticle(admitted, { url, title, site: null, published: '2025-03-05', lang: 'vi', origin: 'page' }, ctx);
 * // { status: 'saved', id: 'saved-…', meetings: 1, quotes: 1, … }
 */
export async function saveArticle(admitted: AdmittedArticle, details: ArticleDetails, ctx: SaveContext): Promise<SaveOutcome> {
  const key = await contentKey(admitted.header.text);
  const url = details.url ?? admitted.header.url ?? null;
  const already = await ctx.store.findDuplicate(urlKey(url), key);
  if (already) return { status: 'already-saved', id: already.id, title: already.title, by: already.by };
  const pendingId = urlKey(url) ?? key;
  await ctx.store.markPending({ id: pendingId, title: details.title ?? url ?? '', url, startedAt: ctx.now().toISOString() });
  let read: Awaited<ReturnType<typeof readEntry>>;
  try {
    read = await readEntry(admitted, details, ctx);
  } catch (error) {
    await ctx.store.clearPending(pendingId).catch(() => undefined);
    return { status: 'failed', code: 'engine', reason: messageOf(error) };
  }
  const t = performance.now();
  let outcome;
  try {
    [outcome] = await ctx.store.add([read.entry], pendingId);
  } catch (error) {
    await ctx.store.clearPending(pendingId).catch(() => undefined);
    return { status: 'failed', code: 'storage', reason: messageOf(error) };
  }
  const store = performance.now() - t;
  if (outcome && !outcome.added) return { status: 'already-saved', id: outcome.duplicate.id, title: outcome.duplicate.title, by: outcome.duplicate.by };
  const { article, reading } = read.entry;
  return {
    status: 'saved',
    id: article.id,
    title: article.title,
    ...factCounts(reading.facts),
    timings: { ...read.timings, store },
  };
}

/** The host of an address without `www.`, as the reader names a site; null without one. */
export function siteOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    const host = new URL(url).hostname;
    return host === '' ? null : host.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
