/**
 * The per-article stage of the corpus build: one file's bytes and the registry in, everything the
 * build learns from that one article out (clean text, date, mentions, meetings, quotes, the
 * office-holders the registry lacks). Pure: no files, no clock, no shared state, so it can run on
 * any thread in any order, and its result, plain data, can be cached on disk (stage-cache.ts) and
 * sent between threads. The merge stage (corpus-merge.ts) reads the results in file order.
 */
import type { Registry } from '../registry';
import type { LoadedNameTable } from '../names/name-table';
import { analyseArticle, type ArticleFacts, type ArticleParagraph } from './analyse-article';
import type { BuiltArticle, Diagnostic } from './build-types';
import { cutReports, MAX_SENTENCE_CHARS } from './cut-long-sentence';
import { memoizedNameTable } from './memoized-name-table';
import { readArticleText } from './read-article-text';
import { decodeArticleFile } from './read-articles';
import type { HeaderProblem, HeaderResult } from './read-header';
import { splitSentences } from './split-sentences';
import { readParagraphs } from './reread-article';

export { readParagraphs, rereadArticle, type WidenedStage } from './reread-article';

/** What the stage reads besides the article: the registry and the matcher compiled from it. */
export interface StageRegistry {
  registry: Registry;
  table: LoadedNameTable;
}

/**
 * One article as the stage read it. Neither its id nor its file name is in here: the merge stage
 * gives those (an id depends on the other files' names), so the same text under another name is
 * the same reading.
 */
export interface ArticleReading {
  article: Omit<BuiltArticle, 'id' | 'file'>;
  /** File lines of the paragraphs (title included) that are photo captions. */
  captionLines: number[];
  /** The title's file line; with `article` it gives back the paragraphs the analysis read. */
  titleLine: number;
  facts: ArticleFacts;
  /** Warnings about this article, without its file name. */
  notes: Omit<Diagnostic, 'file'>[];
}

/**
 * The stage's result for one file: why it is not an article, or its reading with the key the
 * merge stage finds duplicates by. `headerProblems` (with their file lines) are reported either way.
 */
export type ArticleStageResult =
  | { skip: string; headerProblems?: HeaderProblem[] }
  | { contentKey: string; headerProblems?: HeaderProblem[]; reading: ArticleReading };

/**
 * Reads one article file. `today` bounds year inference ("no inferred date may be later") and is
 * asked for only when the article's date lacks a year, so a caller can tell (and a cache can
 * record) whether the result depends on the day of the build.
 *
 * @example
 * const result = readArticleFile(readFileSync('corpus/articles/000_8dffa88fda23db17.txt'), stage, () => '2026-12-01');
 * 'reading' in result && result.reading.facts.meetings.length; // 2
 */
export function readArticleFile(bytes: Uint8Array, stage: StageRegistry, today: () => string): ArticleStageResult {
  const decoded = decodeArticleFile(bytes);
  if ('skip' in decoded) return decoded;
  return {
    contentKey: decoded.contentKey,
    ...(decoded.headerProblems ? { headerProblems: decoded.headerProblems } : {}),
    reading: readArticle(decoded.header, stage, today),
  };
}

function readArticle(header: HeaderResult, { registry, table }: StageRegistry, today: () => string): ArticleReading {
  // One article's names are found once: the year inference and the analysis read the same
  // sentences, so the second pass takes the matcher's answers from this table's memory.
  const articleTable = memoizedNameTable(table);
  const { rules, cleaned, paragraphs: textParagraphs, date } = readArticleText(header, registry, articleTable, today);
  const offset = header.lineOffset;
  const article: ArticleReading['article'] = {
    title: cleaned.title,
    date: date.date,
    dateInferred: date.inferred,
    dateSource: date.source,
    ...(header.url !== undefined ? { url: header.url } : {}),
    language: rules.code,
    paragraphs: cleaned.paragraphs.map((p) => ({ text: p.text, line: p.line + offset })),
  };
  const captionLines = textParagraphs.filter((p) => p.caption).map((p) => p.line + offset);
  const titleLine = cleaned.titleLine + offset;
  const paragraphs = readParagraphs({ article, captionLines, titleLine });
  const notes: ArticleReading['notes'] = [];
  if (paragraphs.length === 0) notes.push({ level: 'warning', message: 'no article text left after removing site boilerplate' });
  notes.push(...cutSentenceWarnings(paragraphs));
  const facts = analyseArticle(paragraphs, { date: article.date, inferred: article.dateInferred }, registry, articleTable, rules, article.url);
  return { article, captionLines, titleLine, facts, notes };
}

/**
 * One warning per sentence too long to carry whole: it is read in pieces and its evidence is cut
 * (cut-long-sentence.ts), which the corpus's author should know about rather than find out from a
 * card. Linear: splitting a paragraph again costs what reading it did.
 */
function cutSentenceWarnings(paragraphs: readonly ArticleParagraph[]): ArticleReading['notes'] {
  return paragraphs.flatMap((p) =>
    cutReports(splitSentences(p.text)).map(({ chars, pieces }) => ({
      level: 'warning' as const,
      line: p.line,
      message: `a sentence of ${chars} characters is over the ${MAX_SENTENCE_CHARS}-character limit: cut at clause boundaries into ${pieces} pieces, each read on its own, its evidence marked "…" where cut`,
    })),
  );
}
