import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { root } from './run-cli';

// Entries are bundled by esbuild, or loaded through tsx: seconds on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const BUNDLE_ENTRY = join(root, 'src/cli/bundle-entry.mjs');

/**
 * A module to preload (`--import`) that makes the named packages unresolvable to the project's
 * modules in its thread (packages still find theirs: tsx loads esbuild): a thread that loads
 * through tsx, or bundles with esbuild, then fails to.
 */
function hiding(...packages: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'leaderlens-hide-'));
  const hook = `export async function resolve(specifier, context, next) {
  const hidden = ${JSON.stringify(packages)}.some((name) => specifier === name || specifier.startsWith(name + '/'));
  if (hidden && !(context.parentURL ?? '').includes('/node_modules/')) throw new Error('hidden by the test: ' + specifier);
  return next(specifier, context);
}\n`;
  writeFileSync(join(dir, 'hook.mjs'), hook);
  writeFileSync(join(dir, 'hide.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hook.mjs')).href)});\n`);
  return join(dir, 'hide.mjs');
}

/** A small TypeScript project of two modules that tells, on stdout, where each was loaded from. */
function project(): { entry: string; dep: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'leaderlens-entry-'));
  const entry = join(dir, 'entry.ts');
  const dep = join(dir, 'lib', 'dep.ts');
  // ES modules, as the project's own (package.json): tsx loads them as such.
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(entry, "import { where } from './lib/dep.ts';\nconst here: string = import.meta.url;\nconsole.log(JSON.stringify({ here, where }));\n");
  mkdirSync(dirname(dep), { recursive: true });
  writeFileSync(dep, 'export const where: string = import.meta.url;\n');
  return { entry, dep, out: join(dir, 'out') };
}

/** `importEntry(entry, dir)` in a plain Node process started in `cwd`: what it answered, and what the entry printed. */
function importIn(entry: string, dir: string, options: { cwd?: string; preload?: string } = {}): { how: string; printed: { here: string; where: string } } {
  const script = `const { importEntry } = await import(${JSON.stringify(pathToFileURL(BUNDLE_ENTRY).href)});
