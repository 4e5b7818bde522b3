/**
 * `npm run bench` (`tsx bench/run.ts [--only <name>] [--huge]`): runs every `bench/*.bench.ts` one after
 * another in this process, prints one table (name, value, unit, baseline, ratio, goal) on stdout and
 * writes the rows to `.bench-out/results.json`. Progress and errors go to stderr so stdout stays
 * the table.
 *
 * One process, one after another: figures next to their baselines are only comparable when nothing
 * else competes for the CPU. A bench that throws becomes a failed row and the others still run
 * (one broken bench should not hide the figures of the rest); the exit code is non-zero if any failed.
 * `--huge` asks the benches that have one for their largest size (the build's 100k articles).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow } from './types';
import { isEntryPoint } from './is-entry-point';
import { collectGarbage } from '../src/cli/collect-garbage';

export interface BenchOutcome {
  /** File name inside the bench folder, e.g. "build.bench.ts". */
  file: string;
  ok: boolean;
  /** Wall time of the whole bench, setup included. */
  ms: number;
  rows: BenchRow[];
  /** Why it failed: the thrown error's message (and first stack frame), or a malformed result. */
  error?: string;
}

export interface RunOptions {
  /** Folder holding `*.bench.ts` (default: this file's folder). */
  dir: string;
  /** Run only the bench whose file is `<only>.bench.ts` ("build", "build.bench" and
   * "build.bench.ts" all name `build.bench.ts`). */
  only?: string;
  /** Where progress lines go (default: stderr). */
  log?: (line: string) => void;
  /** Passed to every bench function. */
  benchOptions?: BenchOptions;
}

/** What a bench function is given: `huge` asks for its largest size, where it has one. */
export interface BenchOptions {
  huge?: boolean;
}

const SUFFIX = '.bench.ts';

export function listBenches(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(SUFFIX))
    .sort();
}

/** Resolves `--only` to a file name, or throws naming the benches that exist. */
export function selectBenches(files: readonly string[], only: string | undefined): string[] {
  if (only === undefined) return [...files];
  const base = only.replace(/\\/g, '/').split('/').pop() ?? only;
  const stem = base.replace(/\.ts$/, '').replace(/\.bench$/, '');
  const file = `${stem}${SUFFIX}`;
  if (!files.includes(file)) {
    throw new Error(`bench: no bench named "${only}"; there are: ${files.map((f) => f.slice(0, -SUFFIX.length)).join(', ') || '(none)'}`);
  }
  return [file];
}

export async function runBenches(options: RunOptions): Promise<BenchOutcome[]> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const files = selectBenches(listBenches(options.dir), options.only);
  const outcomes: BenchOutcome[] = [];
  for (const file of files) {
    log(`bench: running ${file} …`);
    collectGarbage();
    const started = performance.now();
    try {
      const mod = (await import(pathToFileURL(join(options.dir, file)).href)) as { default?: unknown };
      if (typeof mod.default !== 'function') throw new Error(`${file} has no default-exported bench function`);
      const rows: unknown = await (mod.default as (options: BenchOptions) => Promise<unknown>)(options.benchOptions ?? {});
      const checked = checkRows(rows);
      outcomes.push({ file, ok: true, ms: performance.now() - started, rows: checked });
      log(`bench: ${file} done in ${formatNumber((performance.now() - started) / 1000)} s`);
    } catch (error) {
      const message = describeError(error);
      outcomes.push({ file, ok: false, ms: performance.now() - started, rows: [], error: message });
      log(`bench: ${file} FAILED: ${message}`);
    }
  }
  return outcomes;
}

/**
 * A row with a missing name or a non-finite value is a bug in the bench, not a figure: printing
 * "NaN ms" next to a goal would read as a measurement.
 */
function checkRows(rows: unknown): BenchRow[] {
  if (!Array.isArray(rows)) throw new Error('bench function did not return an array of rows');
  if (rows.length === 0) throw new Error('bench function returned no rows');
  return rows.map((row: unknown, i) => {
    const r = row as Partial<BenchRow> | null;
    if (typeof r !== 'object' || r === null || typeof r.name !== 'string' || typeof r.unit !== 'string') {
      throw new Error(`row ${i} is not a BenchRow (needs name, value, unit)`);
    }
    if (typeof r.value !== 'number' || !Number.isFinite(r.value)) {
      throw new Error(`row "${r.name}" has no finite value (${String(r.value)})`);
    }
    return r as BenchRow;
  });
}

/**
 * The message plus the first stack frame of the innermost `cause`: a bench that wraps an error to
 * say what it was doing keeps the place where the real failure happened.
 */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  let origin: Error = error;
  while (origin.cause instanceof Error) origin = origin.cause;
  const frame = origin.stack?.split('\n').find((line) => line.trim().startsWith('at '));
  return frame ? `${error.message} (${frame.trim()})` : error.message;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4, useGrouping: false });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** One plain-text table of every row, failed benches included, then each failure's error. */
