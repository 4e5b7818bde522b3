import { isWordChar } from '../text/char-classes';
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
import { startsAsName } from '../text/proper-name-casing';
import type { CompiledMatcher } from './types';
import { INNER_START, isWordStartSymbol, LOWER_START, NAME_START } from './word-starts';

/**
 * Where `foldAndScan` found forms: `ends[k]` (folded offset, exclusive) and `states[k]`, the trie
 * state whose forms (`Automaton.firstAt`) end there, k < `count`. A state rather than each of its
 * forms: the forms of a state share one span, of which the caller keeps only the first form that
 * passes its checks, and a short form shared by a hundred found people is one hit, not a hundred.
 */
export class HitBuffer {
  ends = new Int32Array(64);
  states = new Int32Array(64);
  count = 0;

  push(end: number, state: number): void {
    if (this.count === this.ends.length) {
      const ends = new Int32Array(this.count * 2);
      ends.set(this.ends);
      const states = new Int32Array(this.count * 2);
      states.set(this.states);
      this.ends = ends;
      this.states = states;
    }
    this.ends[this.count] = end;
    this.states[this.count] = state;
    this.count++;
  }
}

const SPACE = 0x20;

/**
 * The Aho–Corasick automaton rebuilt from compiled data: goto edges (sorted, binary-searched),
 * failure links, and per state the nearest state on its failure chain where some form ends. The
 * shallowest states also get a direct table of their whole step (see `buildAutomaton`).
 *
 * Word starts. The scan reads NAME_START or LOWER_START before the first letter of every word
 * (word-starts.ts). Inside a form the trie has INNER_START there, which either symbol follows. At
 * the root, LOWER_START leads to the forms that count in any case, NAME_START to those that count
 * only as names, and the name start's failure link to the lowercase start: a word starting as a
 * name may start either kind. Failure links treat a suffix beginning at an INNER_START as
 * beginning at NAME_START, whose failure chain holds every form: the automaton may then hit a
 * capitalised-only form at a lowercase word (the caller's casing check drops it), but it never
 * misses one. In exchange for one step per word, no form is hit inside a word.
 */
export interface Automaton {
  /**
   * Bare-folds `text` into `fold` (exactly as `foldBareInto`) and scans the fold in the same pass,
   * leaving every occurrence in `hits` (cleared first). Returns the folded length. One pass over a
   * page's text instead of two: this loop is most of a page scan.
   */
  foldAndScan(text: string, fold: BareFoldBuffer, hits: HitBuffer): number;
  /** Length in folded units of the forms ending at each state (word-start symbols take none). */
  stateLength: Int32Array;
  /**
   * The forms ending at `state`, as a list in form order: `firstAt[state]` is the first (or -1),
   * `nextEntry[form]` the next (or -1).
   *
   *     for (let p = a.firstAt[s]!; p !== -1; p = a.nextEntry[p]!) use(p);
   */
  firstAt: Int32Array;
  nextEntry: Int32Array;
  /**
   * Per form, the next form of its list that differs from it in what the caller checks
   * (capitalised or not, marked fold), or -1: a form that fails sends the caller past the forms
   * that would fail the same way (the short form "Cường" of a thousand found people is checked
   * once at "cường" the word, not a thousand times).
   */
  nextUnlike: Int32Array;
}

const NOT_WORD = 1;
const LOWER_WORD = 2;
const NAME_WORD = 3;
const UNASKED = -1;

/**
 * The fast path's one read per character: `bareFoldTable`'s code for it (a FOLD_* code below 0, or
 * its folded unit), and for a folded unit, in the bits from 16 up, what it is to a word start:
 * NOT_WORD (it folds to no letter, digit or mark), LOWER_WORD, or NAME_WORD (a letter that starts
 * a word as a name does, startsAsName). 256 KB shared by every matcher of the script: reading
 * two tables per character instead made the matcher bench's floor about 15 % slower.
 */
const scanTable = new Int32Array(0x10000).fill(UNASKED);

function learnScanCode(c: number): number {
  let code = bareFoldTable[c]!;
  if (code === FOLD_UNKNOWN) code = learnBareFold(c);
  if (code >= 0) {
    const kind = !isWordChar(code) ? NOT_WORD : startsAsName(String.fromCharCode(c), 0) ? NAME_WORD : LOWER_WORD;
    code |= kind << 16;
  }
  scanTable[c] = code;
  return code;
}

