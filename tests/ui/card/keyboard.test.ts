// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { handleCardKey } from '../../../src/ui/card/keyboard';

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  root.tabIndex = -1;
  document.body.append(root);
});

function press(key: string, target: Element, shiftKey = false): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

function cardWithLinks(): { first: HTMLElement; middle: HTMLElement; last: HTMLElement } {
  root.innerHTML = '<a href="#a">first</a><button>middle</button><button>last</button>';
  const [first, middle, last] = [...root.querySelectorAll<HTMLElement>('a, button')] as [HTMLElement, HTMLElement, HTMLElement];
  return { first, middle, last };
}

describe('handleCardKey', () => {
  it('closes on Escape and keeps the page from acting on it', () => {
    let closed = 0;
    const event = press('Escape', root);
    handleCardKey(event, root, () => closed++);
    expect(closed).toBe(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves Escape to the page when the card cannot be closed', () => {
    const event = press('Escape', root);
    handleCardKey(event, root, undefined);
    expect(event.defaultPrevented).toBe(false);
  });

  it('moves Tab from the last focusable element back to the first', () => {
    const { first, last } = cardWithLinks();
    const event = press('Tab', last);
    handleCardKey(event, root, undefined);
    expect(event.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(first);
  });

  it('moves Shift+Tab from the first focusable element to the last', () => {
    const { first, last } = cardWithLinks();
    const event = press('Tab', first, true);
    handleCardKey(event, root, undefined);
    expect(event.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(last);
  });

  it('moves Shift+Tab from the card itself to the last focusable element', () => {
    const { last } = cardWithLinks();
    handleCardKey(press('Tab', root, true), root, undefined);
    expect(document.activeElement).toBe(last);
  });

  it('lets Tab between inner elements go its ordinary way', () => {
    const { middle } = cardWithLinks();
    const event = press('Tab', middle);
    handleCardKey(event, root, undefined);
    expect(event.defaultPrevented).toBe(false);
  });

  it('skips elements inside a hidden section when finding the last one', () => {
    const { first, middle, last } = cardWithLinks();
    const hidden = document.createElement('section');
    hidden.hidden = true;
    hidden.append(last);
    root.append(hidden);
    const event = press('Tab', middle);
    handleCardKey(event, root, undefined);
    expect(event.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(first);
  });

  it('keeps Tab inside a card with nothing focusable', () => {
    const event = press('Tab', root);
    handleCardKey(event, root, undefined);
    expect(event.defaultPrevented).toBe(true);
  });

  it('ignores other keys', () => {
    const { last } = cardWithLinks();
    const event = press('Enter', last);
    handleCardKey(event, root, () => undefined);
    expect(event.defaultPrevented).toBe(false);
  });
});
