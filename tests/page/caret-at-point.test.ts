// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { caretAtPoint } from '../../src/page/caret-at-point';

const fakeDoc = (api: Record<string, unknown>): Document => api as unknown as Document;

describe('caretAtPoint', () => {
  it('uses caretPositionFromPoint, passing the open shadow roots', () => {
    const node = document.createTextNode('Tô Lâm');
    const shadow = document.createElement('div').attachShadow({ mode: 'open' });
    const caretPositionFromPoint = vi.fn(() => ({ offsetNode: node, offset: 3 }));
    expect(caretAtPoint(fakeDoc({ caretPositionFromPoint }), 5, 6, [shadow])).toEqual({ node, offset: 3 });
    expect(caretPositionFromPoint).toHaveBeenCalledWith(5, 6, { shadowRoots: [shadow] });
  });

  it('falls back to caretRangeFromPoint (older WebKit and Chrome)', () => {
    const node = document.createTextNode('Putin');
    const range = document.createRange();
    range.setStart(node, 2);
    expect(caretAtPoint(fakeDoc({ caretRangeFromPoint: () => range }), 1, 1)).toEqual({ node, offset: 2 });
  });

  it('answers null where neither API gives an answer', () => {
    expect(caretAtPoint(fakeDoc({ caretPositionFromPoint: () => null }), 1, 1)).toBeNull();
    expect(caretAtPoint(fakeDoc({}), 1, 1)).toBeNull();
  });
});
