import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

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

const { default: buildBench } = await import('../../bench/build.bench');

const out = mkdtempSync(join(tmpdir(), 'leaderlens-build-bench-'));
beforeAll(() => {
  vi.stubEnv('BENCH_OUT_DIR', out);
  vi.stubEnv('BENCH_BUILD_SIZES', '4,8');
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
