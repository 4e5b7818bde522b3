import { describe, expect, it } from 'vitest';
import type { SearchResults } from '../../src/lookup/search';
import { assembleSaved } from '../../src/saved/saved-facts';
import { buildSavedSearch, mergeResults, searchSaved } from '../../src/saved/saved-search';
import { EN_LAOS, entryOf, seedLookups, VI_TEXT } from './saved-fixture';

async function setup() {
  const index = await seedLookups();
  const leaderSearch = await index.leaderSearch();
  const saved = assembleSaved([{ ...(await entryOf(VI_TEXT)).reading, id: 'saved-00000000000000a1' }, { ...(await entryOf(EN_LAOS)).reading, id: 'saved-00000000000000b1' }]);
  return { index, leaderSearch, saved, kinds: buildSavedSearch(saved, leaderSearch.leaders) };
}

describe('searchSaved', () => {
  it("finds saved meetings and quotes by their people's names, with the index's rules, marked saved", async () => {
    const { leaderSearch, saved, kinds } = await setup();
    const results = searchSaved(leaderSearch, kinds, saved, 'lawrence wong');
    expect(results.leaders).toEqual([]);
    expect(results.meetings.map((m) => m.participants.map((p) => p.id).sort())).toEqual([['lawrence-wong', 'pham-minh-chinh']]);
    expect(results.meetings.every((m) => m.origin === 'saved')).toBe(true);
    expect(results.quotes.length).toBeGreaterThan(0);
    expect(results.quotes.every((q) => q.origin === 'saved' && q.articleId === 'saved-00000000000000a1')).toBe(true);
  });

  it('finds by words of a quote, without diacritics', async () => {
    const { leaderSearch, saved, kinds } = await setup();
    expect(searchSaved(leaderSearch, kinds, saved, 'kinh te so').quotes.length).toBe(1);
  });

  it('leaves out what the reader marked as wrong', async () => {
    const { leaderSearch, saved, kinds } = await setup();
    const id = searchSaved(leaderSearch, kinds, saved, 'lawrence wong').meetings[0]!.id;
    const left = searchSaved(leaderSearch, kinds, saved, 'lawrence wong', { leaveOut: { meetings: new Set([id]), quotes: new Set() } });
    expect(left.meetings).toEqual([]);
  });

  it('finds nothing for a name no one has (right or silent)', async () => {
    const { leaderSearch, saved, kinds } = await setup();
    expect(searchSaved(leaderSearch, kinds, saved, 'lionel messi')).toEqual({ leaders: [], meetings: [], quotes: [] });
  });
});

describe('mergeResults', () => {
  const hit = (id: string, score: number, origin?: 'saved') => ({ id, score, date: null, dateInferred: false, kind: 'talks' as const, place: null, participants: [], ...(origin ? { origin } : {}) });
  const results = (meetings: ReturnType<typeof hit>[]): SearchResults => ({ leaders: [], meetings, quotes: [] });

  it('shows an item both found once, as the saved search has it, at the better score', () => {
    const merged = mergeResults(results([hit('a', 5), hit('b', 3)]), results([hit('b', 4, 'saved')]));
    expect(merged.meetings.map((m) => [m.id, m.score, m.origin])).toEqual([
      ['a', 5, undefined],
      ['b', 4, 'saved'],
    ]);
  });

  it('orders by score, keeps the index order among equals, and stops at the limit', () => {
    const merged = mergeResults(results([hit('a', 2), hit('b', 2)]), results([hit('s', 3, 'saved'), hit('t', 2, 'saved')]), 3);
    expect(merged.meetings.map((m) => m.id)).toEqual(['s', 'a', 'b']);
  });

  it("keeps the index's leaders", () => {
    const leaders = [{ id: 'to-lam', name: 'Tô Lâm', country: 'VN', score: 9 }];
    expect(mergeResults({ leaders, meetings: [], quotes: [] }, { leaders: [], meetings: [], quotes: [] }).leaders).toBe(leaders);
  });
});
