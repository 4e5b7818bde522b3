/**
 * How the corpus build scales: `buildCorpus` on synthetic corpora of 1k and 10k articles (cached
 * under `.bench-out/`), reporting time and memory per article at each size and the 10k/1k ratio.
 * Linear growth gives a ratio near 1; the issue's goal is "≤ 1.3". The 1k figure is the baseline
 * measured in the same run, so the ratio holds on any machine.
 *
 * Then the cost of reading two languages: the build's time per article on a 10k-article corpus
 * with a 1k-person registry, Vietnamese only and half English, against today's engine — the
 * project at commit {@link BASELINE_COMMIT}, before the language work — on the same corpora in the
 * same run. The goal is "≤ 1.2×". Today's engine is checked out into a temporary git worktree (with
 * this checkout's node_modules linked in) and run through its own code; both engines are timed by
 * the same script (`build-child.ts`) in fresh child processes, alternating which goes first, and the
 * worktree is removed at the end. Today's engine reads an English article with its Vietnamese rules
 * and finds less in it; it still reads every file, and the ratio is of cost per article.
 *
 * `BENCH_BUILD_SIZES=100,1000` swaps the sizes, for a quick run while working on the pipeline;
 * `BENCH_LANG_ARTICLES=200` does the same for the language comparison (0 leaves it out),
 * `BENCH_LANG_LEADERS` sets its registry size (default 1000), `BENCH_LANG_RUNS` its timed builds
 * per engine and corpus (default 2), `BENCH_BASELINE_COMMIT` the commit that is "today";
 * `BENCH_OUT_DIR` moves the corpus cache (default `.bench-out/` at the repository root).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCorpus } from '../src/corpus/build-corpus';
import { addBaselineWorktree } from './baseline-worktree';
import { parseChildTiming, type ChildTiming } from './build-child';
import { collectGarbage } from './run';
import { cachedCorpus, type CorpusSummary } from './synthetic-corpus';
import type { BenchRow } from './types';

const SEED = 'leaderlens-build-bench';
/** Same registry at both sizes: only the article count may change between the two measurements. */
const LEADERS = 200;
const GOAL = '≤ 1.3 (linear)';
const WARM_UP_ARTICLES = 20;

interface Measurement {
  articles: number;
  /** Median wall time of the timed runs, ms. */
  ms: number;
  /** Median CPU time (user + system, all threads) of the same runs, ms. */
  cpuMs: number;
  /** Median time spent in garbage collection during those runs, ms. */
  gcMs: number;
  runs: number;
  /** Growth of the process's peak RSS during the first build at this size, KB. */
  peakRssKb: number;
  /** Heap still held with the build's result alive, after a full GC, KB. */
  retainedKb: number;
  meetings: number;
  quotes: number;
  summary: CorpusSummary;
}

const REPO = fileURLToPath(new URL('..', import.meta.url));

export default async function buildBench(): Promise<BenchRow[]> {
  // BENCH_OUT_DIR lets tests keep their small corpora out of the shared cache.
  const root = process.env.BENCH_OUT_DIR ?? join(REPO, '.bench-out');
  // Read before the long scaling runs, so a mistyped setting fails at once.
  const options = languageOptions(root);
  const scaling = await scalingRows(root);
  const languages = await languageRows(options);
  return [...scaling, ...languages];
}

