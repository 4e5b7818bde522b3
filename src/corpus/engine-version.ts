/**
 * The version of the corpus engine, for the stage cache (stage-cache.ts): a sha256 of the source
 * of every module the per-article stage's worker loads (followed through relative imports from
 * stage-worker.ts), of the Node version that runs it (its regular expressions' Unicode tables
 * decide what `\p{L}` matches) and of the cache's format. A change to any of that code gives
 * another version, so a cached result can never outlive the code that made it; a change elsewhere
 * (the popup, the card) keeps the cache. Node-only: it reads the sources.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_FORMAT } from './stage-cache';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORKER = join(SRC, 'corpus', 'stage-worker.ts');

// `from './x'`, `import './x'`, `import('./x')`: relative specifiers only (packages are pinned by
// the lockfile, and the engine imports none but zod, for the registry's schema).
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * The engine's version as 64 hex digits.
 *
 * @example
 * engineVersion(); // 'f3a1…' (the same until a module of the engine changes)
 */
export function engineVersion(entry = WORKER): string {
  const hash = createHash('sha256').update(`leaderlens-engine|cache ${CACHE_FORMAT}|node ${process.versions.node}\n`);
  for (const file of engineSources(entry)) {
    hash.update(`${relative(SRC, file).split('\\').join('/')}\n`);
    hash.update(readFileSync(file));
    hash.update('\n');
  }
  return hash.digest('hex');
}

/** Every source file `entry` loads through relative imports, itself included, sorted by path. */
export function engineSources(entry = WORKER): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      // A specifier that resolves to no file is text (a doc comment's example), not an import:
      // a real one would have failed to load.
      const target = resolveModule(dirname(file), m[1]!);
      if (target !== null) queue.push(target);
    }
  }
  return [...seen].sort();
}

function resolveModule(from: string, specifier: string): string | null {
  const base = resolve(from, specifier);
  const candidates = /\.(?:[cm]?[jt]s|json)$/.test(base) ? [base] : [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((path) => existsSync(path)) ?? null;
}