export function formatTable(outcomes: readonly BenchOutcome[]): string {
  const header = ['name', 'value', 'unit', 'baseline', 'ratio', 'goal'];
  const body: string[][] = [];
  for (const outcome of outcomes) {
    if (!outcome.ok) {
      body.push([outcome.file, 'FAILED', '', '', '', '']);
      continue;
    }
    for (const row of outcome.rows) {
      body.push([
        row.name,
        formatNumber(row.value),
        row.unit,
        row.baseline ? `${formatNumber(row.baseline.value)} (${row.baseline.name})` : '',
        row.ratio === undefined ? '' : `${formatNumber(row.ratio)}×`,
        row.goal ?? '',
      ]);
    }
  }
  const all = [header, ...body];
  // Code points, not UTF-16 units, so Vietnamese names in row labels do not skew the columns.
  const width = (s: string) => [...s].length;
  const widths = header.map((_, c) => Math.max(...all.map((r) => width(r[c] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => {
        const pad = ' '.repeat((widths[c] ?? 0) - width(cell));
        // Numbers right-aligned so magnitudes line up.
        return c === 1 || c === 4 ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
  for (const outcome of outcomes) {
    if (!outcome.ok) out.push('', `${outcome.file} failed: ${outcome.error ?? 'unknown error'}`);
  }
  return out.join('\n');
}

/** A row of `.bench-out/results.json`: a bench's row tagged with its file, or a failed bench. */
export type ResultRow = (BenchRow & { bench: string }) | { bench: string; name: string; failed: true; error: string };

export function resultsJson(outcomes: readonly BenchOutcome[]): string {
  return `${JSON.stringify(
    {
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      finishedAt: new Date().toISOString(),
      ok: outcomes.every((o) => o.ok),
      benches: outcomes.map(({ file, ok, ms, error }) => ({ file, ok, ms: Math.round(ms), ...(error === undefined ? {} : { error }) })),
      rows: outcomes.flatMap((o): ResultRow[] =>
        o.ok ? o.rows.map((row) => ({ bench: o.file, ...row })) : [{ bench: o.file, name: o.file, failed: true, error: o.error ?? 'unknown error' }],
      ),
    },
    null,
    2,
  )}\n`;
}

/**
 * Runs a full garbage collection when the engine lets us, so one bench's garbage is not billed to
 * the next one's memory figures: the index stage's own (src/cli/collect-garbage.ts), which takes
 * `gc` from a fresh context once `--expose-gc` is set at run time, and is a no-op where it cannot.
 */
export { collectGarbage };

export function parseArgs(argv: readonly string[]): { only?: string; benchOptions: BenchOptions } {
  const out: { only?: string; benchOptions: BenchOptions } = { benchOptions: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--huge') {
      out.benchOptions.huge = true;
    } else if (arg === '--only') {
      const value = argv[++i];
      if (value === undefined) throw new Error('bench: --only needs a bench name, e.g. --only build');
      out.only = value;
    } else if (arg?.startsWith('--only=')) {
      out.only = arg.slice('--only='.length);
    } else {
      throw new Error(`bench: unknown argument "${arg ?? ''}" (usage: tsx bench/run.ts [--only <name>] [--huge])`);
    }
  }
  return out;
}

async function main(): Promise<void> {
  const benchDir = dirname(fileURLToPath(import.meta.url));
  const outDir = join(benchDir, '..', '.bench-out');
  let outcomes: BenchOutcome[];
  try {
    const args = parseArgs(process.argv.slice(2));
    outcomes = await runBenches({ dir: benchDir, ...args });
  } catch (error) {
    process.stderr.write(`${describeError(error)}\n`);
    process.exitCode = 2;
    return;
  }
  if (outcomes.length === 0) {
    process.stderr.write(`bench: no *${SUFFIX} files in ${benchDir}\n`);
    process.exitCode = 2;
    return;
  }
  process.stdout.write(`${formatTable(outcomes)}\n`);
  mkdirSync(outDir, { recursive: true });
  const resultsFile = join(outDir, 'results.json');
  writeFileSync(resultsFile, resultsJson(outcomes));
  process.stderr.write(`bench: rows written to ${resultsFile}\n`);
  if (outcomes.some((o) => !o.ok)) process.exitCode = 1;
}

// Not a top-level await: benches import `collectGarbage` from this module, and an entry module
// still awaiting its own main() would deadlock their import (Node exits with code 13).
if (isEntryPoint(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench: ${describeError(error)}\n`);
    process.exitCode = 2;
  });
}
