import { describe, expect, it } from 'vitest';
import { buildContentKinds, buildSearchIndex, documentOrder, FIELD_BREAK, type KindIndex } from '../../src/lookup/search-index';
import { decodeWordMemo, encodeWordMemo, knownWords, rememberWords, STALE_SHARE, wordMemoStale, type WordMemo } from '../../src/index-data/search-word-memo';
import type { IndexFacts } from '../../src/index-data/format';
import { loadFixtureIndex } from './fixture-build';

const index = loadFixtureIndex();
const leaderIds = buildSearchIndex(index).leaders.ids;
const order = { meetings: documentOrder(Object.values(index.meetings)), quotes: documentOrder(Object.values(index.quotes)) };

/** The structures without the radix tree (a class instance, compared by the terms it is made of). */
const plain = (kind: KindIndex) => ({ ...kind, fuzzy: null });

/** A key per document that changes with its text, as content-keys.ts gives the build. */
const textKey = (facts: Pick<IndexFacts, 'meetings' | 'quotes'>) => ({
  meetings: (id: string) => {
    const m = facts.meetings[id];
    return m && `${m.kind}|${m.place ?? ''}|${m.sources.map((s) => s.evidence).join('|')}`;
  },
  quotes: (id: string) => facts.quotes[id]?.text,
});

/** The memo a build of `facts` leaves. */
function memoOf(facts: Pick<IndexFacts, 'meetings' | 'quotes'>): WordMemo {
  const own = { meetings: documentOrder(Object.values(facts.meetings)), quotes: documentOrder(Object.values(facts.quotes)) };
  const built = buildContentKinds(facts, leaderIds, own);
  const keys = textKey(facts);
  return { meetings: rememberWords(built.meetings, own.meetings, keys.meetings), quotes: rememberWords(built.quotes, own.quotes, keys.quotes) };
}

describe('knownWords', () => {
  it('gives buildContentKinds the words of every document it remembers, and the structures are those read from the text', () => {
    const memo = memoOf(index);
    const keys = textKey(index);
    const known = { meetings: knownWords(memo.meetings!, order.meetings, keys.meetings), quotes: knownWords(memo.quotes!, order.quotes, keys.quotes) };
    const fromMemo = buildContentKinds(index, leaderIds, order, known);
    const fromText = buildContentKinds(index, leaderIds, order);
    expect(known.quotes.hits).toBe(order.quotes.length);
    expect(known.meetings.hits).toBe(order.meetings.length);
    expect(plain(fromMemo.quotes)).toEqual(plain(fromText.quotes));
    expect(plain(fromMemo.meetings)).toEqual(plain(fromText.meetings));
  });

  it('reads the text of a document whose key changed, with words the memo never saw, and still builds the same', () => {
    const memo = memoOf(index);
    const [first] = order.quotes;
    const changed = { ...index, quotes: { ...index.quotes, [first!]: { ...index.quotes[first!]!, text: 'Hợp tác xyzzy chưa từng có' } } };
    const keys = textKey(changed);
    const known = { quotes: knownWords(memo.quotes!, order.quotes, keys.quotes) };
    const fromMemo = buildContentKinds(changed, leaderIds, order, known);
    expect(known.quotes.hits).toBe(order.quotes.length - 1);
    expect(fromMemo.quotes.terms).toContain('xyzzy');
    expect(plain(fromMemo.quotes)).toEqual(plain(buildContentKinds(changed, leaderIds, order).quotes));
  });

  it('reads the text instead of words that do not fit: too few fields, or a term the vocabulary lacks', () => {
    const memo = memoOf(index);
    const keys = textKey(index);
    const broken = { ...memo.meetings!, words: memo.meetings!.words.map((w) => (w === FIELD_BREAK ? 0 : w)) };
    const outOfRange = { ...memo.quotes!, words: memo.quotes!.words.map(() => memo.quotes!.terms.length + 5) };
    const fromMemo = buildContentKinds(index, leaderIds, order, {
      meetings: knownWords(broken, order.meetings, keys.meetings),
      quotes: knownWords(outOfRange, order.quotes, keys.quotes),
    });
    const fromText = buildContentKinds(index, leaderIds, order);
    expect(plain(fromMemo.meetings)).toEqual(plain(fromText.meetings));
    expect(plain(fromMemo.quotes)).toEqual(plain(fromText.quotes));
  });
  it('finds every remembered document a map of the memo would, wherever the new order put it', () => {
    // The oracle: the first version, a map of every remembered key.
    const oracle = (keys: readonly (string | null)[], ids: readonly string[]) => {
      const byKey = new Map<string, number>();
      keys.forEach((key, d) => key !== null && byKey.set(key, d));
      return Int32Array.from(ids, (id) => byKey.get(id) ?? -1);
    };
    const memoOfKeys = (keys: (string | null)[]) => ({ terms: [], keys, wordStarts: new Uint32Array(keys.length + 1), words: new Uint32Array(0) });
    const old = Array.from({ length: 500 }, (_, i) => `q-${i}`);
    const cases: [string, (string | null)[], string[]][] = [
      ['the same', old, old],
      ['one added in the middle', old, [...old.slice(0, 200), 'q-new', ...old.slice(200)]],
      ['a hundred added at the front', old, [...Array.from({ length: 100 }, (_, i) => `q-new${i}`), ...old]],
      ['some removed', old, old.filter((_, i) => i % 7 !== 3)],
      ['two hundred removed in a row', old, [...old.slice(0, 100), ...old.slice(300)]],
      ['one moved from the end to the front', old, [old[499]!, ...old.slice(0, 499)]],
      ['one moved from the front to the end', old, [...old.slice(1), old[0]!]],
      ['reversed', old, [...old].reverse()],
      ['keys the memo could not vouch for', old.map((k, i) => (i % 5 === 0 ? null : k)), old],
      ['nothing remembered', [], old],
    ];
    for (const [what, keys, ids] of cases) {
      const known = knownWords(memoOfKeys(keys), ids, (id) => (id === 'q-7' ? undefined : id));
      const expected = oracle(keys, ids.map((id) => (id === 'q-7' ? '' : id)));
      expect([...known.docs], what).toEqual([...expected]);
      expect(known.hits, what).toBe(expected.filter((d) => d !== -1).length);
    }
  });
});

