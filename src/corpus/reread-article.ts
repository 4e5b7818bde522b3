/**
 * The second reading of an article, once people the registry lacks were found across articles
 * (corpus-merge.ts, `widenRegistry`). Its own module, without the file decoding of the
 * per-article stage (article-stage.ts reads bytes through node modules), so the extension's
 * worker reads the reader's saved articles again with the same code (src/saved/saved-people.ts).
 */
import { foldName, type Registry } from '../registry';
import type { LoadedNameTable } from '../names/name-table';
import { analyseArticle, type ArticleFacts, type ArticleParagraph } from './analyse-article';
import type { ArticleReading } from './article-stage';
import { rulesFor } from './language-rules';
import { memoizedNameTable } from './memoized-name-table';
import { spelledAlike } from './name-spelling';

/**
 * The paragraphs the analysis reads, from what a reading keeps: the title and the body in file
 * order, captions marked, with file line numbers.
 */
export function readParagraphs(reading: Pick<ReadingToReread, 'article' | 'captionLines' | 'titleLine'>): ArticleParagraph[] {
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
export interface WidenedStage {
  registry: Registry;
  table: LoadedNameTable;
  /** Ids of the found people. */
  foundIds: ReadonlySet<string>;
  /** Their name forms, folded (registry/fold.ts, foldName). */
  foundForms: ReadonlySet<string>;
}

/** What a second reading reads of a first one: the article as read (text, date, language), its captions and title line, and its facts. */
export interface ReadingToReread extends Pick<ArticleReading, 'captionLines' | 'titleLine' | 'facts'> {
  article: Pick<ArticleReading['article'], 'title' | 'paragraphs' | 'date' | 'dateInferred' | 'language' | 'url'>;
}

/**
 * The second reading of an article, once the merge stage has found people the registry lacks:
 * their meetings and quotes become theirs. Null when the article names none of them (by a form
 * its first reading listed as unknown, or by a full form the widened matcher finds), so the first
 * reading stands. `unknown` always stays the first reading's, so the registry can be extended.
 */
export function rereadArticle(reading: ReadingToReread, widened: WidenedStage): ArticleFacts | null {
  const paragraphs = readParagraphs(reading);
  const namesUnknown = reading.facts.unknown.some((u) => widened.foundForms.has(foldName(u.name)) || spelledLikeFound(u, widened));
  if (!namesUnknown && !namesAny(widened.table, paragraphs, widened.foundIds)) return null;
  return analyseAgain(reading, widened, paragraphs);
}

/**
 * The analysis of an article read again with another registry, whether or not it names anyone
 * new: the article's text, date and language stay the first reading's, and so does `unknown`.
 * The reader's saved articles need it when a person found in them is gone again (the article that
 * titled them was removed): the articles read with that person go back to the registry alone.
 */
export function analyseAgain(
  reading: ReadingToReread,
  stage: { registry: Registry; table: LoadedNameTable },
  paragraphs: readonly ArticleParagraph[] = readParagraphs(reading),
): ArticleFacts {
  const again = analyseArticle(
    paragraphs,
    { date: reading.article.date, inferred: reading.article.dateInferred },
    stage.registry,
    memoizedNameTable(stage.table),
    rulesFor(reading.article.language),
    reading.article.url,
  );
  return { ...again, unknown: reading.facts.unknown };
}

/** Found people's folded forms by country ("" for every country), made once per widened registry. */
const foundFormsByCountry = new WeakMap<Registry, ReadonlyMap<string, readonly string[]>>();

/**
 * Whether a name the first reading listed as unknown is a found person's spelt otherwise ("Bộ
 * trưởng Ngoại giao Muray McCully" for Murray McCully), of the country its title gave, or of any
 * country when it gave none: the second reading may read such a titled name as the office's
 * holder, so the article is read again (which it decides).
 */
function spelledLikeFound(unknown: { name: string; country: string | null }, widened: WidenedStage): boolean {
  let byCountry = foundFormsByCountry.get(widened.registry);
  if (!byCountry) {
    const map = new Map<string, string[]>([['', []]]);
    for (const leader of widened.registry.leaders) {
      if (!widened.foundIds.has(leader.id)) continue;
      const forms = leader.forms.map(foldName);
      map.set(leader.country, [...(map.get(leader.country) ?? []), ...forms]);
      map.get('')!.push(...forms);
    }
    byCountry = map;
    foundFormsByCountry.set(widened.registry, byCountry);
  }
  const written = foldName(unknown.name);
  return byCountry.get(unknown.country ?? '')?.some((form) => spelledAlike(form, written)) === true;
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
