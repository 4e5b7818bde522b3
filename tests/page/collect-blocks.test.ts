// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../src/page/collect-blocks';

function blocksOf(build: (body: HTMLElement) => void): string[][] {
  document.body.replaceChildren();
  build(document.body);
  return [...collectBlocks(document.body, { hostTag: 'LEADERLENS-UI' })].map((b) => b.texts);
}

function el(tag: string, ...children: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  e.append(...children);
  return e;
}

describe('collectBlocks', () => {
  it('joins text across inline elements into one block', () => {
    expect(blocksOf((b) => b.append(el('p', 'Tổng Bí thư Tô ', el('b', 'Lâm'), ' nói')))).toEqual([['Tổng Bí thư Tô ', 'Lâm', ' nói']]);
  });

  it('splits blocks at block-level elements', () => {
    expect(blocksOf((b) => b.append(el('p', 'Tô'), el('p', 'Lâm')))).toEqual([['Tô'], ['Lâm']]);
    expect(blocksOf((b) => b.append(el('div', 'Tô ', el('p', 'x'), ' Lâm')))).toEqual([['Tô '], ['x'], [' Lâm']]);
  });

  it('skips script, style, code, pre, textarea, editable content and our host', () => {
    const editable = el('div', 'Phạm Minh Chính');
    editable.setAttribute('contenteditable', 'true');
    const texts = blocksOf((b) =>
      b.append(el('script', 'var a'), el('style', 'p{}'), el('code', 'x'), el('pre', 'y'), el('textarea', 'z'), editable, el('leaderlens-ui', 'ours'), el('p', 'kept')),
    ).flat();
    expect(texts).toEqual(['kept']);
  });

  it('reports open shadow roots and frames it meets', () => {
    const host = el('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const frame = el('iframe');
    const seen: string[] = [];
    document.body.replaceChildren(host, frame);
    [...collectBlocks(document.body, { hostTag: 'LEADERLENS-UI', onShadowRoot: (r) => seen.push(r === shadow ? 'shadow' : '?'), onFrame: () => seen.push('frame') })];
    expect(seen).toEqual(['shadow', 'frame']);
  });

  it('drops blocks of whitespace only, keeping whitespace inside a block', () => {
    expect(blocksOf((b) => b.append('\n  ', el('p', 'Tô ', el('b', 'Lâm')), '\n', el('p', '\u00a0'), el('p', ' x ')))).toEqual([['Tô ', 'Lâm'], [' x ']]);
  });

  it('keeps nested inline elements in their block and splits where a block ends inside one', () => {
    expect(blocksOf((b) => b.append(el('p', 'a', el('b', 'x', el('i', 'y'), 'z'), 'w'), 'tail'))).toEqual([['a', 'x', 'y', 'z', 'w'], ['tail']]);
    expect(blocksOf((b) => b.append(el('div', 'Tô ', el('span', 'Lâm ', el('p', 'x'), ' nói'))))).toEqual([['Tô ', 'Lâm '], ['x'], [' nói']]);
  });

  it('finds open shadow roots on custom elements and on the tags that may host one', () => {
    const custom = el('x-card');
    const onCustom = custom.attachShadow({ mode: 'open' });
    const span = el('span', 'a');
    const onSpan = span.attachShadow({ mode: 'open' });
    const seen: ShadowRoot[] = [];
    document.body.replaceChildren(el('p', span), custom);
    [...collectBlocks(document.body, { hostTag: 'LEADERLENS-UI', onShadowRoot: (r) => seen.push(r) })];
    expect(seen).toEqual([onSpan, onCustom]);
  });
});
