import { describe, expect, it, vi } from 'vitest';
import { layoutOffThread, type LayoutWorker } from '../../src/leader/layout-off-thread';
import { layoutNetwork, type NetworkInput, type NetworkLayout } from '../../src/leader/network-layout';
import type { NetworkAnswer, NetworkRequest } from '../../src/leader/network-worker';

const inputs: NetworkInput[] = Array.from({ length: 12 }, (_, i) => ({ id: `p-${i}`, count: 1 + i, group: ['LA', 'KH', 'RU'][i % 3]! }));

/** A worker that answers with `answer` (or an error event) once it is asked. */
function fakeWorker(answer: (request: NetworkRequest) => NetworkAnswer | 'error' | 'silent') {
  const listeners: Record<string, ((event: Event) => void)[]> = {};
  const worker = {
    posted: [] as NetworkRequest[],
    terminated: false,
    addEventListener(type: string, listener: (event: Event) => void) {
      (listeners[type] ??= []).push(listener);
    },
    postMessage(request: NetworkRequest) {
      worker.posted.push(request);
      const reply = answer(request);
      queueMicrotask(() => {
        if (reply === 'silent') return;
        if (reply === 'error') for (const listener of listeners['error'] ?? []) listener(Object.assign(new Event('error'), { message: 'no such file' }));
        else for (const listener of listeners['message'] ?? []) listener(new MessageEvent('message', { data: reply }));
      });
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker satisfies LayoutWorker;
}

describe('layoutOffThread', () => {
  it('asks the worker and ends it once it has answered', async () => {
    const layout: NetworkLayout = { centre: { r: 30 }, nodes: [], extent: { x: 30, y: 30 } };
    const worker = fakeWorker(() => ({ layout }));
    await expect(layoutOffThread(inputs, { start: () => worker })).resolves.toBe(layout);
    expect(worker.posted).toEqual([{ inputs }]);
    expect(worker.terminated).toBe(true);
  });

  it('lays out here, in slices, where there is no worker or it fails', async () => {
    const here = await layoutNetwork(inputs);
    await expect(layoutOffThread(inputs, { start: () => null })).resolves.toEqual(here);
    await expect(layoutOffThread(inputs, { start: () => { throw new Error('Worker is not defined'); } })).resolves.toEqual(here);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing = fakeWorker(() => 'error');
    await expect(layoutOffThread(inputs, { start: () => failing })).resolves.toEqual(here);
    expect(failing.terminated).toBe(true);
    await expect(layoutOffThread(inputs, { start: () => fakeWorker(() => ({ error: 'boom' })) })).resolves.toEqual(here);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('ends the worker and rejects with the reason when stopped', async () => {
    const worker = fakeWorker(() => 'silent');
    const controller = new AbortController();
    const running = layoutOffThread(inputs, { start: () => worker, signal: controller.signal });
    controller.abort(new Error('new record'));
    await expect(running).rejects.toThrow('new record');
    expect(worker.terminated).toBe(true);
    const stopped = new AbortController();
    stopped.abort(new Error('gone'));
    await expect(layoutOffThread(inputs, { start: () => worker, signal: stopped.signal })).rejects.toThrow('gone');
  });
});
