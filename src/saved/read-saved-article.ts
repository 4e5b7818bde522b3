import { analyseArticle, type ArticleFacts, type ArticleParagraph } from '../corpus/analyse-article';
import { articleDate } from '../corpus/article-date';
import { cleanArticle } from '../corpus/clean-article';
import { stripPhotoCredit } from '../corpus/clean-shapes';
import { findMentions, newMentionContext } from '../corpus/find-mentions';
import { inferYear, type TitledName } from '../corpus/infer-year';
import { rulesFor, type LanguageRules } from '../corpus/language-rules';
import { memoizedNameTable } from '../corpus/memoized-name-table';
import type { HeaderResult } from '../corpus/read-header';
import { splitSentences } from '../corpus/split-sentences';
import { detectLanguage, type LanguageCode } from '../lang';
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
  facts: ArticleFacts;
}

// A caption line ends with its photo credit (clean-shapes.ts, stripPhotoCredit) or a photo's number ("… - Ảnh 1").
const PHOTO_PLACEHOLDER = /-\s*Ảnh\s*\d+\.?\s*$/u;

/**
 * Reads one article file (its header already split off by `splitHeader`) with the corpus engine,
 * in the extension: the same steps, in the same order, as the build's per-article stage
 * (src/corpus/article-stage.ts, `readArticleFile`) — clean, date (with the year inferred from the
 * titled names when the text lacks one, never later than `today`), then meetings, quotes and
 * office-holders the registry lacks. That module cannot be bundled into the worker as it stands:
 * it decodes files through read-articles.ts, which imports `node:fs` and `node:crypto`; hence this
 * composition of the same public functions, and tests/saved/read-saved-article.test.ts, which
 * checks it gives what `buildCorpus` gives, ids included, for every seed article and three more.
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
  const rules = rulesFor(detectLanguage(header.text));
  const cleaned = cleanArticle(header.text);
  const rawLines = header.text.split('\n');
  const isCaption = (line: number): boolean => stripPhotoCredit(rawLines[line - 1] ?? '') !== null || PHOTO_PLACEHOLDER.test(rawLines[line - 1] ?? '');
  const paragraphs: ArticleParagraph[] = [
    ...(cleaned.title ? [{ text: cleaned.title, line: cleaned.titleLine, caption: isCaption(cleaned.titleLine) }] : []),
    ...cleaned.paragraphs.map((p) => ({ text: p.text, line: p.line, caption: isCaption(p.line) })),
  ].sort((a, b) => a.line - b.line);
  const date = articleDate(
    {
      rawText: header.text,
      headerDate: header.headerDate,
      headerPartial: header.headerPartial ?? null,
      title: cleaned.title,
      paragraphs: cleaned.paragraphs.map((p) => ({ text: p.text, caption: isCaption(p.line) })),
    },
    (month, day) => inferYear(registry, titledNames(paragraphs, registry, table, rules), paragraphs.map((p) => p.text).join('\n'), today, rules)(month, day),
  );
  const offset = header.lineOffset;
  const fileLines = paragraphs.map((p) => ({ ...p, line: p.line + offset }));
  return {
    title: cleaned.title,
    date: date.date,
    dateInferred: date.inferred,
    dateSource: date.source,
    language: rules.code,
    paragraphs: cleaned.paragraphs.map((p) => ({ text: p.text, line: p.line + offset })),
    facts: analyseArticle(fileLines, { date: date.date, inferred: date.inferred }, registry, table, rules),
  };
}

/** "Chủ tịch nước Lương Cường": names written with their titles, the evidence for a missing year. */
function titledNames(paragraphs: readonly ArticleParagraph[], registry: Registry, table: LoadedNameTable, rules: LanguageRules): TitledName[] {
  const ctx = newMentionContext(registry, null, rules);
  const seen = new Map<string, TitledName>();
  for (const p of paragraphs) {
    for (const s of splitSentences(p.text)) {
      for (const m of findMentions(s.text, ctx, table, true).mentions) {
        if (m.kind !== 'named' || m.titles.length === 0 || m.leaderIds.length !== 1) continue;
        const offices = [...new Set(m.titles.map((t) => t.office))];
        const key = `${m.leaderIds[0]}|${offices.join('+')}|${m.country ?? ''}`;
        seen.set(key, { leaderId: m.leaderIds[0]!, offices, country: m.country });
      }
    }
  }
  return [...seen.values()];
}
