import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/**
 * Runs a full garbage collection now, where V8 lets one be asked for (Node exposes `gc` only with
 * `--expose-gc`; the flag is set at run time and the function taken from a fresh context).
 * Returns whether one ran. bench/run.ts runs it between benches too.
 *
 * Why the index stage asks for one: V8 sizes its next full collection by the heap it saw at the
 * last one, and the last one before the index folder is written comes while the corpus build
 * still holds every reading. The folder's shards are then serialised (about 300 MB of JSON at
 * 10k articles, all garbage once compressed) into a heap allowed to grow past 1 GB before it is
 * collected. Collecting once between the two (about 0.1 s) sizes it by what the index keeps.
 *
 * @example
 * collectGarbage(); // true in Node
 */
export function collectGarbage(): boolean {
  if (gc === undefined) {
    gc = null;
    const existing = (globalThis as { gc?: unknown }).gc;
    if (typeof existing === 'function') gc = existing as () => void;
    else {
      try {
        setFlagsFromString('--expose-gc');
        const fn: unknown = runInNewContext('gc');
        if (typeof fn === 'function') gc = fn as () => void;
      } catch {
        gc = null;
      }
    }
  }
  gc?.();
  return gc !== null;
}
