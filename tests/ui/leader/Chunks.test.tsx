// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Chunks } from '../../../src/ui/leader/Chunks';

describe('Chunks', () => {
  it('draws the first `count` items in the parent, and only the new chunk when count grows', async () => {
    const items = Array.from({ length: 7 }, (_, i) => `i${i}`);
    const drawn: string[] = [];
    const item = (value: string) => {
      drawn.push(value);
      return <li key={value}>{value}</li>;
    };
    const root = document.createElement('ul');
    await act(() => render(<Chunks items={items} count={3} size={3} item={item} />, root));
    expect([...root.children].map((li) => li.textContent)).toEqual(['i0', 'i1', 'i2']);
    drawn.length = 0;
    await act(() => render(<Chunks items={items} count={6} size={3} item={item} />, root));
    expect(drawn).toEqual(['i3', 'i4', 'i5']);
    drawn.length = 0;
    await act(() => render(<Chunks items={items} count={9} size={3} item={item} />, root));
    expect(drawn).toEqual(['i6']);
    expect([...root.children].map((li) => li.textContent)).toEqual(items);
    render(null, root);
  });

  it('draws every chunk again for a new item function or new items', async () => {
    const items = ['a', 'b', 'c', 'd'];
    const drawn: string[] = [];
    const make = (prefix: string) => (value: string) => {
      drawn.push(value);
      return <li key={value}>{prefix + value}</li>;
    };
    const root = document.createElement('ul');
    await act(() => render(<Chunks items={items} count={4} size={2} item={make('x')} />, root));
    drawn.length = 0;
    await act(() => render(<Chunks items={items} count={4} size={2} item={make('y')} />, root));
    expect(drawn).toEqual(items);
    expect(root.textContent).toBe('yaybycyd');
    render(null, root);
  });
});
