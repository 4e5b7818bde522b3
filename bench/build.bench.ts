/**
 * The index stage (`npm run build:index`: the corpus build, then the extension index made and
 * written) on synthetic corpora of the real mix (synthetic-corpus.ts) with a 1k-person registry:
 * 1k and 10k articles, each built from an empty cache as its own process the way npm runs it, and
 * timed with the peak memory of its whole process tree (bench/process-tree.ts). Then the 10k
 * corpus built again from the cache as it is (the floor of an incremental build), and with one
 * article added to its folder (the generator's next one, linked in beside the others), in rounds
 * (`BENCH_BUILD_ADD_ROUNDS`, default 5: each round the generator's next article, new to the cache;
 * the one before taken out and the corpus built again between them), reported as their median
 * and slowest. `--huge` (`npm run bench -- --only build --huge`) adds
 * 100k articles.
 *
 * Baselines measured in the same run: the same engine on one thread, in this process, without a
 * cache (`buildCorpus`, the plain build, and the index made and written), at the small size: the
 * parallel build's time per article against it is the speed-up from the cores. The small size's
 * figures are the baseline of the large size's (per-article cost flat: ratio near 1). Goals are the
 * issue's: 10k articles in ≤ 90 s and ≤ 1 GB, per-article cost flat, one added article ≤ 5 s.
 *
 * `BENCH_BUILD_SIZES=100,1000` swaps the sizes for a quick run, `BENCH_BUILD_HUGE` the `--huge`
 * size (default 100000), `BENCH_BUILD_LEADERS` the registry size (default 1000); `BENCH_OUT_DIR`
 * moves the generated corpora (default `.bench-out/`).
 */
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IndexStageReport } from '../src/cli/run-build-index';
import { writeIndexFolder } from '../src/cli/write-index';
import { indexPayloads } from '../src/index-data/index-layout';
import { buildCorpus } from '../src/corpus/build-corpus';
import { buildExtensionIndex } from '../src/index-data/build-index';
import { runMeasured, type MeasuredRun } from './process-tree';
import { collectGarbage } from './run';
import { cachedCorpus, type CorpusSummary } from './synthetic-corpus';
import type { BenchRow } from './types';

const SEED = 'leaderlens-build-bench';
const REPO = fileURLToPath(new URL('..', import.meta.url));
const WARM_UP_ARTICLES = 20;
const GOAL_WALL_S = 90;
const GOAL_PEAK_MB = 1024;
const GOAL_INCREMENTAL_S = 5;

export interface BuildBenchOptions {
  /** Add a 100k-article corpus (`--huge`). */
  huge?: boolean;
}

/** One run of the index stage, as its process reported it and as it was measured from outside. */
export interface IndexStageRun {
  articles: number;
  wallMs: number;
  /** Peak RSS of the process tree, KB (the process's own peak where the tree cannot be sampled). */
  peakRssKb: number;
  report: IndexStageReport;
}

/** Runs the index stage on `corpusDir` with the stage cache in `cacheDir`. Swapped by tests. */
export type IndexStageRunner = (corpusDir: string, cacheDir: string, articles: number) => Promise<IndexStageRun>;

/** Times the plain build (one thread, no cache) with the index made and written, in this process. Swapped by tests. */
export type PlainBuildTimer = (corpusDir: string) => Promise<{ ms: number; cpuMs: number }>;

export default async function buildBench(options: BuildBenchOptions = {}): Promise<BenchRow[]> {
  return indexStageRows(options, { run: runIndexStage, plain: timePlainBuild });
}

