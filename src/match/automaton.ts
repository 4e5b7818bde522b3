import {
  bareFoldTable,
  FOLD_IGNORED,
  FOLD_MARK,
  FOLD_SPACE,
  FOLD_UNKNOWN,
  foldSlowInto,
  learnBareFold,
  type BareFoldBuffer,
} from '../text/fold-bare';
import type { CompiledMatcher } from './types';

/** Pattern occurrences found by `foldAndScan`: `ends[k]` (folded offset, exclusive) and `patterns[k]`, k < `count`. */
export class HitBuffer {
  ends = new Int32Array(64);
  patterns = new Int32Array(64);
  count = 0;

  push(end: number, pattern: number): void {
    if (this.count === this.ends.length) {
      const ends = new Int32Array(this.count * 2);
      ends.set(this.ends);
      const patterns = new Int32Array(this.count * 2);
      patterns.set(this.patterns);
      this.ends = ends;
      this.patterns = patterns;
    }
    this.ends[this.count] = end;
    this.patterns[this.count] = pattern;
    this.count++;
  }
}

const SPACE = 0x20;

/**
 * The Aho–Corasick automaton rebuilt from compiled data: goto edges (sorted, binary-searched),
 * failure links, and per state the patterns that end there or at any state on its failure chain.
 */
export interface Automaton {
  /** Calls `onHit(end, pattern)` for every pattern occurrence ending at folded offset `end` (exclusive). */
  scan(text: string, onHit: (end: number, pattern: number) => void): void;
  /** Like `scan`, over the first `length` units of a buffer (a fold that was never made a string). */
  scanUnits(units: Uint16Array, length: number, onHit: (end: number, pattern: number) => void): void;
  /**
   * Bare-folds `text` into `fold` (exactly as `foldBareInto`) and scans the fold in the same pass,
   * leaving every occurrence in `hits` (cleared first). Returns the folded length. One pass over a
   * page's text instead of two: this loop is most of a page scan.
   */
  foldAndScan(text: string, fold: BareFoldBuffer, hits: HitBuffer): number;
  /** Length (in folded units) of each pattern. */
  patternLength: Int32Array;
}

