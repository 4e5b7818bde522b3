import { afterEach, describe, expect, it, vi } from 'vitest';
import { layoutNetwork, type NetworkInput } from '../../src/leader/network-layout';
import type { NetworkAnswer } from '../../src/leader/network-worker';

const inputs: NetworkInput[] = Array.from({ length: 30 }, (_, i) => ({ id: `p-${i}`, count: 1 + ((i * 7) % 40), group: ['LA', 'KH', 'RU', 'CN'][i % 4]! }));
const scope = globalThis as unknown as { onmessage: ((event: { data: unknown }) => void) | null; postMessage?: (answer: NetworkAnswer) => void };

afterEach(() => {
  scope.onmessage = null;
  delete scope.postMessage;
});

describe('network worker', () => {
  it('answers a request with the same layout the page would make, in one go', async () => {
    const answers: NetworkAnswer[] = [];
    scope.postMessage = (answer) => answers.push(answer);
    vi.resetModules();
    await import('../../src/leader/network-worker');
    scope.onmessage!({ data: { inputs } });
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    expect(answers[0]).toEqual({ layout: await layoutNetwork(inputs) });
  });
});
