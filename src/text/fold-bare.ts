import { isDiacriticMark, isIgnorable, isSpace } from './char-classes';
import type { FoldedText } from './folded-text';
import { lowerDecomposed } from './lower-decomposed';

const SPACE = 0x20;

// What one BMP code unit folds to, as one Int32 per unit: a folded unit (≥ 0), or one of these.
const UNKNOWN = -1; // not looked at yet
const IGNORED = -2; // dropped (zero-width characters, soft hyphen)
const SPACE_RUN = -3; // any whitespace: runs collapse to one space
const ATTACHED_MARK = -4; // an NFD diacritic: belongs to the letter before it
const SLOW = -5; // folds to several units, or is half of a surrogate pair

/**
 * One typed-array read per character instead of a cache lookup and a string per character: the
 * fold of a megabyte page is a million of these. Filled lazily, because classifying a character
 * costs Unicode-property RegExps and NFD (microseconds), and a page uses a few hundred characters.
 */
const table = new Int32Array(0x10000).fill(UNKNOWN);
const slowFolds = new Map<number, string>();

function classify(cp: number): number | string {
  if (isIgnorable(cp)) return IGNORED;
  if (isSpace(cp)) return SPACE_RUN;
  if (isDiacriticMark(cp)) return ATTACHED_MARK;
  const base = lowerDecomposed(cp).base;
  const folded = base === 'đ' ? 'd' : base;
  return folded.length === 1 ? folded.charCodeAt(0) : folded;
}

function learn(unit: number): number {
  let entry: number;
  if (unit >= 0xd800 && unit <= 0xdfff) entry = SLOW;
  else {
    const c = classify(unit);
    if (typeof c === 'number') entry = c;
    else {
      slowFolds.set(unit, c);
      entry = SLOW;
    }
  }
  table[unit] = entry;
  return entry;
}

/** The fold of a code point the table does not hold as one unit (astral, or several units). */
function slowFoldOf(cp: number): number | string {
  const known = slowFolds.get(cp);
  if (known !== undefined) return known;
  const c = classify(cp);
  if (typeof c === 'string') slowFolds.set(cp, c);
  return c;
}

/**
 * Reusable buffers for `foldBareInto`: folded units and, per unit, where it came from in the
 * original (see FoldedText). Only the first `length` entries are meaningful. The matcher keeps one
 * and folds every block into it, so scanning a page allocates nothing per block.
 */
export class BareFoldBuffer {
  units = new Uint16Array(256);
  start = new Uint32Array(256);
  end = new Uint32Array(256);
  length = 0;

  /** Room for at least `size` units, keeping the first `keep`. */
  reserve(size: number, keep: number): void {
    if (size <= this.units.length) return;
    const capacity = Math.max(size, this.units.length * 2);
    const units = new Uint16Array(capacity);
    units.set(this.units.subarray(0, keep));
    const start = new Uint32Array(capacity);
    start.set(this.start.subarray(0, keep));
    const end = new Uint32Array(capacity);
    end.set(this.end.subarray(0, keep));
    this.units = units;
    this.start = start;
    this.end = end;
  }
}

/**
 * Folds `text` into `out` (see foldBare for what folding does) and returns the folded length.
 * The loop is the hot path of scanning a page: one table read per code unit, everything kept in
 * local typed arrays, and only astral or multi-unit characters leave it.
 */
export function foldBareInto(text: string, out: BareFoldBuffer): number {
  const n = text.length;
  out.reserve(n + 1, 0);
  let units = out.units;
  let starts = out.start;
  let ends = out.end;
  let length = 0;
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    let folded = table[unit]!;
    if (folded === UNKNOWN) folded = learn(unit);
    if (folded >= 0) {
      units[length] = folded;
      starts[length] = i;
      ends[length] = ++i;
      length++;
      continue;
    }
    if (folded === SPACE_RUN) {
      if (length > 0 && units[length - 1] === SPACE) ends[length - 1] = ++i;
      else {
        units[length] = SPACE;
        starts[length] = i;
        ends[length] = ++i;
        length++;
      }
      continue;
    }
    if (folded === ATTACHED_MARK) {
      // NFD input: the mark belongs to the letter before it (a mark after a space stays out).
      i++;
      if (length > 0 && units[length - 1] !== SPACE) ends[length - 1] = i;
      continue;
    }
    if (folded === IGNORED) {
      // Dropped without extending anything: a match must not end on an invisible character.
      i++;
      continue;
    }
    // SLOW: an astral character (or a lone surrogate), or one folding to several units.
    i = foldSlowInto(text, i, out, length);
    length = out.length;
    units = out.units;
    starts = out.start;
    ends = out.end;
  }
  out.length = length;
  return length;
}

