import { describe, expect, it } from 'vitest';
import { indexPaths, shardOf } from '../../src/index-data/folder-format';

describe('shardOf', () => {
  it('puts every id in one shard of the count, the same one every time', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `leader-${i}`);
    const shards = ids.map((id) => shardOf(id, 16));
    expect(shards.every((s) => Number.isInteger(s) && s >= 0 && s < 16)).toBe(true);
    expect(ids.map((id) => shardOf(id, 16))).toEqual(shards);
    expect(new Set(shards).size).toBe(16); // spread over all of them
  });

  it('is 0 for a single shard (or none)', () => {
    expect(shardOf('to-lam', 1)).toBe(0);
    expect(shardOf('to-lam', 0)).toBe(0);
  });

  it('is pinned: the writer and every reader compute the same FNV-1a', () => {
    expect(shardOf('to-lam', 1000)).toBe(shardOf('to-lam', 1000));
    expect([shardOf('', 7), shardOf('a', 1 << 30)]).toEqual([0x811c9dc5 % 7, 0xe40c292c % (1 << 30)]);
  });
});

describe('indexPaths', () => {
  it('names the files of the folder', () => {
    expect(indexPaths.card(3)).toBe('cards/3.json.gz');
    expect(indexPaths.block('quotes', 2)).toBe('search/quotes-2.bin.gz');
    expect(indexPaths.hits('meetings', 'm-0abc')).toBe('hits/meetings-m-0abc.json.gz');
  });
});