async function scalingRows(root: string): Promise<BenchRow[]> {
  const [small, large] = sizes();
  // Generate both corpora before timing anything: generation is I/O the build must not be billed
  // for, and a cache hit on one size must not make the other size's first run look slower.
  const corpora = [small, large].map((articles) => {
    const started = performance.now();
    const corpus = cachedCorpus(root, { articles, seed: SEED, leaders: LEADERS });
    log(`${corpus.cached ? 'reused' : 'generated'} ${articles} articles (${mb(corpus.summary.bytes)} MB) in ${corpus.dir} [${Math.round(performance.now() - started)} ms]`);
    return corpus;
  });
  const [c1, c2] = corpora as [(typeof corpora)[number], (typeof corpora)[number]];

  // A build of a tiny corpus first loads the pipeline's modules and warms the JIT. Without it the
  // small size's first build would carry those one-time costs, in time and above all in peak
  // memory (maxRSS only ever rises, so the first build at each size is the one whose peak we can
  // read), and the 10k/1k ratios would flatter the large size.
  const warm = cachedCorpus(root, { articles: WARM_UP_ARTICLES, seed: SEED, leaders: LEADERS });
  log(`warm-up build of ${WARM_UP_ARTICLES} articles: ${describeRun(await timedBuild(warm.dir, WARM_UP_ARTICLES))}`);

  const m1 = await measure(c1.dir, c1.summary, 'small');
  // Budget the large size from the small one: two runs when one is cheap, one when it is not.
  const expectedS = (m1.ms / small) * large / 1000;
  log(`${large} articles: expect about ${Math.round(expectedS)} s per build if linear`);
  const m2 = await measure(c2.dir, c2.summary, expectedS < 150 ? 'large-twice' : 'large-once');

  const perArticle = (m: Measurement) => m.ms / m.articles;
  const rssPer = (m: Measurement) => m.peakRssKb / m.articles;
  const label = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));
  const s = label(small);
  const l = label(large);
  return [
    { name: `build, ${s} articles: time per article (median of ${m1.runs})`, value: perArticle(m1), unit: 'ms/article' },
    {
      name: `build, ${l} articles: time per article (${m2.runs === 1 ? '1 run' : `median of ${m2.runs}`}); ratio = ${l}/${s}`,
      value: perArticle(m2),
      unit: 'ms/article',
      baseline: { name: `${s} articles`, value: perArticle(m1) },
      ratio: perArticle(m2) / perArticle(m1),
      goal: GOAL,
    },
    { name: `build, ${l} articles: total time`, value: m2.ms / 1000, unit: 's' },
    // CPU time is what a busy shared machine disturbs least (other processes take wall time, not
    // ours), so it is the steadier linearity check next to the wall-time one above.
    { name: `build, ${s} articles: CPU time per article`, value: m1.cpuMs / m1.articles, unit: 'ms/article' },
    {
      name: `build, ${l} articles: CPU time per article; ratio = ${l}/${s}`,
      value: m2.cpuMs / m2.articles,
      unit: 'ms/article',
      baseline: { name: `${s} articles`, value: m1.cpuMs / m1.articles },
      ratio: m2.cpuMs / m2.articles / (m1.cpuMs / m1.articles),
      goal: GOAL,
    },
    // A bigger live heap makes each full GC slower; this shows how much of any growth is the GC's.
    {
      name: `build, ${l} articles: share of build time in GC`,
      value: (100 * m2.gcMs) / m2.ms,
      unit: '%',
      baseline: { name: `${s} articles`, value: (100 * m1.gcMs) / m1.ms },
      ratio: m1.gcMs > 0 ? m2.gcMs / m2.ms / (m1.gcMs / m1.ms) : undefined,
    },
    // Live data is the memory figure that should grow linearly: the heap the result holds after a
    // full GC. Peak RSS also holds the garbage V8 has not collected yet (tens of MB whatever the
    // size), so its per-article value falls with size and is shown without a goal.
    { name: `build, ${s} articles: heap held by the result per article`, value: m1.retainedKb / m1.articles, unit: 'KB/article' },
    {
      name: `build, ${l} articles: heap held by the result per article; ratio = ${l}/${s}`,
      value: m2.retainedKb / m2.articles,
      unit: 'KB/article',
      baseline: { name: `${s} articles`, value: m1.retainedKb / m1.articles },
      ratio: m1.retainedKb > 0 ? (m2.retainedKb / m2.articles) / (m1.retainedKb / m1.articles) : undefined,
      goal: GOAL,
    },
    { name: `build, ${s} articles: peak RSS growth per article`, value: rssPer(m1), unit: 'KB/article' },
    {
      name: `build, ${l} articles: peak RSS growth per article (incl. uncollected garbage)`,
      value: rssPer(m2),
      unit: 'KB/article',
      baseline: { name: `${s} articles`, value: rssPer(m1) },
      ratio: rssPer(m1) > 0 ? rssPer(m2) / rssPer(m1) : undefined,
    },
    { name: `build, ${l} articles: peak RSS growth`, value: m2.peakRssKb / 1024, unit: 'MB' },
    // What the build found, so a reader can tell a fast build from one that skipped the work.
    { name: `build, ${l} articles: meetings found per article`, value: m2.meetings / m2.articles, unit: 'meetings/article' },
    { name: `build, ${l} articles: quotes found per article`, value: m2.quotes / m2.articles, unit: 'quotes/article' },
    { name: `synthetic corpus, ${l} articles: size`, value: m2.summary.bytes / 1e6, unit: 'MB' },
  ];
}

// --- Two languages against today's engine ------------------------------------------------------

/** "Today's" engine: the last commit before the language work (src/lang, English rules). */
export const BASELINE_COMMIT = '19d8e80';
const LANGUAGE_GOAL = '≤ 1.2×';
const ENGLISH_SHARE = 0.5;

