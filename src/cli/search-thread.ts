/**
 * A thread of its own for the meetings' and quotes' search files (index-data/search-files.ts),
 * for an incremental build: the index stage hands it their input before it makes the other shards
 * (index-layout.ts, `LayoutContext.search`) and takes the files once those are made, so the two
 * run on two cores. At 10k articles the search files take about a second and a half of an added
 * article's build on one thread, about as long as the shards. Node-only.
 *
 * The layout is a synchronous generator (the writer pulls one file at a time), so the files are
 * taken synchronously: the main thread waits on a shared flag the thread raises once it has
 * posted them, and reads the message with `receiveMessageOnPort`. A build from scratch does not
 * use it: the structures would then be in memory beside the shards' JSON (run-build-index.ts).
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { contentSearchFiles, type ContentSearchInput, type ContentSearchResult, type SearchFile } from '../index-data/search-files';
import type { SearchRunner } from '../index-data/index-layout';

/** What the thread sends back for one input. */
export type SearchReply = { files: SearchFile[]; result: ContentSearchResult } | { error: string };

const BOOT = new URL('./search-worker-boot.mjs', import.meta.url);

/**
 * How long the main thread waits for the thread to have loaded its code, and then for its files,
 * before it makes them itself: a thread that failed to start or died never answers (the events
 * that would say so cannot arrive while the main thread waits).
 */
const READY_LIMIT_MS = 10_000;
const WAIT_LIMIT_MS = 120_000;

/** The shared flags: [0] counts the answers posted, [1] is 1 once the thread has loaded its code. */
const ANSWERED = 0;
const READY = 1;

/**
 * A started search thread: {@link start} hands it an input, `files()` of the answer waits for its
 * files. Close it when the build is done.
 *
 * @example
 * const thread = SearchThread.start(); // loads its code while the corpus is built
 * indexPayloads(index, {}, { search: thread }); // the search files made meanwhile
 * await thread.close();
 */
export class SearchThread implements SearchRunner {
  private constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
    private readonly flag: Int32Array,
    private readonly readyLimitMs: number,
  ) {}

  /**
   * Starts the thread now: it loads its code while the main thread does other work. `boot` and
   * `readyLimitMs` are for tests (a thread that never starts).
   */
  static start(options: { boot?: URL; readyLimitMs?: number } = {}): SearchThread {
    const { port1, port2 } = new MessageChannel();
    const flag = new Int32Array(new SharedArrayBuffer(8));
    const worker = new Worker(options.boot ?? BOOT, { workerData: { port: port2, flag }, transferList: [port2], execArgv: [] });
    // A thread that fails to start never says it is ready, and the files are made on this thread.
    worker.on('error', () => undefined);
    worker.unref();
    return new SearchThread(worker, port1, flag, options.readyLimitMs ?? READY_LIMIT_MS);
  }

  start(input: ContentSearchInput): { files(): Generator<SearchFile, ContentSearchResult> } {
    if (Atomics.load(this.flag, READY) !== 1) Atomics.wait(this.flag, READY, 0, this.readyLimitMs);
    if (Atomics.load(this.flag, READY) !== 1) return { files: () => contentSearchFiles(input) };
    const answered = Atomics.load(this.flag, ANSWERED);
    this.port.postMessage(input);
    return { files: () => this.answer(answered, input) };
  }

  /** Stops the thread. */
  async close(): Promise<void> {
    this.port.close();
    await this.worker.terminate();
  }

  private *answer(answered: number, input: ContentSearchInput): Generator<SearchFile, ContentSearchResult> {
    const started = Date.now();
    let message = receiveMessageOnPort(this.port);
    while (message === undefined) {
      // Made here after all: the same files, later.
      if (Date.now() - started > WAIT_LIMIT_MS) return yield* contentSearchFiles(input);
      Atomics.wait(this.flag, ANSWERED, answered, 1000);
      message = receiveMessageOnPort(this.port);
    }
    const reply = message.message as SearchReply;
    if ('error' in reply) throw new Error(`leaderlens build-index: the search thread failed: ${reply.error}`);
    for (const file of reply.files) yield file;
    return reply.result;
  }
}
