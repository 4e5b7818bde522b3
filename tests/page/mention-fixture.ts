import type { PageMention } from '../../src/page/gate-mentions';

/** A mention of `leaderId` from `start` in `startNode` to `end` in `endNode` (the same node by default). */
export function mentionIn(leaderId: string, startNode: Text, start: number, end: number, endNode: Text = startNode, short = false): PageMention {
  const text = startNode === endNode ? startNode.data.slice(start, end) : startNode.data.slice(start) + endNode.data.slice(0, end);
  return {
    leaderId,
    text,
    short,
    found: { leaderId, kind: short ? 'short' : 'leader', shortAccepted: short, text, start: { node: startNode, offset: start }, end: { node: endNode, offset: end } },
  };
}

/** The first text node under `el`. */
export function textOf(el: Element): Text {
  const node = el.firstChild;
  if (!node || node.nodeType !== 3) throw new Error(`no text node in <${el.tagName}>`);
  return node as Text;
}

/** An element with an id and children (strings become text nodes): fixtures without HTML strings. */
export function el(tag: string, id: string | null, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  if (id !== null) element.id = id;
  element.append(...children);
  return element;
}