export async function indexStageRows(options: BuildBenchOptions, deps: { run: IndexStageRunner; plain: PlainBuildTimer }): Promise<BenchRow[]> {
  const root = process.env.BENCH_OUT_DIR ?? join(REPO, '.bench-out');
  const [small, large] = sizes();
  const leaders = count('BENCH_BUILD_LEADERS', 1000);
  // Generated before anything is timed (and kept under .bench-out/): the large corpus plus one
  // article is the large corpus's files and the generator's next article, byte for byte.
  const corpus = (articles: number) => {
    const started = performance.now();
    const c = cachedCorpus(root, { articles, seed: SEED, leaders });
    log(`${c.cached ? 'reused' : 'generated'} ${articles} articles (${mb(c.summary.bytes)} MB, ${c.summary.english} in English) in ${c.dir} [${Math.round(performance.now() - started)} ms]`);
    return c;
  };
  const c1 = corpus(small);
  const c2 = corpus(large);
  // The rounds' added articles: the generator's next ones after the large corpus, one a round, each
  // new to the stage cache (an article added a second time would be read from it).
  const rounds = count('BENCH_BUILD_ADD_ROUNDS', 5);
  const cMore = corpus(large + rounds);
  const hugeSize = count('BENCH_BUILD_HUGE', 100_000);
  const huge = options.huge ? corpus(hugeSize) : null;
  const label = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));
  const who = `${label(leaders)} people`;

  const caches = mkdtempSync(join(tmpdir(), 'leaderlens-bench-cache-'));
  try {
    // The floor: the plain build of the small corpus on this thread, after a warm-up build.
    await deps.plain(corpus(WARM_UP_ARTICLES).dir);
    collectGarbage();
    const plain = await deps.plain(c1.dir);
    log(`plain build (one thread, no cache) of ${small} articles: ${Math.round(plain.ms)} ms wall, ${Math.round(plain.cpuMs)} ms CPU`);

    const cold1 = await measured(deps.run, c1.dir, join(caches, 'small'), small, 'from an empty cache');
    const cold2 = await measured(deps.run, c2.dir, join(caches, 'large'), large, 'from an empty cache');
    // An article added to a built corpus is added to its folder: the large corpus's files linked
    // into a folder of their own, built again, then the next article linked in beside them.
    const work = workingCopy(c2.dir, join(caches, 'large-corpus'));
    await settle();
    const again = await measured(deps.run, work, join(caches, 'large'), large, 'again, from the cache');
    // The added article's build, in rounds: one build on a 2-core machine moves by a second or more
    // with whatever else runs, so the row is the median of several, with the slowest beside it.
    // Each round adds an article of its own; between rounds the one before is taken out and the
    // corpus built again, back to its state.
    const extras = newArticles(c2.dir, cMore.dir);
    const addedRuns: IndexStageRun[] = [];
    for (let round = 1; round <= rounds; round++) {
      if (round > 1) {
        rmSync(join(work, 'articles', extras[round - 2]!));
        await settle();
        await measured(deps.run, work, join(caches, 'large'), large, `the added article taken out again (round ${round} of ${rounds})`);
      }
      linkSync(join(cMore.dir, 'articles', extras[round - 1]!), join(work, 'articles', extras[round - 1]!));
      addedRuns.push(await measured(deps.run, work, join(caches, 'large'), large + 1, `one article added, from the cache (round ${round} of ${rounds})`));
    }
    const added = medianRun(addedRuns);
    const slowest = Math.max(...addedRuns.map((r) => r.wallMs));
    const cold3 = huge ? await measured(deps.run, huge.dir, join(caches, 'huge'), hugeSize, 'from an empty cache') : null;

    const perArticle = (r: IndexStageRun) => r.wallMs / r.articles;
    const cpuPerArticle = (r: IndexStageRun) => r.report.cpuMs / r.articles;
    const s = label(small);
    const l = label(large);
    const threads = `${cold2.report.build.workers} threads`;
    const rows: BenchRow[] = [
      { name: `index stage, ${s} articles, ${who}: time per article, plain build (one thread, no cache; the floor)`, value: plain.ms / small, unit: 'ms/article' },
      {
        name: `index stage, ${s} articles: time per article on ${threads}, from an empty cache; ratio = vs one thread`,
        value: perArticle(cold1),
        unit: 'ms/article',
        baseline: { name: 'one thread', value: plain.ms / small },
        ratio: perArticle(cold1) / (plain.ms / small),
        goal: `→ 1/${cold1.report.build.workers} with the cores`,
      },
      {
        name: `index stage, ${l} articles: time per article; ratio = ${l}/${s}`,
        value: perArticle(cold2),
        unit: 'ms/article',
        baseline: { name: `${s} articles`, value: perArticle(cold1) },
        ratio: perArticle(cold2) / perArticle(cold1),
        goal: '≤ 1.3 (flat)',
      },
      // CPU time is what a busy shared machine disturbs least: the steadier flatness check.
      {
        name: `index stage, ${l} articles: CPU time per article (all threads); ratio = ${l}/${s}`,
        value: cpuPerArticle(cold2),
        unit: 'ms/article',
        baseline: { name: `${s} articles`, value: cpuPerArticle(cold1) },
        ratio: cpuPerArticle(cold2) / cpuPerArticle(cold1),
        goal: '≤ 1.3 (flat)',
      },
      { name: `index stage, ${s} articles: wall time`, value: cold1.wallMs / 1000, unit: 's' },
      {
        name: `index stage, ${l} articles: wall time; ratio = vs the goal`,
        value: cold2.wallMs / 1000,
        unit: 's',
        baseline: { name: 'goal', value: GOAL_WALL_S },
        ratio: cold2.wallMs / 1000 / GOAL_WALL_S,
        goal: `≤ ${GOAL_WALL_S} s`,
      },
      { name: `index stage, ${s} articles: peak memory of the process tree`, value: cold1.peakRssKb / 1024, unit: 'MB' },
      {
        name: `index stage, ${l} articles: peak memory of the process tree; ratio = ${l}/${s}`,
        value: cold2.peakRssKb / 1024,
        unit: 'MB',
        baseline: { name: `${s} articles`, value: cold1.peakRssKb / 1024 },
        ratio: cold2.peakRssKb / cold1.peakRssKb,
        goal: `≤ ${GOAL_PEAK_MB} MB`,
      },
      {
        name: `index stage, ${l} articles again, from the cache, nothing changed (the floor of an incremental build)`,
        value: again.wallMs / 1000,
        unit: 's',
      },
      {
        name: `index stage, ${l} articles + 1 added: wall time (${rounds === 1 ? 'one round' : `median of ${rounds} rounds`}); ratio = vs nothing changed`,
        value: added.wallMs / 1000,
        unit: 's',
        baseline: { name: 'nothing changed', value: again.wallMs / 1000 },
        ratio: added.wallMs / again.wallMs,
        goal: `≤ ${GOAL_INCREMENTAL_S} s`,
      },
      { name: `index stage, ${l} articles + 1 added: wall time, the slowest of ${rounds} rounds`, value: slowest / 1000, unit: 's' },
      {
        name: `index stage, ${l} articles + 1 added: files of the index written (the rest kept, ${added.report.unmade} of them not even made)`,
        value: added.report.written,
        unit: `of ${added.report.files}`,
      },
      ...partRows(`index stage, ${l} articles + 1 added`, added),
      ...partRows(`index stage, ${l} articles from an empty cache`, cold2),
      ...foundRows(l, c2.summary, cold2),
    ];
    if (cold3) {
      const h = label(hugeSize);
      rows.push(
        {
          name: `index stage, ${h} articles: time per article; ratio = ${h}/${s}`,
          value: perArticle(cold3),
          unit: 'ms/article',
          baseline: { name: `${s} articles`, value: perArticle(cold1) },
          ratio: perArticle(cold3) / perArticle(cold1),
          goal: '≤ 1.3 (flat)',
        },
        { name: `index stage, ${h} articles: wall time`, value: cold3.wallMs / 1000, unit: 's' },
        { name: `index stage, ${h} articles: peak memory of the process tree`, value: cold3.peakRssKb / 1024, unit: 'MB' },
      );
    }
    return rows;
  } finally {
    rmSync(caches, { recursive: true, force: true });
  }
}

