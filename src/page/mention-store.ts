import { comparePageOrder } from './document-order';
import type { FoundName } from './find-block-names';

/**
 * The names found on the page, kept per block (keyed by the block's first text node) so a changed
 * part of the page can be dropped and rescanned without touching the rest. Only blocks with at
 * least one name are kept: on a news page that is a few dozen out of thousands.
 */
export class MentionStore {
  private readonly blocks = new Map<Text, FoundName[]>();
  private order: Text[] | null = [];
  /** Bumped on every change, so callers can tell whether anything moved since they last looked. */
  version = 0;

  /**
   * Records the names of one block (replacing what the same block had). `previous`, when given,
   * is a block known to come before this one in page order (the scanner's previous block of the
   * same walk): when it is the last one recorded, the order needs no DOM comparison.
   */
  set(firstNode: Text, names: FoundName[], previous?: Text): void {
    if (names.length === 0) {
      this.delete(firstNode);
      return;
    }
    const existed = this.blocks.has(firstNode);
    this.blocks.set(firstNode, names);
    if (!existed && this.order !== null) {
      // The first scan goes in page order: appending keeps the list sorted without a sort.
      const last = this.order.at(-1);
      if (last === undefined || last === previous || comesBefore(last, firstNode)) this.order.push(firstNode);
      else this.order = null;
    }
    this.version++;
  }

  private delete(firstNode: Text): void {
    if (this.blocks.delete(firstNode)) {
      this.order = null;
      this.version++;
    }
  }

  /** Drops every block that starts inside `container` (the container itself included) or left the page. */
  removeWithin(container: Node): void {
    for (const key of [...this.blocks.keys()]) {
      if (container.contains(key) || !key.isConnected) this.delete(key);
    }
  }

  /** Drops blocks whose text left the page (an SPA replaced the article). */
  removeDisconnected(): void {
    for (const key of [...this.blocks.keys()]) {
      if (!key.isConnected) this.delete(key);
    }
  }

  /** Every found name in page order. */
  ordered(): FoundName[] {
    if (this.order === null) this.order = [...this.blocks.keys()].sort(comparePageOrder);
    const out: FoundName[] = [];
    for (const key of this.order) out.push(...this.blocks.get(key)!);
    return out;
  }

  get size(): number {
    return this.blocks.size;
  }
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/**
 * `comparePageOrder(a, b) < 0`, with one DOM call when both are in the same tree (nearly always
 * while a page is first scanned): lifting both nodes to the top tree costs several calls per block.
 */
function comesBefore(a: Text, b: Text): boolean {
  if (a.getRootNode() === b.getRootNode()) return (a.compareDocumentPosition(b) & FOLLOWING) !== 0;
  return comparePageOrder(a, b) < 0;
}
