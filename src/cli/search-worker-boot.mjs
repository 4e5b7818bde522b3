// The entry file of the search thread (search-thread.ts starts it with `execArgv: []`): a worker
// thread starts as plain Node, which cannot load TypeScript, whether the build runs under Node
// (`npm run build:index`), the tsx CLI, vitest or a script. It loads search-worker.ts bundled by
// esbuild (.cache/search-worker/, made again when a source, Node or esbuild changed), or through
// tsx when it cannot be bundled (bundle-entry.mjs): tsx's load of the thread's modules took a good
// part of its CPU, on the core the main thread competes for (docs/scale.md, the sixteenth stop).
// It bundles without a word on stderr (the build's own lines stay the build's).
import { fileURLToPath } from 'node:url';
import { bundleDir, importEntry } from './bundle-entry.mjs';

await importEntry(fileURLToPath(new URL('./search-worker.ts', import.meta.url)), bundleDir('search-worker'));
