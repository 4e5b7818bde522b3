// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { FoundName } from '../../src/page/find-block-names';
import { MentionStore } from '../../src/page/mention-store';
import { el, textOf } from './mention-fixture';

const found = (leaderId: string, node: Text): FoundName => ({
  leaderId,
  kind: 'leader',
  shortAccepted: false,
  text: node.data,
  start: { node, offset: 0 },
  end: { node, offset: node.data.length },
});

let a: Text;
let b: Text;
let c: Text;
let section: HTMLElement;
beforeEach(() => {
  section = el('section', 'sec', el('p', 'b', 'B'), el('p', 'c', 'C'));
  document.body.replaceChildren(el('p', 'a', 'A'), section);
  a = textOf(document.getElementById('a')!);
  b = textOf(document.getElementById('b')!);
  c = textOf(document.getElementById('c')!);
});

const ids = (store: MentionStore): string[] => store.ordered().map((name) => name.leaderId);

describe('MentionStore', () => {
  it('gives names in page order when blocks come in page order', () => {
    const store = new MentionStore();
    store.set(a, [found('a', a)]);
    store.set(b, [found('b1', b), found('b2', b)], a);
    store.set(c, [found('c', c)], b);
    expect(ids(store)).toEqual(['a', 'b1', 'b2', 'c']);
  });

  it('gives names in page order when blocks come out of order (a rescan)', () => {
    const store = new MentionStore();
    store.set(c, [found('c', c)]);
    store.set(a, [found('a', a)]);
    store.set(b, [found('b', b)]);
    expect(ids(store)).toEqual(['a', 'b', 'c']);
  });

  it('replaces a block\'s names when it is set again', () => {
    const store = new MentionStore();
    store.set(a, [found('old', a)]);
    store.set(a, [found('new', a)]);
    expect(ids(store)).toEqual(['new']);
    expect(store.size).toBe(1);
  });

  it('keeps no block without names, and drops one that lost its names', () => {
    const store = new MentionStore();
    store.set(a, []);
    expect(store.size).toBe(0);
    store.set(b, [found('b', b)]);
    store.set(b, []);
    expect(store.size).toBe(0);
    expect(ids(store)).toEqual([]);
  });

  it('drops the blocks inside a container and keeps the rest', () => {
    const store = new MentionStore();
    store.set(a, [found('a', a)]);
    store.set(b, [found('b', b)], a);
    store.set(c, [found('c', c)], b);
    store.removeWithin(section);
    expect(ids(store)).toEqual(['a']);
  });

  it('drops blocks whose text left the page', () => {
    const store = new MentionStore();
    store.set(a, [found('a', a)]);
    store.set(b, [found('b', b)], a);
    document.getElementById('a')!.remove();
    store.removeDisconnected();
    expect(ids(store)).toEqual(['b']);
  });

  it('bumps its version on every change and not otherwise', () => {
    const store = new MentionStore();
    const start = store.version;
    store.set(a, [found('a', a)]);
    expect(store.version).toBe(start + 1);
    store.set(b, []);
    store.removeWithin(section);
    store.removeDisconnected();
    expect(store.version).toBe(start + 1);
    store.removeWithin(document.body);
    expect(store.version).toBe(start + 2);
  });
});
