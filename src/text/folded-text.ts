/**
 * A folded string with, for each of its UTF-16 units, where it came from in the original, so a
 * match found in folded text reports offsets into the text the page (or the article) holds.
 */
export interface FoldedText {
  /** The folded string. */
  text: string;
  /** `start[i]`: offset in the original of the character `text[i]` came from. */
  start: Uint32Array;
  /**
   * `end[i]`: offset just past that character in the original, combining marks included. A
   * folded space stands for a whole run of whitespace and ends after the run. A match over
   * `text[s..e)` covers `original.slice(start[s], end[e - 1])`.
   */
  end: Uint32Array;
}

/** "marked": lowercase, diacritics kept, tone placement canonical. "bare": no diacritics, đ → d. */
export type FoldLevel = 'marked' | 'bare';

/** Collects folded units with their origins; grows as needed. */
export class FoldedTextBuilder {
  private units: Uint16Array;
  private starts: Uint32Array;
  private ends: Uint32Array;
  length = 0;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.units = new Uint16Array(size);
    this.starts = new Uint32Array(size);
    this.ends = new Uint32Array(size);
  }

  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  pushString(s: string, start: number, end: number): void {
    for (let k = 0; k < s.length; k++) this.push(s.charCodeAt(k), start, end);
  }

  lastUnit(): number {
    return this.length === 0 ? -1 : this.units[this.length - 1]!;
  }

  extendLast(end: number): void {
    if (this.length > 0) this.ends[this.length - 1] = end;
  }

  build(): FoldedText {
    return {
      text: unitsToString(this.units, this.length),
      start: this.starts.slice(0, this.length),
      end: this.ends.slice(0, this.length),
    };
  }

  private grow(): void {
    const size = this.units.length * 2;
    const units = new Uint16Array(size);
    units.set(this.units);
    const starts = new Uint32Array(size);
    starts.set(this.starts);
    const ends = new Uint32Array(size);
    ends.set(this.ends);
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
// ignoreBOM keeps a leading U+FEFF instead of eating it (folding drops them anyway). Lone
// surrogates come out as U+FFFD, one unit for one unit, so offsets stay aligned.
const utf16 = typeof TextDecoder === 'function' && LITTLE_ENDIAN ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;

/**
 * Units to a string. TextDecoder is some thirty times faster than `String.fromCharCode` on a
 * megabyte; the fallback goes in chunks because spreading a megabyte at once overflows the stack.
 */
function unitsToString(units: Uint16Array, length: number): string {
  if (utf16) return utf16.decode(units.subarray(0, length));
  const CHUNK = 8192;
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode(...units.subarray(i, Math.min(length, i + CHUNK)));
  }
  return out;
}
