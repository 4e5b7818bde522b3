import { describe, expect, it } from 'vitest';
import { coverLeader, phraseRuns } from '../../src/lookup/leader-cover';
import { queryWords } from '../../src/lookup/search-text';
import { matchWord } from '../../src/lookup/search-word';
import { loadFixtureIndex } from '../index-data/fixture-build';

const { searchIndex } = loadFixtureIndex();
const { leaders } = searchIndex;

function cover(leaderId: string, query: string) {
  const { words, lastIsPrefix } = queryWords(query);
  const matches = words.map((word, i) => matchWord(leaders, word, lastIsPrefix && i === words.length - 1, null));
  const n = leaders.ids.indexOf(leaderId);
  return coverLeader(searchIndex.leaderPhrases.leaders[n]!, leaders, matches, phraseRuns(searchIndex.leaderPhrases, leaders, matches)[n]);
}

describe('coverLeader', () => {
  it('covers a query made of one of the leader’s name forms, in any order, whole', () => {
    expect(cover('to-lam', 'to lam ')).toMatchObject({ complete: true, wholeNames: 1 });
    expect(cover('to-lam', 'lam to ')).toMatchObject({ complete: true, wholeNames: 1 });
    expect(cover('nguyen-phu-trong', 'phu trong ')).toMatchObject({ complete: true, wholeNames: 0 });
  });

  it('needs every name word in ONE name form', () => {
    // "Thongloun" and "Xi-xu-lít" are two forms of the same man, never one name.
    expect(cover('thongloun-sisoulith', 'thongloun xi ').complete).toBe(false);
    expect(cover('thongloun-sisoulith', 'thongloun sisoulith ').complete).toBe(true);
  });

  it('covers a title only from its first word, and the name beside it', () => {
    expect(cover('to-lam', 'tổng bí thư tô lâm ')).toMatchObject({ complete: true, wholeNames: 1 });
    expect(cover('to-lam', 'bí thư tô lâm ').complete).toBe(false);
    expect(cover('thongloun-sisoulith', 'chủ tịch nước lào ').complete).toBe(true);
  });

  it('lets "of", "the" or "của" stand before a run without being part of it, never last', () => {
    expect(cover('thongloun-sisoulith', 'president of laos ').complete).toBe(true);
    expect(cover('thongloun-sisoulith', 'chủ tịch nước của lào ').complete).toBe(true);
    expect(cover('thongloun-sisoulith', 'the president ').complete).toBe(true);
    expect(cover('thongloun-sisoulith', 'president of ').complete).toBe(false);
    expect(cover('thongloun-sisoulith', 'of ').complete).toBe(false);
  });

  it('lets only the last run stop inside a title, where the reader is still typing', () => {
    expect(cover('to-lam', 'tổng bí').complete).toBe(true);
    expect(cover('to-lam', 'tổng bí lâm ').complete).toBe(false);
  });

  it('scores a word as its gain in the leaders’ index, a name word more than a title word', () => {
    const name = cover('vladimir-putin', 'putin ').score;
    const title = cover('vladimir-putin', 'president ').score;
    expect(name).toBeGreaterThan(title);
    expect(title).toBeGreaterThan(0);
  });

  it('refers meetings and quotes only through whole names and titles, even when the query is not all about the leader', () => {
    expect([...cover('to-lam', 'tô lâm hội đàm ').references].map((g) => g > 0)).toEqual([true, true, false, false]);
    // "Lâm" alone is Tô Lâm's short form; "Tô" alone is nobody's.
    expect(cover('to-lam', 'lam ').references[0]).toBeGreaterThan(0);
    expect(cover('to-lam', 'to ').references[0]).toBe(0);
  });
});

describe('phraseRuns', () => {
  it('hands the runs of a title to every leader who holds it, and none to others', () => {
    const matches = ['tong', 'bi', 'thu'].map((word) => matchWord(leaders, word, false, null));
    const byLeader = phraseRuns(searchIndex.leaderPhrases, leaders, matches);
    const run = { from: 0, to: 3, score: expect.any(Number), whole: true, name: false, gains: [expect.any(Number), expect.any(Number), expect.any(Number)] };
    expect(byLeader[leaders.ids.indexOf('to-lam')]).toContainEqual(run);
    expect(byLeader[leaders.ids.indexOf('nguyen-phu-trong')]).toContainEqual(run);
    expect(byLeader[leaders.ids.indexOf('vladimir-putin')] ?? []).not.toContainEqual(run);
  });

  it('gives a title broken off inside the query no run, and one broken off at its end a run', () => {
    const runsOf = (query: string) => {
      const { words, lastIsPrefix } = queryWords(query);
      const matches = words.map((word, i) => matchWord(leaders, word, lastIsPrefix && i === words.length - 1, null));
      return phraseRuns(searchIndex.leaderPhrases, leaders, matches)[leaders.ids.indexOf('to-lam')] ?? [];
    };
    expect(runsOf('tổng bí')).toContainEqual(expect.objectContaining({ from: 0, to: 2, whole: false }));
    expect(runsOf('tổng bí lâm ')).not.toContainEqual(expect.objectContaining({ from: 0, to: 2 }));
  });
});
