import type { PageMention } from './gate-mentions';

/**
 * The name the keyboard command opens: the one at (or inside) the reader's selection, else the
 * first name visible in the viewport. Returns it with a live range for placing the card.
 */
export function keyboardTarget(doc: Document, mentions: readonly PageMention[]): { mention: PageMention; range: Range } | null {
  const view = doc.defaultView;
  const selection = view?.getSelection() ?? null;
  const ranged = mentions
    .filter((m) => m.found.start.node.ownerDocument === doc)
    .map((mention) => ({ mention, range: rangeOf(doc, mention) }))
    .filter((x): x is { mention: PageMention; range: Range } => x.range !== null);
  if (selection && selection.rangeCount > 0) {
    const selected = selection.getRangeAt(0);
    const hit = ranged.find(({ range }) => intersects(range, selected));
    if (hit) return hit;
  }
  const height = view?.innerHeight ?? 0;
  for (const item of ranged) {
    const rect = item.range.getBoundingClientRect();
    if (rect.bottom > 0 && rect.top < height && rect.width > 0) return item;
  }
  return null;
}

function rangeOf(doc: Document, m: PageMention): Range | null {
  try {
    const range = doc.createRange();
    range.setStart(m.found.start.node, m.found.start.offset);
    range.setEnd(m.found.end.node, m.found.end.offset);
    return range;
  } catch {
    return null;
  }
}

function intersects(a: Range, b: Range): boolean {
  try {
    // b starts before a ends, and ends after a starts (comparePoint: -1 before, 0 inside, 1 after).
    return a.comparePoint(b.startContainer, b.startOffset) <= 0 && a.comparePoint(b.endContainer, b.endOffset) >= 0;
  } catch {
    return false; // Ranges in different trees.
  }
}
