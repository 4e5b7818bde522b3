import { afterEach, describe, expect, it, vi } from 'vitest';
import { longLineArticle } from '../../bench/synthetic-long-line';

// The bench's own logic (the rows, the baseline, the ratio, its refusal to time an article that
// was not read) on small sizes and the real build; the figures themselves come from `npm run bench`.
const { default: longLineBench } = await import('../../bench/long-line.bench');

describe('longLineArticle', () => {
  it('is one line of the size asked, ending on a whole character', () => {
    const text = longLineArticle(50_000, 'sentences');
    expect(text).not.toContain('\n');
    expect(Buffer.byteLength(text)).toBeGreaterThan(49_996);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(50_000);
    expect(text).not.toContain('\uFFFD');
  });

  it('has no sentence end at all in the one-sentence shape, and real sentences in the other', () => {
    expect(longLineArticle(20_000, 'one-sentence')).not.toMatch(/[.!?…]/u);
    expect(longLineArticle(20_000, 'sentences')).toMatch(/\. \p{Lu}/u);
    expect(longLineArticle(20_000, 'names-and-dates')).not.toMatch(/[.!?…]/u);
  });
});

describe('long-line bench', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('reports the cost per MB at each size against the first size, for every shape', async () => {
    vi.stubEnv('BENCH_LONG_LINE_SIZES', '0.01,0.02');
    vi.stubEnv('BENCH_LONG_LINE_RUNS', '1');
    const rows = await longLineBench();
    expect(rows[0]).toMatchObject({ name: 'build, corpus of one short article (fixed cost), CPU time', unit: 'ms' });
    const ratios = rows.filter((row) => row.ratio !== undefined);
    expect(ratios.map((row) => row.name)).toEqual([
      'build, one-line article (sentences), 0.02 MB: CPU time per MB',
      'build, one-line article (one-sentence), 0.02 MB: CPU time per MB',
      'build, one-line article (names-and-dates), 0.02 MB: CPU time per MB',
    ]);
    for (const row of ratios) {
      expect(row).toMatchObject({ unit: 'ms/MB', baseline: { name: '0.01 MB' }, goal: '≤ 1.5× the 0.01 MB cost per byte' });
      expect(row.ratio).toBeCloseTo(row.value / row.baseline!.value);
    }
  }, 120_000);

  it('refuses sizes it cannot compare', async () => {
    vi.stubEnv('BENCH_LONG_LINE_SIZES', '1');
    await expect(longLineBench()).rejects.toThrow(/at least two sizes/);
  });
});
