import { analyseArticle, type ArticleFacts } from '../corpus/analyse-article';
import { memoizedNameTable } from '../corpus/memoized-name-table';
import { readArticleText } from '../corpus/read-article-text';
import type { HeaderResult } from '../corpus/read-header';
import type { LanguageCode } from '../lang';
import type { LoadedNameTable } from '../names/name-table';
import type { Registry } from '../registry';

/** The corpus engine's inputs besides the article: the registry the index was built with and its name table. */
export interface SavedEngine {
  registry: Registry;
  table: LoadedNameTable;
}

/** What the engine reads from one article: as the corpus build's per-article stage gives it. */
export interface ArticleReading {
  title: string;
  date: string | null;
  dateInferred: boolean;
  /** Where the date came from ("header", "lead …"), as the CLI's `stats` says. */
  dateSource: string;
  language: LanguageCode;
  /** The cleaned body, with 1-based line numbers in the article file, for the reader page. */
  paragraphs: { text: string; line: number }[];
  /** File lines of the paragraphs (title included) that are photo captions: with `titleLine`, what a second reading needs (src/saved/saved-people.ts). */
  captionLines: number[];
  /** The title's file line. */
  titleLine: number;
  facts: ArticleFacts;
}

/**
 * Reads one article file (its header already split off by `splitHeader`) with the corpus engine,
 * in the extension: the same steps as the build's per-article stage (src/corpus/article-stage.ts,
 * `readArticleFile`), through the same first step, `readArticleText` (clean, paragraphs, date with
 * the year inferred when the text lacks one, never later than `today`), then the analysis. The
 * stage's module itself cannot be bundled into the worker: it decodes files through
 * read-articles.ts, which imports `node:fs` and `node:crypto`. tests/saved/read-saved-article.test.ts
 * checks this gives what `buildCorpus` gives, ids included, for every seed article and three more.
 * No DOM, no I/O: it runs in the background worker, off the page's thread.
 *
 * @example
 * const reading = readSavedArticle(splitHeader(text), engine, '2026-01-01');
 * reading.facts.meetings.length; // 2
 */
export function readSavedArticle(header: HeaderResult, engine: SavedEngine, today: string): ArticleReading {
  const { registry } = engine;
  // One article's names are found once: the year inference and the analysis read the same
  // sentences, so the second pass takes the matcher's answers from this table's memory.
  const table = memoizedNameTable(engine.table);
  const { rules, cleaned, paragraphs, date } = readArticleText(header, registry, table, () => today);
  const offset = header.lineOffset;
  const fileLines = paragraphs.map((p) => ({ ...p, line: p.line + offset }));
  return {
    title: cleaned.title,
    date: date.date,
    dateInferred: date.inferred,
    dateSource: date.source,
    language: rules.code,
    paragraphs: cleaned.paragraphs.map((p) => ({ text: p.text, line: p.line + offset })),
    captionLines: paragraphs.filter((p) => p.caption).map((p) => p.line + offset),
    titleLine: cleaned.titleLine + offset,
    facts: analyseArticle(fileLines, { date: date.date, inferred: date.inferred }, registry, table, rules),
  };
}
