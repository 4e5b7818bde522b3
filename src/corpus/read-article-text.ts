import type { Registry } from '../registry';
import { detectLanguage } from '../lang';
import type { LoadedNameTable } from '../names/name-table';
import type { ArticleParagraph } from './analyse-article';
import { articleDate, type ArticleDate } from './article-date';
import { cleanArticle, type CleanedArticle } from './clean-article';
import { stripPhotoCredit } from './clean-shapes';
import { findMentions, newMentionContext } from './find-mentions';
import { inferYear, type TitledName } from './infer-year';
import { rulesFor, type LanguageRules } from './language-rules';
import type { HeaderResult } from './read-header';
import { splitSentences } from './split-sentences';

// A caption line ends with its photo credit (clean-shapes.ts, stripPhotoCredit) or a photo's number ("… - Ảnh 1").
const PHOTO_PLACEHOLDER = /-\s*Ảnh\s*\d+\.?\s*$/u;

/** An article's text as the analysis reads it: its language, the cleaned article, its paragraphs and its date. */
export interface ArticleText {
  rules: LanguageRules;
  cleaned: CleanedArticle;
  /** Title and body in file order (lines of the text after the header), captions marked. */
  paragraphs: ArticleParagraph[];
  date: ArticleDate;
}

/**
 * The first steps of reading one article, before the analysis: the language, the cleaning, the
 * paragraphs in file order and the date (with the year inferred from the titled names when the
 * text lacks one, never later than `today`, which is asked for only then). No I/O and no Node
 * module: the build's per-article stage (article-stage.ts) and the extension's reading of a saved
 * article (src/saved/read-saved-article.ts) both start here. `table` should be memoized per
 * article (memoized-name-table.ts): the analysis reads the same sentences again.
 */
export function readArticleText(header: HeaderResult, registry: Registry, table: LoadedNameTable, today: () => string): ArticleText {
  const rules = rulesFor(detectLanguage(header.text));
  const cleaned = cleanArticle(header.text);
  const rawLines = header.text.split('\n');
  const isCaption = (line: number): boolean => stripPhotoCredit(rawLines[line - 1] ?? '') !== null || PHOTO_PLACEHOLDER.test(rawLines[line - 1] ?? '');
  // In the order of the file: a lead kept from above the headline is read before it, so the
  // headline's "the Deputy PM" can mean the person the lead named.
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
    // Asked only when the article's date lacks a year: the titled names are read then, not always.
    (month, day) => inferYear(registry, titledNames(paragraphs, registry, table, rules), paragraphs.map((p) => p.text).join('\n'), today(), rules)(month, day),
  );
  return { rules, cleaned, paragraphs, date };
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
