import type { ArticleFacts } from '../corpus/analyse-article';
import type { ArticleMeta } from '../index-data/folder-format';
import type { OfficeTitle } from '../index-data/format';
import type { LanguageCode } from '../lang';
import type { ExportMeeting } from '../model/export-types';

/**
 * The records of the reader's own corpus, as IndexedDB keeps them (src/saved/idb-saved-store.ts).
 * Saved articles live in a database of their own, apart from the packaged index: rebuilding the
 * index never touches them, and they are read again when the engine or the index changes.
 */

/** Where a saved article came from: a page the reader saved, or a file they imported. */
export type SavedOrigin = 'page' | 'import';

/** One saved article: its file text (what the engine reads and an export writes) and what the reader sees of it. */
export interface SavedArticleRecord {
  /** `saved-` and a hash of the text: the id of its `articles/<id>.txt` in an export, so an exported corpus has the same ids. */
  id: string;
  /** The article as a corpus file: header lines (` date`, ` url`), title, one paragraph per line. */
  text: string;
  /** The page's address as saved (kept even when the corpus could not use it as a ` url` line). */
  url: string | null;
  /** The address as duplicates are found by (duplicate-keys.ts); null without an address. */
  urlKey: string | null;
  /** A hash of the text after its header, as the CLI finds duplicate files (duplicate-keys.ts). */
  contentKey: string;
  title: string;
  /** The site's name: the page's own (`og:site_name`) or its host. */
  site: string | null;
  /** The publication date the page gave, or null. */
  published: string | null;
  /** The page's declared language, or null (the engine finds the language from the text). */
  lang: string | null;
  /** ISO date-time of the save. */
  savedAt: string;
  origin: SavedOrigin;
  /** The cleaned paragraphs with their file lines, for the reader page (the engine's, kept with the text). */
  paragraphs: { text: string; line: number }[];
}

/**
 * The meeting of the packaged index that a saved article's meeting is one with (src/saved/bundled-matches.ts),
 * as the index held it when the article was read: the card and search show one meeting with the
 * sources of both, even for a leader whose part of the index holds no copy of it.
 */
export interface BundledMatch {
  meeting: ExportMeeting;
  /** The index's articles that meeting cites (titles, dates), for its sources on a card. */
  articles: Record<string, ArticleMeta>;
}

/** What the engine read from one saved article: small, read whole on every worker start. */
export interface SavedReadingRecord {
  /** The article's id. */
  id: string;
  /** The engine and index it was read with (engine-stamp.ts): another one reads it again. */
  stamp: string;
  title: string;
  site: string | null;
  url: string | null;
  date: string | null;
  dateInferred: boolean;
  language: LanguageCode;
  savedAt: string;
  /**
   * What reading it again with people found in saved articles needs besides its paragraphs
   * (saved-people.ts): the title as the engine read it, its file line, the caption paragraphs' lines.
   */
  layout: { title: string; titleLine: number; captionLines: number[] };
  /**
   * The people found in the saved articles that `facts` were read with (`SavedPeople.key`; '' for
   * none: the packaged index's registry alone). `facts.unknown` is always the first reading's, so
   * the people can be found again whatever the articles were read with.
   */
  widenedWith: string;
  facts: ArticleFacts;
  /** Per meeting of `facts.meetings`, the index's meeting it is one with, or null. */
  bundled: (BundledMatch | null)[];
  /** Its meeting places that name a country, with the country's names (IndexFacts.placeCountries). */
  placeCountries: Record<string, OfficeTitle>;
}

/** A save the worker began and never finished: kept until the reader is told (interrupted-saves). */
export interface PendingSave {
  /** The article's address or content key: one marker per article being saved. */
  id: string;
  title: string;
  url: string | null;
  startedAt: string;
}

/** A saved article as the options page lists it. */
export interface SavedArticleSummary {
  id: string;
  title: string;
  site: string | null;
  url: string | null;
  date: string | null;
  savedAt: string;
  meetings: number;
  quotes: number;
}
