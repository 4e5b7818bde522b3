import type { Registry } from '../registry';
import { detectLanguage } from '../lang';
import type { LoadedNameTable } from '../names/name-table';
import type { ArticleParagraph } from './analyse-article';
import { articleDate, type ArticleDate } from './article-date';
import { cleanArticle, type CleanedArticle } from './clean-article';
import { stripPhotoCredit } from './clean-shapes';
import { findMentions, newMentionContext } from './find-mentions';
import { inferYear, titledBeforeOffice, titlesContradict, type TitledName } from './infer-year';
import { saysNewInOffice, type Span } from './new-in-office';
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
  let titledOnce: TitledNames | undefined;
  const titled = (): TitledNames => (titledOnce ??= titledNames(paragraphs, registry, table, rules));
  const date = articleDate(
    {
      rawText: header.text,
      headerDate: header.headerDate,
      headerPartial: header.headerPartial ?? null,
      url: header.url ?? null,
      title: cleaned.title,
      paragraphs: cleaned.paragraphs.map((p) => ({ text: p.text, caption: isCaption(p.line) })),
      sinceClause: rules.sinceClause,
      foundingBefore: rules.foundingBefore,
    },
    // Asked only when the article's date lacks a year, or rests on a stamp: the titled names are read then, not always.
    (month, day) => inferYear(registry, titled().names, titled().newInOffice, today())(month, day),
    // An address is the page's own filing day; only a stamp, which a site's clock can fake, yields to the lead's actor.
    (stampDate, from) => titlesContradict(registry, titled().names, stampDate, from === 'stamp'),
    (lentDate) => titledBeforeOffice(registry, titled().names, lentDate),
  );
  return { rules, cleaned, paragraphs, date };
}

interface TitledNames {
  names: TitledName[];
  /** A sentence says one of them has just taken office (new-in-office.ts). */
  newInOffice: boolean;
}

/** "Chủ tịch nước Lương Cường": names written with their titles, the evidence for a missing year or against a stamp. */
function titledNames(paragraphs: readonly ArticleParagraph[], registry: Registry, table: LoadedNameTable, rules: LanguageRules): TitledNames {
  const ctx = newMentionContext(registry, null, rules);
  const seen = new Map<string, TitledName>();
  // Per sentence: where titled leaders are named, and where bare titles stand ("Chủ tịch nước
  // được bầu giữ cương vị mới"), which are those leaders when a titled name has that office.
  const sentences: { text: string; named: Span[]; bare: (Span & { offices: string[] })[] }[] = [];
  // The headline and the first paragraph of the body (captions aside): the story's own actors.
  const firstBody = paragraphs.find((p) => !p.caption && p.text !== paragraphs[0]?.text);
  for (const p of paragraphs) {
    const inLead = !p.caption && (p === paragraphs[0] || p === firstBody);
    for (const s of splitSentences(p.text)) {
      const sentence = { text: s.text, named: [] as Span[], bare: [] as (Span & { offices: string[] })[] };
      for (const m of findMentions(s.text, ctx, table, true).mentions) {
        // "nguyên Chủ tịch Quốc hội Hàn Quốc X": an office held before, no evidence of the day.
        if (m.titles.length === 0 || rules.formerOpening.test(s.text.slice(m.start, m.end))) continue;
        const offices = [...new Set(m.titles.map((t) => t.office))];
        if (m.kind === 'title') sentence.bare.push({ start: m.start, end: m.end, offices });
        if (m.kind !== 'named' || m.leaderIds.length !== 1) continue;
        const key = `${m.leaderIds[0]}|${offices.join('+')}|${m.country ?? ''}`;
        seen.set(key, { leaderId: m.leaderIds[0]!, offices, country: m.country, ...(inLead || seen.get(key)?.inLead ? { inLead: true } : {}) });
        sentence.named.push({ start: m.start, end: m.end });
      }
      if (rules.newInOffice.test(s.text)) sentences.push(sentence);
    }
  }
  const titledOffices = new Set([...seen.values()].flatMap((t) => t.offices));
  const newInOffice = sentences.some((s) =>
    saysNewInOffice(s.text, [...s.named, ...s.bare.filter((b) => b.offices.some((o) => titledOffices.has(o)))], rules),
  );
  return { names: [...seen.values()], newInOffice };
}
