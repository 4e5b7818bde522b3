import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { blockIndex, runBlocks, runBlocksAsync, scanBlocks, singleBlock, splitIntoBlocks, type BlockedKind } from '../../src/lookup/search-blocks';
import type { KindIndex } from '../../src/lookup/search-index';
import { topDocuments } from '../../src/lookup/search-top';
import { leaderScoresOf, matchWord, resolveWord } from '../../src/lookup/search-word';
import { loadFixtureIndex } from '../index-data/fixture-build';

const { searchIndex } = loadFixtureIndex();
const { quotes, leaders } = searchIndex;

/** The quotes cut into blocks of `size`, as the index folder stores them. */
function blocked(size: number): { kind: BlockedKind; block: (b: number) => ReturnType<typeof blockIndex> } {
  const split = splitIntoBlocks(quotes, size);
  return {
    kind: { dictionary: quotes, docs: split.docs, blockSize: size, blocks: split.blocks.length, entryBlocks: split.entryBlocks, leaderBlocks: split.leaderBlocks },
    block: (b) => blockIndex(quotes, split.blocks[b]!),
  };
}

const wordsFor = (query: string[]) =>
  query.map((word, i) => resolveWord(quotes, word, i === query.length - 1, leaderScoresOf(leaders, matchWord(leaders, word, false, null))));

describe('scanBlocks', () => {
  it.each([[['lam']], [['viet', 'nam']], [['tang', 'cuong']], [['doan']], [['xyz']]])('finds what topDocuments finds over the whole kind, in any block size (%j)', (query) => {
    const whole = topDocuments(quotes, query.map((w, i) => matchWord(quotes, w, i === query.length - 1, leaderScoresOf(leaders, matchWord(leaders, w, false, null)))), 4);
    for (const size of [1, 2, 4, 100]) {
      const { kind, block } = blocked(size);
      const found = runBlocks(scanBlocks(kind, wordsFor(query), 4), block);
      expect(found.map((hit) => hit.doc)).toEqual(whole.map((hit) => hit.doc));
      expect(found.map((hit) => hit.score)).toEqual(whole.map((hit) => hit.score));
    }
  });

  it('reads no block that holds none of a needed word', () => {
    const { kind, block } = blocked(1);
    const asked: number[] = [];
    runBlocks(scanBlocks(kind, wordsFor(['nang', 'luong']), 10), (b) => {
      asked.push(b);
      return block(b);
    });
    expect(asked).toEqual([quotes.ids.indexOf('q-moscow')]);
  });

  it('runs with blocks read asynchronously, and as a single block over a whole kind', async () => {
    const { kind, block } = blocked(2);
    const words = wordsFor(['ket', 'noi']);
    const found = await runBlocksAsync(scanBlocks(kind, words, 10), async (b) => block(b));
    expect(found.map((hit) => quotes.ids[hit.doc])).toEqual(['q-joint']);
    expect(runBlocks(scanBlocks(singleBlock(quotes), words, 10), () => quotes)).toEqual(found);
  });

  it('reads the block that can score most first, and no block that cannot beat what it found', () => {
    const { kind, block } = blocked(1);
    const asked: number[] = [];
    const found = runBlocks(scanBlocks(kind, wordsFor(['viet', 'nam']), 1), (b) => {
      asked.push(b);
      return block(b);
    });
    const whole = topDocuments(quotes, ['viet', 'nam'].map((w, i) => matchWord(quotes, w, i === 1, leaderScoresOf(leaders, matchWord(leaders, w, false, null)))), 1);
    // The best quote is not the newest: read in order, the newest block would be read first.
    expect(whole[0]!.doc).toBeGreaterThan(0);
    expect(found).toEqual(whole);
    expect(asked).toEqual([whole[0]!.doc]);
  });

  it('still gives a tie to the lower document when the block after it was read first', () => {
    // One word, "a": strong in field 0, weak in field 1. Block 1 (documents 2, 3) can score most,
    // but its strong document is left out, so its result is the weak document 3; block 0's weak
    // document 0 ties it and, numbered lower, must win.
    const fuzzy = new SearchableMap<number>();
    fuzzy.set('a', 0);
    fuzzy.set('b', 1);
    const [aStrong, aWeak, bWeak] = [0, 1, 3];
    const docEntries = [[aWeak], [bWeak], [aStrong], [aWeak]];
    const entries = Uint32Array.from(docEntries.flat());
    const starts = Uint32Array.from([0, 1, 2, 3, 4]);
    const kindIndex: KindIndex = {
      ids: ['d0', 'd1', 'd2', 'd3'],
      boosts: [2, 1],
      terms: ['a', 'b'],
      fuzzy,
      postings: [Uint32Array.of(2), Uint32Array.of(0, 3), new Uint32Array(0), Uint32Array.of(1)],
      weights: Float32Array.of(1, 1, 0, 1),
      starts,
      entries,
      peopleStarts: new Uint32Array(5),
      people: new Uint32Array(0),
      byLeader: [],
      wordStarts: starts,
      words: Uint32Array.of(0, 1, 0, 0),
    };
    const split = splitIntoBlocks(kindIndex, 2);
    const blockedKind: BlockedKind = { dictionary: kindIndex, docs: 4, blockSize: 2, blocks: 2, entryBlocks: split.entryBlocks, leaderBlocks: split.leaderBlocks };
    const asked: number[] = [];
    const found = runBlocks(scanBlocks(blockedKind, [resolveWord(kindIndex, 'a', false, null)], 1, new Set(['d2'])), (b) => {
      asked.push(b);
      return { ...blockIndex(kindIndex, split.blocks[b]!), ids: ['d0', 'd1', 'd2', 'd3'].slice(2 * b, 2 * b + 2) };
    });
    expect(asked).toEqual([1, 0]);
    expect(found.map((hit) => hit.doc)).toEqual([0]);
  });

  it('finds nothing without words or limit', () => {
    expect(runBlocks(scanBlocks(singleBlock(quotes), [null], 10), () => quotes)).toEqual([]);
    expect(runBlocks(scanBlocks(singleBlock(quotes), wordsFor(['lam']), 0), () => quotes)).toEqual([]);
  });
});

