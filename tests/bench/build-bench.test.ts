import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { detectLanguage } from '../../src/lang';

// The bench's own logic (sizes, medians, ratios, refusal to report figures for a broken build) is
// tested against a stand-in buildCorpus; the real one is measured by `npm run bench`.
const fake = vi.hoisted(() => ({ mode: 'ok' as 'ok' | 'throws' | 'skips' }));
vi.mock('../../src/corpus/build-corpus', () => ({
  buildCorpus: ({ corpusDir }: { corpusDir: string }) => {
    if (fake.mode === 'throws') throw new Error('leaderlens: buildCorpus is not written yet');
    const files = readdirSync(join(corpusDir, 'articles'));
    const skipped = fake.mode === 'skips' ? files.map((file) => ({ file, reason: 'not UTF-8' })) : [];
    const articles = fake.mode === 'skips' ? [] : files.map((file) => ({ id: file, file, title: '', date: null, dateInferred: false }));
    return {
      data: { leaders: [], articles, meetings: articles.map(() => ({})), quotes: [], unknown: [], skipped },
      articles: [],
      diagnostics: [],
    };
  },
}));

const { default: buildBench, languageRows, BASELINE_COMMIT } = await import('../../bench/build.bench');
type LanguageOptions = Parameters<typeof languageRows>[0];
type Engines = ReturnType<NonNullable<Parameters<typeof languageRows>[1]>>;
type ChildTiming = Awaited<ReturnType<Engines['time']>>;

const out = mkdtempSync(join(tmpdir(), 'leaderlens-build-bench-'));
beforeAll(() => {
  vi.stubEnv('BENCH_OUT_DIR', out);
  vi.stubEnv('BENCH_BUILD_SIZES', '4,8');
  // The comparison with today's engine has tests of its own below, with stand-in engines.
  vi.stubEnv('BENCH_LANG_ARTICLES', '0');
});
afterEach(() => {
  fake.mode = 'ok';
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(out, { recursive: true, force: true });
});

describe('build bench', () => {
  it('reports time and memory per article at both sizes with the large/small ratio', async () => {
    const rows = await buildBench();
    const time = rows.find((r) => r.name.startsWith('build, 8 articles: time per article'));
    expect(rows[0]?.name).toMatch(/^build, 4 articles: time per article \(median of \d\)$/);
    expect(time?.baseline?.name).toBe('4 articles');
    expect(time?.ratio).toBeCloseTo((time?.value ?? 0) / (time?.baseline?.value ?? 1));
    expect(time?.goal).toBe('≤ 1.3 (linear)');
    expect(rows.find((r) => r.name === 'build, 8 articles: meetings found per article')?.value).toBe(1);
    expect(rows.some((r) => r.unit === 'KB/article')).toBe(true);
  });

  it('fails with a clear message while buildCorpus throws, instead of reporting figures', async () => {
    fake.mode = 'throws';
    await expect(buildBench()).rejects.toThrow(
      /build bench: buildCorpus failed on the synthetic \d+-article corpus .*buildCorpus is not written yet — no figures until it builds/,
    );
  });

  it('fails when the build skips the synthetic articles, since it would time the rejection path', async () => {
    fake.mode = 'skips';
    await expect(buildBench()).rejects.toThrow(/skipped 4 of 4 synthetic articles \(first: .*: not UTF-8\)/);
  });

  it('refuses malformed BENCH_BUILD_SIZES', async () => {
    vi.stubEnv('BENCH_BUILD_SIZES', '10,5');
    await expect(buildBench()).rejects.toThrow('BENCH_BUILD_SIZES must be two increasing article counts');
    vi.stubEnv('BENCH_BUILD_SIZES', '4,8');
  });
});

