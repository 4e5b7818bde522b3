/**
 * One timed corpus build in a process of its own, for `build.bench.ts`'s comparison with an
 * earlier version of the engine: the engine is whichever project folder `--code` names (this
 * checkout, or a git worktree of an old commit), imported from `<code>/src/corpus/build-corpus.ts`
 * and run on `--corpus`. Both versions are timed by this same script, in fresh processes started
 * the same way, so the comparison is about the engines and nothing else.
 *
 * Usage: node --expose-gc --import tsx bench/build-child.ts --code <root> --corpus <dir> [--warm <dir>]
 *
 * `--warm` builds a small corpus first, untimed, so module loading and the JIT's first compilations
 * are not billed to the timed build. Prints one line `BUILD_TIMING {…json…}` on stdout
 * ({@link ChildTiming}); progress and errors go to stderr.
 */
import { join, resolve } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { isEntryPoint } from './is-entry-point';

export const TIMING_PREFIX = 'BUILD_TIMING ';

export interface ChildTiming {
  /** Article files in the corpus: built plus skipped. */
  files: number;
  built: number;
  skipped: number;
  /** Wall time of the timed `buildCorpus` call, ms. */
  ms: number;
  /** CPU time (user + system, all threads) of the same call, ms. */
  cpuMs: number;
  /** Time V8 spent in GC during it, ms. */
  gcMs: number;
  meetings: number;
  quotes: number;
  /** Built articles by the language the engine found, or null for an engine that finds none. */
  languages: Record<string, number> | null;
}

interface BuildOutput {
  data: { articles: unknown[]; skipped: unknown[]; meetings: unknown[]; quotes: unknown[] };
  articles: { language?: unknown }[];
}
type BuildFn = (options: { corpusDir: string; registryFile?: string }) => BuildOutput | Promise<BuildOutput>;

function parseArgs(argv: readonly string[]): { code: string; corpus: string; warm?: string } {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = argv[i + 1];
    if (!['--code', '--corpus', '--warm'].includes(arg) || value === undefined) {
      throw new Error(`build-child: bad arguments ${JSON.stringify(argv)} (usage: --code <root> --corpus <dir> [--warm <dir>])`);
    }
    out[arg.slice(2)] = value;
    i++;
  }
  if (!out.code || !out.corpus) throw new Error('build-child: --code and --corpus are required');
  return { code: resolve(out.code), corpus: resolve(out.corpus), ...(out.warm ? { warm: resolve(out.warm) } : {}) };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const mod = (await import(pathToFileURL(join(args.code, 'src/corpus/build-corpus.ts')).href)) as { buildCorpus?: BuildFn };
  const buildCorpus = mod.buildCorpus;
  if (typeof buildCorpus !== 'function') throw new Error(`build-child: ${args.code}/src/corpus/build-corpus.ts exports no buildCorpus`);
  const build = (dir: string) => buildCorpus({ corpusDir: dir, registryFile: join(dir, 'leaders.json') });

  if (args.warm) await build(args.warm);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();

  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  const settle = () => new Promise<void>((done) => setTimeout(done, 20));
  await settle();
  const gcBefore = gcMs;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await build(args.corpus);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  await settle();
  observer.disconnect();

  let languages: Record<string, number> | null = {};
  for (const article of result.articles) {
    if (typeof article.language !== 'string') {
      languages = null;
      break;
    }
    languages[article.language] = (languages[article.language] ?? 0) + 1;
  }
  const built = result.data.articles.length;
  const skipped = result.data.skipped.length;
  const timing: ChildTiming = {
    files: built + skipped,
    built,
    skipped,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    gcMs: gcMs - gcBefore,
    meetings: result.data.meetings.length,
    quotes: result.data.quotes.length,
    languages,
  };
  process.stdout.write(`${TIMING_PREFIX}${JSON.stringify(timing)}\n`);
}

/** Reads the timing line out of a child's stdout (the last one, should the engine print too). */
export function parseChildTiming(stdout: string): ChildTiming {
  const line = stdout.split('\n').reverse().find((l) => l.startsWith(TIMING_PREFIX));
  if (line === undefined) throw new Error('build-child printed no timing line');
  const timing = JSON.parse(line.slice(TIMING_PREFIX.length)) as ChildTiming;
  for (const key of ['files', 'built', 'skipped', 'ms', 'cpuMs', 'gcMs', 'meetings', 'quotes'] as const) {
    if (typeof timing[key] !== 'number' || !Number.isFinite(timing[key])) throw new Error(`build-child timing has no finite ${key}: ${line}`);
  }
  return timing;
}

// Run only as a script: the bench imports `parseChildTiming` and `ChildTiming` from here.
if (isEntryPoint(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`build-child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
