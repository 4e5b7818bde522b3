// The entry file of the search thread (search-thread.ts starts it with `execArgv: []`): a worker
// thread starts as plain Node, which cannot load TypeScript, whether the build runs under the tsx
// CLI, vitest or a script. tsx's API registers its loader in this thread, then the worker proper
// is loaded through it (as corpus/stage-worker-boot.mjs does for the stage's workers).
import { register } from 'tsx/esm/api';

register();
await import('./search-worker.ts');
