import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import type { KindIndex } from '../../src/lookup/search-index';
import { topDocuments, WORK_LIMIT, type ScoredDoc } from '../../src/lookup/search-top';
import { leaderScoresOf, matchWord, wordScore, type WordMatch } from '../../src/lookup/search-word';
import { loadFixtureIndex } from '../index-data/fixture-build';

const { searchIndex } = loadFixtureIndex();
const { leaders, meetings, quotes } = searchIndex;

/** The words of a query resolved as the search does: people first, then each kind. */
function wordsFor(kind: KindIndex, query: string[], lastIsPrefix = false): WordMatch[] {
  return query.map((word, i) => {
    const prefix = lastIsPrefix && i === query.length - 1;
    const people = kind === leaders ? null : leaderScoresOf(leaders, matchWord(leaders, word, prefix, null));
    return matchWord(kind, word, prefix, people);
  });
}

/** Every document scored the slow way, ordered as topDocuments promises. */
function bruteForce(kind: KindIndex, words: WordMatch[], limit: number, every: boolean): ScoredDoc[] {
  const all: ScoredDoc[] = [];
  for (let doc = 0; doc < kind.ids.length; doc++) {
    const gains = words.map((word) => wordScore(kind, word, doc));
    if (every && gains.some((gain) => gain === 0)) continue;
    const score = gains.reduce((sum, gain) => sum + gain, 0);
    if (score > 0) all.push({ doc, score });
  }
  return all.sort((a, b) => b.score - a.score || a.doc - b.doc).slice(0, limit);
}

/** A kind of `n` documents that all hold the one term "a" once. */
function uniformKind(n: number): KindIndex {
  const fuzzy = new SearchableMap<number>();
  fuzzy.set('a', 0);
  const docs = Uint32Array.from({ length: n }, (_, i) => i);
  return {
    ids: Array.from({ length: n }, (_, i) => `d${i}`),
    boosts: [1],
    terms: ['a'],
    fuzzy,
    postings: [docs],
    weights: Float32Array.of(1),
    starts: Uint32Array.from({ length: n + 1 }, (_, i) => i),
    entries: new Uint32Array(n),
    peopleStarts: new Uint32Array(n + 1),
    people: new Uint32Array(0),
    byLeader: [],
    wordStarts: Uint32Array.from({ length: n + 1 }, (_, i) => i),
    words: new Uint32Array(n),
  };
}

describe('topDocuments', () => {
  it.each([
    ['meetings', meetings, ['to', 'lam', 'hoi', 'dam']],
    ['meetings', meetings, ['thongloun']],
    ['quotes', quotes, ['to', 'lam']],
    ['leaders', leaders, ['tong', 'bi', 'thu']],
  ] as const)('gives the same best documents as scoring all %s (%j)', (_name, kind, query) => {
    const words = wordsFor(kind, [...query]);
    expect(topDocuments(kind, words, 10).length).toBeGreaterThan(0);
    for (const limit of [1, 2, 10]) expect(topDocuments(kind, words, limit)).toEqual(bruteForce(kind, words, limit, true));
  });

  it('with every false, keeps documents that match any word', () => {
    const words = wordsFor(meetings, ['moskva', 'thongloun']);
    const any = topDocuments(meetings, words, 10, false);
    expect(any).toEqual(bruteForce(meetings, words, 10, false));
    expect(topDocuments(meetings, words, 10, true)).toEqual([]);
    expect(any.map((hit) => meetings.ids[hit.doc])).toEqual(expect.arrayContaining(['m-moscow-2025', 'm-laos-2024']));
  });

  it('orders equal scores newest first (lower document number)', () => {
    const kind = uniformKind(5);
    expect(topDocuments(kind, [matchWord(kind, 'a', false, null)], 3).map((hit) => hit.doc)).toEqual([0, 1, 2]);
  });

  it('keeps only documents that `accept` takes, asking it only of those that would enter the best', () => {
    const kind = uniformKind(10);
    const asked: number[] = [];
    const top = topDocuments(kind, [matchWord(kind, 'a', false, null)], 3, true, (doc) => {
      asked.push(doc);
      return doc % 2 === 1;
    });
    expect(top.map((hit) => hit.doc)).toEqual([1, 3, 5]);
    // Equal scores come newest first: once three are in, no later document can enter, so none is asked.
    expect(asked).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('gives nothing for no words or a limit of 0', () => {
    expect(topDocuments(meetings, [], 10)).toEqual([]);
    expect(topDocuments(meetings, wordsFor(meetings, ['lam']), 0)).toEqual([]);
  });

  it('gives nothing when a required word matches nothing', () => {
    expect(topDocuments(meetings, wordsFor(meetings, ['lam', 'zzzzzz']), 10)).toEqual([]);
  });
});

describe('WORK_LIMIT', () => {
  it('stops a search that cannot settle after reading that many document entries', () => {
    const kind = uniformKind(WORK_LIMIT);
    const top = topDocuments(kind, [matchWord(kind, 'a', false, null)], WORK_LIMIT);
    // Each document costs its one entry plus one: the search reads half the documents.
    expect(top).toHaveLength(WORK_LIMIT / 2);
    expect(top.at(-1)?.doc).toBe(WORK_LIMIT / 2 - 1);
  });
});
