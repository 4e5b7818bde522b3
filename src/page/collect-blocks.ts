import { elementKind, INLINE, isInlineElement, isSkippedElement, SHADOW_HOST, SKIPPED } from './skip-rules';

/**
 * One run of text the reader sees as continuous: the text nodes between two block boundaries, in
 * order. `texts[i]` is `nodes[i].data` as read during the walk (read once: `.data` on a huge node
 * is a copy).
 */
export interface TextBlock {
  nodes: Text[];
  texts: string[];
}

export interface CollectOptions {
  /** Our own host's tag name, upper case (e.g. `LEADERLENS-UI`): never scanned. */
  hostTag: string;
  /** Called for each open shadow root met under the root; its content is scanned on its own. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Called for each `<iframe>`/`<frame>` met under the root (its document may be cross-origin). */
  onFrame?: (frame: HTMLIFrameElement | HTMLFrameElement) => void;
}

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4; // NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Walks `root` in document order and yields its blocks of visible text, skipping script, style,
 * code, form fields, editable content and our host (see skip-rules.ts), and blocks of nothing but
 * whitespace (they cannot hold a name). A lazy generator so the
 * scanner can stop between any two blocks when its time slice runs out.
 *
 * Skipped subtrees are jumped over by hand instead of through a NodeFilter callback: a filter is a
 * call from C++ into JS for every node of the page, which dominates the walk on large pages.
 *
 *     [...collectBlocks(document.body, { hostTag: 'LEADERLENS-UI' })]
 *     // <p>Tổng Bí thư Tô <b>Lâm</b></p> → [{ texts: ['Tổng Bí thư Tô ', 'Lâm'], nodes: [...] }]
 */
export function* collectBlocks(root: Node, options: CollectOptions): Generator<TextBlock, void, undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  let nodes: Text[] = [];
  let texts: string[] = [];
  // Whether every text of the block so far is whitespace: the gaps between a page's elements are
  // most of its text nodes, and a block of nothing else is dropped here (its arrays reused).
  let blank = true;
  let blockParent: Node | null = null;
  // Text nodes come in runs under one parent; its block parent is looked up once per run, and
  // found without a walk up when the parent is the element just entered or sits in the block.
  let lastParent: Node | null = null;
  let lastBlockParent: Node | null = null;
  let entered: Node | null = null;
  let enteredInline = false;

  const flush = (): TextBlock | null => {
    blockParent = null;
    if (nodes.length === 0) return null;
    if (blank) {
      nodes.length = 0;
      texts.length = 0;
      return null;
    }
    const block = { nodes, texts };
    nodes = [];
    texts = [];
    blank = true;
    return block;
  };

  let node: Node | null = walker.currentNode;
  if (node.nodeType === ELEMENT_NODE && isSkippedElement(node as Element, options.hostTag)) return;
  node = walker.nextNode();
  while (node !== null) {
    if (node.nodeType === TEXT_NODE) {
      const textParent = node.parentNode;
      if (textParent !== lastParent) {
        lastParent = textParent;
        if (textParent === entered && !enteredInline) lastBlockParent = textParent;
        else if (textParent !== lastBlockParent) {
          lastBlockParent =
            textParent !== null && textParent === entered && lastBlockParent !== null && textParent.parentNode === lastBlockParent
              ? lastBlockParent
              : blockParentOf(node, root);
        }
      }
      const parent = lastBlockParent;
      if (parent !== blockParent && nodes.length > 0) {
        const block = flush();
        if (block) yield block;
      }
      blockParent = parent;
      const text = (node as Text).data;
      nodes.push(node as Text);
      texts.push(text);
      if (blank && !isBlank(text)) blank = false;
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    const kind = elementKind(el, options.hostTag);
    if (kind & SKIPPED) {
      if (options.onFrame && (el.tagName === 'IFRAME' || el.tagName === 'FRAME')) options.onFrame(el as HTMLIFrameElement);
      if (!(kind & INLINE)) {
        const block = flush();
        if (block) yield block;
      }
      node = skipSubtree(walker, el);
      continue;
    }
    entered = el;
    enteredInline = (kind & INLINE) !== 0;
    if (kind & SHADOW_HOST && options.onShadowRoot) {
      const shadow = (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
      if (shadow) options.onShadowRoot(shadow);
    }
    if (!(kind & INLINE)) {
      const block = flush();
      if (block) yield block;
    }
    node = walker.nextNode();
  }
  const last = flush();
  if (last) yield last;
}

const NON_SPACE = /\S/;

function isBlank(text: string): boolean {
  // Most text starts with a printable ASCII character: one comparison. (NBSP-only paragraphs,
  // "<p>&nbsp;</p>" spacers, are common on news sites and take the RegExp.)
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return !NON_SPACE.test(text);
}

/** The nearest ancestor of `node` that is not inline (or `root`): text under the same one may join. */
function blockParentOf(node: Node, root: Node): Node | null {
  let parent = node.parentNode;
  while (parent !== null && parent !== root && parent.nodeType === ELEMENT_NODE && isInlineElement(parent as Element)) {
    parent = parent.parentNode;
  }
  return parent;
}

/** Moves the walker past `el`'s subtree and returns the next node in document order, or null. */
function skipSubtree(walker: TreeWalker, el: Element): Node | null {
  walker.currentNode = el;
  let next = walker.nextSibling();
  while (next === null) {
    const up = walker.parentNode();
    if (up === null) return null;
    next = walker.nextSibling();
  }
  return next;
}
