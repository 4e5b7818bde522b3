import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
// @ts-expect-error: a plain JavaScript module (it runs without tsx), typed by use here.
import { bundledEntry } from '../../src/cli/index-stage.mjs';
import { root, runCli, tempCorpus } from './run-cli';

const bundle = bundledEntry as (entry?: string, dir?: string, log?: (text: string) => void) => Promise<string | null>;

// The stage is bundled by esbuild, then built: seconds on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

/** A small project of two modules, one reading its own `import.meta`, in a temp folder. */
function project(): { entry: string; dep: string } {
  const dir = mkdtempSync(join(tmpdir(), 'leaderlens-bundle-'));
  const entry = join(dir, 'entry.ts');
  const dep = join(dir, 'lib', 'dep.ts');
  writeFileSync(entry, "import { where } from './lib/dep.ts';\nexport const here: string = import.meta.url;\nexport { where };\n");
  mkdirSync(dirname(dep), { recursive: true });
  writeFileSync(dep, 'export const where = { url: import.meta.url, dirname: import.meta.dirname, filename: import.meta.filename, version: 1 };\n');
  return { entry, dep };
}

describe('bundledEntry', () => {
  it("gives each bundled module its own import.meta (url, dirname, filename), as it has when loaded on its own", async () => {
    const { entry, dep } = project();
    const file = await bundle(entry, join(dirname(entry), 'out'));
    expect(file).not.toBeNull();
    const loaded = (await import(pathToFileURL(file!).href)) as { here: string; where: { url: string; dirname: string; filename: string } };
    expect(loaded.here).toBe(pathToFileURL(entry).href);
    expect(loaded.where).toEqual({ url: pathToFileURL(dep).href, dirname: dirname(dep), filename: dep, version: 1 });
  });

  it('keeps the bundle while every source hashes as it did, and makes it again when one changed', async () => {
    const { entry, dep } = project();
    const out = join(dirname(entry), 'out');
    const told: string[] = [];
    const file = (await bundle(entry, out, (text) => told.push(text)))!;
    const made = statSync(file).mtimeMs;
    expect(await bundle(entry, out, (text) => told.push(text))).toBe(file);
    expect(statSync(file).mtimeMs).toBe(made);
    expect(told).toHaveLength(1);
    writeFileSync(dep, readFileSync(dep, 'utf8').replace('version: 1', 'version: 2'));
    await bundle(entry, out, (text) => told.push(text));
    expect(told).toHaveLength(2);
    expect(readFileSync(file, 'utf8')).toContain('version: 2');
    expect(readdirSync(out).sort()).toEqual(['entry.mjs', 'inputs.json']);
  });
});

describe('node src/cli/index-stage.mjs (npm run build:index)', () => {
  it("writes the folder build-index.ts writes under tsx, byte for byte, and reports the same", () => {
    const corpus = tempCorpus();
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-index-stage-'));
    const run = spawnSync(process.execPath, [join(root, 'src/cli/index-stage.mjs'), '--no-cache', '--corpus', corpus, '--out', join(dir, 'bundled')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: root },
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const tsx = runCli('src/cli/build-index.ts', ['--no-cache', '--corpus', corpus, '--out', join(dir, 'tsx')]);
    expect(tsx.status, tsx.stderr).toBe(0);
    const files = (folder: string): Record<string, string> => {
      const out: Record<string, string> = {};
      const walk = (sub: string) => {
        for (const name of readdirSync(join(folder, sub), { withFileTypes: true })) {
          const path = join(sub, name.name);
          if (name.isDirectory()) walk(path);
          else out[path] = readFileSync(join(folder, path)).toString('base64');
        }
      };
      walk('');
      return out;
    };
    expect(files(join(dir, 'bundled'))).toEqual(files(join(dir, 'tsx')));
    const summary = (text: string) => text.split('\n').find((line) => line.startsWith('leaderlens: index'))?.replace(/index \S+:/, 'index:');
    expect(summary(run.stderr)).toBe(summary(tsx.stderr));
  });

  it('is what npm run build:index runs', () => {
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['build:index']).toBe('node src/cli/index-stage.mjs');
  });
});
