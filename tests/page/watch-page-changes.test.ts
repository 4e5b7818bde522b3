// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blockAround, watchPageChanges } from '../../src/page/watch-page-changes';
import { el } from './mention-fixture';

beforeEach(() => document.body.replaceChildren());

describe('blockAround', () => {
  it('lifts a text node inside inline elements to its paragraph', () => {
    const bold = el('b', null, 'Lâm');
    const paragraph = el('p', null, 'Tô ', el('a', null, bold));
    document.body.append(paragraph);
    expect(blockAround(bold.firstChild!)).toBe(paragraph);
  });

  it('keeps a block element as it is', () => {
    const div = el('div', null, 'x');
    document.body.append(div);
    expect(blockAround(div)).toBe(div);
  });

  it('stops at the top of a detached inline tree', () => {
    const span = el('span', null, 'x');
    expect(blockAround(span.firstChild!)).toBe(span);
  });
});

describe('watchPageChanges', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  function watch(host: Node | null = null) {
    const calls: Node[][] = [];
    const watcher = watchPageChanges((containers) => calls.push(containers), () => host);
    watcher.observe(document);
    stop = () => watcher.disconnect();
    return { calls, watcher };
  }

  it('reports the block around changed text', async () => {
    const paragraph = el('p', null, 'Tô ', el('b', null, 'Lâm'));
    document.body.append(paragraph);
    const { calls } = watch();
    (paragraph.lastChild!.firstChild as Text).data = 'Lam';
    await vi.waitFor(() => expect(calls).toEqual([[paragraph]]));
  });

  it('reports a container once, not the blocks inside it', async () => {
    const article = el('article', null, el('p', 'one', 'a'), el('p', 'two', 'b'));
    document.body.append(article);
    const { calls } = watch();
    article.append(el('p', null, 'c'));
    (document.getElementById('one')!.firstChild as Text).data = 'changed';
    await vi.waitFor(() => expect(calls).toEqual([[article]]));
  });

  it('ignores our own host being mounted and changes inside it', async () => {
    const host = document.createElement('leaderlens-ui');
    const { calls } = watch(host);
    document.body.append(host);
    host.append(el('div', null, 'card'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual([]);
  });

  it('ignores our host by its tag while the code that mounts it does not know the element yet', async () => {
    const calls: Node[][] = [];
    const watcher = watchPageChanges((containers) => calls.push(containers), () => null, 'LEADERLENS-UI');
    watcher.observe(document);
    stop = () => watcher.disconnect();
    document.documentElement.append(document.createElement('leaderlens-ui'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual([]);
  });

  it('ignores the page removing our host and our putting it back', async () => {
    const host = document.createElement('leaderlens-ui');
    document.documentElement.append(host);
    const { calls } = watch(host);
    host.remove();
    document.documentElement.append(host);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual([]);
    host.remove();
  });

  it('reports nothing after disconnect', async () => {
    const paragraph = el('p', null, 'x');
    document.body.append(paragraph);
    const { calls, watcher } = watch();
    watcher.disconnect();
    (paragraph.firstChild as Text).data = 'y';
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual([]);
  });
});
