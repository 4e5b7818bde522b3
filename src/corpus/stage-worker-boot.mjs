// The entry file of a stage worker (build-corpus-parallel.ts starts it with `execArgv: []`): a
// worker thread starts as plain Node, which cannot load TypeScript, whether the build runs under
// Node (`npm run build:index`), the tsx CLI (`npm run corpus`), vitest or a script. It loads
// stage-worker.ts bundled by esbuild (.cache/stage-worker/, made again when a source, Node or
// esbuild changed), or through tsx when it cannot be bundled (cli/bundle-entry.mjs). Only a build
// that reads more than a handful of articles starts the workers (build-corpus-parallel.ts,
// StageRunner): a build from scratch, not an added article's. It bundles without a word on stderr
// (the build's own lines stay the build's).
import { fileURLToPath } from 'node:url';
import { bundleDir, importEntry } from '../cli/bundle-entry.mjs';

await importEntry(fileURLToPath(new URL('./stage-worker.ts', import.meta.url)), bundleDir('stage-worker'));
