/**
 * An added article read on a thread of its own while the main thread loads the build state.
 *
 * A build from the cache that finds one new article used to read it on the main thread after the
 * state was loaded and every other article looked up: 0.5-0.7 s at 10k + 1, most of it the engine's
 * first use (its rules and tables compiled), with the second core idle but for the search thread's
 * start. A stage worker booted as the build starts (its bundle loads while the registry is read
 * and the corpus listed) is given the files the file hash memo did not know and the stage cache
 * lacks, and reads them while this thread loads the state, the memos and the registry: the two
 * overlap on the two cores (docs/scale.md, "An added article, an eighteenth stop").
 *
 * A guess, kept honest: the state may still hold such a file (its bytes put back), and then its
 * reading is not used; what was read is the stage worker's own reading, stored in the cache as any
 * worker's, so the build's result is the same whichever thread read it.
 */
import type { StageReply, StageWorkerSetup } from './stage-worker';
import { StagePool } from './stage-pool';

export class ReadAhead {
  private readonly reads = new Map<string, Promise<StageReply>>();
  private used = false;

  private constructor(private pool: StagePool | null) {}

  /**
   * Boots one stage worker now when `likely` (a build that will take its articles from a build
   * state: most such builds read a few files or none); otherwise does nothing. The worker loads
   * its code meanwhile; {@link start} sets it to work or stops it.
   */
  static boot(likely: boolean): ReadAhead {
    return new ReadAhead(likely ? StagePool.start(1) : null);
  }

  /**
   * Reads `paths` on the booted worker when there are between one and `limit` of them (as many as
   * the main thread would read itself: more are a build for the whole pool); otherwise stops it.
   * True when they are being read.
   */
  start(setup: StageWorkerSetup, paths: readonly string[], limit: number): boolean {
    const pool = this.pool;
    if (pool === null) return false;
    if (paths.length === 0 || paths.length > limit) {
      this.pool = null;
      void pool.close();
      return false;
    }
    pool.setUp(setup).catch(() => undefined);
    for (const path of paths) {
      const reply = pool.request({ type: 'read', path });
      // Answered whether or not the build asks for it (a state article after all): no unhandled rejection.
      reply.catch(() => undefined);
      this.reads.set(path, reply);
    }
    this.used = true;
    return true;
  }

  /** Whether a worker was booted and not yet stopped. */
  get booted(): boolean {
    return this.pool !== null;
  }

  /** The reading of `path` begun by {@link start}, once; undefined when it was not read ahead. */
  take(path: string): Promise<StageReply> | undefined {
    const reply = this.reads.get(path);
    this.reads.delete(path);
    return reply;
  }

  /** The worker that reads ahead, once set to work: the build's further requests may go to it (its engine is warm). */
  get worker(): StagePool | null {
    return this.used ? this.pool : null;
  }

  /** Stops the worker if it was booted and not handed on. */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
  }
}
