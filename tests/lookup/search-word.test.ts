import { describe, expect, it } from 'vitest';
import { forEachSource, leaderScoresOf, matchWord, maxTypos, termQuality, wordScore, type Source } from '../../src/lookup/search-word';
import { loadFixtureIndex } from '../index-data/fixture-build';

const { searchIndex } = loadFixtureIndex();
const { leaders, meetings } = searchIndex;
const leader = (id: string): number => leaders.ids.indexOf(id);
const meeting = (id: string): number => meetings.ids.indexOf(id);
const term = (kind: typeof leaders, word: string): number => kind.terms.indexOf(word);

describe('maxTypos', () => {
  it('forgives no typo under 6 letters, one from 6 and two from 10', () => {
    expect([maxTypos('putn'), maxTypos('thanh'), maxTypos('putinn'), maxTypos('vladimirov'), maxTypos('')]).toEqual([0, 0, 1, 2, 0]);
  });
});

describe('matchWord', () => {
  it('finds the exact term and no prefix range for a finished word', () => {
    const m = matchWord(leaders, 'putin', false, null);
    expect(leaders.terms[m.exact]).toBe('putin');
    expect(m.prefixTo - m.prefixFrom).toBe(0);
  });

  it('finds the range of terms a word being typed begins', () => {
    const m = matchWord(leaders, 'thong', true, null);
    const range = leaders.terms.slice(m.prefixFrom, m.prefixTo);
    expect(range).toEqual(['thong', 'thongloun', 'thongsalit', 'thongsalith']);
  });

  it('looks for typos only when neither the word nor a longer term exists', () => {
    expect(matchWord(leaders, 'vladimr', false, null).typos.has(term(leaders, 'vladimir'))).toBe(true);
    expect(matchWord(leaders, 'thong', true, null).typos.size).toBe(0);
  });

  it('forgives a typo only where the first letter is right', () => {
    expect(matchWord(leaders, 'vladimr', false, null).typos.has(term(leaders, 'vladimir'))).toBe(true);
    expect(matchWord(leaders, 'bladimir', false, null).typos.size).toBe(0);
  });

  it('forgives no typo in a short word', () => {
    const m = matchWord(leaders, 'lan', false, null);
    expect(m.exact).toBe(-1);
    expect(m.typos.size).toBe(0);
    expect(m.best).toBe(0);
  });

  it('gives a word that matches nothing no gain and no cost', () => {
    const m = matchWord(meetings, 'zzzzzz', false, null);
    expect(m.best).toBe(0);
    expect(m.size).toBe(0);
  });
});

describe('termQuality', () => {
  it('gives 1 for the word itself', () => {
    const m = matchWord(leaders, 'putin', false, null);
    expect(termQuality(leaders, m, m.exact)).toBe(1);
  });

  it('gives more to a longer term the more of it is typed, between 0.5 and 0.9', () => {
    const m = matchWord(leaders, 'thongl', true, null);
    const quality = termQuality(leaders, m, term(leaders, 'thongloun'));
    expect(quality).toBeCloseTo(0.5 + (0.4 * 6) / 9, 5);
    const shorter = matchWord(leaders, 'tho', true, null);
    expect(termQuality(leaders, shorter, term(leaders, 'thongloun'))).toBeLessThan(quality);
  });

  it('gives 0.5 for a term one typo away', () => {
    const m = matchWord(leaders, 'vladimr', false, null);
    expect(termQuality(leaders, m, term(leaders, 'vladimir'))).toBe(0.5);
  });

  it('gives 0 for a term that does not match', () => {
    const m = matchWord(leaders, 'putin', false, null);
    expect(termQuality(leaders, m, term(leaders, 'lam'))).toBe(0);
  });
});

describe('forEachSource', () => {
  it('visits each matching posting list with its gain, the best being the word\'s best', () => {
    const m = matchWord(leaders, 'putin', false, null);
    const sources: Source[] = [];
    forEachSource(leaders, m, (source) => sources.push(source));
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.flatMap((source) => [...source.docs])).toContain(leader('vladimir-putin'));
    expect(Math.max(...sources.map((source) => source.gain))).toBe(m.best);
    expect(sources.reduce((sum, source) => sum + source.docs.length, 0)).toBe(m.size);
  });

  it('also visits the documents of each leader the word matches', () => {
    const scores = leaderScoresOf(leaders, matchWord(leaders, 'thongloun', false, null));
    const m = matchWord(meetings, 'thongloun', false, scores);
    const docs: number[] = [];
    forEachSource(meetings, m, (source) => docs.push(...source.docs));
    expect(docs).toContain(meeting('m-laos-undated'));
  });
});

describe('wordScore', () => {
  it('scores a document with the word above 0 and one without it 0', () => {
    const m = matchWord(meetings, 'moskva', false, null);
    expect(wordScore(meetings, m, meeting('m-moscow-2025'))).toBeGreaterThan(0);
    expect(wordScore(meetings, m, meeting('m-laos-2024'))).toBe(0);
  });

  it('scores a document through its people when its own text lacks the word', () => {
    const withoutPeople = matchWord(meetings, 'thongloun', false, null);
    const scores = leaderScoresOf(leaders, matchWord(leaders, 'thongloun', false, null));
    const withPeople = matchWord(meetings, 'thongloun', false, scores);
    expect(wordScore(meetings, withoutPeople, meeting('m-laos-undated'))).toBe(0);
    expect(wordScore(meetings, withPeople, meeting('m-laos-undated'))).toBeGreaterThan(0);
  });

  it('never scores more than the word\'s best', () => {
    const m = matchWord(meetings, 'lam', true, leaderScoresOf(leaders, matchWord(leaders, 'lam', true, null)));
    for (let doc = 0; doc < meetings.ids.length; doc++) expect(wordScore(meetings, m, doc)).toBeLessThanOrEqual(m.best);
  });
});

describe('leaderScoresOf', () => {
  it('gives the leaders the word names a score and the others 0', () => {
    const scores = leaderScoresOf(leaders, matchWord(leaders, 'putin', false, null));
    expect(scores[leader('vladimir-putin')]).toBeGreaterThan(0);
    expect(scores[leader('to-lam')]).toBe(0);
    expect(scores).toHaveLength(leaders.ids.length);
  });

  it('gives a name more than a title word of the same quality', () => {
    const byName = leaderScoresOf(leaders, matchWord(leaders, 'putin', false, null))[leader('vladimir-putin')]!;
    const byCountry = leaderScoresOf(leaders, matchWord(leaders, 'russia', false, null))[leader('vladimir-putin')]!;
    expect(byName).toBeGreaterThan(byCountry);
  });
});