export interface LanguageOptions {
  /** Articles in each compared corpus; 0 leaves the comparison out. */
  articles: number;
  /** People in their registry. */
  leaders: number;
  /** Timed builds per engine and corpus; the rows report the median. */
  runs: number;
  /** The commit whose engine is "today's". */
  commit: string;
  /** Where corpora are cached. */
  root: string;
  /** The git checkout to take today's engine from. */
  repo: string;
}

export type Engine = 'now' | 'today';

/** Times one build of `corpusDir` by an engine, after an untimed build of `warmDir`. */
export interface Engines {
  /** The full hash of today's commit, for the log. */
  todayCommit: string;
  time(engine: Engine, corpusDir: string, warmDir: string): Promise<ChildTiming>;
  close(): void;
}

function languageOptions(root: string): LanguageOptions {
  const count = (name: string, fallback: number, min: number): number => {
    const raw = process.env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`build bench: ${name} must be a whole number ≥ ${min}, got "${raw}"`);
    return n;
  };
  return {
    articles: count('BENCH_LANG_ARTICLES', 10_000, 0),
    leaders: count('BENCH_LANG_LEADERS', 1000, 1),
    runs: count('BENCH_LANG_RUNS', 2, 1),
    commit: process.env.BENCH_BASELINE_COMMIT?.trim() || BASELINE_COMMIT,
    root,
    repo: REPO,
  };
}

/**
 * Per-article build cost now and today on a Vietnamese-only and a half-English corpus (same
 * seed, same registry, the same meetings told), with the ratio now/today against the goal.
 * `openEngines` is swapped by tests; by default it checks today's commit out into a worktree.
 */
export async function languageRows(options: LanguageOptions, openEngines: (o: LanguageOptions) => Engines = childEngines): Promise<BenchRow[]> {
  const n = options.articles;
  if (n === 0) return [];
  const corpus = (articles: number, english: number) => {
    const started = performance.now();
    const c = cachedCorpus(options.root, { articles, seed: SEED, leaders: options.leaders, english });
    log(`${c.cached ? 'reused' : 'generated'} ${articles} articles, ${c.summary.english} in English (${mb(c.summary.bytes)} MB) in ${c.dir} [${Math.round(performance.now() - started)} ms]`);
    return c;
  };
  const corpora = [
    { key: 'vi', ...corpus(n, 0) },
    { key: 'mixed', ...corpus(n, ENGLISH_SHARE) },
  ] as const;
  // Both languages in the warm-up, so neither engine meets its first English article while timed.
  const warm = corpus(WARM_UP_ARTICLES, ENGLISH_SHARE);

  const timings: Record<'vi' | 'mixed', Record<Engine, ChildTiming[]>> = {
    vi: { now: [], today: [] },
    mixed: { now: [], today: [] },
  };
  const engines = openEngines(options);
  try {
    log(`today's engine: ${options.commit} (${engines.todayCommit})`);
    for (let run = 0; run < options.runs; run++) {
      for (const c of corpora) {
        // Alternate which engine goes first, so a machine that slows down (or warms its caches)
        // over the run does not always favour the same one.
        const order: Engine[] = (run + (c.key === 'mixed' ? 1 : 0)) % 2 === 0 ? ['now', 'today'] : ['today', 'now'];
        for (const engine of order) {
          const t = await engines.time(engine, c.dir, warm.dir);
          checkChild(t, c.summary.articles, engine, c.dir);
          timings[c.key][engine].push(t);
          log(`${engine === 'now' ? 'now  ' : 'today'} ${c.key === 'vi' ? 'Vietnamese' : 'half English'}, run ${run + 1}: ${describeRun(t)}, ${t.meetings} meetings, ${t.quotes} quotes`);
        }
      }
    }
  } finally {
    engines.close();
  }

  const label = (x: number) => (x % 1000 === 0 ? `${x / 1000}k` : String(x));
  const runs = options.runs === 1 ? '1 run' : `median of ${options.runs}`;
  const todayName = `today (${options.commit})`;
  const rows: BenchRow[] = [];
  for (const c of corpora) {
    const what = c.key === 'vi'
      ? `${label(n)} Vietnamese articles`
      : `${label(n)} articles, ${Math.round(ENGLISH_SHARE * 100)}% English`;
    const head = `build, ${what}, ${label(options.leaders)} people`;
    const per = (engine: Engine, pick: (t: ChildTiming) => number) => median(timings[c.key][engine].map((t) => pick(t) / t.files));
    const compare = (name: string, unit: string, pick: (t: ChildTiming) => number, goal?: string): BenchRow => {
      const now = per('now', pick);
      const today = per('today', pick);
      return {
        name,
        value: now,
        unit,
        baseline: { name: todayName, value: today },
        ...(today > 0 ? { ratio: now / today } : {}),
        ...(goal === undefined ? {} : { goal }),
      };
    };
    rows.push(
      compare(`${head}: time per article (${runs}); ratio = now/today`, 'ms/article', (t) => t.ms, LANGUAGE_GOAL),
      compare(`${head}: CPU time per article (${runs}); ratio = now/today`, 'ms/article', (t) => t.cpuMs, LANGUAGE_GOAL),
    );
  }
  // What each engine found, so a cheaper build that skipped the work shows as such.
  for (const c of corpora) {
    const what = c.key === 'vi' ? `${label(n)} Vietnamese articles` : `${label(n)} articles, ${Math.round(ENGLISH_SHARE * 100)}% English`;
    const found = (engine: Engine, pick: (t: ChildTiming) => number) => {
      const t = timings[c.key][engine][0] as ChildTiming;
      return pick(t) / t.files;
    };
    for (const [noun, pick] of [['meetings', (t: ChildTiming) => t.meetings], ['quotes', (t: ChildTiming) => t.quotes]] as const) {
      const now = found('now', pick);
      const today = found('today', pick);
      rows.push({
        name: `build, ${what}: ${noun} found per article; ratio = now/today`,
        value: now,
        unit: `${noun}/article`,
        baseline: { name: todayName, value: today },
        ...(today > 0 ? { ratio: now / today } : {}),
      });
    }
  }
  const mixed = timings.mixed.now[0] as ChildTiming;
  if (mixed.languages !== null) {
    rows.push({
      name: `build, ${label(n)} articles, ${Math.round(ENGLISH_SHARE * 100)}% English: articles the engine reads as English (${corpora[1].summary.english} written in English)`,
      value: (100 * (mixed.languages.en ?? 0)) / mixed.built,
      unit: '%',
    });
  }
  return rows;
}

