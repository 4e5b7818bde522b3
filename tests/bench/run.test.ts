import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatTable, listBenches, parseArgs, resultsJson, runBenches, selectBenches } from '../../bench/run';

const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));
const quiet = () => {};

describe('listBenches', () => {
  it('finds every *.bench.ts file, sorted', () => {
    expect(listBenches(fixtures)).toEqual(['nan.bench.ts', 'ok.bench.ts', 'throws.bench.ts']);
  });
});

describe('selectBenches', () => {
  const files = ['build.bench.ts', 'matcher.bench.ts'];

  it('accepts the name with or without the .bench.ts suffix', () => {
    expect(selectBenches(files, 'build')).toEqual(['build.bench.ts']);
    expect(selectBenches(files, 'build.bench')).toEqual(['build.bench.ts']);
    expect(selectBenches(files, 'bench/matcher.bench.ts')).toEqual(['matcher.bench.ts']);
  });

  it('names the benches that exist when asked for one that does not', () => {
    expect(() => selectBenches(files, 'nope')).toThrow('bench: no bench named "nope"; there are: build, matcher');
  });
});

describe('runBenches', () => {
  it('keeps running after a bench throws, and reports it as failed with its error', async () => {
    const outcomes = await runBenches({ dir: fixtures, log: quiet });
    expect(outcomes.map((o) => [o.file, o.ok])).toEqual([
      ['nan.bench.ts', false],
      ['ok.bench.ts', true],
      ['throws.bench.ts', false],
    ]);
    expect(outcomes[2]?.error).toContain('fixture: not ready yet');
    expect(outcomes[1]?.rows).toHaveLength(2);
  });

  it('treats a row without a finite value as a failure, not a figure', async () => {
    const [outcome] = await runBenches({ dir: fixtures, only: 'nan', log: quiet });
    expect(outcome?.ok).toBe(false);
    expect(outcome?.error).toContain('row "fixture, broken" has no finite value');
  });

  it('runs only the bench named by `only`', async () => {
    const outcomes = await runBenches({ dir: fixtures, only: 'ok', log: quiet });
    expect(outcomes.map((o) => o.file)).toEqual(['ok.bench.ts']);
  });
});

describe('formatTable', () => {
  it('prints one table with every column, failed benches as rows, and their errors below', async () => {
    const table = formatTable(await runBenches({ dir: fixtures, log: quiet }));
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^name\s+value\s+unit\s+baseline\s+ratio\s+goal$/);
    expect(table).toMatch(/fixture, fast path\s+12\.5\s+ms\s+25 \(slow path\)\s+0\.5×\s+≤ 1×/);
    expect(table).toMatch(/throws\.bench\.ts\s+FAILED/);
    expect(table).toContain('throws.bench.ts failed: fixture: not ready yet');
  });
});

describe('resultsJson', () => {
  it('tags each row with its bench and lists failures with their error', async () => {
    const json = JSON.parse(resultsJson(await runBenches({ dir: fixtures, log: quiet }))) as {
      ok: boolean;
      rows: { bench: string; name: string; failed?: boolean; error?: string }[];
    };
    expect(json.ok).toBe(false);
    expect(json.rows.filter((r) => r.bench === 'ok.bench.ts').map((r) => r.name)).toEqual(['fixture, fast path', 'fixture, size']);
    expect(json.rows.find((r) => r.bench === 'throws.bench.ts')).toMatchObject({ failed: true });
  });
});

describe('parseArgs', () => {
  it('reads --only and --huge, in any order', () => {
    expect(parseArgs(['--only', 'build', '--huge'])).toEqual({ only: 'build', benchOptions: { huge: true } });
    expect(parseArgs(['--huge', '--only=build'])).toEqual({ only: 'build', benchOptions: { huge: true } });
    expect(parseArgs([])).toEqual({ benchOptions: {} });
  });

  it('refuses anything else, with the usage', () => {
    expect(() => parseArgs(['--big'])).toThrow('usage: tsx bench/run.ts [--only <name>] [--huge]');
  });
});

describe('runBenches with bench options', () => {
  it('passes them to every bench function', async () => {
    const [outcome] = await runBenches({ dir: fixtures, only: 'ok', log: quiet, benchOptions: { huge: true } });
    expect(outcome?.rows.map((r) => r.name)).toContain('fixture, huge');
  });
});
