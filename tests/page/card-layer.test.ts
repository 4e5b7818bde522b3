// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Card } from '../../src/lookup/card';
import { createCardLayer, type RenderCard } from '../../src/page/card-layer';

const cardOf = (id: string): Card => ({ leader: { id, name: id } }) as unknown as Card;
const nameRect = (): DOMRect => new DOMRect(10, 10, 40, 16);

// The card UI's renderCard, reduced to what the layer relies on: it fills the container, or
// empties it for null.
function recordingRender() {
  const calls: { leaderId: string | null; connected: boolean; focusOnOpen: boolean }[] = [];
  const closers: (() => void)[] = [];
  const render: RenderCard = (container, card, options) => {
    calls.push({ leaderId: card?.leader.id ?? null, connected: container.isConnected, focusOnOpen: options.focusOnOpen });
    if (card) {
      const root = document.createElement('div');
      root.setAttribute('data-leader-id', card.leader.id);
      container.replaceChildren(root);
      closers.push(options.onClose);
    } else container.replaceChildren();
  };
  return { render, calls, closers };
}

let parent: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  parent = document.createElement('div');
  document.body.append(parent);
});

describe('createCardLayer', () => {
  it('opens nothing, and throws nothing, when the host cannot be put back (issue 10)', async () => {
    const { render } = recordingRender();
    parent.remove();
    const layer = createCardLayer(parent, render, () => false);
    await expect(layer.open(cardOf('to-lam'), nameRect, { focusOnOpen: false, onClose: () => undefined })).resolves.toBeNull();
    expect(layer.element).toBeNull();
    expect(parent.children).toHaveLength(0);
  });

  it('opens nothing when its container is not in the page, even if told it is', async () => {
    const { render } = recordingRender();
    parent.remove();
    const layer = createCardLayer(parent, render);
    await expect(layer.open(cardOf('to-lam'), nameRect, { focusOnOpen: false, onClose: () => undefined })).resolves.toBeNull();
    expect(layer.element).toBeNull();
  });

  it('asks to put the host back before it shows a card', async () => {
    const { render } = recordingRender();
    parent.remove();
    const layer = createCardLayer(parent, render, () => {
      document.body.append(parent);
      return true;
    });
    expect(await layer.open(cardOf('to-lam'), nameRect, { focusOnOpen: false, onClose: () => undefined })).not.toBeNull();
    expect(parent.querySelector('[data-leader-id="to-lam"]')).not.toBeNull();
  });

  it('opens a card next to its name and removes it, layer and all, on close', async () => {
    const { render } = recordingRender();
    const layer = createCardLayer(parent, render);
    const element = await layer.open(cardOf('to-lam'), nameRect, { focusOnOpen: false, onClose: () => undefined });
    expect(parent.querySelector('[data-leader-id]')?.getAttribute('data-leader-id')).toBe('to-lam');
    expect(layer.element).toBe(element);
    expect(element?.style.position).toBe('fixed');
    layer.close();
    expect(parent.children).toHaveLength(0);
    expect(layer.element).toBeNull();
  });

  it('renders a prepared card off the page, and opening it inserts it without rendering again', async () => {
    const { render, calls } = recordingRender();
    const layer = createCardLayer(parent, render);
    const card = cardOf('to-lam');
    layer.prepare(card);
    expect(calls).toEqual([{ leaderId: 'to-lam', connected: false, focusOnOpen: false }]);
    expect(parent.children).toHaveLength(0); // nothing on the page during the delay
    await layer.open(card, nameRect, { focusOnOpen: false, onClose: () => undefined });
    expect(calls).toHaveLength(1);
    expect(parent.querySelector('[data-leader-id="to-lam"]')).not.toBeNull();
  });

  it('renders in the page, not the prepared copy, when the card must take focus', async () => {
    const { render, calls } = recordingRender();
    const layer = createCardLayer(parent, render);
    const card = cardOf('to-lam');
    layer.prepare(card);
    await layer.open(card, nameRect, { focusOnOpen: true, onClose: () => undefined });
    expect(calls.at(-1)).toEqual({ leaderId: 'to-lam', connected: true, focusOnOpen: true });
    expect(parent.querySelectorAll('[data-leader-id]')).toHaveLength(1);
  });

  it('drops a prepared card for another one, and on request', () => {
    const { render, calls } = recordingRender();
    const layer = createCardLayer(parent, render);
    layer.prepare(cardOf('to-lam'));
    layer.prepare(cardOf('vladimir-putin'));
    layer.discardPrepared();
    expect(calls.map((c) => c.leaderId)).toEqual(['to-lam', null, 'vladimir-putin', null]);
  });

  it('replaces an open card with the next one', async () => {
    const { render } = recordingRender();
    const layer = createCardLayer(parent, render);
    await layer.open(cardOf('to-lam'), nameRect, { focusOnOpen: false, onClose: () => undefined });
    await layer.open(cardOf('vladimir-putin'), nameRect, { focusOnOpen: false, onClose: () => undefined });
    expect([...parent.querySelectorAll('[data-leader-id]')].map((e) => e.getAttribute('data-leader-id'))).toEqual(['vladimir-putin']);
  });

  it("closes and tells the opener when the card's own close button asks, also for a prepared card", async () => {
    const { render, closers } = recordingRender();
    const layer = createCardLayer(parent, render);
    const onClose = vi.fn();
    const card = cardOf('to-lam');
    layer.prepare(card);
    await layer.open(card, nameRect, { focusOnOpen: false, onClose });
    closers[0]!();
    expect(onClose).toHaveBeenCalledOnce();
    expect(parent.children).toHaveLength(0);
  });

  it('marks the open card pinned with data-pinned, and unmarks it', async () => {
    const { render } = recordingRender();
    const layer = createCardLayer(parent, render);
    const element = await layer.open(cardOf('to-lam'), nameRect, { focusOnOpen: false, onClose: () => undefined });
    layer.pin(true);
    expect(element!.hasAttribute('data-pinned')).toBe(true);
    layer.pin(false);
    expect(element!.hasAttribute('data-pinned')).toBe(false);
  });
});
