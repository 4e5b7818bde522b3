import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/synthetic-corpus';
import { buildCorpus } from '../../src/corpus/build-corpus';
import { indexPaths, MANIFEST_FILE } from '../../src/index-data/folder-format';
import { INDEX_FORMAT_VERSION, type LeaderlensIndex } from '../../src/index-data/format';
import type { IndexFile, LayoutOptions } from '../../src/index-data/index-layout';
import { loadIndex } from '../../src/index-data/load-index';
import { openIndexFolder } from '../../src/index-data/read-index-folder';
import { wholeIndexLookups } from '../../src/index-data/whole-index-lookups';
import { foldBare } from '../../src/text';
import { recordFor } from '../../src/lookup/record';
import { SEARCH_QUERIES } from '../lookup/search-queries';
import { fixtureBuild } from './fixture-build';
import { laidOut, memoryFiles, seedBuild } from './folder-files';

const TODAY = '2026-06-01';

/**
 * Asks the folder and the whole index in memory the same questions — every leader's card from a
 * few page dates and with the page's other leaders, every article, the query table and every
 * leader's name typed letter by letter — and expects the same answers.
 */
async function expectSameAnswers(index: LeaderlensIndex, files: IndexFile[], extraQueries: readonly string[] = []): Promise<void> {
  const whole = wholeIndexLookups(loadIndex(index));
  const folder = await openIndexFolder(memoryFiles(files));
  expect(folder.counts).toEqual(whole.counts);
  expect(await folder.matcher()).toEqual(await whole.matcher());
  expect(folder.coverage(TODAY)).toEqual(whole.coverage(TODAY));
  const leaderIds = Object.keys(index.leaders);
  for (const [i, leaderId] of leaderIds.entries()) {
    const others = leaderIds.slice(i + 1, i + 3);
    for (const date of [null, '2024-11-01', '2019-01-01']) {
      expect(await folder.card(leaderId, date, others, { today: TODAY }), `card of ${leaderId} on ${date}`).toEqual(await whole.card(leaderId, date, others, { today: TODAY }));
    }
  }
  expect(await folder.card('nobody', null, [])).toBeNull();
  for (const articleId of [...Object.keys(index.articles), 'nothing-here', 'constructor']) {
    expect(await folder.article(articleId), `article ${articleId}`).toEqual(await whole.article(articleId));
  }
  const names = Object.values(index.leaders).slice(0, 40).map((leader) => leader.name);
  const typed = [...names, ...names.map((name) => foldBare(name).text)].flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)));
  const queries = [...SEARCH_QUERIES.map((c) => c.query), ...typed, ...extraQueries, 'hội đàm', 'talks', 'the', 'xyzzy', ''];
  for (const query of queries) {
    for (const limit of [3, 10]) expect(await folder.search(query, { limit }), `search ${JSON.stringify(query)} limit ${limit}`).toEqual(await whole.search(query, { limit }));
  }
  // Items the reader marked as wrong: left out the same way, their places going to the next best.
  const leaveOut = { meetings: new Set(Object.keys(index.meetings).filter((_, i) => i % 2 === 0)), quotes: new Set(Object.keys(index.quotes).filter((_, i) => i % 3 === 0)) };
  for (const query of [...SEARCH_QUERIES.map((c) => c.query), ...extraQueries, 'hội đàm', 'talks']) {
    const answer = await folder.search(query, { limit: 5, leaveOut });
    expect(answer, `search ${JSON.stringify(query)} leaving out`).toEqual(await whole.search(query, { limit: 5, leaveOut }));
    expect([...answer.meetings, ...answer.quotes].filter((hit) => leaveOut.meetings.has(hit.id) || leaveOut.quotes.has(hit.id))).toEqual([]);
  }
  for (const leaderId of leaderIds.slice(0, 10)) {
    expect(await folder.card(leaderId, null, [], { today: TODAY, leaveOut }), `card of ${leaderId} leaving out`).toEqual(await whole.card(leaderId, null, [], { today: TODAY, leaveOut }));
  }
  // The leader page's record reads the leader's card shard, and the other's in the pair view.
  for (const leaderId of leaderIds.slice(0, 10)) {
    const whole = recordFor(loadIndex(index), leaderId);
    expect(recordFor((await folder.cardFacts(leaderId))!, leaderId), `record of ${leaderId}`).toEqual(whole);
    const other = whole?.counterparts[0]?.id;
    if (other === undefined) continue;
    const pair = { filter: { with: other } };
    expect(recordFor((await folder.cardFacts(leaderId, other))!, leaderId, pair), `record of ${leaderId} with ${other}`).toEqual(recordFor(loadIndex(index), leaderId, pair));
  }
}

