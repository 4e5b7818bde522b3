// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNameLocator } from '../../src/page/name-at-point';
import { el, mentionIn, textOf } from './mention-fixture';

// happy-dom has no layout: the caret under the pointer and the names' rectangles are given here,
// as Chromium would answer them (the real thing runs in tests/e2e/page-content.test.ts).
let caret: { offsetNode: Node; offset: number } | null = null;
let rects = new Map<string, DOMRect[]>();
const rectKey = (r: Range): string => `${r.startOffset}-${r.endOffset}-${r.startContainer.textContent?.slice(0, 8)}`;
const caretSpy = vi.fn((_x: number, _y: number, _options?: { shadowRoots?: ShadowRoot[] }) => caret);

beforeEach(() => {
  document.body.replaceChildren();
  caret = null;
  rects = new Map();
  (document as unknown as { caretPositionFromPoint: typeof caretSpy }).caretPositionFromPoint = caretSpy;
  caretSpy.mockClear();
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    return (rects.get(rectKey(this)) ?? []) as unknown as DOMRectList;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

const rect = (left: number, top: number, width: number, height: number): DOMRect => new DOMRect(left, top, width, height);

describe('createNameLocator', () => {
  it('answers the name whose text node the caret is in, with the pointer inside its rectangle', () => {
    const p = el('p', null, 'Tổng Bí thư Tô Lâm phát biểu');
    document.body.append(p);
    const text = textOf(p);
    const mention = mentionIn('to-lam', text, 12, 18);
    const locator = createNameLocator(document);
    locator.update([mention]);
    const range = document.createRange();
    range.setStart(text, 12);
    range.setEnd(text, 18);
    rects.set(rectKey(range), [rect(100, 10, 60, 20)]);
    caret = { offsetNode: text, offset: 14 };
    const hit = locator.at(120, 20);
    expect(hit?.mention).toBe(mention);
    expect(hit?.range.toString()).toBe('Tô Lâm');
  });

  it('answers null for a caret near the name but a pointer outside its rectangle (margin past a line end)', () => {
    const p = el('p', null, 'Ông Tô Lâm');
    document.body.append(p);
    const text = textOf(p);
    const locator = createNameLocator(document);
    locator.update([mentionIn('to-lam', text, 4, 10)]);
    const range = document.createRange();
    range.setStart(text, 4);
    range.setEnd(text, 10);
    rects.set(rectKey(range), [rect(40, 10, 60, 20)]);
    caret = { offsetNode: text, offset: 10 };
    expect(locator.at(300, 20)).toBeNull();
    expect(locator.at(100.5, 20)).not.toBeNull(); // a pixel of slack for sub-pixel rounding
  });

  it('answers null where the caret is in a text node without names, or there is no caret', () => {
    const named = el('p', null, 'Tô Lâm');
    const plain = el('p', null, 'nothing here');
    document.body.append(named, plain);
    const locator = createNameLocator(document);
    locator.update([mentionIn('to-lam', textOf(named), 0, 6)]);
    caret = { offsetNode: textOf(plain), offset: 3 };
    expect(locator.at(5, 5)).toBeNull();
    caret = null;
    expect(locator.at(5, 5)).toBeNull();
  });

  it('finds a name split across elements from either of its text nodes', () => {
    const first = el('span', null, 'Tô ');
    const second = el('b', null, 'Lâm');
    document.body.append(el('p', null, first, second));
    const mention = mentionIn('to-lam', textOf(first), 0, 3, textOf(second));
    const locator = createNameLocator(document);
    locator.update([mention]);
    const range = document.createRange();
    range.setStart(textOf(first), 0);
    range.setEnd(textOf(second), 3);
    rects.set(rectKey(range), [rect(0, 0, 30, 20), rect(30, 0, 30, 20)]);
    caret = { offsetNode: textOf(second), offset: 1 };
    expect(locator.at(40, 10)?.mention).toBe(mention);
  });

  it('measures only the names around the caret in a long text node', () => {
    const sentence = 'Tổng Bí thư Tô Lâm phát biểu tại hội nghị. ';
    const p = el('p', null, sentence.repeat(2000));
    document.body.append(p);
    const text = textOf(p);
    const mentions = Array.from({ length: 2000 }, (_, i) => mentionIn('to-lam', text, i * sentence.length + 12, i * sentence.length + 18));
    const locator = createNameLocator(document);
    locator.update(mentions);
    const target = mentions[1500]!;
    const range = document.createRange();
    range.setStart(text, target.found.start.offset);
    range.setEnd(text, target.found.end.offset);
    rects.set(rectKey(range), [rect(0, 0, 60, 20)]);
    caret = { offsetNode: text, offset: target.found.start.offset + 2 };
    const measured = vi.mocked(Range.prototype.getClientRects);
    measured.mockClear();
    expect(locator.at(30, 10)?.mention).toBe(target);
    expect(measured.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('lists the open shadow roots that hold names and hands them to the caret lookup', () => {
    const host = el('div', null);
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = el('span', null, 'Putin');
    shadow.append(inner);
    const locator = createNameLocator(document);
    locator.update([mentionIn('vladimir-putin', textOf(inner), 0, 5)]);
    expect(locator.shadowRoots()).toEqual([shadow]);
    locator.at(1, 1);
    expect(caretSpy).toHaveBeenCalledWith(1, 1, { shadowRoots: [shadow] });
  });

  it('forgets names that are no longer on the page after an update', () => {
    const p = el('p', null, 'Tô Lâm');
    document.body.append(p);
    const text = textOf(p);
    const locator = createNameLocator(document);
    locator.update([mentionIn('to-lam', text, 0, 6)]);
    locator.update([]);
    caret = { offsetNode: text, offset: 2 };
    expect(locator.at(1, 1)).toBeNull();
  });
});
