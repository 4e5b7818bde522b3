// `npm run build:index`: runs src/cli/build-index.ts as one JavaScript file bundled by esbuild, not
// through tsx's loader (bundle-entry.mjs: why, where the bundle is kept, what it keeps of each
// module, and the fallback to tsx without esbuild or when bundling fails). The bundle is
// .cache/index-stage/build-index.mjs; the search thread and the stage pool's workers load bundles
// of their own the same way (search-worker-boot.mjs, corpus/stage-worker-boot.mjs).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledEntry as bundle, bundleDir, importEntry } from './bundle-entry.mjs';

const ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'build-index.ts');

/**
 * The bundle of `entry` (build-index.ts unless told) in `dir` (.cache/index-stage/ unless told),
 * made again unless every input still hashes as it did; null when it cannot be made.
 */
export function bundledEntry(entry = ENTRY, dir = bundleDir('index-stage'), log = () => {}) {
  return bundle(entry, dir, log);
}

// Run as `node src/cli/index-stage.mjs [build-index's arguments]`.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await importEntry(ENTRY, bundleDir('index-stage'), (text) => process.stderr.write(text));
}
