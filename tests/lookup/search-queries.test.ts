import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/build-corpus';
import { buildExtensionIndex } from '../../src/index-data/build-index';
import { loadIndex } from '../../src/index-data/load-index';
import { search, type SearchResults } from '../../src/lookup/search';
import { SEARCH_QUERIES, type Expected } from './search-queries';

/**
 * The query table (search-queries.ts) against the index of the real seed corpus, built the way
 * `npm run build` builds it: the first result the popup would show is the expected one, and
 * "nothing" finds nothing at all.
 */
const index = loadIndex(JSON.parse(JSON.stringify(buildExtensionIndex(buildCorpus({ corpusDir: new URL('../../corpus', import.meta.url).pathname })))));

/** The popup's first row, described the way the table describes it. */
function firstResult(results: SearchResults): Expected {
  const [leader] = results.leaders;
  if (leader) return { leader: leader.id };
  const [meeting] = results.meetings;
  if (meeting) {
    const { participants, kind } = index.meetings[meeting.id]!;
    return { meeting: { participants, kind } };
  }
  const [quote] = results.quotes;
  if (quote) return { quote: quote.text };
  return 'nothing';
}

describe('the search query table, on the real corpus', () => {
  it('has at least 60 queries, half Vietnamese and half English, with names the index lacks in both', () => {
    const vi = SEARCH_QUERIES.filter((q) => q.lang === 'vi');
    const en = SEARCH_QUERIES.filter((q) => q.lang === 'en');
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(vi.length).toBeGreaterThanOrEqual(30);
    expect(en.length).toBeGreaterThanOrEqual(30);
    expect(vi.filter((q) => q.first === 'nothing').length).toBeGreaterThanOrEqual(5);
    expect(en.filter((q) => q.first === 'nothing').length).toBeGreaterThanOrEqual(5);
  });

  it.each(SEARCH_QUERIES.map((q) => [q.query, q.first] as const))('%j: first result %j', (query, expected) => {
    const actual = firstResult(search(index, query));
    if (typeof expected === 'object' && 'quote' in expected) {
      expect(actual).toEqual({ quote: expect.stringContaining(expected.quote) });
    } else if (typeof expected === 'object' && 'meeting' in expected) {
      expect(actual).toEqual({ meeting: { participants: expect.arrayContaining(expected.meeting.participants), kind: expected.meeting.kind } });
    } else {
      expect(actual).toEqual(expected);
    }
  });
});
