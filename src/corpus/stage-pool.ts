/**
 * A pool of stage workers (stage-worker.ts) for the parallel build. Requests are queued and handed
 * to whichever worker has the fewest in flight (two at most each, so a worker never waits for its
 * next file while the main thread is busy); answers come back in whatever order the workers finish,
 * and the caller puts them in order. Node-only.
 */
import { Worker } from 'node:worker_threads';
import type { StageReply, StageRequest, StageWorkerSetup } from './stage-worker';

const BOOT = new URL('./stage-worker-boot.mjs', import.meta.url);
const IN_FLIGHT = 2;

type Request = StageRequest extends infer R ? (R extends { seq: number } ? Omit<R, 'seq'> : never) : never;

interface Pending {
  request: Request;
  resolve: (reply: StageReply) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
}

export class StagePool {
  private readonly queue: Pending[] = [];
  private seq = 0;
  private failure: Error | null = null;
  private closed = false;

  private constructor(private readonly slots: Slot[]) {
    for (const slot of slots) {
      slot.worker.on('message', (reply: StageReply) => {
        const pending = slot.inFlight.get(reply.seq);
        if (!pending) return;
        slot.inFlight.delete(reply.seq);
        if (reply.type === 'failed') pending.reject(new Error(`Leaderlens corpus build: a stage worker failed: ${reply.message}`));
        else pending.resolve(reply);
        this.pump();
      });
      slot.worker.on('error', (error) => this.fail(new Error(`Leaderlens corpus build: a stage worker stopped: ${error.message}`, { cause: error })));
      slot.worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`Leaderlens corpus build: a stage worker exited (code ${code}) before the build was done`));
      });
    }
  }

  /**
   * Starts `size` workers and returns at once: they load the engine while the caller reads the
   * registry, then {@link setUp} gives them what they read with. Workers start with no Node flags
   * of the main thread (`execArgv: []`): the boot file registers tsx itself, the same under the tsx
   * CLI, vitest and plain Node.
   */
  static start(size: number): StagePool {
    return new StagePool(
      Array.from({ length: size }, () => ({
        worker: new Worker(BOOT, { workerData: { leaderlensStage: true }, execArgv: [] }),
        inFlight: new Map<number, Pending>(),
      })),
    );
  }

  get size(): number {
    return this.slots.length;
  }

  /** Sets every worker up and waits until each has loaded the engine and its matcher. */
  async setUp(setup: StageWorkerSetup): Promise<void> {
    try {
      await this.broadcast({ type: 'setup', setup });
    } catch (error) {
      throw new Error(`Leaderlens corpus build: could not start the stage workers: ${(error as Error).message}`, { cause: error });
    }
  }

  /** Queues one request; resolves with its answer. */
  request(request: Request): Promise<StageReply> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.pump();
    });
  }

  /** Sends `request` to every worker, ahead of anything still queued, and waits for every answer. */
  async broadcast(request: Request): Promise<void> {
    if (this.failure) throw this.failure;
    await Promise.all(this.slots.map((slot) => new Promise<StageReply>((resolve, reject) => this.send(slot, { request, resolve, reject }))));
  }

  /** Stops every worker, freeing their memory. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let best: Slot | null = null;
      for (const slot of this.slots) if (slot.inFlight.size < IN_FLIGHT && (best === null || slot.inFlight.size < best.inFlight.size)) best = slot;
      if (best === null) return;
      this.send(best, this.queue.shift()!);
    }
  }

  private send(slot: Slot, pending: Pending): void {
    const seq = ++this.seq;
    slot.inFlight.set(seq, pending);
    slot.worker.postMessage({ ...pending.request, seq } as StageRequest);
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const slot of this.slots) {
      for (const pending of slot.inFlight.values()) pending.reject(error);
      slot.inFlight.clear();
    }
    for (const pending of this.queue.splice(0)) pending.reject(error);
  }
}
