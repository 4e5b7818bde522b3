/**
 * Every `bench/*.bench.ts` default-exports a function returning rows; `npm run bench` runs them all
 * in one process and prints one table. A figure is only meaningful next to its baseline or floor,
 * measured in the same run on the same machine, so rows carry both.
 */
export interface BenchRow {
  /** What was measured, e.g. "matcher, 10k names, 1 MB text". */
  name: string;
  value: number;
  unit: string;
  /** The baseline or floor measured in the same run, e.g. a RegExp alternation of the same names. */
  baseline?: { name: string; value: number };
  /** value / baseline.value (or the inverse where "× faster" reads better; say which in `name`). */
  ratio?: number;
  /** The goal the issue sets, as text ("≤ 2×", "linear"). */
  goal?: string;
}

/** `options.huge`: the largest size, where a bench has one (`npm run bench -- --huge`). */
export type Bench = (options?: { huge?: boolean }) => Promise<BenchRow[]>;
