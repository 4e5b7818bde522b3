import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeIndexFolder } from '../src/cli/write-index';
import { buildCorpus } from '../src/corpus/build-corpus';
import { buildExtensionIndex } from '../src/index-data/build-index';
import { indexPayloads } from '../src/index-data/index-layout';

/** The synthetic corpora of the index and search benches: this seed, 1,000 leaders (issue "5 of 7"). */
export const INDEX_BENCH_SEED = 'leaderlens-index-bench';
export const INDEX_BENCH_LEADERS = 1000;

const root = fileURLToPath(new URL('..', import.meta.url));

/** Files that only read the index folder: changing them cannot change it, so they do not rebuild it. */
const READ_SIDE = new Set([
  'src/index-data/read-index-folder.ts',
  'src/index-data/read-packaged-index.ts',
  'src/index-data/lazy-index.ts',
  'src/index-data/load-index.ts',
  'src/index-data/whole-index-lookups.ts',
  'src/lookup/search.ts',
  'src/lookup/search-top.ts',
  'src/lookup/search-word.ts',
  'src/lookup/content-phrases.ts',
  'src/lookup/leader-cover.ts',
  'src/lookup/card.ts',
  'src/lookup/card-digest.ts',
]);

/**
 * The index folder of a synthetic corpus, built in this process as `npm run build:index` would, and
 * kept under `.bench-out/` keyed by the corpus and every source file the build reads.
 */
export async function cachedFolder(out: string, corpusDir: string, articles: number, log: (line: string) => void): Promise<{ dir: string; seconds: number | null }> {
  const hash = createHash('sha256').update(corpusDir);
  for (const dir of ['src/corpus', 'src/index-data', 'src/lookup', 'src/registry', 'src/match', 'src/text', 'src/names', 'src/lang', 'src/model']) {
    for (const name of readdirSync(join(root, dir)).sort()) {
      const path = join(root, dir, name);
      if (statSync(path).isFile() && !READ_SIDE.has(`${dir}/${name}`)) hash.update(name).update(readFileSync(path));
    }
  }
  const dir = join(out, `index-folder-${articles}-${hash.digest('hex').slice(0, 12)}`);
  if (existsSync(join(dir, 'manifest.json'))) return { dir, seconds: null };
  mkdirSync(out, { recursive: true });
  const started = performance.now();
  const build = buildCorpus({ corpusDir, registryFile: join(corpusDir, 'leaders.json'), today: '2026-11-01' });
  const written = await writeIndexFolder(indexPayloads(buildExtensionIndex(build)), dir);
  const seconds = (performance.now() - started) / 1000;
  log(`built the ${articles}-article index folder in ${seconds.toFixed(0)} s: ${(written.bytes / 1e6).toFixed(1)} MB in ${written.files} files`);
  return { dir, seconds };
}

