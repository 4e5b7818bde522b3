import { describe, expect, it } from 'vitest';
import { search } from '../../src/lookup/search';
import { loadFixtureIndex } from '../index-data/fixture-build';

const index = loadFixtureIndex();
const leaderIds = (query: string): string[] => search(index, query).leaders.map((hit) => hit.id);

describe('search', () => {
  it.each(['to lam', 'Tô Lâm', 'TO LAM', 'To\u0302 La\u0302m'])('finds Tô Lâm from %j, first', (query) => {
    expect(leaderIds(query)[0]).toBe('to-lam');
  });

  it.each(['tổng bí thư', 'tong bi thu', 'general secretary', 'party chief'])('finds general secretaries from the title %j', (query) => {
    expect(leaderIds(query)).toEqual(expect.arrayContaining(['to-lam', 'nguyen-phu-trong', 'thongloun-sisoulith']));
  });

  it('matches a prefix as the reader types, the prefix match first', () => {
    expect(leaderIds('thongl')[0]).toBe('thongloun-sisoulith');
    expect(leaderIds('nguyen phu tr')[0]).toBe('nguyen-phu-trong');
  });

  it('forgives a typo in a longer word', () => {
    expect(leaderIds('thonglon')[0]).toBe('thongloun-sisoulith');
  });

  it('groups meetings and quotes separately from leaders', () => {
    const results = search(index, 'putin');
    expect(results.leaders.map((h) => h.id)).toEqual(['vladimir-putin']);
    expect(results.meetings.map((h) => h.id).sort()).toEqual(['m-moscow-2025', 'm-trong-putin']);
    expect(results.meetings[0]!.participants.map((p) => p.id)).toContain('vladimir-putin');
  });

  it('finds a quote by its words, with or without diacritics', () => {
    expect(search(index, 'coi trọng quan hệ').quotes.map((h) => h.id)).toEqual(['q-direct']);
    expect(search(index, 'coi trong quan he').quotes.map((h) => h.id)).toEqual(['q-direct']);
  });

  it('finds meetings by kind in either language', () => {
    expect(search(index, 'hội đàm').meetings.map((h) => h.id)).toEqual(expect.arrayContaining(['m-laos-2024', 'm-trong-putin']));
    expect(search(index, 'talks').meetings.map((h) => h.id)).toEqual(expect.arrayContaining(['m-laos-2024', 'm-trong-putin']));
  });

  it('orders each group by relevance, best first', () => {
    const scores = search(index, 'tô lâm').meetings.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('returns at most `limit` results per kind', () => {
    const results = search(index, 'tổng bí thư', { limit: 1 });
    expect(results.leaders).toHaveLength(1);
    expect(results.meetings.length).toBeLessThanOrEqual(1);
  });

  it('finds nothing when one word matches nothing: no any-word fallback', () => {
    expect(search(index, 'putin zzzzqqq')).toEqual({ leaders: [], meetings: [], quotes: [] });
  });

  it('finds a leader only when every word is in that leader’s own names or titles', () => {
    // "nguyen" is in Nguyễn Phú Trọng's name and "putin" in Putin's: no one person is both.
    expect(leaderIds('nguyen putin')).toEqual([]);
    expect(leaderIds('tổng bí thư nguyễn phú trọng')).toEqual(['nguyen-phu-trong']);
  });

  it('puts a leader named in full (a whole name form) before one whose name only contains the word', () => {
    // "Lâm" is Tô Lâm's short form; for anyone else it would only be a syllable.
    expect(leaderIds('lam')[0]).toBe('to-lam');
  });

  it('finds the meetings and quotes of whoever a whole name refers to', () => {
    expect(search(index, 'nguyen phu trong').meetings.map((h) => h.id)).toEqual(['m-trong-putin']);
  });

  it('finds no one’s quotes by a lone syllable of a name, which refers to nobody', () => {
    // Thongloun's quote does not name him; "Thongloun" (his short form) finds it, "Sisoulith" does not.
    expect(search(index, 'thongloun ').quotes.map((h) => h.id)).toContain('q-thongloun');
    expect(search(index, 'sisoulith ').quotes.map((h) => h.id)).not.toContain('q-thongloun');
    expect(leaderIds('sisoulith ')).toEqual(['thongloun-sisoulith']);
  });

  it('does not look for connectors ("the", "of") in meetings and quotes: folded, "the" is "thể"', () => {
    expect(search(index, 'the president').leaders.map((h) => h.id)).toContain('vladimir-putin');
    expect(search(index, 'the president').quotes.map((h) => h.id).sort()).toEqual(search(index, 'president').quotes.map((h) => h.id).sort());
  });

  it('finds content words only standing together, never scattered through a text', () => {
    expect(search(index, 'coi trọng quan hệ').quotes.map((h) => h.id)).toEqual(['q-direct']);
    expect(search(index, 'quan hệ coi trọng').quotes).toEqual([]);
  });

  it('finds nothing for an empty query', () => {
    expect(search(index, '   ')).toEqual({ leaders: [], meetings: [], quotes: [] });
  });

  it('gives a meeting place that is a country its names in both interface languages, and leaves other places as written', () => {
    const withPlaces = { ...index, placeCountries: { Moskva: { vi: 'Nga', en: 'Russia' } } };
    const found = search(withPlaces, 'moskva').meetings;
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ place: 'Moskva', placeCountry: { vi: 'Nga', en: 'Russia' } });
    expect(search(index, 'moskva').meetings[0]).not.toHaveProperty('placeCountry');
  });

  describe('leaveOut (items the reader marked as wrong)', () => {
    it('never returns a marked meeting or quote, and still finds the rest', () => {
      const leaveOut = { meetings: new Set(['m-moscow-2025']), quotes: new Set(['q-moscow']) };
      const results = search(index, 'putin', { leaveOut });
      expect(results.meetings.map((h) => h.id)).toEqual(['m-trong-putin']);
      expect(search(index, 'năng lượng', { leaveOut }).quotes).toEqual([]);
      expect(results.leaders.map((h) => h.id)).toEqual(['vladimir-putin']);
    });

    it('gives a marked item\'s place within the limit to the next best', () => {
      const first = search(index, 'putin', { limit: 1 }).meetings[0]!.id;
      const next = search(index, 'putin', { limit: 1, leaveOut: { meetings: new Set([first]), quotes: new Set() } }).meetings;
      expect(next).toHaveLength(1);
      expect(next[0]!.id).not.toBe(first);
    });
  });
});
