// The entry file of a stage worker (build-corpus-parallel.ts starts it with `execArgv: []`): a
// worker thread starts as plain Node, which cannot load TypeScript, whether the build runs under
// the tsx CLI (`npm run build:index`, `npm run corpus`), vitest or a script. tsx's API registers
// its loader in this thread, then the worker proper is loaded through it.
import { register } from 'tsx/esm/api';

register();
await import('./stage-worker.ts');