const how = await importEntry(${JSON.stringify(entry)}, ${JSON.stringify(dir)});
console.log(how);`;
  const run = spawnSync(process.execPath, [...(options.preload ? ['--import', options.preload] : []), '--input-type=module', '-e', script], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.status, run.stderr).toBe(0);
  const [printed, how] = run.stdout.trim().split('\n');
  return { how: how!, printed: JSON.parse(printed!) as { here: string; where: string } };
}

describe('importEntry (bundle-entry.mjs)', () => {
  it('loads the bundle it keeps in the folder given, without tsx, each module with its own import.meta.url', () => {
    const { entry, dep, out } = project();
    const loaded = importIn(entry, out, { preload: hiding('tsx') });
    expect(loaded.how).toBe('bundle');
    expect(loaded.printed).toEqual({ here: pathToFileURL(entry).href, where: pathToFileURL(dep).href });
    expect(existsSync(join(out, 'entry.mjs'))).toBe(true);
    expect(Object.keys((JSON.parse(readFileSync(join(out, 'inputs.json'), 'utf8')) as { inputs: object }).inputs).sort()).toEqual([dep, entry].sort());
  });

  it('bundles from any working folder (the inputs named from the project root, not from where Node started)', () => {
    const { entry, out } = project();
    expect(importIn(entry, out, { cwd: tmpdir(), preload: hiding('tsx') }).how).toBe('bundle');
  });

  it('loads the entry through tsx when it cannot be bundled (its folder cannot be made)', () => {
    const { entry, dep } = project();
    const file = join(dirname(entry), 'a-file');
    writeFileSync(file, '');
    const loaded = importIn(entry, join(file, 'out'));
    expect(loaded.how).toBe('tsx');
    expect(loaded.printed).toEqual({ here: pathToFileURL(entry).href, where: pathToFileURL(dep).href });
  });

  it('loads the entry through tsx without esbuild', () => {
    const { entry, out } = project();
    const loaded = importIn(entry, out, { preload: hiding('esbuild') });
    expect(loaded.how).toBe('tsx');
    expect(loaded.printed.here).toBe(pathToFileURL(entry).href);
    expect(existsSync(out)).toBe(false);
  });
});

/** The sha256 of a file, as the list beside a bundle has it. */
function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Rewrites a bundle's list of inputs as if `source` had hashed otherwise when it was made (a source changed since). */
function staleFor(manifest: string, source: string): void {
  const list = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string; inputs: Record<string, string> };
  expect(list.inputs[source]).toBe(sha256(source));
  list.inputs[source] = '0'.repeat(64);
  // Atomically, as bundle-entry.mjs writes it: another test's thread may be reading it.
  writeFileSync(`${manifest}.test-${process.pid}`, JSON.stringify(list));
  renameSync(`${manifest}.test-${process.pid}`, manifest);
}

/** Starts the search thread's boot file with tsx hidden, and waits until its code is loaded (or it fails). */
async function searchThreadLoads(): Promise<void> {
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(new URL('../../src/cli/search-worker-boot.mjs', import.meta.url), {
    workerData: { port: port2, flag },
    transferList: [port2],
    execArgv: ['--import', hiding('tsx')],
  });
  try {
    const failed = new Promise<never>((_, reject) => worker.on('error', reject));
    // search-worker.ts raises flag[1] once loaded.
    const loaded = (async () => {
      while (Atomics.load(flag, 1) !== 1) await new Promise((resolve) => setTimeout(resolve, 20));
    })();
    await Promise.race([loaded, failed]);
  } finally {
    port1.close();
    await worker.terminate();
  }
}

describe("the search thread's boot (search-worker-boot.mjs)", () => {
  const manifest = join(root, '.cache', 'search-worker', 'inputs.json');

  it('loads search-worker.ts bundled, from .cache/search-worker/, not through tsx', async () => {
    await searchThreadLoads();
    const list = JSON.parse(readFileSync(manifest, 'utf8')) as { inputs: Record<string, string> };
    expect(list.inputs[join(root, 'src/cli/search-worker.ts')]).toBe(sha256(join(root, 'src/cli/search-worker.ts')));
    expect(list.inputs[join(root, 'src/index-data/search-files.ts')]).toBe(sha256(join(root, 'src/index-data/search-files.ts')));
    expect(existsSync(join(root, '.cache', 'search-worker', 'search-worker.mjs'))).toBe(true);
  });

  it('makes the bundle again when one of its sources changed', async () => {
    await searchThreadLoads();
    const source = join(root, 'src/index-data/search-files.ts');
    staleFor(manifest, source);
    await searchThreadLoads();
    expect((JSON.parse(readFileSync(manifest, 'utf8')) as { inputs: Record<string, string> }).inputs[source]).toBe(sha256(source));
  });
});

describe("a stage worker's boot (corpus/stage-worker-boot.mjs)", () => {
  it('loads stage-worker.ts bundled, from .cache/stage-worker/, not through tsx', async () => {
    const worker = new Worker(new URL('../../src/corpus/stage-worker-boot.mjs', import.meta.url), {
      workerData: { leaderlensStage: true },
      execArgv: ['--import', hiding('tsx')],
    });
    try {
      // A worker not set up answers a request with its refusal: its code is loaded.
      const reply = await new Promise<{ type: string; message?: string }>((resolve, reject) => {
        worker.on('message', resolve);
        worker.on('error', reject);
        worker.postMessage({ type: 'read', seq: 1, path: 'none.txt' });
      });
      expect(reply.type).toBe('failed');
      expect(reply.message).toMatch(/before the worker was set up/);
    } finally {
      await worker.terminate();
    }
    const list = JSON.parse(readFileSync(join(root, '.cache', 'stage-worker', 'inputs.json'), 'utf8')) as { inputs: Record<string, string> };
    const source = join(root, 'src/corpus/stage-worker.ts');
    expect(list.inputs[source]).toBe(sha256(source));
    expect(existsSync(join(root, '.cache', 'stage-worker', 'stage-worker.mjs'))).toBe(true);
  });
});
