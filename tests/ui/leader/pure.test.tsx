// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { propsDiffer, pure, useStableCallback } from '../../../src/ui/leader/pure';

describe('pure', () => {
  it('draws the component again only when a prop changed', async () => {
    const drawn: string[] = [];
    const Label = pure(function Label({ text }: { text: string; n?: number }) {
      drawn.push(text);
      return <span>{text}</span>;
    });
    let bump: () => void = () => undefined;
    let rename: (text: string) => void = () => undefined;
    function Parent() {
      const [, setN] = useState(0);
      const [text, setText] = useState('a');
      bump = () => setN((n) => n + 1);
      rename = setText;
      return <Label text={text} />;
    }
    const root = document.createElement('div');
    await act(() => render(<Parent />, root));
    await act(() => bump());
    await act(() => bump());
    expect(drawn).toEqual(['a']);
    await act(() => rename('b'));
    expect(drawn).toEqual(['a', 'b']);
    expect(root.textContent).toBe('b');
    render(null, root);
  });

  it('still follows its own state', async () => {
    let step: () => void = () => undefined;
    const Counter = pure(function Counter() {
      const [n, setN] = useState(0);
      step = () => setN((x) => x + 1);
      return <b>{n}</b>;
    });
    const root = document.createElement('div');
    await act(() => render(<Counter />, root));
    await act(() => step());
    expect(root.textContent).toBe('1');
    render(null, root);
  });
});

describe('propsDiffer', () => {
  it('compares keys by identity', () => {
    const f = () => 1;
    expect(propsDiffer({ a: 1, f }, { a: 1, f })).toBe(false);
    expect(propsDiffer({ a: 1, f }, { a: 1, f: () => 1 })).toBe(true);
    expect(propsDiffer({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(propsDiffer({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(propsDiffer({ a: NaN }, { a: NaN })).toBe(false);
  });
});

describe('useStableCallback', () => {
  it('keeps one function that calls the latest handler', async () => {
    const seen: Array<() => string> = [];
    let rename: (text: string) => void = () => undefined;
    function Probe() {
      const [text, setText] = useState('first');
      rename = setText;
      seen.push(useStableCallback(() => text));
      return null;
    }
    const root = document.createElement('div');
    await act(() => render(<Probe />, root));
    await act(() => rename('second'));
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[0]!()).toBe('second');
    render(null, root);
  });
});
