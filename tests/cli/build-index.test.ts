import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadIndex } from '../../src/index-data/load-index';
import { search } from '../../src/lookup/search';
import { readRegistryFile } from '../../src/registry/read-registry-file';
import { runCli, tempCorpus } from './run-cli';

// Every test spawns the CLI (tsx compiles it first): seconds on a loaded machine, more than vitest's 5 s default.
vi.setConfig({ testTimeout: 30_000 });

const registryLeaders = readRegistryFile('corpus/leaders.json').leaders.length;

describe('build-index', () => {
  it('writes a loadable index of the corpus and reports its size', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'leaderlens-index-')), 'index.json');
    const run = runCli('src/cli/build-index.ts', ['--corpus', tempCorpus(), '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`leaderlens: index .*index\\.json: [\\d.]+ KiB \\([\\d.]+ KiB gzip\\); ${registryLeaders} leaders, 5 articles`));
    const index = loadIndex(JSON.parse(readFileSync(out, 'utf8')));
    expect(search(index, 'to lam').leaders[0]?.id).toBe('to-lam');
  });

  it('refuses an unknown argument', () => {
    const run = runCli('src/cli/build-index.ts', ['--fast']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: tsx src/cli/build-index.ts');
  });
});
