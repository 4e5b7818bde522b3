import { describe, expect, it } from 'vitest';
import { search } from '../../src/lookup/search';
import { buildContentKinds, buildSearchIndex, contentDocuments, documentOrder, orderedDocuments } from '../../src/lookup/search-index';
import { queryWords, RAW_SEPARATORS, searchWords } from '../../src/lookup/search-text';
import { topDocuments } from '../../src/lookup/search-top';
import { leaderScoresOf, matchWord, maxTypos } from '../../src/lookup/search-word';
import { loadFixtureIndex } from '../index-data/fixture-build';

const index = loadFixtureIndex();
const { searchIndex } = index;

describe('search words', () => {
  it('folds and splits queries and indexed text the same way, NFD included', () => {
    expect(searchWords('Tổng Bí thư, Tô Lâm')).toEqual(['tong', 'bi', 'thu', 'to', 'lam']);
    expect('To\u0302 La\u0302m - Lào'.split(RAW_SEPARATORS).flatMap(searchWords)).toEqual(['to', 'lam', 'lao']);
  });

  it('treats the last word as typed-in-progress unless the query ends with a separator', () => {
    expect(queryWords('Tô L')).toEqual({ words: ['to', 'l'], lastIsPrefix: true });
    expect(queryWords('to ')).toEqual({ words: ['to'], lastIsPrefix: false });
  });

  it('forgives typos only in words of 6 letters or more', () => {
    expect([maxTypos('lam'), maxTypos('thong'), maxTypos('thongl'), maxTypos('sisoulithh')]).toEqual([0, 0, 1, 2]);
  });
});

describe('search by kind', () => {
  it('finds a meeting by its place and a quote by a word being typed', () => {
    expect(search(index, 'moskva').meetings.map((h) => h.id)).toEqual(['m-moscow-2025']);
    expect(search(index, 'coi tr').quotes.map((h) => h.id)).toContain('q-direct');
  });

  it('finds meetings and quotes through the matched leader, the leader\u2019s own first', () => {
    const results = search(index, 'thongloun');
    expect(results.meetings.map((h) => h.id)).toEqual(expect.arrayContaining(['m-laos-2024', 'm-laos-undated']));
    for (const hit of results.meetings) expect(hit.participants.map((p) => p.id)).toContain('thongloun-sisoulith');
  });

  it('combines a person and a content word: every word must match, by people or by words', () => {
    const ids = search(index, 'to lam hội đàm').meetings.map((h) => h.id);
    expect(ids).toContain('m-laos-2024');
    expect(ids).not.toContain('m-moscow-2025');
  });

  it('ranks equal scores newest first', () => {
    const words = ['thongloun'].map((w) => matchWord(searchIndex.meetings, w, false, leaderScoresOf(searchIndex.leaders, matchWord(searchIndex.leaders, w, false, null))));
    const top = topDocuments(searchIndex.meetings, words, 10);
    for (let i = 1; i < top.length; i++) {
      expect(top[i - 1]!.score > top[i]!.score || (top[i - 1]!.score === top[i]!.score && top[i - 1]!.doc < top[i]!.doc)).toBe(true);
    }
  });
});

describe('buildContentKinds', () => {
  it("builds the meetings' and quotes' structures buildSearchIndex builds, against the given leaders' numbers", () => {
    const whole = buildSearchIndex(index);
    const kinds = buildContentKinds(index, whole.leaders.ids);
    expect(kinds.meetings.ids).toEqual(whole.meetings.ids);
    expect(kinds.quotes.terms).toEqual(whole.quotes.terms);
    expect(kinds.meetings.people).toEqual(whole.meetings.people);
    expect(kinds.meetings.byLeader.length).toBe(whole.leaders.ids.length);
  });

  it('numbers documents by the order it is given, the same structures as when it works the order out itself', () => {
    const whole = buildSearchIndex(index);
    const order = { meetings: documentOrder(Object.values(index.meetings)), quotes: documentOrder(Object.values(index.quotes)) };
    const given = buildContentKinds(index, whole.leaders.ids, order);
    expect(given.meetings.ids).toEqual(order.meetings);
    expect({ ...given.quotes, fuzzy: null }).toEqual({ ...whole.quotes, fuzzy: null });
    expect({ ...given.meetings, fuzzy: null }).toEqual({ ...whole.meetings, fuzzy: null });
    // The order is the caller's: reversed, the documents are numbered reversed.
    const reversed = buildContentKinds(index, whole.leaders.ids, { meetings: [...order.meetings].reverse(), quotes: [...order.quotes].reverse() });
    expect(reversed.meetings.ids).toEqual([...order.meetings].reverse());
  });

  it('leaves out people the leaders list lacks', () => {
    const kinds = buildContentKinds(index, ['to-lam']);
    expect([...kinds.meetings.people].every((n) => n === 0)).toBe(true);
    expect(kinds.meetings.byLeader).toHaveLength(1);
  });
});

describe('orderedDocuments', () => {
  it('makes of items in the given order the documents contentDocuments makes of the records in that order', () => {
    const leaderIds = buildSearchIndex(index).leaders.ids;
    const order = { meetings: documentOrder(Object.values(index.meetings)), quotes: documentOrder(Object.values(index.quotes)) };
    const lists = { meetings: order.meetings.map((id) => index.meetings[id]!), quotes: order.quotes.map((id) => index.quotes[id]!) };
    expect(orderedDocuments(lists, leaderIds)).toEqual(contentDocuments(index, leaderIds, order));
    expect(orderedDocuments(lists, leaderIds, {}, false).quotes.ids).toEqual([]);
    expect(orderedDocuments(lists, leaderIds).quotes.fields[0]).toBe(lists.quotes[0]!.text);
  });
});

describe('documentOrder', () => {
  it('numbers documents newest first, undated last, a day\'s by id as `<` compares them (characters past the BMP too)', () => {
    const items = [
      { id: 'q-b', date: '2025-01-02' },
      { id: 'q-a', date: null },
      { id: 'q-\u{1F600}', date: '2025-01-02' },
      { id: 'q-\uFFFF', date: '2025-01-02' },
      { id: 'Q-z', date: '2025-01-02' },
      { id: 'q-c', date: '2025-03-01' },
      { id: 'q-0', date: null },
      { id: 'q-a', date: '2024-12-31' },
    ];
    const byComparator = [...items]
      .sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1))
      .map((item) => item.id);
    expect(documentOrder(items)).toEqual(byComparator);
    expect(documentOrder(items)).toEqual(['q-c', 'Q-z', 'q-b', 'q-\u{1F600}', 'q-\uFFFF', 'q-a', 'q-0', 'q-a']);
  });
});
