import { analyseArticle, type ArticleFacts } from '../../src/corpus/analyse-article';
import { registry, table } from './registry-fixture';

/** Analyses a constructed article: the first string is its title, each further string a paragraph. */
export function analyse(date: string | null, ...paragraphs: string[]): ArticleFacts {
  return analyseArticle(
    paragraphs.map((text, i) => ({ text, line: i + 1 })),
    { date, inferred: false },
    registry,
    table,
  );
}

/** Quotes as [speakers joined by "+", kind, the first words of the text]. */
export function quoteRows(facts: ArticleFacts, words = 3): [string, string, string][] {
  return facts.quotes.map((q) => [q.speakers.join('+'), q.kind, q.text.split(/\s+/).slice(0, words).join(' ')]);
}
