import { describe, expect, it } from 'vitest';
import { patchedDocumentOrder } from '../../src/index-data/document-order-patch';
import { documentBefore, documentOrder } from '../../src/lookup/search-index';

type Item = { id: string; date: string | null };

/** Items over a few dates (some undated), ids in no order. */
function items(count: number, seed = 1): Item[] {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: count }, (_, i) => {
    const day = next() % 9;
    return { id: `q-${(next() % 100000).toString(36)}-${i}`, date: day === 0 ? null : `2025-0${day}-1${next() % 3}` };
  });
}

describe('patchedDocumentOrder', () => {
  it('patches the previous order with items added after the others: the ids of documentOrder, and places that give them', () => {
    const list = items(500);
    const first = patchedDocumentOrder(list);
    expect(first.patched).toBe(false);
    expect(first.ids).toEqual(documentOrder(list));
    expect(Array.from(first.places, (place) => list[place]!.id)).toEqual(first.ids);

    const grown = [...list, ...items(7, 99), { id: 'q-newest', date: '2030-01-01' }, { id: 'q-undated', date: null }, { id: '0', date: '2025-03-10' }];
    const next = patchedDocumentOrder(grown, first.places);
    expect(next.patched).toBe(true);
    expect(next.ids).toEqual(documentOrder(grown));
    expect(Array.from(next.places, (place) => grown[place]!.id)).toEqual(next.ids);
    // Nothing added: the same order, patched.
    expect(patchedDocumentOrder(grown, next.places)).toEqual({ ...next, patched: true });
  });

  it('sorts when the previous order does not hold: an item inserted before the end, a date changed, places out of the list or twice, an id twice', () => {
    const list = items(300, 7);
    const { places } = patchedDocumentOrder(list);
    const expectSorted = (now: Item[], previous: Uint32Array) => {
      const made = patchedDocumentOrder(now, previous);
      expect(made.patched).toBe(false);
      expect(made.ids).toEqual(documentOrder(now));
    };
    expectSorted([{ id: 'q-first', date: '2025-05-10' }, ...list], places);
    expectSorted(
      list.map((item, i) => (i === 10 ? { ...item, date: '2031-01-01' } : item)),
      places,
    );
    const outOfList = places.slice();
    outOfList[0] = 300;
    expectSorted(list, outOfList);
    const twice = places.slice();
    twice[1] = twice[0]!;
    expectSorted(list, twice);
    expectSorted(list.slice(0, 100), places);
    // An id twice at one date: no order is strictly increasing, so the result is documentOrder's.
    const again = [...list, { ...list[0]! }];
    expectSorted(again, places);
  });

  it('compares as documentOrder sorts: newest first, undated last, then ids by UTF-16 code units', () => {
    const list: Item[] = [
      { id: 'q-a', date: null },
      { id: 'q-\u{1F600}', date: '2025-01-01' },
      { id: 'q-\uFFFF', date: '2025-01-01' },
      { id: 'q-c', date: '2025-02-01' },
      { id: 'Q-z', date: '2025-01-01' },
    ];
    const ordered = documentOrder(list).map((id) => list.find((item) => item.id === id)!);
    for (let n = 1; n < ordered.length; n++) {
      expect(documentBefore(ordered[n - 1]!, ordered[n]!)).toBe(true);
      expect(documentBefore(ordered[n]!, ordered[n - 1]!)).toBe(false);
    }
    expect(documentBefore(list[0]!, { ...list[0]! })).toBe(false);
  });
});
