import { describe, expect, it } from 'vitest';
import { groupOrder, layoutNetwork, type NetworkInput } from '../../src/leader/network-layout';

const immediately = () => Promise.resolve();

function inputs(n: number): NetworkInput[] {
  return Array.from({ length: n }, (_, i) => ({ id: `p-${i}`, count: 1 + ((i * 7) % 40), group: ['LA', 'KH', 'RU', 'CN', 'US'][i % 5]! }));
}

describe('layoutNetwork', () => {
  it('places every counterpart, the most met the largest, none on top of another or of the leader', async () => {
    const layout = await layoutNetwork(inputs(40), { yieldTo: immediately });
    expect(layout.nodes).toHaveLength(40);
    const largest = layout.nodes.reduce((a, b) => (b.r > a.r ? b : a));
    expect(largest.id).toBe(inputs(40).reduce((a, b) => (b.count > a.count ? b : a)).id);
    for (const [i, a] of layout.nodes.entries()) {
      expect(Math.hypot(a.x, a.y)).toBeGreaterThan(layout.centre.r + a.r - 1);
      for (const b of layout.nodes.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.r + b.r - 1);
    }
    for (const node of layout.nodes) {
      expect(Math.abs(node.x) + node.r).toBeLessThanOrEqual(layout.extent.x + 1e-9);
      expect(Math.abs(node.y) + node.r).toBeLessThanOrEqual(layout.extent.y + 1e-9);
    }
  });

  it('gathers each country on its own side of the leader', async () => {
    const layout = await layoutNetwork(inputs(40), { yieldTo: immediately });
    const centreOf = (group: string) => {
      const nodes = layout.nodes.filter((node) => node.group === group);
      return { x: nodes.reduce((s, n) => s + n.x, 0) / nodes.length, y: nodes.reduce((s, n) => s + n.y, 0) / nodes.length };
    };
    const la = centreOf('LA');
    const ru = centreOf('RU');
    expect(Math.hypot(la.x - ru.x, la.y - ru.y)).toBeGreaterThan(50);
  });

  it('gives the same picture for the same input', async () => {
    const a = await layoutNetwork(inputs(20), { yieldTo: immediately });
    const b = await layoutNetwork(inputs(20), { yieldTo: immediately });
    expect(b).toEqual(a);
  });

  it('works in slices no longer than asked, yielding between them', async () => {
    let clock = 0;
    let yields = 0;
    // Each tick "takes" 1 ms: with 5 ms slices the layout yields every 5 ticks.
    const now = () => clock++;
    await layoutNetwork(inputs(30), { sliceMs: 5, now, yieldTo: async () => void yields++ });
    expect(yields).toBeGreaterThan(20);
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    const running = layoutNetwork(inputs(30), { signal: controller.signal, sliceMs: 0, yieldTo: async () => controller.abort(new Error('new record')) });
    await expect(running).rejects.toThrow('new record');
  });

  it('lays out nobody around the leader', async () => {
    const layout = await layoutNetwork([], { yieldTo: immediately });
    expect(layout.nodes).toEqual([]);
    expect(layout.extent.x).toBeGreaterThan(0);
  });
});

describe('groupOrder', () => {
  it('orders groups by their total meetings, most first', () => {
    expect(groupOrder([{ id: 'a', count: 1, group: 'KH' }, { id: 'b', count: 3, group: 'LA' }, { id: 'c', count: 3, group: 'KH' }])).toEqual(['KH', 'LA']);
  });
});
