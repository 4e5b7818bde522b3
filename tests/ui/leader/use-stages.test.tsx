// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useProgressive, useStages } from '../../../src/ui/leader/use-stages';

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
