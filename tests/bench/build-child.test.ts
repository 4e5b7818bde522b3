import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseChildTiming, TIMING_PREFIX } from '../../bench/build-child';
import { generateCorpus } from '../../bench/synthetic-corpus';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'leaderlens-build-child-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const timing = { files: 3, built: 3, skipped: 0, ms: 12.5, cpuMs: 11, gcMs: 0.5, meetings: 2, quotes: 9, languages: { vi: 2, en: 1 } };

describe('parseChildTiming', () => {
  it('reads the last timing line, whatever else the engine printed', () => {
    const stdout = `noise\n${TIMING_PREFIX}${JSON.stringify({ ...timing, ms: 1 })}\nmore noise\n${TIMING_PREFIX}${JSON.stringify(timing)}\n`;
    expect(parseChildTiming(stdout)).toEqual(timing);
  });

  it('refuses output without a timing, or with a figure missing', () => {
    expect(() => parseChildTiming('nothing here\n')).toThrow('printed no timing line');
    expect(() => parseChildTiming(`${TIMING_PREFIX}${JSON.stringify({ ...timing, cpuMs: null })}`)).toThrow('no finite cpuMs');
  });
});

describe('build-child.ts', () => {
  it('times a build of this checkout\'s engine in a process of its own', async () => {
    const corpus = join(temp, 'corpus');
    const { english } = generateCorpus(corpus, { articles: 4, seed: 'child', leaders: 30, english: 0.5 });
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--expose-gc', '--import', tsx, join(repo, 'bench/build-child.ts'), '--code', repo, '--corpus', corpus, '--warm', corpus],
      { cwd: repo },
    );
    const t = parseChildTiming(stdout);
    expect(t).toMatchObject({ files: 4, built: 4, skipped: 0 });
    expect(t.languages).toEqual({ ...(english < 4 ? { vi: 4 - english } : {}), ...(english > 0 ? { en: english } : {}) });
    expect(t.ms).toBeGreaterThan(0);
    expect(t.meetings).toBeGreaterThan(0);
  }, 60_000);
});
