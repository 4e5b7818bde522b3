/**
 * The per-article stage of the corpus build: one file's bytes and the registry in, everything the
 * build learns from that one article out (clean text, date, mentions, meetings, quotes, the
 * office-holders the registry lacks). Pure: no files, no clock, no shared state, so it can run on
 * any thread in any order, and its result, plain data, can be cached on disk (stage-cache.ts) and
 * sent between threads. The merge stage (corpus-merge.ts) reads the results in file order.
 */
import { foldName, type Registry } from '../registry';
import type { LoadedNameTable } from '../names/name-table';
import { analyseArticle, type ArticleFacts, type ArticleParagraph } from './analyse-article';
import type { BuiltArticle, Diagnostic } from './build-types';
import { cutReports, MAX_SENTENCE_CHARS } from './cut-long-sentence';
import { rulesFor, type LanguageRules } from './language-rules';
import { memoizedNameTable } from './memoized-name-table';
import { readArticleText } from './read-article-text';
import { decodeArticleFile } from './read-articles';
import type { HeaderProblem, HeaderResult } from './read-header';
import { splitSentences } from './split-sentences';

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
  const facts = analyseArticle(paragraphs, { date: article.date, inferred: article.dateInferred }, registry, articleTable, rules);
  return { article, captionLines, titleLine, facts, notes };
}

/**
 * The paragraphs the analysis reads, from what a reading keeps: the title and the body in file
 * order, captions marked, with file line numbers.
 */
export function readParagraphs(reading: Pick<ArticleReading, 'article' | 'captionLines' | 'titleLine'>): ArticleParagraph[] {
  const captions = new Set(reading.captionLines);
  const { title, paragraphs } = reading.article;
  return [
    ...(title ? [{ text: title, line: reading.titleLine }] : []),
    ...paragraphs,
  ]
    .sort((a, b) => a.line - b.line)
    .map((p) => ({ text: p.text, line: p.line, caption: captions.has(p.line) }));
}

/** The registry widened with the people found in the corpus, as the second reading needs it. */
export interface WidenedStage extends StageRegistry {
  /** Ids of the found people. */
  foundIds: ReadonlySet<string>;
  /** Their name forms, folded (registry/fold.ts, foldName). */
  foundForms: ReadonlySet<string>;
}

/**
 * The second reading of an article, once the merge stage has found people the registry lacks:
 * their meetings and quotes become theirs. Null when the article names none of them (by a form
 * its first reading listed as unknown, or by a full form the widened matcher finds), so the first
 * reading stands. `unknown` always stays the first reading's, so the registry can be extended.
 */
export function rereadArticle(reading: ArticleReading, widened: WidenedStage): ArticleFacts | null {
  const paragraphs = readParagraphs(reading);
  const namesUnknown = reading.facts.unknown.some((u) => widened.foundForms.has(foldName(u.name)));
  if (!namesUnknown && !namesAny(widened.table, paragraphs, widened.foundIds)) return null;
  const rules = rulesFor(reading.article.language);
  const again = analyseArticle(
    paragraphs,
    { date: reading.article.date, inferred: reading.article.dateInferred },
    widened.registry,
    memoizedNameTable(widened.table),
    rules,
  );
  return { ...again, unknown: reading.facts.unknown };
}

/** Whether an article names one of `ids` by a full form, titled or not. */
function namesAny(table: LoadedNameTable, paragraphs: readonly ArticleParagraph[], ids: ReadonlySet<string>): boolean {
  return paragraphs.some((p) =>
    table.matcher.find(p.text).some((m) => {
      const meaning = table.meanings[m.id];
      return meaning?.kind === 'leader' && ids.has(meaning.leaderId);
    }),
  );
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
