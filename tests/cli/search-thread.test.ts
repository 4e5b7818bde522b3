import { describe, expect, it } from 'vitest';
import { SearchThread } from '../../src/cli/search-thread';
import { contentSearchFiles, type ContentSearchInput, type SearchFile } from '../../src/index-data/search-files';
import { buildLeaderSearch, documentOrder, orderedDocuments } from '../../src/lookup/search-index';
import { loadFixtureIndex } from '../index-data/fixture-build';

const index = loadFixtureIndex();

function input(): ContentSearchInput {
  const order = { meetings: documentOrder(Object.values(index.meetings)), quotes: documentOrder(Object.values(index.quotes)) };
  const leaders = buildLeaderSearch(index).leaders;
  const cut = (ids: readonly string[]) => ({ starts: [0], names: [ids[0] ?? 'n0'] });
  return {
    // As the index stage hands them (index-layout.ts): its lists in order, no ids.
    documents: orderedDocuments({ meetings: order.meetings.map((id) => index.meetings[id]!), quotes: order.quotes.map((id) => index.quotes[id]!) }, leaders.ids, {}, false),
    leaderCount: leaders.ids.length,
    known: {},
    blockSize: 2,
    hitCuts: { meetings: cut(order.meetings), quotes: cut(order.quotes) },
  };
}

/** Every file and the result of a generator of search files. */
function drain(files: Generator<SearchFile, unknown>): { files: { path: string; stamp: string; gzip: boolean; bytes: number[] }[]; result: unknown } {
  const out = [];
  let next = files.next();
  for (; !next.done; next = files.next()) out.push({ path: next.value.path, stamp: next.value.stamp, gzip: next.value.gzip, bytes: [...next.value.content!] });
  return { files: out, result: next.value };
}

describe('SearchThread', () => {
  it('makes on its own thread the very files contentSearchFiles makes on this one, and the same words', { timeout: 60_000 }, async () => {
    const thread = SearchThread.start();
    try {
      const there = drain(thread.start(input()).files());
      const here = drain(contentSearchFiles(input()));
      expect(there.files.length).toBeGreaterThan(2);
      expect(there.files).toEqual(here.files);
      expect(there.result).toEqual(here.result);
      // A second input on the same thread, answered in turn.
      expect(drain(thread.start(input()).files()).files).toEqual(here.files);
    } finally {
      await thread.close();
    }
  });

  it('makes the files on this thread when the thread never starts', { timeout: 60_000 }, async () => {
    const thread = SearchThread.start({ boot: new URL('./no-such-boot.mjs', import.meta.url), readyLimitMs: 200 });
    try {
      expect(drain(thread.start(input()).files())).toEqual(drain(contentSearchFiles(input())));
    } finally {
      await thread.close();
    }
  });

  it("reports the thread's failure instead of files", { timeout: 60_000 }, async () => {
    const thread = SearchThread.start();
    try {
      const broken = { ...input(), documents: null } as unknown as ContentSearchInput;
      expect(() => drain(thread.start(broken).files())).toThrow(/the search thread failed/);
    } finally {
      await thread.close();
    }
  });
});
