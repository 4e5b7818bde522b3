import { describe, expect, it } from 'vitest';
import { holdsTogether } from '../../src/lookup/content-phrases';
import type { KindIndex } from '../../src/lookup/search-index';
import { queryWords } from '../../src/lookup/search-text';
import { matchWord } from '../../src/lookup/search-word';
import { loadFixtureIndex } from '../index-data/fixture-build';

const { searchIndex } = loadFixtureIndex();

/** Whether `id` of `kind` holds `query` together; `people` marks words a person of the document settles. */
function holds(kind: KindIndex, id: string, query: string, people: boolean[] = []): boolean {
  const { words, lastIsPrefix } = queryWords(query);
  const leaderCount = searchIndex.leaders.ids.length;
  const doc = kind.ids.indexOf(id);
  const matches = words.map((word, i) => {
    const scores = new Float32Array(leaderCount);
    if (people[i]) for (let p = kind.peopleStarts[doc]!; p < kind.peopleStarts[doc + 1]!; p++) scores[kind.people[p]!] = 1;
    return matchWord(kind, word, lastIsPrefix && i === words.length - 1, scores);
  });
  return holdsTogether(kind, matches, doc);
}

describe('holdsTogether', () => {
  it('holds words that stand together in the text, in the query’s order, the last one typed in part', () => {
    expect(holds(searchIndex.quotes, 'q-direct', 'coi trọng quan hệ ')).toBe(true);
    expect(holds(searchIndex.quotes, 'q-direct', 'coi trọng quan h')).toBe(true);
    expect(holds(searchIndex.quotes, 'q-direct', 'quan hệ coi trọng ')).toBe(false);
  });

  it('refuses words that are in the text but apart', () => {
    expect(holds(searchIndex.quotes, 'q-direct', 'việt nam lào ')).toBe(false);
  });

  it('needs nothing of a single word but to be there', () => {
    expect(holds(searchIndex.quotes, 'q-direct', 'lào ')).toBe(true);
  });

  it('splits a run across different fields of a meeting (kind, place), never within one', () => {
    expect(holds(searchIndex.meetings, 'm-laos-2024', 'hội đàm hà nội ')).toBe(true);
    expect(holds(searchIndex.meetings, 'm-laos-2024', 'chiều lào ')).toBe(false);
  });

  it('ends a run at a word the search left out (a connector), which settles nothing', () => {
    const doc = searchIndex.quotes.ids.indexOf('q-direct');
    const [coi, trong, lao] = ['coi', 'trong', 'lao'].map((w) => matchWord(searchIndex.quotes, w, false, null));
    expect(holdsTogether(searchIndex.quotes, [coi!, trong!, null, lao!], doc)).toBe(true);
    expect(holdsTogether(searchIndex.quotes, [coi!, trong!, lao!], doc)).toBe(false);
  });

  it('leaves alone the words a person of the document settles, and checks the words around them', () => {
    expect(holds(searchIndex.quotes, 'q-thongloun', 'thongloun giúp đỡ ', [true])).toBe(true);
    expect(holds(searchIndex.quotes, 'q-thongloun', 'thongloun giúp việt ', [true])).toBe(false);
  });
});
