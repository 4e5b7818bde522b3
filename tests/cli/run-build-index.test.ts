import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { constructedCorpus } from '../corpus/constructed-corpus';
import { runBuildIndex, type IndexStageReport } from '../../src/cli/run-build-index';
import { root } from './run-cli';

// Each build starts the engine and may start worker threads: seconds on a busy machine.
const SLOW = 180_000;

/** Every file of a folder, by path, as bytes (base64, for readable diffs of the paths). */
function folderBytes(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[relative(dir, join(entry.parentPath, entry.name))] = readFileSync(join(entry.parentPath, entry.name)).toString('base64');
  }
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** `npm run build:index` in this process: the folder `out`, the stage cache and the layout memo under `cacheRoot`. */
async function build(corpus: string, out: string, cacheRoot: string, extra: readonly string[] = []): Promise<IndexStageReport & { errors: string }> {
  const statsFile = join(mkdtempSync(join(tmpdir(), 'leaderlens-stats-')), 'stats.json');
  let errors = '';
  const code = await runBuildIndex(['--corpus', corpus, '--out', out, ...extra], { out: () => undefined, err: (text) => (errors += text), cwd: root, cacheRoot, statsFile });
  expect(code, errors).toBe(0);
  return { ...(JSON.parse(readFileSync(statsFile, 'utf8')) as IndexStageReport), errors };
}

/** A build from an empty cache into an empty folder: the bytes every incremental build must give. */
async function freshBytes(corpus: string): Promise<Record<string, string>> {
  const fresh = join(mkdtempSync(join(tmpdir(), 'leaderlens-fresh-')), 'leaderlens-index');
  await build(corpus, fresh, join(fresh, '..', 'cache'));
  const bytes = folderBytes(fresh);
  rmSync(join(fresh, '..'), { recursive: true, force: true });
  return bytes;
}