/**
 * The real engines: this checkout's and today's commit checked out into a temporary worktree, each
 * run by `build-child.ts` with tsx in a process of its own, from its own folder.
 */
function childEngines(options: LanguageOptions): Engines {
  const worktree = addBaselineWorktree(options.repo, options.commit);
  const tsx = createRequire(import.meta.url).resolve('tsx');
  const script = fileURLToPath(new URL('./build-child.ts', import.meta.url));
  return {
    todayCommit: worktree.commit,
    time: (engine, corpusDir, warmDir) => {
      const code = engine === 'now' ? options.repo : worktree.dir;
      return runChild([process.execPath, '--expose-gc', '--import', pathToFileURL(tsx).href, script, '--code', code, '--corpus', corpusDir, '--warm', warmDir], code, engine);
    },
    close: () => worktree.remove(),
  };
}

function runChild(command: string[], cwd: string, engine: Engine): Promise<ChildTiming> {
  const [exe, ...args] = command as [string, ...string[]];
  return new Promise((done, fail) => {
    const child = spawn(exe, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) {
        fail(new Error(`build bench: ${engine === 'now' ? "this checkout's" : "today's"} engine failed in ${cwd} (exit ${String(code)}): ${stderr.trim().split('\n').slice(0, 6).join(' | ')}`));
        return;
      }
      try {
        done(parseChildTiming(stdout));
      } catch (error) {
        fail(new Error(`build bench: ${engine} engine in ${cwd}: ${(error as Error).message}; stderr: ${stderr.trim().slice(0, 500)}`, { cause: error }));
      }
    });
  });
}

/** Every file must have been read: a skipped article would make a build look cheap per article. */
function checkChild(t: ChildTiming, expected: number, engine: Engine, dir: string): void {
  if (t.files !== expected) {
    throw new Error(`build bench: ${engine}'s engine reported ${t.built} articles and ${t.skipped} skipped for ${expected} files in ${dir}`);
  }
  if (t.skipped > expected * 0.01) {
    throw new Error(`build bench: ${engine}'s engine skipped ${t.skipped} of ${expected} synthetic articles in ${dir}; fix that before timing`);
  }
}

