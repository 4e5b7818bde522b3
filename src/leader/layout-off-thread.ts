import { layoutNetwork, type NetworkInput, type NetworkLayout } from './network-layout';
import type { NetworkAnswer, NetworkRequest } from './network-worker';

/** What `layoutOffThread` needs of a worker (a DOM `Worker`, or a fake in tests). */
export interface LayoutWorker {
  postMessage(message: NetworkRequest): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface OffThreadOptions {
  /** Stops the layout (a new record, the page gone): the worker is ended and the promise rejects with the reason. */
  signal?: AbortSignal;
  /** Starts the worker; null or a throw when there is none (the layout then runs in slices here). */
  start?: () => LayoutWorker | null;
}

/**
 * Lays out the network (`layoutNetwork`) in a module worker (network-worker.ts), so the page's
 * main thread only draws the result: ~300 ticks of d3-force for a leader with hundreds of
 * counterparts used to run there in 6 ms slices, hundreds of tasks that any load on the machine
 * could stretch past 50 ms. Where no worker can be started, or it fails, the same layout runs on
 * the main thread in slices, as before. One worker per layout, ended when it answers.
 *
 * @example
 * const layout = await layoutOffThread(inputs, { signal: controller.signal });
 */
export function layoutOffThread(inputs: readonly NetworkInput[], options: OffThreadOptions = {}): Promise<NetworkLayout> {
  const { signal } = options;
  const inThisThread = (): Promise<NetworkLayout> => layoutNetwork(inputs, signal ? { signal } : {});
  if (signal?.aborted) return Promise.reject(signal.reason);
  let worker: LayoutWorker | null;
  try {
    worker = (options.start ?? startWorker)();
  } catch {
    worker = null;
  }
  if (!worker) return inThisThread();
  const running = worker;
  return new Promise<NetworkLayout>((resolve, reject) => {
    let settled = false;
    const finish = (then: () => void): void => {
      if (settled) return;
      settled = true;
      running.terminate();
      signal?.removeEventListener('abort', onAbort);
      then();
    };
    const onAbort = (): void => finish(() => reject(signal?.reason));
    const fallBack = (why: string): void => {
      console.warn(`leaderlens leader page: the network worker failed (${why}); laying out here`);
      finish(() => inThisThread().then(resolve, reject));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    running.addEventListener('message', (event) => {
      const answer = (event as MessageEvent<NetworkAnswer>).data;
      if ('layout' in answer) finish(() => resolve(answer.layout));
      else fallBack(answer.error);
    });
    running.addEventListener('error', (event) => {
      event.preventDefault?.();
      fallBack((event as ErrorEvent).message || 'could not start');
    });
    running.addEventListener('messageerror', () => fallBack('unreadable answer'));
    running.postMessage({ inputs: [...inputs] });
  });
}

function startWorker(): LayoutWorker | null {
  if (typeof Worker === 'undefined') return null;
  // This exact form is what Vite (WXT) finds and bundles as a worker chunk of its own.
  return new Worker(new URL('./network-worker.ts', import.meta.url), { type: 'module', name: 'leaderlens-network' });
}
