// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { comparePageOrder } from '../../src/page/document-order';
import { el, textOf } from './mention-fixture';

describe('comparePageOrder', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  it('orders nodes of one tree as the document does, and a node equal to itself', () => {
    document.body.append(el('p', 'a', 'one'), el('p', 'b', 'two'));
    const a = textOf(document.getElementById('a')!);
    const b = textOf(document.getElementById('b')!);
    expect(comparePageOrder(a, b)).toBeLessThan(0);
    expect(comparePageOrder(b, a)).toBeGreaterThan(0);
    expect(comparePageOrder(a, a)).toBe(0);
  });

  it('puts text in an open shadow root where its host is: after what precedes the host, before what follows', () => {
    document.body.append(el('p', 'before', 'before'), el('div', 'host'), el('p', 'after', 'after'));
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    inner.textContent = 'inside';
    shadow.append(inner);
    const inside = textOf(inner);
    expect(comparePageOrder(textOf(document.getElementById('before')!), inside)).toBeLessThan(0);
    expect(comparePageOrder(inside, textOf(document.getElementById('after')!))).toBeLessThan(0);
    expect(comparePageOrder(textOf(document.getElementById('after')!), inside)).toBeGreaterThan(0);
  });

  it('puts a host before the text inside its own shadow root', () => {
    document.body.append(el('div', 'host'));
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(document.createTextNode('inside'));
    expect(comparePageOrder(host, shadow.firstChild!)).toBeLessThan(0);
    expect(comparePageOrder(shadow.firstChild!, host)).toBeGreaterThan(0);
  });

  it('orders text in two nested shadow roots by their hosts', () => {
    document.body.append(el('div', 'one'), el('div', 'two'));
    const first = document.getElementById('one')!.attachShadow({ mode: 'open' });
    const nestedHost = document.createElement('div');
    first.append(nestedHost);
    const nested = nestedHost.attachShadow({ mode: 'open' });
    nested.append(document.createTextNode('deep'));
    const second = document.getElementById('two')!.attachShadow({ mode: 'open' });
    second.append(document.createTextNode('later'));
    expect(comparePageOrder(nested.firstChild!, second.firstChild!)).toBeLessThan(0);
  });

  it('sorts a mixed list into page order', () => {
    document.body.append(el('p', 'a', 'a'), el('div', 'host'), el('p', 'c', 'c'));
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.append(document.createTextNode('b'));
    const nodes = [textOf(document.getElementById('c')!), shadow.firstChild!, textOf(document.getElementById('a')!)];
    expect(nodes.sort(comparePageOrder).map((n) => n.textContent)).toEqual(['a', 'b', 'c']);
  });
});
