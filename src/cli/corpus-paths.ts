import { join, resolve } from 'node:path';
import { isPresent } from '../files/refused-path';

/** The project's root folder (this file is src/cli/corpus-paths.ts). */
export const projectRoot = resolve(import.meta.dirname, '..', '..');

/** The corpus the commands use without `--corpus`. */
export const defaultCorpusDir = join(projectRoot, 'corpus');

/**
 * Where the build caches its per-article results (src/corpus/stage-cache.ts): git-ignored, inside
 * the checkout, so two checkouts never share one; `LEADERLENS_CACHE_DIR` moves it. The keys are
 * content addresses, so `--corpus` builds of different folders share it without mixing results.
 */
export function defaultCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.LEADERLENS_CACHE_DIR?.trim();
  return chosen ? resolve(chosen) : join(projectRoot, '.cache', 'leaderlens');
}

/**
 * The registry a corpus folder is built with, as `buildCorpus` chooses it (DESIGN.md: a `--corpus`
 * folder may bring its own `leaders.json`; without one, the project's registry is used).
 *
 * @example
 * registryFileFor('/tmp/my-corpus'); // '/tmp/my-corpus/leaders.json' if it exists, else '<project>/corpus/leaders.json'
 */
export function registryFileFor(corpusDir: string): string {
  const own = join(corpusDir, 'leaders.json');
  // A link counts as there (and is then refused by the registry reader), even a dangling one.
  return isPresent(own) ? own : join(defaultCorpusDir, 'leaders.json');
}