describe('openIndexFolder', () => {
  it('answers as the whole index does on the constructed fixture, in one block and cut small', async () => {
    const { index, files } = laidOut(fixtureBuild);
    await expectSameAnswers(index, files, ['moskva', 'coi tr', 'to lam hội đàm', 'thonglouns']);
    const small: LayoutOptions = { blockSize: 1, hitChunk: 2, cardShardBytes: 1, articleShardBytes: 1 };
    await expectSameAnswers(index, laidOut(fixtureBuild, small).files, ['moskva', 'coi tr', 'to lam hội đàm', 'thonglouns']);
  });

  it('answers as the whole index does on the seed corpus, laid out as shipped and cut into many blocks', { timeout: 120_000 }, async () => {
    const { index, files } = laidOut(seedBuild());
    await expectSameAnswers(index, files);
    await expectSameAnswers(index, laidOut(seedBuild(), { blockSize: 7, hitChunk: 5, cardShardBytes: 2000, articleShardBytes: 2000 }).files);
  });

  describe('on a synthetic corpus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-folder-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('answers as the whole index does with blocks that skip', { timeout: 120_000 }, async () => {
      generateCorpus(dir, { articles: 60, seed: 'folder-round-trip', leaders: 40 });
      const build = buildCorpus({ corpusDir: dir, registryFile: join(dir, 'leaders.json'), today: TODAY });
      const { index, files } = laidOut(build, { blockSize: 16, hitChunk: 8, cardShardBytes: 20_000, articleShardBytes: 20_000 });
      const manifest = JSON.parse(new TextDecoder().decode(files.find((f) => f.path === MANIFEST_FILE)!.bytes)) as { search: { quotes: { blocks: number } } };
      expect(manifest.search.quotes.blocks).toBeGreaterThan(10);
      const words = Object.values(index.quotes).slice(0, 5).map((q) => q.text.split(/\s+/).slice(1, 3).join(' '));
      await expectSameAnswers(index, files, words);
    });
  });

  it('starts reading the search structures when asked to prepare a search, and reads them once', async () => {
    const files = memoryFiles(laidOut(seedBuild()).files);
    const folder = await openIndexFolder(files);
    folder.prepareSearch();
    await folder.search('to lam');
    const structures = [indexPaths.leaderSearch, indexPaths.dictionary('meetings'), indexPaths.dictionary('quotes'), indexPaths.leaders];
    expect(files.reads.filter((path) => structures.includes(path as never)).sort()).toEqual([...structures].sort());
  });

  it('reads only the manifest when opened, and only the card shard and leaders for a card', async () => {
    const files = memoryFiles(laidOut(seedBuild()).files);
    const folder = await openIndexFolder(files);
    expect(files.reads).toEqual([MANIFEST_FILE]);
    await folder.card('to-lam', null, []);
    expect(files.reads.slice(1).sort()).toEqual([indexPaths.card(0), indexPaths.leaders].sort());
  });
});

describe('what saved articles read of the folder', () => {
  it("gives the build id, the engine's registry, and the leaders' search structures, as the whole index does", async () => {
    const { index, files } = laidOut(fixtureBuild);
    const folder = await openIndexFolder(memoryFiles(files));
    const whole = wholeIndexLookups(loadIndex(index));
    const manifest = JSON.parse(new TextDecoder().decode(files.find((f) => f.path === MANIFEST_FILE)!.bytes)) as { buildId: string };
    expect(folder.buildId).toBe(manifest.buildId);
    expect((await folder.engine()).registry).toEqual((await whole.engine()).registry);
    const [a, b] = [await folder.leaderSearch(), await whole.leaderSearch()];
    expect(a.leaders.ids).toEqual(b.leaders.ids);
    expect(a.records.leaders).toEqual(b.records.leaders);
    expect(a.leaderPhrases.leaders.length).toBe(b.leaderPhrases.leaders.length);
  });

  it('reads the engine file only when asked', async () => {
    const files = memoryFiles(laidOut(fixtureBuild).files);
    const folder = await openIndexFolder(files);
    await folder.card('to-lam', null, []);
    expect(files.reads.some((path) => path.startsWith('engine/'))).toBe(false);
    await folder.engine();
    expect(files.reads).toContain(indexPaths.engine);
  });
});