/**
 * Folded units below this have a column in the automaton's direct tables (see `buildAutomaton`):
 * Latin, Greek and Cyrillic, with the digits, spaces and punctuation. Others (Lao, Thai, Chinese…)
 * take the binary search.
 */
const DENSE_UNITS = 0x500;

/** A unit without a column: at or above DENSE_UNITS. */
const NO_COLUMN = -1;

/**
 * How many cells (two bytes each) the direct tables may take by default: 512 KB, as much as the
 * root's table and the scan's table together. Divided by the number of columns, it is how many
 * states have a row: 4,599 of the 28,346 states of the registry's table with a thousand found
 * people (57 columns), which take all but 3 % of the steps the binary search took (1.05 million
 * steps in the matcher bench's megabyte: 663k binary searches before, 33k now). Half as many
 * cells left three times as many searches (91k); the time differed by less than this shared
 * machine's noise, and the ratio to the 10k names' figure is thin.
 */
export const DENSE_CELLS = 0x40000;

/** A cell whose state does not fit in its 16 bits (automata of more than 65,535 states): the step takes the edges. */
const FAR = 0xffff;

const isHighSurrogate = (u: number): boolean => u >= 0xd800 && u <= 0xdbff;
const isLowSurrogate = (u: number): boolean => u >= 0xdc00 && u <= 0xdfff;

/**
 * The next unit the fold gets from `text[from…]` when it is a low surrogate, else 0. Asked after a
 * lone high surrogate: `hasWordBoundariesIn` reads it and a low one that follows in the fold as one
 * code point, even when a zero-width character or a mark stood between them in the text (both
 * leave the fold), so the scan must classify them the same way.
 */
function nextFoldedLowSurrogate(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    let code = bareFoldTable[c]!;
    if (code === FOLD_UNKNOWN) code = learnBareFold(c);
    if (code === FOLD_IGNORED || code === FOLD_MARK) continue;
    // A lone low surrogate folds to itself; anything else starts with another unit.
    return isLowSurrogate(c) ? c : 0;
  }
  return 0;
}

/**
 * Rebuilds the automaton from compiled data (loadMatcher's first step; the data is not checked
 * here beyond what building needs). Throws "corrupt compiled data" on a trie that does not add up.
 * `denseCells` caps the direct tables (DENSE_CELLS); 0 leaves every step to the binary search and
 * the failure links, the automaton as it was before the tables, which the tests compare it with.
 *
 *     const a = buildAutomaton(compileMatcher([{ text: 'Tô Lâm', id: 0 }]));
 *     a.foldAndScan('Ông Tô Lâm', new BareFoldBuffer(), hits);   // hits: one, ending at 10
 */
