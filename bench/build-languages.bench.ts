/**
 * The cost of reading two languages: the build's time per article on a 10k-article corpus with a
 * 1k-person registry, Vietnamese only and half English, against today's engine — the project at
 * commit {@link BASELINE_COMMIT}, before the language work — on the same corpora in the same run.
 * The goal is "≤ 1.2×". Today's engine is checked out into a temporary git worktree (with this
 * checkout's node_modules linked in) and run through its own code; both engines are timed by the
 * same script (`build-child.ts`, the single-threaded `buildCorpus`) in fresh child processes,
 * alternating which goes first, and the worktree is removed at the end. Today's engine reads an
 * English article with its Vietnamese rules and finds less in it; it still reads every file, and
 * the ratio is of cost per article. (Split from build.bench.ts, which now measures the index stage.)
 *
 * `BENCH_LANG_ARTICLES=200` sets the corpus size (0 leaves the comparison out), `BENCH_LANG_LEADERS`
 * its registry size (default 1000), `BENCH_LANG_RUNS` its timed builds per engine and corpus
 * (default 2), `BENCH_BASELINE_COMMIT` the commit that is "today"; `BENCH_OUT_DIR` moves the
 * corpus cache (default `.bench-out/` at the repository root).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { addBaselineWorktree } from './baseline-worktree';
import { parseChildTiming, type ChildTiming } from './build-child';
import { cachedCorpus } from './synthetic-corpus';
import type { BenchRow } from './types';

const SEED = 'leaderlens-build-bench';
const WARM_UP_ARTICLES = 20;
const REPO = fileURLToPath(new URL('..', import.meta.url));

export default async function buildLanguagesBench(): Promise<BenchRow[]> {
  const options = languageOptions(process.env.BENCH_OUT_DIR ?? join(REPO, '.bench-out'));
  const rows = await languageRows(options);
  // The runner takes no bench without rows: say that it was left out, and how to run it.
  return rows.length > 0 ? rows : [{ name: 'build, two languages against today\'s engine: left out (BENCH_LANG_ARTICLES=0)', value: 0, unit: 'articles' }];
}

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

export function languageOptions(root: string): LanguageOptions {
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
    // The registry today's engine can load: without the fields its loader does not know.
    const c = cachedCorpus(options.root, { articles, seed: SEED, leaders: options.leaders, english, legacyRegistry: true });
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
    // The spread behind the median: on a shared 2-core machine one run of either engine moves by
    // 15 % or more, so the ratio of each pair of runs (the same run number, one after the other)
    // says how far the median can be trusted.
    if (options.runs >= 2) {
      const paired = timings[c.key].now.map((t, i) => t.ms / t.files / (timings[c.key].today[i]!.ms / timings[c.key].today[i]!.files));
      rows.push({
        name: `${head}: time per article, now/today in each of ${options.runs} paired runs: lowest (highest ${Math.max(...paired).toFixed(2)}×)`,
        value: Math.min(...paired),
        unit: '×',
      });
    }
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

function describeRun(run: Pick<ChildTiming, 'ms' | 'cpuMs' | 'gcMs'>): string {
  return `${Math.round(run.ms)} ms wall, ${Math.round(run.cpuMs)} ms CPU, ${Math.round(run.gcMs)} ms GC`;
}
