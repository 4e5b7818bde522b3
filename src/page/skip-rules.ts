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

const SKIPPED = 0;
const INLINE = 1;
const BLOCK = 2;

// The walk asks about every element of the page; a tag name's kind is worked out once. Keyed by
// `tagName` as the DOM gives it (upper case in HTML, as written in XHTML and SVG).
const kinds = new Map<string, number>();

function kindOf(tagName: string): number {
  let kind = kinds.get(tagName);
  if (kind === undefined) {
    const tag = tagName.toUpperCase();
    kind = SKIPPED_TAGS.has(tag) ? SKIPPED : INLINE_TAGS.has(tag) ? INLINE : BLOCK;
    kinds.set(tagName, kind);
  }
  return kind;
}

/** Whether `el` and everything under it is left out of the scan. `hostTag` is our own host's tag (upper case). */
export function isSkippedElement(el: Element, hostTag: string): boolean {
  const tagName = el.tagName;
  if (kindOf(tagName) === SKIPPED) return true;
  if (tagName.length === hostTag.length && tagName.toUpperCase() === hostTag) return true;
  // Most elements of a page (<b>, <span>, <p>) carry no attribute at all: one call instead of two.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  // contenteditable="" and "true" and "plaintext-only" all make an editor; only "false" does not.
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** Whether `el` flows inside a line of text (a name may continue across it). */
export function isInlineElement(el: Element): boolean {
  return kindOf(el.tagName) === INLINE;
}
