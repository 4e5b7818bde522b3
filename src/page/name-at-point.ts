import { caretAtPoint } from './caret-at-point';
import type { PageMention } from './gate-mentions';

/** Finds which highlighted name lies under the pointer. */
export interface NameLocator {
  /** Replaces the names it knows. */
  update(mentions: readonly PageMention[]): void;
  /** The name under viewport point (x, y), with its on-screen rectangle, or null. */
  at(x: number, y: number): { mention: PageMention; rect: DOMRect; range: Range } | null;
  /** Open shadow roots holding names, for `caretPositionFromPoint`. */
  shadowRoots(): ShadowRoot[];
}

/**
 * A locator over the names of one document: the caret under the pointer gives a text node and an
 * offset, and a map from text node to the names in it gives the name.
 *
 * The caret APIs answer with the NEAREST caret, also for a pointer in the margin past the end of a
 * line or between paragraphs; the pointer must also be inside one of the name's client rects
 * (with a pixel of slack for sub-pixel rounding), or a name would open from empty space.
 */
export function createNameLocator(doc: Document): NameLocator {
  let byNode = new Map<Node, PageMention[]>();
  let roots: ShadowRoot[] = [];

  const rangeOf = (m: PageMention): Range | null => {
    const range = doc.createRange();
    try {
      range.setStart(m.found.start.node, m.found.start.offset);
      range.setEnd(m.found.end.node, m.found.end.offset);
      return range;
    } catch {
      return null;
    }
  };

  return {
    update(mentions) {
      byNode = new Map();
      const seenRoots = new Set<ShadowRoot>();
      for (const m of mentions) {
        const { start, end } = m.found;
        if (start.node.ownerDocument !== doc) continue;
        for (const node of start.node === end.node ? [start.node] : nodesBetween(start.node, end.node)) {
          const list = byNode.get(node);
          if (list) list.push(m);
          else byNode.set(node, [m]);
        }
        const root = start.node.getRootNode();
        if (root !== doc && (root as ShadowRoot).host) seenRoots.add(root as ShadowRoot);
      }
      roots = [...seenRoots];
    },
    at(x, y) {
      const caret = caretAtPoint(doc, x, y, roots);
      if (!caret) return null;
      const candidates = byNode.get(caret.node);
      if (!candidates) return null;
      for (const mention of candidates) {
        // Only names around the caret are measured: measuring a range in a huge text node costs
        // time in proportion to the node, and a 5 MB node holds thousands of names.
        const { start, end } = mention.found;
        if (start.node === caret.node && caret.offset < start.offset - 1) continue;
        if (end.node === caret.node && caret.offset > end.offset + 1) continue;
        const range = rangeOf(mention);
        if (!range) continue;
        for (const rect of range.getClientRects()) {
          if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
            return { mention, rect, range };
          }
        }
      }
      return null;
    },
    shadowRoots: () => roots,
  };
}

/** The text nodes from `first` to `last` inclusive, in document order (a name split across elements). */
function nodesBetween(first: Node, last: Node): Node[] {
  const doc = first.ownerDocument!;
  const walker = doc.createTreeWalker(first.getRootNode(), 0x4);
  walker.currentNode = first;
  const nodes: Node[] = [first];
  let node = walker.nextNode();
  while (node !== null && nodes.length < 64) {
    nodes.push(node);
    if (node === last) break;
    node = walker.nextNode();
  }
  return nodes;
}
