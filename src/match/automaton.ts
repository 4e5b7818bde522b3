import type { CompiledMatcher } from './types';

/**
 * The Aho–Corasick automaton rebuilt from compiled data: goto edges (sorted, binary-searched),
 * failure links, and per state the patterns that end there or at any state on its failure chain.
 */
export interface Automaton {
  /** Calls `onHit(end, pattern)` for every pattern occurrence ending at folded offset `end` (exclusive). */
  scan(text: string, onHit: (end: number, pattern: number) => void): void;
  /** Like `scan`, over the first `length` units of a buffer (a fold that was never made a string). */
  scanUnits(units: Uint16Array, length: number, onHit: (end: number, pattern: number) => void): void;
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

  return {
    patternLength,
    scan(text, onHit) {
      const units = new Uint16Array(text.length);
      for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
      scanUnits(units, units.length, onHit);
    },
    scanUnits,
  };
}