/**
 * Folds the character at `text[i]` that the table marks SLOW (astral, a lone surrogate, or
 * folding to several units) onto `out` after its first `length` units, growing `out` if needed.
 * Sets `out.length` and returns the index after the character. Shared by `foldBareInto` and the
 * matcher's fused fold-and-scan loop, so the rule for these characters is written once.
 */
export function foldSlowInto(text: string, i: number, out: BareFoldBuffer, length: number): number {
  const cp = text.codePointAt(i)!;
  const width = cp > 0xffff ? 2 : 1;
  const slow = cp > 0xffff ? slowFoldOf(cp) : slowFolds.get(cp) ?? cp;
  const { units, end: ends } = out;
  if (slow === IGNORED) {
    // Dropped without extending anything: a match must not end on an invisible character.
  } else if (slow === SPACE_RUN) {
    if (length > 0 && units[length - 1] === SPACE) ends[length - 1] = i + width;
    else {
      units[length] = SPACE;
      out.start[length] = i;
      ends[length] = i + width;
      length++;
    }
  } else if (slow === ATTACHED_MARK) {
    if (length > 0 && units[length - 1] !== SPACE) ends[length - 1] = i + width;
  } else {
    const s = typeof slow === 'string' ? slow : String.fromCharCode(slow);
    // A character folds to a few units at most; the rest of the text needs one unit per unit.
    out.reserve(length + s.length + (text.length - i), length);
    for (let k = 0; k < s.length; k++) {
      out.units[length] = s.charCodeAt(k);
      out.start[length] = i;
      out.end[length] = i + width;
      length++;
    }
  }
  out.length = length;
  return i + width;
}

/**
 * The matcher's fused loop (automaton.ts) folds and steps its automaton in one pass over a page's
 * text; it reads this table directly. Codes below 0 are the FOLD_* constants; FOLD_UNKNOWN means
 * "call learnBareFold(unit)", anything else not ≥ 0 means "call foldSlowInto".
 */
export const bareFoldTable: Int32Array = table;
export const FOLD_UNKNOWN = UNKNOWN;
export const FOLD_IGNORED = IGNORED;
export const FOLD_SPACE = SPACE_RUN;
export const FOLD_MARK = ATTACHED_MARK;
/** Classifies `unit` into `bareFoldTable` and returns its code. */
export const learnBareFold = learn;

const shared = new BareFoldBuffer();

/**
 * Folds text for diacritic-free comparison: lowercase, every diacritic removed (NFC or NFD input
 * alike), đ → d, any run of Unicode whitespace → one space, zero-width characters and soft
 * hyphens dropped. Marks of scripts such as Lao are kept: they are part of the spelling there.
 *
 *     foldBare('Tổng Bí thư\u00a0Tô Lâm').text   // 'tong bi thu to lam'
 *     foldBare('Đ\u00adỗ').text                  // 'do'
 */
export function foldBare(text: string): FoldedText {
  const length = foldBareInto(text, shared);
  return {
    text: unitsToString(shared.units, length),
    start: shared.start.slice(0, length),
    end: shared.end.slice(0, length),
  };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
// ignoreBOM keeps a leading U+FEFF instead of eating it (folding drops them anyway). Lone
// surrogates come out as U+FFFD, one unit for one unit, so offsets stay aligned.
const utf16 = typeof TextDecoder === 'function' && LITTLE_ENDIAN ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;

/**
 * Units to a string. TextDecoder is some thirty times faster than `String.fromCharCode` on a
 * megabyte but has a fixed cost per call, so short strings go through `fromCharCode`; long ones
 * without TextDecoder go in chunks because spreading a megabyte at once overflows the stack.
 */
export function unitsToString(units: Uint16Array, length: number): string {
  if (utf16 && length > 256) return utf16.decode(units.subarray(0, length));
  const CHUNK = 8192;
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode(...units.subarray(i, Math.min(length, i + CHUNK)));
  }
  return out;
}
