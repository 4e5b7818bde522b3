import { layoutNetwork, type NetworkInput, type NetworkLayout } from './network-layout';

/**
 * The leader page's network laid out in a worker of its own (started by layout-off-thread.ts):
 * the d3-force simulation of a leader with hundreds of counterparts is ~300 ticks of a few
 * milliseconds, which the page's main thread then never runs. Here nothing else waits, so the
 * simulation runs to the end in one go and the layout is posted back whole.
 */
export interface NetworkRequest {
  inputs: NetworkInput[];
}

export type NetworkAnswer = { layout: NetworkLayout } | { error: string };

/** The parts of a dedicated worker's global scope this uses (the project's types are the DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<NetworkRequest>) => void) | null;
  postMessage(message: NetworkAnswer): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  layoutNetwork(event.data.inputs, { sliceMs: Number.POSITIVE_INFINITY }).then(
    (layout) => scope.postMessage({ layout }),
    (error: unknown) => scope.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
};