describe('splitIntoBlocks', () => {
  it('cuts every document into exactly one block, renumbered from 0', () => {
    const split = splitIntoBlocks(quotes, 4);
    expect(split.blocks.map((b) => b.starts.length - 1)).toEqual([4, quotes.ids.length - 4]);
    expect(split.blocks.flatMap((b) => [...b.words])).toEqual([...quotes.words]);
  });

  it.each([1, 2, 3, 5, 1000])('gives each block the posting lists and leaders a search of its own documents would find (blocks of %i)', (size) => {
    for (const kind of [quotes, searchIndex.meetings]) {
      const split = splitIntoBlocks(kind, size);
      const docs = kind.starts.length - 1;
      const entryBlocks = kind.postings.map(() => [] as number[]);
      const leaderBlocks = kind.byLeader.map(() => [] as number[]);
      split.blocks.forEach((block, b) => {
        const [lo, hi] = [b * size, Math.min(docs, (b + 1) * size)];
        const inBlock = (list: Uint32Array) => [...list].filter((doc) => doc >= lo && doc < hi).map((doc) => doc - lo);
        const entries = kind.postings.flatMap((list, entry) => (inBlock(list).length > 0 ? [entry] : []));
        expect([...block.postingEntries]).toEqual(entries);
        entries.forEach((entry, i) => {
          expect([...block.postingDocs.subarray(block.postingStarts[i], block.postingStarts[i + 1])]).toEqual(inBlock(kind.postings[entry]!));
          entryBlocks[entry]!.push(b);
        });
        kind.byLeader.forEach((list, leader) => {
          expect([...block.byLeaderDocs.subarray(block.byLeaderStarts[leader], block.byLeaderStarts[leader + 1])]).toEqual(inBlock(list));
          if (inBlock(list).length > 0) leaderBlocks[leader]!.push(b);
        });
      });
      const lists = (l: { starts: Uint32Array; blocks: Uint32Array }, i: number) => [...l.blocks.subarray(l.starts[i], l.starts[i + 1])];
      expect(entryBlocks.map((_, entry) => lists(split.entryBlocks, entry))).toEqual(entryBlocks);
      expect(leaderBlocks.map((_, leader) => lists(split.leaderBlocks, leader))).toEqual(leaderBlocks);
    }
  });
});