async function measure(dir: string, summary: CorpusSummary, plan: 'small' | 'large-twice' | 'large-once'): Promise<Measurement> {
  const n = summary.articles;
  const first = await firstBuild(dir, n);
  log(`${n} articles: first build ${describeRun(first)}, ${first.meetings} meetings, ${first.quotes} quotes`);

  // The warm-up build has run, so every run counts, the first included.
  const runs: RunTimes[] = [first];
  const more = plan === 'small' ? (first.ms < 20_000 ? 4 : 2) : plan === 'large-twice' ? 1 : 0;
  for (let i = 0; i < more; i++) {
    collectGarbage();
    const { result, ...run } = await timedBuild(dir, n);
    void result;
    runs.push(run);
    log(`${n} articles: run ${i + 2}: ${describeRun(run)}`);
  }
  return {
    ...first,
    articles: n,
    ms: median(runs.map((r) => r.ms)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    gcMs: median(runs.map((r) => r.gcMs)),
    runs: runs.length,
    summary,
  };
}

/**
 * The first build at a size, with its memory figures. Its own function so the result it holds is
 * unreachable once it returns, and the timed runs after it do not share the heap with it.
 */
async function firstBuild(dir: string, n: number): Promise<RunTimes & { peakRssKb: number; retainedKb: number; meetings: number; quotes: number }> {
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  const { result, ...times } = await timedBuild(dir, n);
  // maxRSS is the process's all-time peak (KB); after a GC the current RSS is the floor this build
  // started from, so the difference is how far this build pushed the peak (never more than that).
  const peakRssKb = Math.max(0, process.resourceUsage().maxRSS - rssBefore / 1024);
  collectGarbage();
  const retainedKb = Math.max(0, (process.memoryUsage().heapUsed - heapBefore) / 1024);
  const { data } = result;
  checkOutput(data.articles.length, data.skipped, n, dir);
  return { ...times, peakRssKb, retainedKb, meetings: data.meetings.length, quotes: data.quotes.length };
}

type Built = Awaited<ReturnType<typeof buildCorpus>>;

interface RunTimes {
  ms: number;
  cpuMs: number;
  gcMs: number;
}

/** Sums GC pause time as V8 reports it; entries arrive asynchronously, after the build returns. */
let gcTotalMs = 0;
let gcObserver: PerformanceObserver | null = null;
function startGcObserver(): void {
  if (gcObserver) return;
  gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcTotalMs += entry.duration;
  });
  gcObserver.observe({ entryTypes: ['gc'] });
}
/** Lets queued GC entries be delivered before the counter is read. */
const settle = () => new Promise<void>((done) => setTimeout(done, 20));

function describeRun(run: Pick<RunTimes, 'ms' | 'cpuMs' | 'gcMs'>): string {
  return `${Math.round(run.ms)} ms wall, ${Math.round(run.cpuMs)} ms CPU, ${Math.round(run.gcMs)} ms GC`;
}

async function timedBuild(dir: string, n: number): Promise<RunTimes & { result: Built }> {
  startGcObserver();
  await settle();
  const gcBefore = gcTotalMs;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let result: Built;
  try {
    // `await` keeps this right if buildCorpus becomes async.
    result = await buildCorpus({ corpusDir: dir, registryFile: join(dir, 'leaders.json') });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`build bench: buildCorpus failed on the synthetic ${n}-article corpus in ${dir}: ${message} — no figures until it builds`, { cause: error });
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  await settle();
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, gcMs: gcTotalMs - gcBefore, result };
}

/**
 * Figures about a build that rejected its input would measure the rejection path. The synthetic
 * articles are all valid, so more than a few skipped means the pipeline and the generator disagree
 * about the format, and that must be fixed before the timing means anything.
 */
function checkOutput(built: number, skipped: readonly { file: string; reason: string }[], expected: number, dir: string): void {
  if (built + skipped.length !== expected) {
    throw new Error(`build bench: buildCorpus reported ${built} articles and ${skipped.length} skipped for ${expected} files in ${dir}`);
  }
  if (skipped.length > expected * 0.01) {
    const first = skipped[0];
    throw new Error(
      `build bench: buildCorpus skipped ${skipped.length} of ${expected} synthetic articles (first: ${first?.file}: ${first?.reason}); fix the generator or the pipeline before timing`,
    );
  }
}

function sizes(): [number, number] {
  const raw = process.env.BENCH_BUILD_SIZES;
  if (raw === undefined || raw.trim() === '') return [1000, 10_000];
  const parts = raw.split(',').map((p) => Number(p.trim()));
  const [a, b] = parts;
  if (parts.length !== 2 || a === undefined || b === undefined || !Number.isInteger(a) || !Number.isInteger(b) || a < 1 || b <= a) {
    throw new Error(`build bench: BENCH_BUILD_SIZES must be two increasing article counts like "100,1000", got "${raw}"`);
  }
  return [a, b];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) throw new Error('build bench: no timed runs');
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

function log(line: string): void {
  process.stderr.write(`build bench: ${line}\n`);
}
