import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
async function build(corpus: string, out: string, cacheRoot: string): Promise<IndexStageReport> {
  const statsFile = join(mkdtempSync(join(tmpdir(), 'leaderlens-stats-')), 'stats.json');
  let errors = '';
  const code = await runBuildIndex(['--corpus', corpus, '--out', out], { out: () => undefined, err: (text) => (errors += text), cwd: root, cacheRoot, statsFile });
  expect(code, errors).toBe(0);
  return JSON.parse(readFileSync(statsFile, 'utf8')) as IndexStageReport;
}

describe('runBuildIndex over the folder of an earlier build', () => {
  it('writes the same bytes as a build from scratch after an article is added, changed and removed, rewriting only what changed', { timeout: SLOW }, async () => {
    const corpus = constructedCorpus({ prefix: 'leaderlens-incremental-' });
    const work = mkdtempSync(join(tmpdir(), 'leaderlens-incremental-out-'));
    const out = join(work, 'leaderlens-index');
    const cache = join(work, 'cache');
    const first = await build(corpus, out, cache);
    expect(first.written).toBe(first.files);

    /** The incremental build against one from an empty cache into an empty folder. */
    const expectSameAsFresh = async (what: string): Promise<IndexStageReport> => {
      const report = await build(corpus, out, cache);
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
    // Card, article and result shards were not even made: their inputs were the same.
    const shards = Object.keys(folderBytes(out)).filter((path) => /^(cards|articles|hits)\//.test(path));
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
    // Only the added article's quote ids were made.
    expect(added.build.quoteIdsKnown).toBe(added.counts.articles - 1);

    // The person found in the corpus, on a day outside what was known of them.
    writeFileSync(join(corpus, 'articles', 'lao-1.txt'), ' date 2026-02-10\nBộ trưởng Ngoại giao Lào Bounmy Keovongsa thăm Việt Nam\nSáng 10/2, Bộ trưởng Ngoại giao Lào Bounmy Keovongsa hội đàm với Thủ tướng Phạm Minh Chính.\n');
    await expectSameAsFresh('an article changed');

    rmSync(join(corpus, 'articles', 'en-talks.txt'));
    const removed = await expectSameAsFresh('an article removed');
    expect(removed.written).toBeLessThan(removed.files);
  });

  it('makes the quote ids a damaged quote id memo gives wrongly, or one of another version, from the text: the same bytes as from scratch', { timeout: SLOW }, async () => {
    const corpus = constructedCorpus({ prefix: 'leaderlens-incremental-' });
    const work = mkdtempSync(join(tmpdir(), 'leaderlens-incremental-out-'));
    const out = join(work, 'leaderlens-index');
    const cache = join(work, 'cache');
    const first = await build(corpus, out, cache);
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
    // Without the build state, which keeps every article's rows and ids itself (build-state.ts).
    const withoutState = () => rmSync(join(cache, 'build-state'), { recursive: true, force: true });
    withoutState();
    const damaged = await build(corpus, out, cache);
    expect(damaged.build.quoteIdsKnown).toBe(first.counts.articles - 4);
    expect(folderBytes(out)).toEqual(fresh);

    // Another version of the code that makes the ids: the memo is not read at all.
    writeFileSync(memoFile!, JSON.stringify({ ...memo, version: 'another version' }));
    withoutState();
    const other = await build(corpus, out, cache);
    expect(other.build.quoteIdsKnown).toBe(0);
    expect(folderBytes(out)).toEqual(fresh);
    // And a file that is not JSON.
    writeFileSync(memoFile!, '{"version":');
    withoutState();
    expect((await build(corpus, out, cache)).build.quoteIdsKnown).toBe(0);
    expect(folderBytes(out)).toEqual(fresh);
    // Each of those builds wrote the memo afresh: the next one knows every article again.
    withoutState();
    expect((await build(corpus, out, cache)).build.quoteIdsKnown).toBe(first.counts.articles);
  });

  it('mends a shard damaged since the last build, though its inputs did not change', { timeout: SLOW }, async () => {
    const corpus = constructedCorpus({ prefix: 'leaderlens-incremental-' });
    const work = mkdtempSync(join(tmpdir(), 'leaderlens-incremental-out-'));
    const out = join(work, 'leaderlens-index');
    const cache = join(work, 'cache');
    await build(corpus, out, cache);
    const before = folderBytes(out);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: Record<string, string> };
    const shard = Object.keys(manifest.files).find((path) => path.startsWith('cards/'))!;
    writeFileSync(join(out, shard), 'not a shard');
    const report = await build(corpus, out, cache);
    expect(report.written).toBe(2); // the shard and the manifest
    expect(folderBytes(out)).toEqual(before);
  });
});
