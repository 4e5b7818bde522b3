// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { INLINE, SHADOW_HOST, SKIPPED, elementKind, isInlineElement, isSkippedElement } from '../../src/page/skip-rules';

const HOST = 'LEADERLENS-UI';
const el = (html: string): Element => {
  const template = document.createElement('div');
  template.innerHTML = html;
  return template.firstElementChild!;
};

describe('SKIPPED, INLINE and SHADOW_HOST', () => {
  it('are distinct single bits', () => {
    expect(new Set([SKIPPED, INLINE, SHADOW_HOST]).size).toBe(3);
    for (const bit of [SKIPPED, INLINE, SHADOW_HOST]) expect(bit & (bit - 1)).toBe(0);
  });
});

describe('elementKind', () => {
  it('marks inline elements INLINE and nothing else', () => {
    expect(elementKind(el('<b>x</b>'), HOST)).toBe(INLINE);
  });

  it('marks a span both inline and a possible shadow host', () => {
    expect(elementKind(el('<span>x</span>'), HOST)).toBe(INLINE | SHADOW_HOST);
  });

  it('marks a paragraph and a custom element as possible shadow hosts', () => {
    expect(elementKind(el('<p>x</p>'), HOST)).toBe(SHADOW_HOST);
    expect(elementKind(el('<news-body>x</news-body>'), HOST)).toBe(SHADOW_HOST);
  });

  it('gives a list item, a block that cannot host a shadow root, no bits', () => {
    expect(elementKind(el('<ul><li>x</li></ul>').firstElementChild!, HOST)).toBe(0);
  });

  it('skips code, scripts and form fields', () => {
    for (const html of ['<code>x</code>', '<script>x</script>', '<textarea>x</textarea>', '<pre>x</pre>']) {
      expect(elementKind(el(html), HOST) & SKIPPED, html).toBe(SKIPPED);
    }
  });

  it('skips our own host element', () => {
    expect(elementKind(document.createElement('leaderlens-ui'), HOST) & SKIPPED).toBe(SKIPPED);
  });

  it('skips hidden elements', () => {
    expect(elementKind(el('<div hidden>x</div>'), HOST) & SKIPPED).toBe(SKIPPED);
  });

  it('skips what the reader is editing, but not contenteditable="false"', () => {
    expect(elementKind(el('<div contenteditable>x</div>'), HOST) & SKIPPED).toBe(SKIPPED);
    expect(elementKind(el('<div contenteditable="plaintext-only">x</div>'), HOST) & SKIPPED).toBe(SKIPPED);
    expect(elementKind(el('<div contenteditable="FALSE">x</div>'), HOST) & SKIPPED).toBe(0);
  });

  it('ignores unrelated attributes', () => {
    expect(elementKind(el('<b class="x" id="y">x</b>'), HOST)).toBe(INLINE);
  });
});

describe('isSkippedElement', () => {
  it('is true for skipped elements and false for prose', () => {
    expect(isSkippedElement(el('<script></script>'), HOST)).toBe(true);
    expect(isSkippedElement(el('<div hidden></div>'), HOST)).toBe(true);
    expect(isSkippedElement(el('<p>x</p>'), HOST)).toBe(false);
  });
});

describe('isInlineElement', () => {
  it('is true for elements that flow in a line and false for blocks', () => {
    expect(isInlineElement(el('<a href="#">x</a>'))).toBe(true);
    expect(isInlineElement(el('<strong>x</strong>'))).toBe(true);
    expect(isInlineElement(el('<p>x</p>'))).toBe(false);
    expect(isInlineElement(el('<div>x</div>'))).toBe(false);
  });
});
