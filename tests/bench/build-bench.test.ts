import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { indexStageRows, type IndexStageRun, type IndexStageRunner, type PlainBuildTimer } from '../../bench/build.bench';
import type { IndexStageReport } from '../../src/cli/run-build-index';

// The bench's own logic (sizes, rows, ratios, refusal to report figures for a broken build) is
// tested against stand-in builds; the real ones are measured by `npm run bench -- --only build`.
const out = mkdtempSync(join(tmpdir(), 'leaderlens-build-bench-'));
beforeAll(() => {
  vi.stubEnv('BENCH_OUT_DIR', out);
  vi.stubEnv('BENCH_BUILD_SIZES', '4,8');
  vi.stubEnv('BENCH_BUILD_LEADERS', '40');
  vi.stubEnv('BENCH_BUILD_SETTLE_MS', '0');
  vi.stubEnv('BENCH_BUILD_ADD_ROUNDS', '1');
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(out, { recursive: true, force: true });
});

function report(articles: number, over: Partial<IndexStageReport['build']> = {}): IndexStageReport {
  return {
    build: { workers: 2, files: articles, cachedFiles: 0, rereads: 1, cachedRereads: 0, quoteIdsKnown: 0, emptyRereadsKnown: 0, ms: { start: 100, articles: 10 * articles, rereads: 5, merge: 2 * articles }, ...over },
    ms: { index: articles, write: 3 * articles },
    cpuMs: 30 * articles,
    maxRssKb: 1000 * articles,
    bytes: 20_000 * articles,
    files: 40,
    written: 40,
    unmade: 0,
    wordsKnown: 0,
    keysKept: { cards: 0, chunks: 0 },
    fromState: 0,
    textsFetched: 0,
    textsKnown: 0,
    counts: { leaders: 40, articles, meetings: articles, quotes: 20 * articles, found: 2, unknown: 3, skipped: 0 },
    languages: { vi: articles / 2, en: articles / 2 },
  };
}

/** Builds that cost `ms` per article from an empty cache, 100 ms in all from the cache, +50 ms per article read. */
function fakeRunner(calls: string[], ms = 20): IndexStageRunner {
  const cached = new Map<string, Set<string>>();
  return async (corpusDir, cacheDir, articles) => {
    const files = readdirSync(join(corpusDir, 'articles'));
    const seen = cached.get(cacheDir) ?? new Set<string>();
    const fresh = files.filter((f) => !seen.has(readFileSync(join(corpusDir, 'articles', f), 'utf8')));
    for (const f of files) seen.add(readFileSync(join(corpusDir, 'articles', f), 'utf8'));
    cached.set(cacheDir, seen);
    calls.push(`${articles} ${fresh.length} fresh`);
    const run: IndexStageRun = {
      articles,
      wallMs: fresh.length === files.length ? ms * articles : 100 + 50 * fresh.length,
      peakRssKb: 2000 * articles,
      report: report(articles, { cachedFiles: files.length - fresh.length }),
    };
    return run;
  };
}
const plain: PlainBuildTimer = async () => ({ ms: 160, cpuMs: 150 });

