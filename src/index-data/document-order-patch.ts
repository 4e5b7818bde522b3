/**
 * The order search documents are numbered in ({@link documentOrder}: newest first, undated last,
 * then by id), patched from the previous build's instead of sorted again. At 10k articles sorting
 * 285k quotes took 0.2–0.25 s of an added article's build, and looking each id up again to hand
 * the search thread its documents another 0.1 s (docs/scale.md, "An added article, a twentieth
 * stop"); an added article's quotes come after every other in corpus order (the merge resumes only
 * then: corpus/merge-memo.ts), so the previous order, as places in the items' list, still holds
 * every other item.
 *
 * What vouches for the result is the result itself, not the previous order: the candidate (the
 * previous places merged with the new items, sorted among themselves) is used only when it is a
 * permutation of every item and each item comes strictly before the next by the order's own
 * comparison ({@link documentBefore}). The order is a strict total one where ids are distinct, so
 * exactly one permutation passes, the one {@link documentOrder} gives; anything else (a previous
 * order of another list, items inserted before the end, an id twice) sorts as before.
 */
import { documentBefore, documentOrder } from '../lookup/search-index';

/** An item as the order reads it. */
type Ordered = { id: string; date: string | null };

/** A kind's documents in order: their ids, and their places in the list they were ordered from. */
export interface OrderedPlaces {
  ids: string[];
  /** `places[n]` is the place in the items' list of document n; the next build patches from it. */
  places: Uint32Array;
  /** Whether the previous build's order was patched (false: sorted from scratch). */
  patched: boolean;
}

/**
 * The documents of `items` in {@link documentOrder}'s order, with their places in `items`: patched
 * from `previous` (the places of the previous build's order) where that gives the same order, else
 * sorted. Either way the same ids.
 *
 * @example
 * const first = patchedDocumentOrder(quotes);               // sorted
 * const next = patchedDocumentOrder([...quotes, added], first.places); // patched
 * next.ids; // documentOrder([...quotes, added])
 */
export function patchedDocumentOrder(items: readonly Ordered[], previous?: Uint32Array): OrderedPlaces {
  const patched = previous === undefined ? undefined : patchedPlaces(items, previous);
  if (patched !== undefined) return { ids: idsAt(items, patched), places: patched, patched: true };
  const ids = documentOrder(items);
  return { ids, places: placesOf(items, ids), patched: false };
}

/** The previous places with the items after them inserted, when that is the order; else undefined. */
function patchedPlaces(items: readonly Ordered[], previous: Uint32Array): Uint32Array | undefined {
  const count = items.length;
  const before = previous.length;
  if (before > count) return undefined;
  // Every previous place in the list, and none twice.
  const seen = new Uint8Array(before);
  for (let p = 0; p < before; p++) {
    const place = previous[p]!;
    if (place >= before || seen[place] === 1) return undefined;
    seen[place] = 1;
  }
  // The new items, few, sorted among themselves and each put where a binary search of the previous
  // order says, by the comparison the result is checked with below.
  const added: number[] = [];
  for (let i = before; i < count; i++) added.push(i);
  added.sort((a, b) => (documentBefore(items[a]!, items[b]!) ? -1 : documentBefore(items[b]!, items[a]!) ? 1 : 0));
  const places = new Uint32Array(count);
  let from = 0;
  let at = 0;
  for (const item of added) {
    let [low, high] = [from, before];
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (documentBefore(items[previous[mid]!]!, items[item]!)) low = mid + 1;
      else high = mid;
    }
    places.set(previous.subarray(from, low), at);
    at += low - from;
    places[at++] = item;
    from = low;
  }
  places.set(previous.subarray(from), at);
  // Each strictly before the next: with every item once, the one order documentOrder gives.
  for (let n = 1; n < count; n++) if (!documentBefore(items[places[n - 1]!]!, items[places[n]!]!)) return undefined;
  return places;
}

function idsAt(items: readonly Ordered[], places: Uint32Array): string[] {
  const ids = new Array<string>(places.length);
  for (let n = 0; n < places.length; n++) ids[n] = items[places[n]!]!.id;
  return ids;
}

/** The places in `items` of the ordered `ids` (the first item of an id, where one comes twice). */
function placesOf(items: readonly Ordered[], ids: readonly string[]): Uint32Array {
  const at = new Map<string, number>();
  for (let i = items.length - 1; i >= 0; i--) at.set(items[i]!.id, i);
  const places = new Uint32Array(ids.length);
  for (let n = 0; n < ids.length; n++) places[n] = at.get(ids[n]!)!;
  return places;
}