async function measured(run: IndexStageRunner, dir: string, cacheDir: string, articles: number, what: string): Promise<IndexStageRun> {
  mkdirSync(cacheDir, { recursive: true });
  const result = await run(dir, cacheDir, articles);
  const b = result.report.build;
  log(
    `${articles} articles, ${what}: ${(result.wallMs / 1000).toFixed(1)} s wall, ${(result.report.cpuMs / 1000).toFixed(1)} s CPU, ` +
      `peak ${Math.round(result.peakRssKb / 1024)} MB; ${b.cachedFiles}/${b.files} from the cache, ${b.rereads} read again ` +
      `(${b.cachedRereads} from the cache); ${result.report.written}/${result.report.files} files written; parts ${parts(result).map(([p, ms]) => `${p} ${(ms / 1000).toFixed(1)} s`).join(', ')}`,
  );
  return result;
}

function parts(run: IndexStageRun): [string, number][] {
  const { ms } = run.report.build;
  return [
    ['start', ms.start],
    ['per-article stage', ms.articles],
    ['second readings', ms.rereads],
    ['merge', ms.merge],
    ['index', run.report.ms.index],
    ['write', run.report.ms.write],
  ];
}

/** Where the time of a build went, so the next step knows what to work on (the index write is the extension's layout). */
function partRows(head: string, run: IndexStageRun): BenchRow[] {
  return parts(run).map(([part, ms]) => ({ name: `${head}: ${part}`, value: ms / 1000, unit: 's' }));
}