export function buildAutomaton(compiled: CompiledMatcher, denseCells = DENSE_CELLS): Automaton {
  const stateCount = compiled.childCounts.length;
  if (compiled.edgeChars.length !== stateCount - 1) {
    throw new Error(`Leaderlens matcher: corrupt compiled data (${stateCount} states but ${compiled.edgeChars.length} edges)`);
  }
  const firstEdge = new Int32Array(stateCount + 1);
  for (let s = 0; s < stateCount; s++) firstEdge[s + 1] = firstEdge[s]! + compiled.childCounts.charCodeAt(s) - 48;
  const edgeUnits = new Uint16Array(stateCount);
  for (let e = 0; e < stateCount - 1; e++) edgeUnits[e] = compiled.edgeChars.charCodeAt(e);

  // The root is stepped from on most characters of a page outside the direct tables' alphabet
  // (and by the failure links below); a direct table over every unit skips its binary search.
  const rootNext = new Int32Array(0x10000);
  for (let e = firstEdge[0]!; e < firstEdge[1]!; e++) rootNext[edgeUnits[e]!] = e + 1;
  const rootLower = rootNext[LOWER_START]!;
  // Without forms that count only as names, a word starting as a name starts the others.
  const rootName = rootNext[NAME_START] || rootLower;
  // For failure links only: a suffix starting at an inner word start restarts as a name start (see Automaton).
  rootNext[INNER_START] = rootName;

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

  // Direct tables. Nearly every character of a page is stepped from a state near the root: the
  // two word starts (whose dozens of edges the binary search took 5–7 probes for), the first
  // letters of a word, and the failure chains inside a form, which end there. For the first
  // `denseStates` states (breadth-first, so the shallowest), `rows[state * width + column]` is
  // the whole step, failure links included: where the automaton goes from `state` on the unit of
  // that column. Column 0 is every unit below DENSE_UNITS on no edge (a step to the root); the
  // word-start symbols have none (the scan never steps on them).
  const columnOf = new Int32Array(DENSE_UNITS);
  let width = 1;
  for (let e = 0; e < stateCount - 1; e++) {
    const unit = edgeUnits[e]!;
    if (unit < DENSE_UNITS && !isWordStartSymbol(unit) && columnOf[unit] === 0) columnOf[unit] = width++;
  }
  const denseStates = Math.min(stateCount, Math.floor(denseCells / width));
  const rows = new Uint16Array(denseStates * width);

  const stateLength = new Int32Array(stateCount);
  const fail = new Int32Array(stateCount);
  // A word starting as a name may start a form that counts in any case. rootLower is numbered
  // before rootName ("L" < "U"), and so is its branch before rootName's at every depth: a failure
  // state still always comes before its state.
  if (rootName !== rootLower && rootLower !== 0) fail[rootName] = rootLower;

  // Where a word start leads from each state: its INNER_START edge, or its failure state's; 0 at
  // the root, where the case of the word's first letter decides (rootName or rootLower).
  const wordStartNext = new Int32Array(stateCount);
  // States are numbered breadth-first, so a parent and a failure state are done before a state:
  // a state's row is its failure state's with its own edges written over it.
  for (let s = 0; s < stateCount; s++) {
    if (s < denseStates) {
      const row = s * width;
      if (s !== 0) rows.copyWithin(row, fail[s]! * width, fail[s]! * width + width);
      for (let e = firstEdge[s]!; e < firstEdge[s + 1]!; e++) {
        const unit = edgeUnits[e]!;
        if (unit < DENSE_UNITS && columnOf[unit] !== 0) rows[row + columnOf[unit]!] = Math.min(e + 1, FAR);
      }
    }
    let inner = 0;
    for (let e = firstEdge[s]!; e < firstEdge[s + 1]!; e++) {
      const t = e + 1;
      const unit = edgeUnits[e]!;
      stateLength[t] = stateLength[s]! + (isWordStartSymbol(unit) ? 0 : 1);
      if (unit === INNER_START) inner = t;
      if (s === 0) continue;
      let f = fail[s]!;
      let next = 0;
      for (;;) {
        if (f < denseStates && unit < DENSE_UNITS && columnOf[unit] !== 0) {
          next = rows[f * width + columnOf[unit]!]!;
          if (next !== FAR) break;
        }
        next = child(f, unit);
        if (next !== 0 || f === 0) break;
        f = fail[f]!;
      }
      fail[t] = next;
    }
    if (s !== 0) wordStartNext[s] = inner !== 0 ? inner : wordStartNext[fail[s]!]!;
  }

  const patternCount = compiled.patternStates.length;
  // Forms ending exactly at each state, as lists in form order threaded through `nextEntry`.
  const firstAt = new Int32Array(stateCount).fill(-1);
  const nextEntry = new Int32Array(patternCount).fill(-1);
  // Built from the lists' ends, so a form's next unlike form is known when the form is reached.
  const nextUnlike = new Int32Array(patternCount).fill(-1);
  const { patternCapitalised, patternMarked } = compiled;
  for (let p = patternCount - 1; p >= 0; p--) {
    const state = compiled.patternStates[p]!;
    if (!(state > 0 && state < stateCount)) throw new Error(`Leaderlens matcher: corrupt compiled data (pattern ${p} ends at state ${state})`);
    const q = firstAt[state]!;
    nextEntry[p] = q;
    firstAt[state] = p;
    if (q === -1) continue;
    const alike = patternCapitalised.charCodeAt(p) === patternCapitalised.charCodeAt(q) && patternMarked[p] === patternMarked[q];
    nextUnlike[p] = alike ? nextUnlike[q]! : q;
  }
  // Nearest state on the failure chain (itself included) where some form ends, or 0.
  const output = new Int32Array(stateCount);
  for (let s = 1; s < stateCount; s++) output[s] = firstAt[s] !== -1 ? s : output[fail[s]!]!;

  // The rare steps of foldAndScan (after a character folding to several units) go through these.
  const stepFrom = (state: number, unit: number): number => {
    const column = unit < DENSE_UNITS ? columnOf[unit]! : NO_COLUMN;
    for (;;) {
      if (state < denseStates && column !== NO_COLUMN) {
        const next = rows[state * width + column]!;
        if (next !== FAR) return next;
      }
      if (state === 0) return rootNext[unit]!;
      const next = child(state, unit);
      if (next !== 0) return next;
      state = fail[state]!;
    }
  };
  const recordHits = (state: number, end: number, hits: HitBuffer): void => {
    for (let o = output[state]!; o !== 0; o = output[fail[o]!]!) hits.push(end, o);
  };

  /**
   * Steps the units one slow character added to the fold (`fold.units[from…]`, the character ending
   * before `text[i]`), from `state`. Returns the new state times two, plus one if the fold now ends
   * in a word character. Kept out of foldAndScan so its loop stays small.
   */
  const stepSlowUnits = (text: string, i: number, fold: BareFoldBuffer, from: number, state: number, inWord: boolean, hits: HitBuffer): number => {
    const { units, start: starts, length } = fold;
    for (let k = from; k < length; k++) {
      const u = units[k]!;
      // Word starts by code point, as hasWordBoundariesIn reads the fold: the low half of a pair
      // was classified with its high half.
      if (!(isLowSurrogate(u) && k > 0 && isHighSurrogate(units[k - 1]!))) {
        let cp = u;
        if (isHighSurrogate(u)) {
          const low = k + 1 < length ? units[k + 1]! : nextFoldedLowSurrogate(text, i);
          if (isLowSurrogate(low)) cp = (u - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        }
        const word = isWordChar(cp);
        if (word && !inWord) {
          const next = wordStartNext[state]!;
          state = next !== 0 ? next : startsAsName(text, starts[k]!) ? rootName : rootLower;
        }
        inWord = word;
      }
      state = stepFrom(state, u);
      if (output[state] !== 0) recordHits(state, k + 1, hits);
    }
    return state * 2 + (inWord ? 1 : 0);
  };

  // Scanning is the inner loop of a page scan: the lookups are written out inline (no closure
  // call per character), the tables are read from locals rather than the closure, and the output
  // chain is only walked where some form can end.
  const foldAndScan = (text: string, fold: BareFoldBuffer, hits: HitBuffer): number => {
    const root = rootNext;
    const first = firstEdge;
    const labels = edgeUnits;
    const failure = fail;
    const out = output;
    const codes = scanTable;
    const wordStart = wordStartNext;
    const columns = columnOf;
    const table = rows;
    const rowWidth = width;
    const dense = denseStates;
    const n = text.length;
    fold.reserve(n + 1, 0);
    let units = fold.units;
    let starts = fold.start;
    let ends = fold.end;
    let length = 0;
    let state = 0;
    // Whether the fold so far ends in a word character (as a code point: see the slow path).
    let inWord = false;
    hits.count = 0;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      let code = codes[c]!;
      if (code === UNASKED) code = learnScanCode(c);
      let unit = code & 0xffff;
      let kind = code >> 16;
      if (code < 0) {
        unit = code;
        kind = NOT_WORD;
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
          const packed = stepSlowUnits(text, i, fold, from, state, inWord, hits);
          state = packed >> 1;
          inWord = (packed & 1) === 1;
          continue;
        }
      }
      if (kind === NOT_WORD) inWord = false;
      else if (!inWord) {
        // A word starts: continue a form that has a word start here, or start one as the case says.
        inWord = true;
        const continued = wordStart[state]!;
        state = continued !== 0 ? continued : kind === NAME_WORD ? rootName : rootLower;
      }
      units[length] = unit;
      starts[length] = i;
      ends[length] = ++i;
      length++;
      // The automaton step: from the root, its table over every unit; else a direct table's cell
      // (failure links included), else the state's edges, then down its failure chain.
      if (state === 0) state = root[unit]!;
      else {
        const column = unit < DENSE_UNITS ? columns[unit]! : NO_COLUMN;
        for (;;) {
          if (state < dense && column !== NO_COLUMN) {
            const next = table[state * rowWidth + column]!;
            if (next !== FAR) {
              state = next;
              break;
            }
          }
          if (state === 0) {
            state = root[unit]!;
            break;
          }
          let lo = first[state]!;
          let hi = first[state + 1]! - 1;
          let next = 0;
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
          if (next !== 0) {
            state = next;
            break;
          }
          state = failure[state]!;
        }
      }
      if (out[state] !== 0) recordHits(state, length, hits);
    }
    fold.length = length;
    return length;
  };

  return {
    foldAndScan,
    stateLength,
    firstAt,
    nextEntry,
    nextUnlike,
  };
}
