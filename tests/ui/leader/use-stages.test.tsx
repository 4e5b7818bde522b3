// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { FRAME_BUDGET_MS, nextStep, useProgressive, useStages } from '../../../src/ui/leader/use-stages';

const tick = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

describe('useStages', () => {
  it('starts at 0 and adds one stage per task, up to the last', async () => {
    const seen: number[] = [];
    function Probe() {
      seen.push(useStages(3));
      return null;
    }
    const root = document.createElement('div');
    await act(() => render(<Probe />, root));
    expect(seen).toEqual([0]);
    for (let i = 0; i < 5; i++) await tick();
    expect([...new Set(seen)]).toEqual([0, 1, 2, 3]);
    render(null, root);
  });
});

describe('useProgressive', () => {
  it('shows a chunk at first, one more chunk per task, never more than the total', async () => {
    const seen: number[] = [];
    function Probe() {
      seen.push(useProgressive(1050, 500));
      return null;
    }
    const root = document.createElement('div');
    await act(() => render(<Probe />, root));
    expect(seen).toEqual([500]);
    for (let i = 0; i < 5; i++) await tick();
    expect([...new Set(seen)]).toEqual([500, 1000, 1050]);
    render(null, root);
  });
});

describe('nextStep', () => {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const busy = (ms: number) => {
    const until = performance.now() + ms;
    while (performance.now() < until);
  };

  it('runs steps in order, each in a task of its own, and never a cancelled one', async () => {
    const ran: string[] = [];
    nextStep(() => ran.push('a'));
    const cancel = nextStep(() => ran.push('b'));
    nextStep(() => {
      ran.push('c');
      // A step queued from a step runs after the steps already queued.
      nextStep(() => ran.push('e'));
    });
    nextStep(() => ran.push('d'));
    cancel();
    expect(ran).toEqual([]);
    await vi.waitFor(() => expect(ran).toEqual(['a', 'c', 'd', 'e']));
  });

  it('waits for the next frame once the steps since the last one used their budget', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    try {
      const ran: number[] = [];
      // Queued by a step that runs just after a frame, as a stage's steps are.
      nextStep(() => {
        nextStep(() => ran.push(1));
        nextStep(() => {
          ran.push(2);
          busy(FRAME_BUDGET_MS + 2);
        });
        nextStep(() => ran.push(3));
      });
      await vi.waitFor(() => expect(frames).toHaveLength(1));
      frames.splice(0).forEach((callback) => callback(performance.now()));
      await vi.waitFor(() => expect(ran).toEqual([1, 2]), { interval: 2 });
      await wait(20);
      expect(ran).toEqual([1, 2]); // the third waits for the next frame
      expect(frames).toHaveLength(1);
      frames.splice(0).forEach((callback) => callback(performance.now()));
      await vi.waitFor(() => expect(ran).toEqual([1, 2, 3]));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('goes on without frames where none come (a hidden tab)', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    try {
      const ran: number[] = [];
      nextStep(() => busy(FRAME_BUDGET_MS + 2));
      nextStep(() => ran.push(1));
      await vi.waitFor(() => expect(ran).toEqual([1]), { timeout: 1000 });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