/** What the build found, so a fast build that skipped the work shows as such. */
function foundRows(l: string, summary: CorpusSummary, run: IndexStageRun): BenchRow[] {
  const { counts, languages } = run.report;
  const n = run.articles;
  return [
    { name: `index stage, ${l} articles: meetings found per article`, value: counts.meetings / n, unit: 'meetings/article' },
    { name: `index stage, ${l} articles: quotes found per article`, value: counts.quotes / n, unit: 'quotes/article' },
    { name: `index stage, ${l} articles: people found outside the registry`, value: counts.found, unit: 'people' },
    { name: `index stage, ${l} articles: articles read again with them`, value: (100 * run.report.build.rereads) / n, unit: '%' },
    { name: `index stage, ${l} articles: read as English (${summary.english} written in English)`, value: (100 * (languages.en ?? 0)) / n, unit: '%' },
    { name: `index stage, ${l} articles: index size`, value: run.report.bytes / 1e6, unit: 'MB' },
    { name: `synthetic corpus, ${l} articles: size`, value: summary.bytes / 1e6, unit: 'MB' },
  ];
}

/**
 * `npm run build:index` without npm's own process: Node on src/cli/index-stage.mjs (the stage
 * bundled once, then loaded without tsx's loader), as the script runs it,
 * on the corpus, with the stage cache in `cacheDir` and the index beside it, so a build from that
 * cache replaces the index of the build before it, as `npm run build:index` replaces generated/'s.
 */
const runIndexStage: IndexStageRunner = async (corpusDir, cacheDir, articles) => {
  const work = mkdtempSync(join(tmpdir(), 'leaderlens-bench-index-'));
  try {
    const statsFile = join(work, 'stats.json');
    const run: MeasuredRun = await runMeasured(process.execPath, [join(REPO, 'src/cli/index-stage.mjs'), '--corpus', corpusDir, '--out', `${cacheDir}-index`], {
      cwd: REPO,
      env: { ...process.env, INIT_CWD: REPO, LEADERLENS_CACHE_DIR: cacheDir, LEADERLENS_STATS_FILE: statsFile },
    });
    if (run.code !== 0) throw new Error(`build bench: npm run build:index failed on ${corpusDir} (exit ${String(run.code)}): ${run.stderr.trim().split('\n').slice(-6).join(' | ')}`);
    const report = JSON.parse(readFileSync(statsFile, 'utf8')) as IndexStageReport;
    checkOutput(report, articles, corpusDir);
    return { articles, wallMs: run.wallMs, peakRssKb: run.peakRssKb ?? report.maxRssKb, report };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

/** The plain build, timed here: `buildCorpus` on this thread, then the index made and written. */
const timePlainBuild: PlainBuildTimer = async (corpusDir) => {
  const work = mkdtempSync(join(tmpdir(), 'leaderlens-bench-plain-'));
  try {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const build = buildCorpus({ corpusDir, registryFile: join(corpusDir, 'leaders.json') });
    await writeIndexFolder(indexPayloads(buildExtensionIndex(build)), join(work, 'index'));
    const cpu = process.cpuUsage(cpuBefore);
    return { ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

/**
 * Figures about a build that rejected its input would measure the rejection path: the synthetic
 * articles are all valid, so every one must be built.
 */
function checkOutput(report: IndexStageReport, expected: number, dir: string): void {
  if (report.counts.articles !== expected || report.counts.skipped > 0) {
    throw new Error(`build bench: the index of ${dir} has ${report.counts.articles} articles and ${report.counts.skipped} skipped for ${expected} files; fix that before timing`);
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

/**
 * A folder laid out like `from` whose files are links to `from`'s (the same inodes, no copying):
 * the corpus a reader builds again and adds to.
 */
function workingCopy(from: string, to: string): string {
  mkdirSync(join(to, 'articles'), { recursive: true });
  linkSync(join(from, 'leaders.json'), join(to, 'leaders.json'));
  for (const name of readdirSync(join(from, 'articles'))) linkSync(join(from, 'articles', name), join(to, 'articles', name));
  return to;
}

/** The articles of `plus` that `base` lacks (the generator's next ones), in the order it wrote them. */
function newArticles(base: string, plus: string): string[] {
  const known = new Set(readdirSync(join(base, 'articles')));
  return readdirSync(join(plus, 'articles'))
    .filter((name) => !known.has(name))
    .sort();
}

/** The run of median wall time (the lower middle one of an even count), whose parts the rows then report. */
function medianRun(runs: readonly IndexStageRun[]): IndexStageRun {
  const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * Waits until files linked just now are older than the two seconds in which the build's file memo
 * does not trust what lstat says of a file (corpus/file-hash-memo.ts), as it would trust a corpus
 * not written in the last two seconds. `BENCH_BUILD_SETTLE_MS` shortens it for the bench's tests.
 */
function settle(): Promise<void> {
  const ms = Number(process.env.BENCH_BUILD_SETTLE_MS ?? 2500);
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function count(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`build bench: ${name} must be a whole number ≥ 1, got "${raw}"`);
  return n;
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

function log(line: string): void {
  process.stderr.write(`build bench: ${line}\n`);
}
