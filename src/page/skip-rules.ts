/**
 * Which parts of a page hold reader-visible prose, decided from tag names and attributes only:
 * asking for computed styles would force style recalculation on every node of a 1 MB page.
 */

/** Subtrees never scanned: code, scripts, form fields, media, and anything the reader is editing. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'CODE', 'PRE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'DATALIST',
  'TEMPLATE', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'IFRAME', 'FRAME', 'HEAD', 'TITLE', 'KBD', 'SAMP',
]);

/**
 * Elements that flow inside a line of text: a name may be split across them ("Tô <b>Lâm</b>", a
 * link around one syllable). Every other element ends one block of text and starts another, so
 * names are never joined across paragraphs, list items or table cells.
 */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'LABEL',
  'MARK', 'NOBR', 'Q', 'RP', 'RT', 'RUBY', 'S', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U',
  'VAR', 'WBR',
]);

/**
 * The only elements `attachShadow` accepts (the DOM standard's list) besides custom elements,
 * whose names contain a hyphen. Asking any other element for its `shadowRoot` is a DOM call per
 * element for nothing, and most of a page's elements are <a>, <b>, <li>, <td>.
 */
const SHADOW_HOST_TAGS = new Set([
  'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'MAIN', 'NAV', 'P',
  'SECTION', 'SPAN',
]);

/** Bits of `elementKind`: left out with its subtree; flows inside a line; may hold an open shadow root. */
export const SKIPPED = 1;
export const INLINE = 2;
export const SHADOW_HOST = 4;

// The walk asks about every element of the page; a tag name's kind is worked out once. Keyed by
// `tagName` as the DOM gives it (upper case in HTML, as written in XHTML and SVG).
const kinds = new Map<string, number>();

function kindOf(tagName: string): number {
  let kind = kinds.get(tagName);
  if (kind === undefined) {
    const tag = tagName.toUpperCase();
    kind = 0;
    if (SKIPPED_TAGS.has(tag)) kind |= SKIPPED;
    if (INLINE_TAGS.has(tag)) kind |= INLINE;
    if (SHADOW_HOST_TAGS.has(tag) || tag.includes('-')) kind |= SHADOW_HOST;
    kinds.set(tagName, kind);
  }
  return kind;
}

/**
 * Everything the walk needs to know about `el`, in one call: `SKIPPED`, `INLINE` and
 * `SHADOW_HOST` bits. `hostTag` is our own host's tag (upper case).
 *
 *     elementKind(document.createElement('b'), 'LEADERLENS-UI') & INLINE   // 2
 */
export function elementKind(el: Element, hostTag: string): number {
  const tagName = el.tagName;
  const kind = kindOf(tagName);
  if (kind & SKIPPED) return kind;
  if (tagName.length === hostTag.length && tagName.toUpperCase() === hostTag) return kind | SKIPPED;
  // Most elements of a page (<b>, <span>, <p>) carry no attribute at all: one call instead of two.
  if (!el.hasAttributes()) return kind;
  if (el.hasAttribute('hidden')) return kind | SKIPPED;
  const editable = el.getAttribute('contenteditable');
  // contenteditable="" and "true" and "plaintext-only" all make an editor; only "false" does not.
  return editable !== null && editable.toLowerCase() !== 'false' ? kind | SKIPPED : kind;
}

/** Whether `el` and everything under it is left out of the scan. `hostTag` is our own host's tag (upper case). */
export function isSkippedElement(el: Element, hostTag: string): boolean {
  return (elementKind(el, hostTag) & SKIPPED) !== 0;
}

/** Whether `el` flows inside a line of text (a name may continue across it). */
export function isInlineElement(el: Element): boolean {
  return (kindOf(el.tagName) & INLINE) !== 0;
}
