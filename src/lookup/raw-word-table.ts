import { RAW_SEPARATORS } from './search-text';

/** A code point of a raw word: what `RAW_SEPARATORS` does not match (a letter, mark or digit). */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

// Per BMP code unit: 0 not looked at yet, 1 part of a word, 2 a separator. Surrogates are looked
// at in pairs (an astral letter is one code point, as the /u RegExp sees it). Made on the first
// scan: the background loads this module for saved articles, and most workers never scan.
const UNKNOWN = 0;
const WORD = 1;
const SEPARATOR = 2;
let units = new Uint8Array(0);
const astral = new Map<number, boolean>();

function isWordUnit(unit: number): boolean {
  let kind = units[unit]!;
  if (kind === UNKNOWN) {
    kind = unit >= 0xd800 && unit <= 0xdfff ? SEPARATOR : WORD_CHAR.test(String.fromCharCode(unit)) ? WORD : SEPARATOR;
    units[unit] = kind;
  }
  return kind === WORD;
}

/** The length of the word character at `i` (1 or 2 code units), or 0 when it separates words. */
function wordCharAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff) return isWordUnit(unit) ? 1 : 0;
  const low = text.charCodeAt(i + 1);
  // A lone surrogate is no letter: the RegExp counts it as a separator too.
  if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
  const cp = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  let word = astral.get(cp);
  if (word === undefined) {
    word = WORD_CHAR.test(String.fromCodePoint(cp));
    astral.set(cp, word);
  }
  return word ? 2 : 0;
}

/**
 * The raw words of texts (what `text.split(RAW_SEPARATORS)` gives, empty pieces left out), each
 * turned once into the term ids `termIds` gives it, then looked up by its characters where they
 * stand in the text. Building the search index reads millions of words, nearly all seen before:
 * this spares each a substring, a hash of it and the split's array (it was most of the index's
 * build time at 250k quotes).
 *
 * @example
 * const table = new RawWordTable((raw) => searchWords(raw).map(idOf));
 * const n = table.scan('Tổng Bí thư, Tô Lâm');
 * table.ids.subarray(0, n); // the term ids of tong, bi, thu, to, lam
 */
export class RawWordTable {
  /** The term ids of the last text scanned: the first `scan(…)` entries hold them. */
  ids = new Uint32Array(1024);
  private keys: string[] = [];
  private hashes = new Int32Array(1024).fill(-1);
  private slots = new Int32Array(1024).fill(-1);
  private values: number[][] = [];
  private mask = 1023;

  constructor(private readonly termIds: (raw: string) => number[]) {}

  /** Fills `ids` with the term ids of every raw word of `text`, in order; returns how many. */
  scan(text: string): number {
    if (units.length === 0) units = new Uint8Array(0x10000);
    let count = 0;
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (wordCharAt(text, i) === 0) {
        i++;
        continue;
      }
      const start = i;
      let hash = 0x811c9dc5 | 0;
      while (i < n) {
        // The common case inline: a BMP unit already classified as part of a word.
        const unit = text.charCodeAt(i);
        const width = units[unit] === WORD ? 1 : wordCharAt(text, i);
        if (width === 0) break;
        hash = Math.imul(hash ^ unit, 0x01000193);
        if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), 0x01000193);
        i += width;
      }
      const ids = this.lookup(text, start, i, hash & 0x7fffffff);
      if (count + ids.length > this.ids.length) {
        const grown = new Uint32Array(Math.max(this.ids.length * 2, count + ids.length));
        grown.set(this.ids.subarray(0, count));
        this.ids = grown;
      }
      for (const id of ids) this.ids[count++] = id;
    }
    return count;
  }

  private lookup(text: string, start: number, end: number, hash: number): number[] {
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot]!;
      if (entry === -1) return this.insert(slot, text.slice(start, end), hash);
      if (this.hashes[entry] !== hash) continue;
      const key = this.keys[entry]!;
      if (key.length !== length) continue;
      let same = true;
      for (let k = 0; k < length; k++) {
        if (key.charCodeAt(k) !== text.charCodeAt(start + k)) {
          same = false;
          break;
        }
      }
      if (same) return this.values[entry]!;
    }
  }

  private insert(slot: number, raw: string, hash: number): number[] {
    const entry = this.keys.length;
    const ids = this.termIds(raw);
    this.keys.push(raw);
    this.values.push(ids);
    if (entry >= this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[entry] = hash;
    this.slots[slot] = entry;
    // Kept at most half full, so a probe ends soon at an empty slot.
    if ((entry + 1) * 2 > this.slots.length) this.rehash();
    return ids;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.mask = this.slots.length - 1;
    for (let entry = 0; entry < this.keys.length; entry++) {
      let slot = this.hashes[entry]! & this.mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot] = entry;
    }
  }
}

/** The raw words as the RegExp split finds them: the oracle the table is checked against. */
export function rawWordsBySplit(text: string): string[] {
  return text.split(RAW_SEPARATORS).filter((raw) => raw !== '');
}
