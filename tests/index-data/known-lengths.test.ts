import { describe, expect, it } from 'vitest';
import { copyUnlessLazy, evidenceLength, KNOWN_LENGTHS, paragraphLengths, textLength, withoutField } from '../../src/index-data/known-lengths';

/** An item whose text getter counts its reads, as a build state's items fetch their text (corpus/state-text.ts). */
function lazy(lengths: object) {
  let reads = 0;
  const item = {
    id: 'a',
    get text() {
      reads++;
      return 'words';
    },
    get paragraphs() {
      reads++;
      return [{ text: 'words', line: 1 }];
    },
    evidence: 'a sentence',
    [KNOWN_LENGTHS]: lengths,
  };
  return { item, reads: () => reads };
}

describe('known lengths', () => {
  it('gives the lengths an item carries without reading its text, and measures an item without them', () => {
    const { item, reads } = lazy({ text: 40, evidence: 7, paragraphs: [3, 120] });
    expect([textLength(item), evidenceLength(item), paragraphLengths(item)]).toEqual([40, 7, [3, 120]]);
    expect(reads()).toBe(0);
    expect([textLength({ text: 'abc' }), evidenceLength({ evidence: 'abcd' }), paragraphLengths({ paragraphs: [{ text: 'ab' }, { text: 'c' }] })]).toEqual([3, 4, [2, 3]]);
  });

  it('leaves a field out without reading it, the others in their order, as a rest pattern would', () => {
    const { item, reads } = lazy({});
    const { paragraphs: _p, ...rest } = { id: 'a', title: 't', paragraphs: [], url: 'u' };
    expect(Object.keys(withoutField({ id: 'a', title: 't', paragraphs: [], url: 'u' }, 'paragraphs'))).toEqual(Object.keys(rest));
    expect(withoutField(item, 'paragraphs')).toEqual({ id: 'a', text: 'words', evidence: 'a sentence' });
    expect(reads()).toBe(1); // text, not paragraphs
  });

  it('copies a plain item and keeps a lazy one as it is (a spread would read its text)', () => {
    const plain = { id: 'a', paragraphs: [] };
    expect(copyUnlessLazy(plain)).not.toBe(plain);
    expect(copyUnlessLazy(plain)).toEqual(plain);
    const { item, reads } = lazy({ paragraphs: [1, 5] });
    expect(copyUnlessLazy(item)).toBe(item);
    expect(reads()).toBe(0);
  });
});
