/**
 * Page order across trees. `compareDocumentPosition` between nodes of different trees (an open
 * shadow root, a same-origin iframe) is "disconnected" with an arbitrary order, so each node is
 * first lifted to its anchor in the outer tree: a shadow root's content sits where its host is, an
 * iframe's content where the iframe element is.
 */

/** The chain from the outermost tree down: [anchor in top tree, …, node]. */
function anchorsOf(node: Node): Node[] {
  const chain: Node[] = [node];
  let current: Node = node;
  for (let depth = 0; depth < 32; depth++) {
    const root = current.getRootNode();
    let outer: Node | null = null;
    if ((root as ShadowRoot).host) outer = (root as ShadowRoot).host;
    else if (root.nodeType === 9) {
      try {
        outer = (root as Document).defaultView?.frameElement ?? null;
      } catch {
        outer = null; // frameElement throws in a cross-origin frame: it is then the top of its own page.
      }
    }
    if (outer === null) break;
    chain.unshift(outer);
    current = outer;
  }
  return chain;
}

const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/**
 * Negative when `a` comes before `b` in page order, positive after, 0 when the same node.
 *
 *     nodes.sort(comparePageOrder)
 */
export function comparePageOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const chainA = anchorsOf(a);
  const chainB = anchorsOf(b);
  for (let i = 0; i < Math.min(chainA.length, chainB.length); i++) {
    const x = chainA[i]!;
    const y = chainB[i]!;
    if (x === y) continue;
    const position = x.compareDocumentPosition(y);
    if (position & FOLLOWING) return -1;
    if (position & PRECEDING) return 1;
    return 0;
  }
  // One is the anchor of the other (a host and text in its shadow root): the host comes first.
  return chainA.length - chainB.length;
}