describe('build bench', () => {
  it('builds the small and the large corpus from an empty cache, the large one again, and with one article added', async () => {
    const calls: string[] = [];
    await indexStageRows({}, { run: fakeRunner(calls), plain });
    expect(calls).toEqual(['4 4 fresh', '8 8 fresh', '8 0 fresh', '9 1 fresh']);
  });

  it('adds the article to the folder it built again, as a reader adds one to a built corpus', async () => {
    const dirs: string[] = [];
    const runner = fakeRunner([]);
    await indexStageRows({}, { run: (dir, cache, n) => (dirs.push(dir), runner(dir, cache, n)), plain });
    expect(dirs[2]).toBe(dirs[3]);
    expect(dirs[2]).not.toBe(dirs[1]);
  });

  it('reports per-article cost against one thread and the small size, wall, memory and the incremental build, with their goals', async () => {
    const rows = await indexStageRows({}, { run: fakeRunner([]), plain });
    const row = (start: string) => rows.find((r) => r.name.startsWith(start));
    expect(row('index stage, 4 articles, 40 people: time per article, plain build')?.value).toBe(40);
    expect(row('index stage, 4 articles: time per article on 2 threads')).toMatchObject({ value: 20, ratio: 0.5, baseline: { name: 'one thread', value: 40 } });
    expect(row('index stage, 8 articles: time per article; ratio = 8/4')).toMatchObject({ value: 20, ratio: 1, goal: '≤ 1.3 (flat)' });
    expect(row('index stage, 8 articles: CPU time per article')).toMatchObject({ value: 30, ratio: 1 });
    expect(row('index stage, 8 articles: wall time')).toMatchObject({ value: 0.16, goal: '≤ 90 s' });
    expect(row('index stage, 8 articles: peak memory')).toMatchObject({ value: 8000 * 2 / 1024, ratio: 2, goal: '≤ 1024 MB' });
    expect(row('index stage, 8 articles + 1 added: wall time')).toMatchObject({ value: 0.15, baseline: { name: 'nothing changed', value: 0.1 }, ratio: 1.5, goal: '≤ 5 s' });
    expect(row('index stage, 8 articles + 1 added: write')?.value).toBeCloseTo(0.027);
    expect(row('index stage, 8 articles: people found outside the registry')?.value).toBe(2);
    expect(row('index stage, 8 articles: read as English')?.value).toBe(50);
    expect(rows.some((r) => r.name.includes('100k'))).toBe(false);
  });

  it('builds the added article in rounds, taking it out between them, and reports their median and slowest', async () => {
    vi.stubEnv('BENCH_BUILD_ADD_ROUNDS', '3');
    const calls: string[] = [];
    const runner = fakeRunner(calls);
    const walls = [900, 300, 600];
    let added = 0;
    const rows = await indexStageRows({}, {
      run: async (dir, cache, n) => {
        const run = await runner(dir, cache, n);
        return n === 9 ? { ...run, wallMs: walls[added++]! } : run;
      },
      plain,
    });
    vi.stubEnv('BENCH_BUILD_ADD_ROUNDS', '1');
    // Each round adds an article new to the cache, from the corpus without the one before.
    expect(calls).toEqual(['4 4 fresh', '8 8 fresh', '8 0 fresh', '9 1 fresh', '8 0 fresh', '9 1 fresh', '8 0 fresh', '9 1 fresh']);
    expect(rows.find((r) => r.name.startsWith('index stage, 8 articles + 1 added: wall time (median of 3 rounds)'))).toMatchObject({ value: 0.6, ratio: 6 });
    expect(rows.find((r) => r.name === 'index stage, 8 articles + 1 added: wall time, the slowest of 3 rounds')?.value).toBe(0.9);
  });

  it('adds the huge size (100k articles unless BENCH_BUILD_HUGE says otherwise) when asked', async () => {
    vi.stubEnv('BENCH_BUILD_HUGE', '12');
    const calls: string[] = [];
    const rows = await indexStageRows({ huge: true }, { run: fakeRunner(calls), plain });
    expect(calls.at(-1)).toBe('12 12 fresh');
    expect(rows.find((r) => r.name.startsWith('index stage, 12 articles: time per article; ratio = 12/4'))?.ratio).toBe(1);
    expect(rows.map((r) => r.name)).toContain('index stage, 12 articles: wall time');
  });

  it('refuses malformed sizes', async () => {
    vi.stubEnv('BENCH_BUILD_SIZES', '10,5');
    await expect(indexStageRows({}, { run: fakeRunner([]), plain })).rejects.toThrow('BENCH_BUILD_SIZES must be two increasing article counts');
    vi.stubEnv('BENCH_BUILD_SIZES', '4,8');
  });
});
