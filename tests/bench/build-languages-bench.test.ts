import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import languagesBench, { BASELINE_COMMIT, languageRows } from '../../bench/build-languages.bench';
import { detectLanguage } from '../../src/lang';

type LanguageOptions = Parameters<typeof languageRows>[0];
type Engines = ReturnType<NonNullable<Parameters<typeof languageRows>[1]>>;
type ChildTiming = Awaited<ReturnType<Engines['time']>>;

const out = mkdtempSync(join(tmpdir(), 'leaderlens-build-languages-bench-'));
beforeAll(() => {
  vi.stubEnv('BENCH_OUT_DIR', out);
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(out, { recursive: true, force: true });
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
    // The spread: each run's ratio, now/today (run 1: 61 against 62 ms; run 2: 66 against 65 ms).
    const spread = rows.find((r) => r.name.startsWith('build, 6 Vietnamese articles, 40 people: time per article, now/today in each of 2 paired runs'));
    expect(spread?.value).toBeCloseTo(61 / 62);
    expect(spread?.name).toContain(`highest ${(66 / 65).toFixed(2)}×`);
    // Two runs per engine and corpus, alternating which engine goes first; the worktree is closed.
    expect(calls).toEqual(['now vi', 'today vi', 'today mixed', 'now mixed', 'today vi', 'now vi', 'now mixed', 'today mixed']);
    expect(engines.closed()).toBe(1);
  });

  it('times the same corpora for both engines, part of the second one in English', async () => {
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
    expect(texts(mixed).filter((t) => detectLanguage(t) === 'en').length).toBeGreaterThan(0);
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

  it('leaves the comparison out when BENCH_LANG_ARTICLES is 0, saying so in a row, and refuses a malformed count', async () => {
    expect(await languageRows(options({ articles: 0 }), () => { throw new Error('must not open engines'); })).toEqual([]);
    vi.stubEnv('BENCH_LANG_ARTICLES', '0');
    expect((await languagesBench()).map((r) => r.name)).toEqual([expect.stringContaining('left out (BENCH_LANG_ARTICLES=0)')]);
    vi.stubEnv('BENCH_LANG_ARTICLES', 'many');
    await expect(languagesBench()).rejects.toThrow('BENCH_LANG_ARTICLES must be a whole number');
    vi.stubEnv('BENCH_LANG_ARTICLES', '0');
  });

  it('compares with the commit before the language work by default', () => {
    expect(BASELINE_COMMIT).toBe('19d8e80');
  });
});
