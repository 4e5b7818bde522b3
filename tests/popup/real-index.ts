import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadIndex, type LoadedIndex } from '../../src/index-data/load-index';

/**
 * The index of the real seed corpus, built by `npm run build:index`'s script in a child process:
 * under happy-dom Vite rewrites the registry's `new URL(…, import.meta.url)` into a web path that
 * Node's file APIs refuse, so the corpus cannot be built inside a DOM test. Built once per file.
 */
let cached: LoadedIndex | null = null;

export function realIndex(): LoadedIndex {
  if (cached) return cached;
  const root = join(import.meta.dirname, '..', '..');
  const dir = mkdtempSync(join(tmpdir(), 'leaderlens-popup-index-'));
  try {
    const out = join(dir, 'index.json');
    execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli/build-index.ts', '--out', join(dir, 'folder'), '--json', out], { cwd: root, stdio: 'pipe' });
    cached = loadIndex(JSON.parse(readFileSync(out, 'utf8')));
    return cached;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
