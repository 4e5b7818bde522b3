import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadIndex } from '../../src/index-data/load-index';
import { openIndexFolder } from '../../src/index-data/read-index-folder';
import { search } from '../../src/lookup/search';
import { readRegistryFile } from '../../src/registry/read-registry-file';
import { runCli, tempCorpus } from './run-cli';

// Every test spawns the CLI (tsx compiles it first): seconds on a loaded machine, more than vitest's 5 s default.
vi.setConfig({ testTimeout: 30_000 });

const registryLeaders = readRegistryFile('corpus/leaders.json').leaders.length;

describe('build-index', () => {
  it('writes the index folder of the corpus, reports its size, and the whole index on request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-index-'));
    const out = join(dir, 'leaderlens-index');
    const run = runCli('src/cli/build-index.ts', ['--corpus', tempCorpus(), '--out', out, '--json', join(dir, 'whole.json')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`leaderlens: index .*leaderlens-index: [\\d.]+ KiB in \\d+ files \\(\\d+ written, \\d+ unchanged\\); ${registryLeaders} leaders, 5 articles`));
    const folder = await openIndexFolder({ read: async (path) => new Uint8Array(readFileSync(join(out, path))).buffer });
    expect((await folder.search('to lam')).leaders[0]?.id).toBe('to-lam');
    expect(readdirSync(dir).sort()).toEqual(['leaderlens-index', 'whole.json']); // no staging folder left
    const index = loadIndex(JSON.parse(readFileSync(join(dir, 'whole.json'), 'utf8')));
    expect(search(index, 'to lam')).toEqual(await folder.search('to lam'));
  });

  it('refuses an unknown argument', () => {
    const run = runCli('src/cli/build-index.ts', ['--fast']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: tsx src/cli/build-index.ts');
  });
});