describe('build bench: two languages against today\'s engine', () => {
  const options = (over: Partial<LanguageOptions> = {}): LanguageOptions => ({
    articles: 6, leaders: 40, runs: 2, commit: 'abc1234', root: out, repo: '/nowhere', ...over,
  });
  const timing = (over: Partial<ChildTiming> = {}): ChildTiming => ({
    files: 6, built: 6, skipped: 0, ms: 60, cpuMs: 50, gcMs: 1, meetings: 6, quotes: 60, languages: null, ...over,
  });

  /** Stand-in engines: "now" costs `now`× today's on the half-English corpus, the same on the other. */
  function fakeEngines(now: number, calls: string[], fail?: string) {
    let closed = 0;
    const open = (): Engines => ({
      todayCommit: 'abc1234def',
      time: async (engine, corpusDir) => {
        const mixed = corpusDir.includes('-en');
        calls.push(`${engine} ${mixed ? 'mixed' : 'vi'}`);
        if (fail === engine) throw new Error('engine broke');
        const factor = engine === 'now' && mixed ? now : 1;
        return timing({
          ms: 60 * factor + calls.length,
          cpuMs: 48 * factor,
          meetings: engine === 'now' ? 9 : 6,
          languages: engine === 'now' ? (mixed ? { vi: 3, en: 3 } : { vi: 6 }) : null,
        });
      },
      close: () => void closed++,
    });
    return { open, closed: () => closed };
  }

  it('reports cost per article now and today on both corpora, with the ratio and the goal', async () => {
    const calls: string[] = [];
    const engines = fakeEngines(1.5, calls);
    const rows = await languageRows(options(), engines.open);
    const vi = rows.find((r) => r.name.startsWith('build, 6 Vietnamese articles, 40 people: time per article'));
    const viCpu = rows.find((r) => r.name.startsWith('build, 6 Vietnamese articles, 40 people: CPU time per article'));
    const mixedCpu = rows.find((r) => r.name.startsWith('build, 6 articles, 50% English, 40 people: CPU time per article'));
    expect(vi?.name).toBe('build, 6 Vietnamese articles, 40 people: time per article (median of 2); ratio = now/today');
    expect(vi).toMatchObject({ unit: 'ms/article', goal: '≤ 1.2×', baseline: { name: 'today (abc1234)' } });
    expect(vi?.ratio).toBeCloseTo((vi?.value ?? 0) / (vi?.baseline?.value ?? 1));
    expect(viCpu?.value).toBeCloseTo(8);
    expect(viCpu?.ratio).toBeCloseTo(1);
    expect(mixedCpu?.value).toBeCloseTo(12);
    expect(mixedCpu?.baseline?.value).toBeCloseTo(8);
    expect(mixedCpu?.ratio).toBeCloseTo(1.5);
    expect(mixedCpu?.goal).toBe('≤ 1.2×');
    expect(rows.find((r) => r.name === 'build, 6 articles, 50% English: meetings found per article; ratio = now/today')).toMatchObject({
      value: 1.5, baseline: { value: 1 }, ratio: 1.5,
    });
    expect(rows.find((r) => r.name.includes('articles the engine reads as English'))?.value).toBe(50);
    // Two runs per engine and corpus, alternating which engine goes first; the worktree is closed.
    expect(calls).toEqual(['now vi', 'today vi', 'today mixed', 'now mixed', 'today vi', 'now vi', 'now mixed', 'today mixed']);
    expect(engines.closed()).toBe(1);
  });

  it('times the same corpora for both engines, half of the second one in English', async () => {
    const dirs = new Map<string, Set<string>>();
    const open = (): Engines => ({
      todayCommit: 'x',
      time: async (engine, corpusDir) => {
        dirs.set(engine, (dirs.get(engine) ?? new Set()).add(corpusDir));
        return timing();
      },
      close: () => {},
    });
    await languageRows(options({ runs: 1 }), open);
    expect([...(dirs.get('now') ?? [])]).toEqual([...(dirs.get('today') ?? [])]);
    const [vi, mixed] = [...(dirs.get('now') ?? [])] as [string, string];
    const texts = (dir: string) => readdirSync(join(dir, 'articles')).map((f) => readFileSync(join(dir, 'articles', f), 'utf8'));
    expect(texts(vi).filter((t) => / held | said /.test(t))).toHaveLength(0);
    expect(texts(mixed).filter((t) => detectLanguage(t) === 'en')).toHaveLength(3);
  });

  it('removes the worktree and reports the failure when an engine fails', async () => {
    const engines = fakeEngines(1, [], 'today');
    await expect(languageRows(options(), engines.open)).rejects.toThrow('engine broke');
    expect(engines.closed()).toBe(1);
  });

  it('refuses figures from an engine that skipped or lost articles', async () => {
    const open = (): Engines => ({ todayCommit: 'x', time: async () => timing({ files: 6, built: 2, skipped: 4 }), close: () => {} });
    await expect(languageRows(options(), open)).rejects.toThrow(/skipped 4 of 6 synthetic articles/);
    const lost = (): Engines => ({ todayCommit: 'x', time: async () => timing({ files: 5, built: 5 }), close: () => {} });
    await expect(languageRows(options(), lost)).rejects.toThrow(/5 articles and 0 skipped for 6 files/);
  });

  it('leaves the comparison out when BENCH_LANG_ARTICLES is 0, and refuses a malformed count', async () => {
    expect(await languageRows(options({ articles: 0 }), () => { throw new Error('must not open engines'); })).toEqual([]);
    vi.stubEnv('BENCH_LANG_ARTICLES', 'many');
    await expect(buildBench()).rejects.toThrow('BENCH_LANG_ARTICLES must be a whole number');
    vi.stubEnv('BENCH_LANG_ARTICLES', '0');
  });

  it('compares with the commit before the language work by default', () => {
    expect(BASELINE_COMMIT).toBe('19d8e80');
  });
});