describe('runBuildIndex with a build state (the default; --state names it): unchanged articles from the build state (src/corpus/build-state.ts)', () => {
  it('keeps and uses a build state without being asked; --no-state reads every article from the stage cache, the same bytes', { timeout: SLOW }, async () => {
    const corpus = constructedCorpus({ prefix: 'leaderlens-state-' });
    const work = mkdtempSync(join(tmpdir(), 'leaderlens-state-out-'));
    const out = join(work, 'leaderlens-index');
    const cache = join(work, 'cache');
    expect((await build(corpus, out, cache)).fromState).toBe(0);
    const again = await build(corpus, out, cache);
    expect(again.fromState).toBe(again.counts.articles);
    const bytes = folderBytes(out);
    expect(bytes).toEqual(await freshBytes(corpus));
    const without = await build(corpus, out, cache, ['--no-state']);
    expect(without.fromState).toBe(0);
    expect(folderBytes(out)).toEqual(bytes);
  });

  it('writes the same bytes as a build from scratch after articles are added (one merging into a meeting another tells, one naming a new person), changed and removed', { timeout: SLOW }, async () => {
    const corpus = constructedCorpus({ prefix: 'leaderlens-state-' });
    const work = mkdtempSync(join(tmpdir(), 'leaderlens-state-out-'));
    const out = join(work, 'leaderlens-index');
    const cache = join(work, 'cache');
    const state = ['--state'];
    const first = await build(corpus, out, cache, state);
    // No state yet, and no folder to keep shards of: every article read from the stage.
    expect(first.fromState).toBe(0);
    const expectSameAsFresh = async (what: string): Promise<IndexStageReport & { errors: string }> => {
      const report = await build(corpus, out, cache, state);
      expect(folderBytes(out), what).toEqual(await freshBytes(corpus));
      return report;
    };

    const stateDir = join(cache, 'build-state');
    const stateStat = () => statSync(join(stateDir, readdirSync(stateDir)[0]!), { bigint: true }).mtimeNs;
    const written = stateStat();
    const again = await expectSameAsFresh('nothing changed');
    expect(again.fromState).toBe(again.counts.articles);
    // Every article from the state: the state is not written again.
    expect(stateStat()).toBe(written);
    // No shard was made, so no text was fetched: the shards were weighed by the lengths the state keeps.
    expect(again.textsFetched).toBe(0);
    expect(again.written).toBe(1);
    // Every card's and result chunk's inputs from the previous build's layout keys (layout-keys.ts).
    expect(again.keysKept.cards).toBe(again.counts.leaders);
    expect(again.keysKept.chunks).toBeGreaterThan(0);

    // The card shards this build made (a kept one is linked from the old folder: the same inode),
    // and those whose stamp the manifest changed.
    const cardFiles = () => new Map(readdirSync(join(out, 'cards')).map((name) => [name, statSync(join(out, 'cards', name)).ino]));
    const stamps = () => (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: Record<string, string> }).files;
    const cardsMade = async (what: string) => {
      const [files, before] = [cardFiles(), stamps()];
      const report = await expectSameAsFresh(what);
      const after = stamps();
      const made = [...cardFiles()].filter(([name, ino]) => files.get(name) !== ino).map(([name]) => `cards/${name}`);
      return { report, made, changed: Object.keys(after).filter((path) => path.startsWith('cards/') && after[path] !== before[path]) };
    };

    // An article that puts nothing on any card: every card shard kept, none keyed again.
    writeFileSync(join(corpus, 'articles', 'zz-weather.txt'), ' date 2025-12-03\nHà Nội nắng nhẹ\nSáng 3/12, Hà Nội nắng nhẹ, nhiệt độ 25 độ.\n');
    const quiet = await cardsMade('an article naming nobody');
    expect(quiet.made).toEqual([]);
    expect(quiet.report.keysKept.cards).toBe(quiet.report.counts.leaders);

    // A meeting already told by another article (vi-hoi-dam.txt, en-talks.txt), told again: merged into
    // it. Named to come last in file order, after zz-weather.txt.
    writeFileSync(
      join(corpus, 'articles', 'zz-x-merged.txt'),
      ' date 2025-12-02\nThủ tướng Phạm Minh Chính hội đàm Thủ tướng Campuchia Hun Manet\nChiều 1/12, tại Hà Nội, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Campuchia Hun Manet. Thủ tướng Hun Manet nói hai nước là láng giềng tốt.\n',
    );
    const mergedCards = await cardsMade('an article told a meeting another article tells');
    const merged = mergedCards.report;
    // Its leaders' cards changed: their shards made again, and no other.
    expect(mergedCards.changed.length).toBeGreaterThan(0);
    expect(mergedCards.made).toEqual(mergedCards.changed);
    expect(merged.keysKept.cards).toBeLessThan(merged.counts.leaders);
    expect(merged.keysKept.cards).toBeGreaterThan(0);
    expect(merged.counts.meetings).toBe(again.counts.meetings);
    // Added after the last article in file order: the meeting merge went on from the last build's
    // (corpus/merge-memo.ts), the added telling joining a meeting that merge made.
    expect(merged.build.mergeResumed).toBe(merged.counts.articles - 1);
    expect(merged.fromState).toBe(quiet.report.counts.articles);
    expect(merged.textsFetched).toBeGreaterThan(0);
    expect(merged.textsFetched).toBeLessThanOrEqual(merged.fromState);
    // The quotes of the card shards and result chunks made again: their words and sentences read
    // from the previous folder's files of those paths (shard-texts.ts), the folder the same bytes.
    expect(merged.textsKnown).toBeGreaterThan(0);

    // A new office-holder the registry lacks, found in the corpus: what second readings read changes,
    // so the state cannot give the other articles' facts; detected, the build reads them from the cache.
    writeFileSync(
      join(corpus, 'articles', 'zz-found.txt'),
      ' date 2025-12-06\nThủ tướng Phạm Minh Chính tiếp Bộ trưởng Quốc phòng Lào Vilay Sombath\nChiều 5/12, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Quốc phòng Lào Vilay Sombath.\nBộ trưởng Vilay Sombath cảm ơn sự đón tiếp của Thủ tướng.\n',
    );
    const found = await expectSameAsFresh('an article named a person found in the corpus');
    expect(found.counts.found).toBeGreaterThan(merged.counts.found);
    expect(found.fromState).toBe(0);
    expect(found.errors).toContain('the people found in the corpus changed what the second readings read');
    // The build from the readings wrote the state again: the next one takes every article from it.
    const after = await expectSameAsFresh('nothing changed after the fallback');
    expect(after.fromState).toBe(after.counts.articles);

    writeFileSync(join(corpus, 'articles', 'vi-hoi-dam.txt'), ' date 2025-12-02\nThủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet\nChiều 1/12, tại Hà Nội, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet.\n');
    const changedCards = await cardsMade('an article changed');
    const changed = changedCards.report;
    expect(changed.fromState).toBe(changed.counts.articles - 1);
    expect(changedCards.made).toEqual(changedCards.changed);

    rmSync(join(corpus, 'articles', 'en-talks.txt'));
    const removedCards = await cardsMade('an article removed');
    const removed = removedCards.report;
    expect(removed.fromState).toBe(removed.counts.articles);
    expect(removedCards.changed.length).toBeGreaterThan(0);
    expect(removedCards.made).toEqual(removedCards.changed);
    expect(removed.keysKept.cards).toBeLessThan(removed.counts.leaders);

    // Layout keys edited since they were written: not read (their checksum), every card keyed again.
    const keysFile = join(cache, 'index-layout', readdirSync(join(cache, 'index-layout')).find((name) => name.endsWith('.keys'))!);
    writeFileSync(keysFile, readFileSync(keysFile, 'utf8').replace(/"articles":\["/, '"articles":["x'));
    const edited = await expectSameAsFresh('the layout keys edited');
    expect(edited.keysKept).toEqual({ cards: 0, chunks: 0 });
  });

  it('keeps the build state file while it gives all but a 32nd of the articles and holds few others, the others read from the stage cache: the same bytes as from scratch', { timeout: SLOW }, async () => {
    const { corpus, article, build: buildOnce, expectSameAsFresh, cache } = manyArticles('leaderlens-state-kept-');
    await buildOnce();
    const stateStat = () => onlyFileIdentity(join(cache, 'build-state'));
    const again = await expectSameAsFresh('nothing changed');
    expect(again.counts.articles).toBeGreaterThan(64);
    expect(again.fromState).toBe(again.counts.articles);
    const written = stateStat();

    // One article added: read from its entries, the state kept as it was ...
    writeFileSync(join(corpus, 'articles', 'zz-added.txt'), article(1000));
    const added = await expectSameAsFresh('an article added');
    expect(added.fromState).toBe(added.counts.articles - 1);
    expect(stateStat()).toBe(written);
    // ... so the build after it reads that one from the stage cache again, every other from the state.
    const after = await expectSameAsFresh('nothing changed after the article was added');
    expect(after.fromState).toBe(after.counts.articles - 1);
    expect(after.build.cachedFiles).toBe(after.build.files);
    expect(stateStat()).toBe(written);
    // One changed: its old line not used, the state still kept.
    writeFileSync(join(corpus, 'articles', 'many-5.txt'), article(5).replace('đường bay', 'chuyến bay'));
    const changed = await expectSameAsFresh('an article changed');
    expect(changed.fromState).toBe(changed.counts.articles - 2);
    expect(stateStat()).toBe(written);

    // More than a 32nd not from the state: written, and then every article is from it.
    for (let n = 2000; n < 2003; n++) writeFileSync(join(corpus, 'articles', `zz-more-${n}.txt`), article(n));
    const more = await expectSameAsFresh('three more articles added');
    expect(more.counts.articles - more.fromState!).toBe(5);
    expect(stateStat()).not.toBe(written);
    const rewritten = stateStat();
    expect((await expectSameAsFresh('nothing changed after three were added')).fromState).toBe(more.counts.articles);

    // More than a 32nd of its lines for articles gone: written again.
    for (let n = 10; n < 14; n++) rmSync(join(corpus, 'articles', `many-${n}.txt`));
    const removed = await expectSameAsFresh('four articles removed');
    expect(removed.fromState).toBe(removed.counts.articles);
    expect(stateStat()).not.toBe(rewritten);
    const last = stateStat();
    expect((await expectSameAsFresh('nothing changed after four were removed')).fromState).toBe(removed.counts.articles);
    expect(stateStat()).toBe(last);
  });

  it('keeps the search word memo it read while it lacks or holds beyond no more than a 32nd of the documents, and writes it past that: the same bytes as from scratch', { timeout: SLOW }, async () => {
    // Enough documents (a meeting and a quote an article) that one added article is under a 32nd of them.
    const { corpus, article, build: buildOnce, expectSameAsFresh, cache } = manyArticles('leaderlens-words-');
    const first = await buildOnce();
    const documents = (report: IndexStageReport) => report.counts.meetings + report.counts.quotes;
    expect(documents(first)).toBeGreaterThan(64);
    expect(first.wordsKnown).toBe(0);
    const memoDir = join(cache, 'search-words');
    const memoStat = () => onlyFileIdentity(memoDir);
    const written = memoStat();

    // Nothing changed: every document known, the memo not written again.
    const again = await expectSameAsFresh('nothing changed');
    expect(again.wordsKnown).toBe(documents(again));
    expect(memoStat()).toBe(written);

    // One article added: its documents read from the text, the memo kept as it was ...
    writeFileSync(join(corpus, 'articles', 'zz-added.txt'), article(1000));
    const added = await expectSameAsFresh('an article added');
    const lacking = documents(added) - added.wordsKnown;
    expect(lacking).toBeGreaterThan(0);
    expect(lacking * 32).toBeLessThanOrEqual(documents(added));
    expect(memoStat()).toBe(written);
    // ... so the build after it reads them again, and still not the others.
    const afterAdded = await expectSameAsFresh('nothing changed after the article was added');
    expect(afterAdded.wordsKnown).toBe(added.wordsKnown);
    expect(memoStat()).toBe(written);

    // More than a 32nd of the documents new to the memo: written, and then it knows them all.
    for (let n = 2000; n < 2008; n++) writeFileSync(join(corpus, 'articles', `zz-more-${n}.txt`), article(n));
    const more = await expectSameAsFresh('eight articles added');
    expect((documents(more) - more.wordsKnown) * 32).toBeGreaterThan(documents(more));
    const rewritten = memoStat();
    expect(rewritten).not.toBe(written);
    expect((await expectSameAsFresh('nothing changed after eight were added')).wordsKnown).toBe(documents(more));

    // More than a 32nd of what the memo holds gone: written again, holding only this build's documents.
    for (let n = 0; n < 10; n++) rmSync(join(corpus, 'articles', `many-${n}.txt`));
    const removed = await expectSameAsFresh('ten articles removed');
    expect(removed.wordsKnown).toBe(documents(removed));
    expect(memoStat()).not.toBe(rewritten);
    expect(readdirSync(memoDir)).toHaveLength(1);
  });

  it('builds from the readings, naming the file, when the state is damaged; and when a state article\'s stage cache entry is gone', { timeout: SLOW }, async () => {
    const corpus = constructedCorpus({ prefix: 'leaderlens-state-' });
    const work = mkdtempSync(join(tmpdir(), 'leaderlens-state-out-'));
    const out = join(work, 'leaderlens-index');
    const cache = join(work, 'cache');
    await build(corpus, out, cache, ['--state']);
    const [stateFile] = readdirSync(join(cache, 'build-state')).map((name) => join(cache, 'build-state', name));
    writeFileSync(stateFile!, readFileSync(stateFile!, 'utf8').replace('"id":"', '"id":"x'));
    writeFileSync(join(corpus, 'articles', 'zz-added.txt'), ' date 2025-06-01\nThủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản\nSáng 1/6, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản.\n');
    const damaged = await build(corpus, out, cache, ['--state']);
    expect(damaged.errors).toContain(`the build state ${stateFile!} is damaged`);
    expect(damaged.fromState).toBe(0);
    expect(folderBytes(out)).toEqual(await freshBytes(corpus));

    // Every stage cache entry gone: the state still lists the articles, but their text cannot be
    // fetched for the shards the changed article touches. The folder is left as it was, and built again.
    for (const name of readdirSync(cache)) if (/^v\d+-/.test(name)) rmSync(join(cache, name), { recursive: true });
    writeFileSync(join(corpus, 'articles', 'zz-added.txt'), ' date 2025-06-01\nThủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản\nSáng 1/6, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản. Thủ tướng Phạm Minh Chính nói hai nước là đối tác tin cậy.\n');
    const gone = await build(corpus, out, cache, ['--state']);
    expect(gone.errors).toContain('its stage cache entry is gone');
    expect(gone.errors).toContain('building again from the stage cache');
    expect(folderBytes(out)).toEqual(await freshBytes(corpus));
  });
});

/** The builds of the describe below: every article from the stage cache, as without a build state. */
/**
 * Eighty constructed articles, each with a meeting and a quote, built into a folder of their own
 * with a cache: enough that one added article is under a 32nd of them. `expectSameAsFresh` builds
 * and checks the folder against a build from scratch.
 */
function manyArticles(prefix: string) {
  const corpus = constructedCorpus({ prefix });
  const article = (n: number) =>
    ` date 2025-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}\nThủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản lần ${n}\nSáng nay, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản. Thủ tướng Phạm Minh Chính nói hai nước sẽ mở thêm ${n} đường bay.\n`;
  for (let n = 0; n < 80; n++) writeFileSync(join(corpus, 'articles', `many-${n}.txt`), article(n));
  const work = mkdtempSync(join(tmpdir(), `${prefix}out-`));
  const out = join(work, 'leaderlens-index');
  const cache = join(work, 'cache');
  const buildOnce = () => build(corpus, out, cache);
  const expectSameAsFresh = async (what: string): Promise<IndexStageReport & { errors: string }> => {
    const report = await buildOnce();
    expect(folderBytes(out), what).toEqual(await freshBytes(corpus));
    return report;
  };
  return { corpus, article, build: buildOnce, expectSameAsFresh, cache };
}

/** The inode and modification time of the one file in `dir`: the same while the file is not written again. */
function onlyFileIdentity(dir: string): string {
  const stat = statSync(join(dir, readdirSync(dir)[0]!), { bigint: true });
  return `${stat.ino} ${stat.mtimeNs}`;
}

const NO_STATE = ['--no-state'];

describe('runBuildIndex over the folder of an earlier build (--no-state: every article from the stage cache)', () => {
  it('writes the same bytes as a build from scratch after an article is added, changed and removed, rewriting only what changed', { timeout: SLOW }, async () => {
    const corpus = constructedCorpus({ prefix: 'leaderlens-incremental-' });
    const work = mkdtempSync(join(tmpdir(), 'leaderlens-incremental-out-'));
    const out = join(work, 'leaderlens-index');
    const cache = join(work, 'cache');
    const first = await build(corpus, out, cache, NO_STATE);
    expect(first.written).toBe(first.files);

    /** The incremental build against one from an empty cache into an empty folder. */
    const expectSameAsFresh = async (what: string): Promise<IndexStageReport> => {
      const report = await build(corpus, out, cache, NO_STATE);
      const fresh = join(mkdtempSync(join(tmpdir(), 'leaderlens-fresh-')), 'leaderlens-index');
      await build(corpus, fresh, join(fresh, '..', 'cache'));
      expect(folderBytes(out), what).toEqual(folderBytes(fresh));
      rmSync(join(fresh, '..'), { recursive: true, force: true });
      return report;
    };

    const again = await expectSameAsFresh('nothing changed');
    expect(again.written).toBe(1); // the manifest
    // No search document's text was read again: the word memo knew them all.
    expect(again.wordsKnown).toBeGreaterThan(0);
    expect(again.wordsKnown).toBe(again.counts.meetings + again.counts.quotes);
    // No quote id was made again: the quote id memo knew every article's.
    expect(again.build.quoteIdsKnown).toBe(again.counts.articles);
    // Nor was any meeting merged again: the merge memo gave every article's (corpus/merge-memo.ts).
    expect(again.build.mergeResumed).toBe(again.counts.articles);
    // Card, article and result shards and search blocks were not even made: their inputs were the same.
    const shards = Object.keys(folderBytes(out)).filter((path) => /^(cards|articles|hits)\/|^search\/[a-z]+-\d+\.bin\.gz$/.test(path));
    expect(shards.filter((path) => path.startsWith('search/'))).toEqual(['search/meetings-0.bin.gz', 'search/quotes-0.bin.gz']);
    expect(again.unmade).toBe(shards.length);

    // A meeting of leaders already in the index, and a quote.
    writeFileSync(
      join(corpus, 'articles', 'zz-added.txt'),
      ' date 2025-06-01\nThủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản\nSáng 1/6, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản. Thủ tướng Phạm Minh Chính nói hai nước là đối tác tin cậy.\n',
    );
    const added = await expectSameAsFresh('an article added');
    expect(added.written).toBeGreaterThan(1);
    expect(added.written).toBeLessThan(added.files);
    // Only the added article's meeting and quotes (and meetings it joined) were read for search.
    expect(added.wordsKnown).toBeGreaterThan(0);
    expect(added.wordsKnown).toBeLessThan(added.counts.meetings + added.counts.quotes);
    // Only the added article's quote ids were made, and only its tellings merged.
    expect(added.build.quoteIdsKnown).toBe(added.counts.articles - 1);
    expect(added.build.mergeResumed).toBe(added.counts.articles - 1);

    // The person found in the corpus, on a day outside what was known of them.
    writeFileSync(join(corpus, 'articles', 'lao-1.txt'), ' date 2026-02-10\nBộ trưởng Ngoại giao Lào Bounmy Keovongsa thăm Việt Nam\nSáng 10/2, Bộ trưởng Ngoại giao Lào Bounmy Keovongsa hội đàm với Thủ tướng Phạm Minh Chính.\n');
    // Changed before the last article, and removed: every telling merged again.
    expect((await expectSameAsFresh('an article changed')).build.mergeResumed).toBeUndefined();

    rmSync(join(corpus, 'articles', 'en-talks.txt'));
    const removed = await expectSameAsFresh('an article removed');
    expect(removed.written).toBeLessThan(removed.files);
    expect(removed.build.mergeResumed).toBeUndefined();
    expect((await expectSameAsFresh('nothing changed after a removal')).build.mergeResumed).toBe(removed.counts.articles);

    // The last article removed, then one changed at the end: the memo's articles are no longer the first ones.
    rmSync(join(corpus, 'articles', 'zz-added.txt'));
    expect((await expectSameAsFresh('the last article removed')).build.mergeResumed).toBeUndefined();
    writeFileSync(join(corpus, 'articles', 'vi-hoi-dam.txt'), ' date 2025-12-02\nThủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet\nChiều 2/12, tại Hà Nội, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet.\n');
    expect((await expectSameAsFresh('the last article changed')).build.mergeResumed).toBeUndefined();
  });

  it('merges every meeting again when the registry changed, or the merge memo is damaged, cut short or gone: the same bytes as from scratch', { timeout: SLOW }, async () => {
    const corpus = constructedCorpus({ prefix: 'leaderlens-incremental-' });
    // The project's registry as the corpus's own, to change it.
    cpSync(join(root, 'corpus', 'leaders.json'), join(corpus, 'leaders.json'));
    cpSync(join(root, 'corpus', 'registry'), join(corpus, 'registry'), { recursive: true });
    const work = mkdtempSync(join(tmpdir(), 'leaderlens-incremental-out-'));
    const out = join(work, 'leaderlens-index');
    const cache = join(work, 'cache');
    await build(corpus, out, cache, NO_STATE);
    const expectSameAsFresh = async (what: string): Promise<IndexStageReport> => {
      const report = await build(corpus, out, cache, NO_STATE);
      expect(folderBytes(out), what).toEqual(await freshBytes(corpus));
      return report;
    };
    const memoDir = join(cache, 'merge-memo');
    const memoFile = () => join(memoDir, readdirSync(memoDir)[0]!);
    // Each added article a text of its own (a second copy of a text is skipped as a duplicate).
    const add = (name: string) => writeFileSync(join(corpus, 'articles', name), ` date 2025-06-01\nThủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản (${name})\nSáng 1/6, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Tổng Bí thư Tô Lâm.\n`);

    // The registry's date moved: every article's readings are other readings, and the memo is of another registry.
    const registry = JSON.parse(readFileSync(join(corpus, 'leaders.json'), 'utf8')) as { asOf: string };
    writeFileSync(join(corpus, 'leaders.json'), JSON.stringify({ ...registry, asOf: '2026-11-24' }));
    add('zz-1.txt');
    expect((await expectSameAsFresh('the registry changed')).build.mergeResumed).toBeUndefined();

    const damage: [string, (text: string) => string][] = [
      ['edited', (text) => text.replace(/,(\d+)\]\]/, (_, index: string) => `,${Number(index) + 1}]]`)],
      ['cut-short', (text) => text.slice(0, Math.floor(text.length / 2))],
      ['empty', () => ''],
    ];
    for (const [what, change] of damage) {
      writeFileSync(memoFile(), change(readFileSync(memoFile(), 'utf8')));
      add(`zz-${what}.txt`);
      expect((await expectSameAsFresh(`the merge memo ${what}`)).build.mergeResumed, what).toBeUndefined();
    }
    rmSync(memoDir, { recursive: true });
    add('zz-gone.txt');
    expect((await expectSameAsFresh('the merge memo gone')).build.mergeResumed).toBeUndefined();
    // Each of those builds wrote it afresh.
    add('zz-next.txt');
    const next = await expectSameAsFresh('an article added after');
    expect(next.build.mergeResumed).toBe(next.counts.articles - 1);
  });

  it('makes the quote ids a damaged quote id memo gives wrongly, or one of another version, from the text: the same bytes as from scratch', { timeout: SLOW }, async () => {
    const corpus = constructedCorpus({ prefix: 'leaderlens-incremental-' });
    const work = mkdtempSync(join(tmpdir(), 'leaderlens-incremental-out-'));
    const out = join(work, 'leaderlens-index');
    const cache = join(work, 'cache');
    const first = await build(corpus, out, cache, NO_STATE);
    const fresh = folderBytes(out);
    const memoDir = join(cache, 'quote-ids');
    const [memoFile] = readdirSync(memoDir).map((name) => join(memoDir, name));
    const memo = JSON.parse(readFileSync(memoFile!, 'utf8')) as { version: string; articles: Record<string, [string, string]> };
    const entries = Object.entries(memo.articles).filter(([, [, ids]]) => ids.length > 0);
    expect(entries.length).toBeGreaterThanOrEqual(4);
    // Rows past the article's statements, ids cut short, ids that are not ids, an entry that is not one.
    const [a, b, c, d] = entries;
    memo.articles[a![0]] = ['0,99999', a![1][1]];
    memo.articles[b![0]] = [b![1][0], b![1][1].slice(1)];
    memo.articles[c![0]] = [c![1][0], c![1][1].toUpperCase()];
    (memo.articles as Record<string, unknown>)[d![0]] = 'not an entry';
    writeFileSync(memoFile!, JSON.stringify(memo));
    const damaged = await build(corpus, out, cache, NO_STATE);
    expect(damaged.build.quoteIdsKnown).toBe(first.counts.articles - 4);
    expect(folderBytes(out)).toEqual(fresh);

    // Another version of the code that makes the ids: the memo is not read at all.
    writeFileSync(memoFile!, JSON.stringify({ ...memo, version: 'another version' }));
    const other = await build(corpus, out, cache, NO_STATE);
    expect(other.build.quoteIdsKnown).toBe(0);
    expect(folderBytes(out)).toEqual(fresh);
    // And a file that is not JSON.
    writeFileSync(memoFile!, '{"version":');
    expect((await build(corpus, out, cache, NO_STATE)).build.quoteIdsKnown).toBe(0);
    expect(folderBytes(out)).toEqual(fresh);
    // Each of those builds wrote the memo afresh: the next one knows every article again.
    expect((await build(corpus, out, cache, NO_STATE)).build.quoteIdsKnown).toBe(first.counts.articles);
  });

  it('mends a shard damaged since the last build, though its inputs did not change', { timeout: SLOW }, async () => {
    const corpus = constructedCorpus({ prefix: 'leaderlens-incremental-' });
    const work = mkdtempSync(join(tmpdir(), 'leaderlens-incremental-out-'));
    const out = join(work, 'leaderlens-index');
    const cache = join(work, 'cache');
    await build(corpus, out, cache, NO_STATE);
    const before = folderBytes(out);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: Record<string, string> };
    const shard = Object.keys(manifest.files).find((path) => path.startsWith('cards/'))!;
    writeFileSync(join(out, shard), 'not a shard');
    const report = await build(corpus, out, cache, NO_STATE);
    expect(report.written).toBe(2); // the shard and the manifest
    expect(folderBytes(out)).toEqual(before);
  });
});
