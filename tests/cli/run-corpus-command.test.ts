import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CorpusExport } from '../../src/model/export-types';
import { EXIT, runCorpusCommand } from '../../src/cli/run-corpus-command';
import { emptyFolder, root, tempCorpus } from './run-cli';

/** Runs the command in this process, keeping what it writes to each stream. */
async function run(argv: string[], cwd = root) {
  let out = '';
  let err = '';
  // No cache: each test reads its corpus afresh and writes nothing outside its temp folders.
  const code = await runCorpusCommand(argv, { out: (text) => (out += text), err: (text) => (err += text), cwd, cacheRoot: null });
  return { code, out, err };
}

describe('EXIT', () => {
  it('gives distinct codes for done, failed and bad arguments', async () => {
    expect(EXIT).toEqual({ ok: 0, failed: 1, usage: 2 });
  });
});

describe('runCorpusCommand', () => {
  it('prints the usage on stdout for --help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toContain('usage: npm run corpus');
    expect(result.err).toBe('');
  });

  it('refuses bad arguments with the usage code and the usage on stderr', async () => {
    const result = await run(['build']);
    expect(result.code).toBe(EXIT.usage);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/^leaderlens corpus: [^\n]+\n\nusage: npm run corpus/);
  });

  it('fails for a folder without articles/', async () => {
    const result = await run(['check', '--corpus', emptyFolder()]);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toMatch(/has no articles\/ folder/);
  });

  it('reads a relative --corpus from the given folder, not the process\'s', async () => {
    const dir = tempCorpus();
    const result = await run(['check', '--corpus', basename(dir)], dirname(dir));
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toMatch(/^registry .*: ok \(\d+ leaders\)\nregistry coverage/);
    expect(result.out).toMatch(/\n {2}VN \d+: [^\n]*prime-minister \d+/);
    expect(result.out).toMatch(/\narticles: 5 read, 0 skipped\n/);
  });

  it('exports the corpus JSON on stdout', async () => {
    const result = await run(['export']);
    expect(result.code).toBe(EXIT.ok);
    const data = JSON.parse(result.out) as CorpusExport;
    expect(data.articles).toHaveLength(5);
  });

  it('prints stats as a table on stdout', async () => {
    const result = await run(['stats']);
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toMatch(/^file\s+date\s+lang\s+meetings\s+quotes\s+leaders\n/);
  });

  it('ends check with the count of errors and warnings', async () => {
    const result = await run(['check']);
    expect(result.out.trimEnd().split('\n').at(-1)).toMatch(/^\d+ error\(s\), \d+ warning\(s\)$/);
  });

  it('stops with failed and nothing on stdout when the registry has errors', async () => {
    const dir = tempCorpus({}, { leaders: [{ id: 'Bad Id' }] });
    const result = await run(['export', '--corpus', dir]);
    expect(result.code).toBe(EXIT.failed);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/^leaderlens corpus: the registry has errors:\n/);
  });

  it('reports a build that fails for another reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-corpus-'));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'leaders.json'), '{ not json');
    const result = await run(['check', '--corpus', dir]);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toMatch(/^leaderlens corpus: /);
  });
});