describe('encodeWordMemo and decodeWordMemo', () => {
  it('give back the memo under the version it was written with', () => {
    const memo = memoOf(index);
    const decoded = decodeWordMemo(encodeWordMemo('v1', memo), 'v1');
    expect(decoded?.quotes?.keys).toEqual(memo.quotes!.keys);
    expect(decoded?.quotes?.terms).toEqual(memo.quotes!.terms);
    expect([...decoded!.quotes!.words]).toEqual([...memo.quotes!.words]);
    expect([...decoded!.meetings!.wordStarts]).toEqual([...memo.meetings!.wordStarts]);
  });

  it('refuse another version, and bytes that are no memo or are cut short', () => {
    const bytes = encodeWordMemo('v1', memoOf(index));
    expect(decodeWordMemo(bytes, 'v2')).toBeNull();
    expect(decodeWordMemo(new TextEncoder().encode('not a pack'), 'v1')).toBeNull();
    expect(decodeWordMemo(bytes.subarray(0, bytes.length - 8), 'v1')).toBeNull();
  });
});

describe('wordMemoStale', () => {
  /** A memo of `meetings` and `quotes` documents (only their number counts). */
  const memoOf = (meetings: number, quotes: number): WordMemo => {
    const kind = (n: number) => ({ terms: [], keys: Array.from({ length: n }, (_, i) => `k${i}`), wordStarts: new Uint32Array(n + 1), words: new Uint32Array(0) });
    return { meetings: kind(meetings), quotes: kind(quotes) };
  };

  it('writes a memo when none was read', () => {
    expect(wordMemoStale(undefined, memoOf(10, 100), 0)).toBe(true);
    expect(wordMemoStale(undefined, memoOf(0, 0), 0)).toBe(true);
  });

  it('keeps the one read when it knew every document, or lacks or holds beyond at most a 32nd of them', () => {
    const previous = memoOf(100, 540);
    // Nothing changed.
    expect(wordMemoStale(previous, memoOf(100, 540), 640)).toBe(false);
    // An article added: 2 meetings and 18 quotes the memo did not know (20 of 660: a 33rd).
    expect(wordMemoStale(previous, memoOf(102, 558), 640)).toBe(false);
    // An article removed: the memo holds 20 documents beyond this build's 620 (a 31st) ...
    expect(wordMemoStale(previous, memoOf(98, 522), 620)).toBe(true);
    // ... and 19 beyond 621 (under a 32nd).
    expect(wordMemoStale(previous, memoOf(99, 522), 621)).toBe(false);
    // A document whose key changed: not known, and the old one held beyond.
    expect(wordMemoStale(previous, memoOf(100, 540), 639)).toBe(false);
    expect(STALE_SHARE).toBe(32);
  });

  it('writes the memo when more than a 32nd of the documents are new to it, or gone', () => {
    const previous = memoOf(100, 540);
    // 21 of 661 unknown: more than a 32nd.
    expect(wordMemoStale(previous, memoOf(101, 560), 640)).toBe(true);
    // Half the documents gone.
    expect(wordMemoStale(previous, memoOf(50, 270), 320)).toBe(true);
    // The same number, but only half of them known (the other half replaced).
    expect(wordMemoStale(previous, memoOf(100, 540), 320)).toBe(true);
    // A memo that lacks a kind this build has: its documents count as unknown.
    expect(wordMemoStale({ quotes: previous.quotes! }, memoOf(100, 540), 540)).toBe(true);
  });
});
