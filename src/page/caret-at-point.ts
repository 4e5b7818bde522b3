/** A caret position: the node under a point and the offset in it. */
export interface Caret {
  node: Node;
  offset: number;
}

type CaretPositionFromPoint = (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
type CaretRangeFromPoint = (x: number, y: number) => Range | null;

/**
 * The caret at viewport point (x, y), behind one function because browsers disagree:
 * `caretPositionFromPoint` is the standard (Firefox; Chrome since 128) and, given the open shadow
 * roots, looks inside them; `caretRangeFromPoint` is WebKit's older API (Safari, older Chrome),
 * which stops at a shadow host. Returns null where neither gives an answer.
 *
 *     caretAtPoint(document, event.clientX, event.clientY, shadowRoots)  // { node: Text, offset: 5 }
 */
export function caretAtPoint(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): Caret | null {
  const withPosition = doc as Document & { caretPositionFromPoint?: CaretPositionFromPoint };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const position = withPosition.caretPositionFromPoint(x, y, shadowRoots.length > 0 ? { shadowRoots } : undefined);
    if (position) return { node: position.offsetNode, offset: position.offset };
  }
  const withRange = doc as Document & { caretRangeFromPoint?: CaretRangeFromPoint };
  if (typeof withRange.caretRangeFromPoint === 'function') {
    const range = withRange.caretRangeFromPoint(x, y);
    if (range) return { node: range.startContainer, offset: range.startOffset };
  }
  return null;
}
