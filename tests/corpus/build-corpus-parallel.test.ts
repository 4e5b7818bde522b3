import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { constructedCorpus } from './constructed-corpus';
import { buildCorpus, type CorpusBuild } from '../../src/corpus/build-corpus';
import { buildCorpusInParallel } from '../../src/corpus/build-corpus-parallel';

// Real worker threads: each build starts its pool (a second or two on a busy machine).
const SLOW = 120_000;
const TODAY = '2026-11-23';
const CORPUS = join(import.meta.dirname, '../../corpus');
const REGISTRY = join(CORPUS, 'leaders.json');

/** Everything a build gives, as the bytes the export and the index are made of. */
const bytes = (build: CorpusBuild) =>
  JSON.stringify({ data: build.data, articles: build.articles, diagnostics: build.diagnostics, found: build.found, registry: build.registry, nameTable: build.nameTable });

describe('buildCorpusInParallel', () => {
  const dir = constructedCorpus({ prefix: 'leaderlens-parallel-', notArticles: true });
  const oracle = bytes(buildCorpus({ corpusDir: dir, registryFile: REGISTRY, today: TODAY }));

  it('finds what the constructed corpus holds, so the comparisons below compare something', () => {
    const build = JSON.parse(oracle) as Pick<CorpusBuild, 'data' | 'found'>;
    expect(build.found.map((f) => f.leader.id)).toContain('bounmy-keovongsa');
    expect(build.data.skipped.map((s) => s.file).sort()).toEqual(['lao-2.txt', 'notes.md', 'page.txt']);
    expect(build.data.meetings.filter((m) => m.sources.length > 1).length).toBeGreaterThan(0);
  });

  it.each([1, 2, 3])('equals the single-threaded build byte for byte on %i worker(s)', async (workers) => {
    // localLimit 0: every article goes to the workers, however few.
    const { build, stats } = await buildCorpusInParallel({ corpusDir: dir, registryFile: REGISTRY, today: TODAY, workers, cacheRoot: null, localLimit: 0 });
    expect(stats.workers).toBe(workers);
    expect(bytes(build)).toBe(oracle);
  }, SLOW);

  it('reads a handful of articles on this thread without starting workers, to the same bytes', async () => {
    const { build, stats } = await buildCorpusInParallel({ corpusDir: dir, registryFile: REGISTRY, today: TODAY, cacheRoot: null });
    expect(stats.workers).toBe(0);
    expect(bytes(build)).toBe(oracle);
  });

  it('equals it again from the cache, reading no article afresh', async () => {
    const cacheRoot = mkdtempSync(join(tmpdir(), 'leaderlens-parallel-cache-'));
    const options = { corpusDir: dir, registryFile: REGISTRY, today: TODAY, cacheRoot, localLimit: 0 };
    const first = await buildCorpusInParallel(options);
    const second = await buildCorpusInParallel(options);
    // lao-2.txt and its copy have the same bytes: one may find the other's result already there.
    expect(first.stats.cachedFiles).toBeLessThanOrEqual(1);
    expect(second.stats).toMatchObject({ cachedFiles: first.stats.files, rereads: first.stats.rereads });
    expect(second.stats.cachedRereads).toBeGreaterThan(first.stats.cachedRereads);
    expect(bytes(second.build)).toBe(oracle);

    // One article more: only it is read, and the build still equals the single-threaded one.
    writeFileSync(join(dir, 'articles', 'zz-new.txt'), ' date 2025-06-01\nThủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Hà Nội.\n');
    const third = await buildCorpusInParallel(options);
    expect(third.stats.files - third.stats.cachedFiles).toBe(1);
    expect(bytes(third.build)).toBe(bytes(buildCorpus({ corpusDir: dir, registryFile: REGISTRY, today: TODAY })));
  }, SLOW);

  it('knows the second readings that changed nothing without their cache entries, and reads them again without the memo', async () => {
    const cacheRoot = mkdtempSync(join(tmpdir(), 'leaderlens-parallel-empty-'));
    const options = { corpusDir: dir, registryFile: REGISTRY, today: TODAY, cacheRoot, localLimit: 0 };
    // The folder as the tests before left it (one added an article).
    const plain = bytes(buildCorpus({ corpusDir: dir, registryFile: REGISTRY, today: TODAY }));
    await buildCorpusInParallel(options);
    // The cache's entries that say a second reading changed nothing, removed: only the memo knows them.
    let removed = 0;
    const walk = (folder: string): void => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.json') && folder.includes(`${join(cacheRoot, 'v')}`)) {
          const value = (JSON.parse(readFileSync(path, 'utf8')) as { value?: { facts?: unknown } }).value;
          if (value?.facts === null) {
            rmSync(path);
            removed++;
          }
        }
      }
    };
    walk(cacheRoot);
    expect(removed).toBeGreaterThan(0);
    const second = await buildCorpusInParallel(options);
    expect(second.stats.emptyRereadsKnown).toBe(removed);
    expect(second.stats.cachedRereads).toBeGreaterThanOrEqual(removed);
    expect(second.stats.files - second.stats.cachedFiles).toBe(0);
    expect(bytes(second.build)).toBe(plain);
    // Without the memo they are read again (and the build still gives the same bytes).
    rmSync(join(cacheRoot, 'empty-rereads'), { recursive: true });
    const third = await buildCorpusInParallel(options);
    expect(third.stats.emptyRereadsKnown).toBe(0);
    expect(third.stats.cachedRereads).toBe(second.stats.cachedRereads - removed);
    expect(bytes(third.build)).toBe(plain);
  }, SLOW);

  it('takes unchanged articles from the build state, their text fetched when read, and gives the same bytes', async () => {
    const cacheRoot = mkdtempSync(join(tmpdir(), 'leaderlens-parallel-state-'));
    const options = { corpusDir: dir, registryFile: REGISTRY, today: TODAY, cacheRoot, localLimit: 0 };
    const plain = bytes(buildCorpus({ corpusDir: dir, registryFile: REGISTRY, today: TODAY }));
    const first = await buildCorpusInParallel({ ...options, keepState: true });
    expect(first.stats.fromState).toBeUndefined();
    const second = await buildCorpusInParallel({ ...options, useState: true });
    expect(second.stats.fromState).toBe(second.build.articles.length);
    // Nothing read the text yet: the build holds getters (src/corpus/state-text.ts).
    expect(second.stats.textsFetched?.()).toBe(0);
    expect(bytes(second.build)).toBe(plain);
    expect(second.stats.textsFetched?.()).toBe(second.build.articles.length);
    // Quotes count their eight fields, as content-keys.ts does.
    for (const quote of second.build.data.quotes) {
      let fields = 0;
      for (const _field in quote) fields++;
      expect(fields).toBe(8);
    }
  }, SLOW);

  it('keeps builds of two folders with their own registries apart in one shared cache', async () => {
    const cacheRoot = mkdtempSync(join(tmpdir(), 'leaderlens-parallel-shared-'));
    // The same article text in two corpora; the second's registry lacks Phạm Minh Chính.
    const article = readFileSync(join(dir, 'articles', 'vi-hoi-dam.txt'));
    const registry = JSON.parse(readFileSync(REGISTRY, 'utf8')) as { include: string[] };
    const corpora = ['a', 'b'].map((name) => {
      const root = mkdtempSync(join(tmpdir(), `leaderlens-corpus-${name}-`));
      mkdirSync(join(root, 'articles'));
      writeFileSync(join(root, 'articles', 'x.txt'), article);
      cpSync(join(CORPUS, 'registry'), join(root, 'registry'), { recursive: true });
      const include = name === 'a' ? registry.include : registry.include.filter((part) => part !== 'registry/vn.json' && part !== 'registry/vn-2.json');
      writeFileSync(join(root, 'leaders.json'), JSON.stringify({ ...registry, include }));
      return root;
    });
    for (const corpusDir of [...corpora, ...corpora]) {
      const { build } = await buildCorpusInParallel({ corpusDir, today: TODAY, cacheRoot });
      expect(bytes(build)).toBe(bytes(buildCorpus({ corpusDir, today: TODAY })));
    }
  }, SLOW);
});