describe('a stale, corrupt or mixed folder', () => {
  const { files } = laidOut(fixtureBuild);
  const manifest = () => JSON.parse(new TextDecoder().decode(files.find((f) => f.path === MANIFEST_FILE)!.bytes)) as Record<string, unknown>;
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

  it('refuses a manifest of another format version, saying how to fix it', async () => {
    const stale = memoryFiles(files);
    stale.replace(MANIFEST_FILE, encode({ ...manifest(), formatVersion: 2 }));
    await expect(openIndexFolder(stale)).rejects.toThrow(
      `leaderlens index: format version 2 is not supported (this build reads version ${INDEX_FORMAT_VERSION}); rebuild the index with \`npm run build\``,
    );
  });

  it('refuses a folder of format 3 (one build id on every file), saying to rebuild', async () => {
    const { files: _files, ...rest } = manifest();
    const old = memoryFiles(files);
    old.replace(MANIFEST_FILE, encode({ ...rest, formatVersion: 3, buildId: 'a3f0c2d19b7e4e55' }));
    await expect(openIndexFolder(old)).rejects.toThrow(
      `leaderlens index: format version 3 is not supported (this build reads version ${INDEX_FORMAT_VERSION}); rebuild the index with \`npm run build\``,
    );
  });

  it('refuses a manifest that is not JSON or lacks fields', async () => {
    const broken = memoryFiles(files);
    broken.replace(MANIFEST_FILE, new TextEncoder().encode('{"formatVersion":4,'));
    await expect(openIndexFolder(broken)).rejects.toThrow('leaderlens index: manifest.json is corrupt (not JSON)');
    broken.replace(MANIFEST_FILE, encode({ formatVersion: INDEX_FORMAT_VERSION }));
    await expect(openIndexFolder(broken)).rejects.toThrow(/leaderlens index: manifest.json is missing field\(s\) buildId/);
  });

  it('refuses a file of another build instead of mixing it in, naming it', async () => {
    const listed = manifest().files as Record<string, string>;
    const mixed = memoryFiles(files);
    mixed.replace(MANIFEST_FILE, encode({ ...manifest(), files: { ...listed, [indexPaths.leaders]: '0123456789abcdef', [indexPaths.dictionary('quotes')]: 'fedcba9876543210' } }));
    const folder = await openIndexFolder(mixed);
    await expect(folder.card('to-lam', null, [])).rejects.toThrow(
      `leaderlens index: leaders.json belongs to another build (format ${INDEX_FORMAT_VERSION}, stamp "${listed[indexPaths.leaders]}"; the manifest lists format ${INDEX_FORMAT_VERSION}, stamp 0123456789abcdef); rebuild the index with \`npm run build\``,
    );
    await expect(folder.search('to lam')).rejects.toThrow(/leaderlens index: search\/quotes\.bin belongs to another build .*rebuild the index/);
  });

  it('refuses a shard copied in from another build of another corpus, naming it', async () => {
    const other = laidOut(seedBuild()).files.find((f) => f.path === indexPaths.card(0))!;
    const mixed = memoryFiles(files);
    mixed.replace(indexPaths.card(0), other.bytes);
    const folder = await openIndexFolder(mixed);
    await expect(folder.card('to-lam', null, [])).rejects.toThrow(/leaderlens index: cards\/0\.json\.gz belongs to another build .*rebuild the index with `npm run build`/);
  });

  it('refuses a file the manifest does not list', async () => {
    const listed = { ...(manifest().files as Record<string, string>) };
    delete listed[indexPaths.matcher];
    const unlisted = memoryFiles(files);
    unlisted.replace(MANIFEST_FILE, encode({ ...manifest(), files: listed }));
    const folder = await openIndexFolder(unlisted);
    await expect(folder.matcher()).rejects.toThrow('leaderlens index: matcher.json is not listed in manifest.json; rebuild the index with `npm run build`');
  });

  it('refuses a truncated or garbled shard, naming it', async () => {
    const broken = memoryFiles(files);
    const card = files.find((f) => f.path === indexPaths.card(0))!;
    broken.replace(indexPaths.card(0), card.bytes.slice(0, card.bytes.length >> 1));
    broken.replace(indexPaths.block('quotes', 0), gzipSync(new TextEncoder().encode('not a pack')));
    const folder = await openIndexFolder(broken);
    await expect(folder.card('to-lam', null, [])).rejects.toThrow(/leaderlens index: cards\/0\.json\.gz is corrupt \(cannot be unzipped/);
    await expect(folder.search('đoàn kết')).rejects.toThrow('leaderlens index: search/quotes-0.bin.gz is corrupt (not a Leaderlens pack)');
  });

  it('reads a shard again after a failed read', async () => {
    let fail = true;
    const flaky = memoryFiles(files);
    const folder = await openIndexFolder({
      read: (path) => {
        if (path === indexPaths.leaders && fail) {
          fail = false;
          return Promise.reject(new Error('disk hiccup'));
        }
        return flaky.read(path);
      },
    });
    await expect(folder.card('to-lam', null, [])).rejects.toThrow('disk hiccup');
    expect(await folder.card('to-lam', null, [])).not.toBeNull();
  });
});
