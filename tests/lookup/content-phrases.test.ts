import { describe, expect, it } from 'vitest';
import { holdsTogether } from '../../src/lookup/content-phrases';
import type { KindIndex } from '../../src/lookup/search-index';
import { queryWords } from '../../src/lookup/search-text';
import { matchWord } from '../../src/lookup/search-word';
import { buildExtensionIndex } from '../../src/index-data/build-index';
import { loadIndex } from '../../src/index-data/load-index';
import { foldBare } from '../../src/text';
import { fixtureBuild, loadFixtureIndex } from '../index-data/fixture-build';

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

describe('holdsTogether on a run longer than 32 words (a quote pasted whole)', () => {
  // Forty distinct words in one quote: the run's words are tracked as bits, 32 to a word of memory.
  const words = Array.from({ length: 40 }, (_, i) => `từ${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`);
  const build = {
    ...fixtureBuild,
    data: {
      ...fixtureBuild.data,
      quotes: [
        ...fixtureBuild.data.quotes,
        { id: 'q-long', speakers: ['to-lam'], text: words.join(' '), kind: 'direct' as const, articleId: 'a-laos', meetingId: null, date: '2024-11-08', evidence: `Ông nói: “${words.join(' ')}”.` },
      ],
    },
  };
  const { searchIndex: longIndex } = loadIndex(JSON.parse(JSON.stringify(buildExtensionIndex(build))));

  it('holds the words in their order past the 32nd, and not with two of them swapped there', () => {
    const doc = longIndex.quotes.ids.indexOf('q-long');
    const check = (query: readonly string[]) => holdsTogether(longIndex.quotes, query.map((w) => matchWord(longIndex.quotes, w, false, null)), doc);
    const first36 = words.slice(0, 36).map((w) => foldBare(w).text);
    expect(check(first36)).toBe(true);
    const swapped = [...first36];
    [swapped[33], swapped[34]] = [swapped[34]!, swapped[33]!];
    expect(check(swapped)).toBe(false);
  });
});
