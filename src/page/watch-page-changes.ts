import { isInlineElement } from './skip-rules';

/**
 * Follows a dynamic page (infinite scroll, an SPA that swaps its article, a live blog) with one
 * MutationObserver per tree, and hands back only what changed: for each mutation, the nearest
 * block-level element around it, so the rescan covers whole blocks (a name split across inline
 * elements is re-read whole) and nothing else.
 *
 *     const watcher = watchPageChanges((containers) => containers.forEach((c) => scanner.scan(c)), host);
 *     watcher.observe(document);
 */
export function watchPageChanges(onChanged: (containers: Node[]) => void, ignore: () => Node | null, hostTag?: string) {
  // The host is recognised by its tag too: the mutation of mounting it is delivered before the
  // code that mounted it learns the element, and taking it for a page change rescans the page.
  const isOwn = (node: Node, own: Node | null): boolean => node === own || (hostTag !== undefined && node.nodeName === hostTag);
  const observers: MutationObserver[] = [];

  const handle = (records: MutationRecord[]): void => {
    const own = ignore();
    const containers = new Set<Node>();
    for (const record of records) {
      const target = record.target;
      if (own && (own === target || own.contains(target))) continue;
      // Our own host being mounted, or put back or taken away by the page (mount-host.ts): not a
      // change of the page's text, and rescanning the whole document for it would cost the most
      // on the pages that fight our host hardest.
      if (record.type === 'childList') {
        const nodes = [...record.addedNodes, ...record.removedNodes];
        if (nodes.length > 0 && nodes.every((n) => isOwn(n, own))) continue;
      }
      containers.add(blockAround(target));
    }
    if (containers.size === 0) return;
    // A container inside another one is covered by it.
    const list = [...containers];
    onChanged(list.filter((c) => !list.some((other) => other !== c && other.contains(c))));
  };

  return {
    observe(root: Document | ShadowRoot): void {
      const observer = new MutationObserver(handle);
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      observers.push(observer);
    },
    disconnect(): void {
      for (const observer of observers) observer.disconnect();
      observers.length = 0;
    },
  };
}

/** The nearest ancestor-or-self element of `node` that is not inline (text under it forms whole blocks). */
export function blockAround(node: Node): Node {
  let current: Node = node.nodeType === 1 ? node : (node.parentNode ?? node);
  while (current.parentNode && current.nodeType === 1 && isInlineElement(current as Element)) current = current.parentNode;
  return current;
}
