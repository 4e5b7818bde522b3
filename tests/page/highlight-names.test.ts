// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNameHighlighter, HIGHLIGHT_NAMES } from '../../src/page/highlight-names';
import { el, mentionIn, textOf } from './mention-fixture';

// happy-dom has no CSS Custom Highlight API: a registry and a Highlight class stand in for
// Chromium's, recording what the highlighter registers.
class FakeHighlight {
  readonly ranges: AbstractRange[];
  constructor(...ranges: AbstractRange[]) {
    this.ranges = ranges;
  }
}
let registry: Map<string, FakeHighlight>;
type Win = Window & { CSS: { highlights?: unknown }; Highlight?: unknown };

beforeEach(() => {
  document.body.replaceChildren();
  document.adoptedStyleSheets = [];
  registry = new Map();
  const win = window as unknown as Win;
  win.CSS = { ...(win.CSS ?? {}), highlights: registry };
  win.Highlight = FakeHighlight;
});

afterEach(() => {
  const win = window as unknown as Win;
  delete win.Highlight;
});

function page(): { text: Text; mention: ReturnType<typeof mentionIn> } {
  const p = el('p', null, 'Tổng Bí thư Tô Lâm phát biểu');
  document.body.append(p);
  const text = textOf(p);
  return { text, mention: mentionIn('to-lam', text, 12, 18) };
}

describe('createNameHighlighter', () => {
  it('registers one underline highlight over the names, without touching the DOM', () => {
    const { mention } = page();
    const before = document.body.outerHTML;
    const highlighter = createNameHighlighter(document, 'underline');
    highlighter.update([mention]);
    expect([...registry.keys()]).toEqual([HIGHLIGHT_NAMES.underline]);
    expect(registry.get(HIGHLIGHT_NAMES.underline)!.ranges.map((r) => (r as Range).toString())).toEqual(['Tô Lâm']);
    expect(document.body.outerHTML).toBe(before);
  });

  it('adopts its ::highlight rules into the document once', () => {
    const { mention } = page();
    const highlighter = createNameHighlighter(document, 'underline');
    highlighter.update([mention]);
    highlighter.update([mention]);
    expect(document.adoptedStyleSheets).toHaveLength(1);
  });

  it('switches to the background style, and to none, keeping the names', () => {
    const { mention } = page();
    const highlighter = createNameHighlighter(document, 'underline');
    highlighter.update([mention]);
    highlighter.setStyle('background');
    expect([...registry.keys()]).toEqual([HIGHLIGHT_NAMES.background]);
    highlighter.setStyle('none');
    expect(registry.size).toBe(0);
    highlighter.setStyle('underline');
    expect([...registry.keys()]).toEqual([HIGHLIGHT_NAMES.underline]);
  });

  it('registers nothing with the style none from the start', () => {
    const { mention } = page();
    createNameHighlighter(document, 'none').update([mention]);
    expect(registry.size).toBe(0);
  });

  it('highlights names in open shadow roots and adopts the rules there too', () => {
    const host = el('div', null);
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = el('span', null, 'Putin');
    shadow.append(inner);
    const highlighter = createNameHighlighter(document, 'underline');
    highlighter.update([mentionIn('vladimir-putin', textOf(inner), 0, 5)]);
    expect(registry.get(HIGHLIGHT_NAMES.underline)!.ranges).toHaveLength(1);
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
  });

  it('skips names whose text left the page or changed under them', () => {
    const { text, mention } = page();
    const gone = mentionIn('to-lam', document.createTextNode('Tô Lâm'), 0, 6);
    const other = el('p', null, 'Ông Tô Lâm');
    document.body.append(other);
    const stale = mentionIn('to-lam', textOf(other), 4, 10);
    textOf(other).data = 'Ông';
    const highlighter = createNameHighlighter(document, 'underline');
    highlighter.update([gone, stale, mention]);
    expect(registry.get(HIGHLIGHT_NAMES.underline)!.ranges.map((r) => (r as Range).startContainer)).toEqual([text]);
  });

  it('clears the highlight and gives the adopted sheets back', () => {
    const { mention } = page();
    const highlighter = createNameHighlighter(document, 'underline');
    highlighter.update([mention]);
    highlighter.clear();
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('leaves a highlight of the same name that another copy of the script set (an orphan cleaning up)', () => {
    const { mention } = page();
    const orphan = createNameHighlighter(document, 'underline');
    orphan.update([mention]);
    const newer = createNameHighlighter(document, 'underline');
    newer.update([mention]);
    const theirs = registry.get(HIGHLIGHT_NAMES.underline);
    orphan.clear();
    expect(registry.get(HIGHLIGHT_NAMES.underline)).toBe(theirs);
  });

  it('does nothing where the Highlight API is missing (names stay hoverable, just not drawn)', () => {
    const { mention } = page();
    delete (window as unknown as Win).Highlight;
    const highlighter = createNameHighlighter(document, 'underline');
    expect(() => {
      highlighter.update([mention]);
      highlighter.setStyle('background');
      highlighter.clear();
    }).not.toThrow();
    expect(registry.size).toBe(0);
  });
});
