import { analyseArticle, type ArticleFacts } from '../../src/corpus/analyse-article';
import { rulesFor } from '../../src/corpus/language-rules';
import { detectLanguage } from '../../src/lang';
import { registry, table } from './registry-fixture';

/**
 * Analyses a constructed article: the first string is its title, each further string a paragraph.
 * Its language is found from its text, as the build finds it.
 */
export function analyse(date: string | null, ...paragraphs: string[]): ArticleFacts {
  return analyseArticle(
    paragraphs.map((text, i) => ({ text, line: i + 1 })),
    { date, inferred: false },
    registry,
    table,
    rulesFor(detectLanguage(paragraphs.join('\n'))),
  );
}

/** Meetings of two people or more, each as its participants sorted and joined by "+" (one person alone, a visit, left out). */
export function meetingPairs(facts: ArticleFacts): string[] {
  return facts.meetings.filter((m) => m.participants.length >= 2).map((m) => [...m.participants].sort().join('+'));
}

/** Quotes as [speakers joined by "+", kind, the first words of the text]. */
export function quoteRows(facts: ArticleFacts, words = 3): [string, string, string][] {
  return facts.quotes.map((q) => [q.speakers.join('+'), q.kind, q.text.split(/\s+/).slice(0, words).join(' ')]);
}