export function buildAutomaton(compiled: CompiledMatcher): Automaton {
  const stateCount = compiled.childCounts.length;
  if (compiled.edgeChars.length !== stateCount - 1) {
    throw new Error(`Leaderlens matcher: corrupt compiled data (${stateCount} states but ${compiled.edgeChars.length} edges)`);
  }
  const firstEdge = new Int32Array(stateCount + 1);
  for (let s = 0; s < stateCount; s++) firstEdge[s + 1] = firstEdge[s]! + compiled.childCounts.charCodeAt(s) - 48;
  const edgeUnits = new Uint16Array(stateCount);
  for (let e = 0; e < stateCount - 1; e++) edgeUnits[e] = compiled.edgeChars.charCodeAt(e);

  // The root is hit on almost every character of a page; a direct table skips its binary search.
  const rootNext = new Int32Array(0x10000);
  for (let e = firstEdge[0]!; e < firstEdge[1]!; e++) rootNext[edgeUnits[e]!] = e + 1;

  const child = (state: number, unit: number): number => {
    if (state === 0) return rootNext[unit]!;
    let lo = firstEdge[state]!;
    let hi = firstEdge[state + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const u = edgeUnits[mid]!;
      if (u === unit) return mid + 1;
      if (u < unit) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  };

  const depth = new Int32Array(stateCount);
  const fail = new Int32Array(stateCount);
  // States are numbered breadth-first, so a parent is always done before its children.
  for (let s = 0; s < stateCount; s++) {
    for (let e = firstEdge[s]!; e < firstEdge[s + 1]!; e++) {
      const t = e + 1;
      const unit = edgeUnits[e]!;
      depth[t] = depth[s]! + 1;
      if (s === 0) continue;
      let f = fail[s]!;
      let next = child(f, unit);
      while (next === 0 && f !== 0) {
        f = fail[f]!;
        next = child(f, unit);
      }
      fail[t] = next;
    }
  }

  const patternCount = compiled.patternStates.length;
  const patternLength = new Int32Array(patternCount);
  // Patterns ending exactly at each state, as linked lists threaded through `nextPattern`.
  const firstPattern = new Int32Array(stateCount).fill(-1);
  const nextPattern = new Int32Array(patternCount).fill(-1);
  for (let p = patternCount - 1; p >= 0; p--) {
    const state = compiled.patternStates[p]!;
    if (!(state > 0 && state < stateCount)) throw new Error(`Leaderlens matcher: corrupt compiled data (pattern ${p} ends at state ${state})`);
    patternLength[p] = depth[state]!;
    nextPattern[p] = firstPattern[state]!;
    firstPattern[state] = p;
  }
  // Nearest state on the failure chain (itself included) where some pattern ends, or 0.
  const output = new Int32Array(stateCount);
  for (let s = 1; s < stateCount; s++) output[s] = firstPattern[s] !== -1 ? s : output[fail[s]!]!;

  // Scanning is the inner loop of a page scan: the lookups are written out inline (no closure
  // call per character), the tables are read from locals rather than the closure, and the output
  // chain is only walked where some pattern can end.
  const scanUnits = (units: ArrayLike<number>, length: number, onHit: (end: number, pattern: number) => void): void => {
    const root = rootNext;
    const first = firstEdge;
    const labels = edgeUnits;
    const failure = fail;
    const out = output;
    let state = 0;
    for (let i = 0; i < length; i++) {
      const unit = units[i]!;
      let next = 0;
      while (state !== 0) {
        let lo = first[state]!;
        let hi = first[state + 1]! - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const u = labels[mid]!;
          if (u === unit) {
            next = mid + 1;
            break;
          }
          if (u < unit) lo = mid + 1;
          else hi = mid - 1;
        }
        if (next !== 0) break;
        state = failure[state]!;
      }
      // The root is left through its table, which also covers "no edge": back to the root.
      state = next !== 0 ? next : root[unit]!;
      const o = out[state]!;
      if (o !== 0) {
        for (let p = o; p !== 0; p = out[failure[p]!]!) {
          for (let q = firstPattern[p]!; q !== -1; q = nextPattern[q]!) onHit(i + 1, q);
        }
      }
    }
  };

  // The rare steps of foldAndScan (after a character folding to several units) go through these.
  const stepFrom = (state: number, unit: number): number => {
    for (;;) {
      if (state === 0) return rootNext[unit]!;
      const next = child(state, unit);
      if (next !== 0) return next;
      state = fail[state]!;
    }
  };
  const recordHits = (state: number, end: number, hits: HitBuffer): void => {
    for (let o = output[state]!; o !== 0; o = output[fail[o]!]!) {
      for (let p = firstPattern[o]!; p !== -1; p = nextPattern[p]!) hits.push(end, p);
    }
  };

  const foldAndScan = (text: string, fold: BareFoldBuffer, hits: HitBuffer): number => {
    const root = rootNext;
    const first = firstEdge;
    const labels = edgeUnits;
    const failure = fail;
    const out = output;
    const table = bareFoldTable;
    const n = text.length;
    fold.reserve(n + 1, 0);
    let units = fold.units;
    let starts = fold.start;
    let ends = fold.end;
    let length = 0;
    let state = 0;
    hits.count = 0;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      let unit = table[c]!;
      if (unit === FOLD_UNKNOWN) unit = learnBareFold(c);
      if (unit < 0) {
        if (unit === FOLD_SPACE) {
          if (length > 0 && units[length - 1] === SPACE) {
            ends[length - 1] = ++i;
            continue;
          }
          unit = SPACE;
        } else if (unit === FOLD_MARK) {
          // NFD input: the mark belongs to the letter before it (a mark after a space stays out).
          i++;
          if (length > 0 && units[length - 1] !== SPACE) ends[length - 1] = i;
          continue;
        } else if (unit === FOLD_IGNORED) {
          // Dropped without extending anything: a match must not end on an invisible character.
          i++;
          continue;
        } else {
          // Astral, a lone surrogate, or several units: folded (and stepped) off the fast path.
          const from = length;
          i = foldSlowInto(text, i, fold, length);
          length = fold.length;
          units = fold.units;
          starts = fold.start;
          ends = fold.end;
          for (let k = from; k < length; k++) {
            state = stepFrom(state, units[k]!);
            if (out[state] !== 0) recordHits(state, k + 1, hits);
          }
          continue;
        }
      }
      units[length] = unit;
      starts[length] = i;
      ends[length] = ++i;
      length++;
      // The automaton step, as in scanUnits.
      let next = 0;
      while (state !== 0) {
        let lo = first[state]!;
        let hi = first[state + 1]! - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const u = labels[mid]!;
          if (u === unit) {
            next = mid + 1;
            break;
          }
          if (u < unit) lo = mid + 1;
          else hi = mid - 1;
        }
        if (next !== 0) break;
        state = failure[state]!;
      }
      state = next !== 0 ? next : root[unit]!;
      if (out[state] !== 0) recordHits(state, length, hits);
    }
    fold.length = length;
    return length;
  };

  return {
    patternLength,
    foldAndScan,
    scan(text, onHit) {
      const units = new Uint16Array(text.length);
      for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
      scanUnits(units, units.length, onHit);
    },
    scanUnits,
  };
}

