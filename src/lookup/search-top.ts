import type { KindIndex } from './search-index';
import { forEachSource, wordScores, type Source, type WordMatch } from './search-word';

/**
 * A document found by `topDocuments`: its number in the kind's index and its total score.
 *
 * @example
 * const [best] = topDocuments(searchIndex.leaders, words, 1);
 * searchIndex.leaders.ids[best!.doc]; // 'to-lam'
 */
export interface ScoredDoc {
  doc: number;
  score: number;
}

/**
 * Most document entries a search reads per kind before it settles for the best found so far.
 * Typical keystrokes settle far sooner (the top results are certain, see `topDocuments`); this
 * bounds the rest — one- or two-letter prefixes and runs of very common words, which match most
 * quotes equally weakly — to a few milliseconds per kind (docs/scale.md has the figures). Not an
 * option: fixed for every search.
 *
 * @example
 * // a search that gives up reads at most WORK_LIMIT document entries per kind
 * WORK_LIMIT; // 60000
 */
export const WORK_LIMIT = 60_000;

/** Default of `topDocuments`'s `every`: a document must match every word. */
const EVERY = true;

/**
 * Document entries a search may still read: one budget shared by the blocks of a kind split into
 * blocks (search-blocks.ts), so a search over many blocks reads no more than one over the whole.
 *
 * @example
 * const budget: WorkBudget = { left: WORK_LIMIT };
 * topDocuments(block, words, 8, true, undefined, budget); // budget.left shrinks by what it read
 */
export interface WorkBudget {
  left: number;
}

/**
 * The `limit` best documents of `kind` for the query words, best first, equal scores newest first
 * (lower document number). A document's score is the sum over words of what it gains from each
 * (`wordScore` in search-word.ts); with `every` (default true) it must gain from every word, otherwise from any.
 * `accept`, when given, is a further test a document must pass, asked only of a document that
 * would take a place among the best so far (so a costly test runs on few documents); the stop
 * bound below stays exact, as it only counts documents that entered.
 *
 * How it avoids scoring the corpus: it walks the sources of one word only — the cheapest — in
 * order of decreasing gain, scoring each new document against all words from the document's own
 * entries. Before each run of equal-gain sources it knows that no unseen document can score more
 * than that gain plus the best the other words can add; once the `limit`-th result scores more, the
 * rest cannot enter and it stops (exact). Otherwise it stops after {@link WORK_LIMIT} entries read
 * (or what is `left` of `budget`, which it then lowers by what it read).
 *
 * `floor` (default: none) is a score a document must beat to count at all: a kind searched block
 * by block (search-blocks.ts) passes the score of the last result the earlier blocks found, so a
 * block spends no work (and no `accept`) on documents that could not enter the results anyway.
 *
 * @example
 * const words = ['to', 'lam'].map((w, i) => matchWord(searchIndex.quotes, w, i === 1, scores[i]!));
 * topDocuments(searchIndex.quotes, words, 8).map((hit) => searchIndex.quotes.ids[hit.doc]);
 */
export function topDocuments(
  kind: KindIndex,
  words: readonly WordMatch[],
  limit: number,
  every = EVERY,
  accept?: (doc: number) => boolean,
  budget: WorkBudget = { left: WORK_LIMIT },
  floor = -Infinity,
): ScoredDoc[] {
  if (words.length === 0 || limit <= 0) return [];
  const workLimit = budget.left;
  const drivers = every ? [words.reduce((a, b) => (b.size < a.size ? b : a))] : words;
  const others = every ? words.reduce((sum, w) => sum + w.best, 0) - drivers[0]!.best : words.reduce((sum, w) => sum + w.best, 0);
  const sources: Source[] = [];
  for (const driver of drivers) forEachSource(kind, driver, (source) => sources.push(source));
  sources.sort((a, b) => b.gain - a.gain || a.docs.length - b.docs.length);

  const seen = visitMarks(kind);
  const gained = new Float64Array(words.length);
  // Read once here, not per entry: the hot loop below then loads no property of a match.
  const gainLists = words.map((word) => word.gains);
  const peopleScores = words.map((word) => word.leaderScores);
  const top: ScoredDoc[] = [];
  let work = 0;
  for (let i = 0; i < sources.length && work < workLimit; ) {
    const gain = sources[i]!.gain;
    let j = i + 1;
    while (j < sources.length && sources[j]!.gain === gain) j++;
    // Unseen documents cannot score more than this (without `every`, `others` counts every word).
    const bound = gain + others;
    if ((top.length === limit && top[limit - 1]!.score > bound) || bound <= floor) break;
    const docs = mergeAscending(sources, i, j);
    for (let doc = docs(); doc >= 0; doc = docs()) {
      const last = top.length === limit ? top[limit - 1]! : null;
      // Documents come in ascending order: past the last result, a tie can no longer enter either.
      if (last && doc > last.doc && last.score >= bound) break;
      if (seen.marks[doc] === seen.epoch) continue;
      seen.marks[doc] = seen.epoch;
      work += kind.starts[doc + 1]! - kind.starts[doc]! + 1;
      // Every word's gain from one pass over the document's entries, then summed in word order.
      wordScores(kind, gainLists, peopleScores, doc, gained);
      let score = 0;
      let missing = false;
      for (let w = 0; w < words.length; w++) {
        if (gained[w] === 0 && every) {
          missing = true;
          break;
        }
        score += gained[w]!;
      }
      if (!missing && score > 0 && score > floor && (!accept || (wouldEnter(top, score, doc, limit) && accept(doc)))) insert(top, { doc, score }, limit);
      if (work >= workLimit) break;
    }
    i = j;
  }
  budget.left = workLimit - work;
  return top;
}

/** Whether a document scoring `score` would take a place in `top` (so `accept` is asked only then). */
function wouldEnter(top: readonly ScoredDoc[], score: number, doc: number, limit: number): boolean {
  const last = top.length === limit ? top[limit - 1]! : null;
  return !last || score > last.score || (score === last.score && doc < last.doc);
}

/**
 * Keeps `top` sorted (score descending, then document ascending) and at most `limit` long: puts
 * `hit` in its place, or leaves it out when it ranks below the `limit`-th.
 *
 * @example
 * const top: ScoredDoc[] = [];
 * insertTop(top, { doc: 4, score: 1 }, 10); // top = [{ doc: 4, score: 1 }]
 */
export function insertTop(top: ScoredDoc[], hit: ScoredDoc, limit: number): void {
  insert(top, hit, limit);
}

function insert(top: ScoredDoc[], hit: ScoredDoc, limit: number): void {
  let at = top.length;
  while (at > 0 && (top[at - 1]!.score < hit.score || (top[at - 1]!.score === hit.score && top[at - 1]!.doc > hit.doc))) at--;
  if (at >= limit) return;
  top.splice(at, 0, hit);
  if (top.length > limit) top.pop();
}

/**
 * The documents of sources[from…to) in ascending order (repeats included), one per call, -1 at
 * the end. One source is read straight; several are merged with a small heap of cursors.
 */
function mergeAscending(sources: readonly Source[], from: number, to: number): () => number {
  if (to - from === 1) {
    const docs = sources[from]!.docs;
    let at = 0;
    return () => (at < docs.length ? docs[at++]! : -1);
  }
  // Heap of [next document, source index, position] ordered by next document.
  const heap: [number, number, number][] = [];
  for (let s = from; s < to; s++) if (sources[s]!.docs.length > 0) heap.push([sources[s]!.docs[0]!, s, 0]);
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(heap, i);
  return () => {
    const head = heap[0];
    if (!head) return -1;
    const doc = head[0];
    const docs = sources[head[1]]!.docs;
    const next = head[2] + 1;
    if (next < docs.length) {
      head[0] = docs[next]!;
      head[2] = next;
    } else {
      const lastItem = heap.pop()!;
      if (heap.length === 0) return doc;
      heap[0] = lastItem;
    }
    siftDown(heap, 0);
    return doc;
  };
}

function siftDown(heap: [number, number, number][], start: number): void {
  let i = start;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let least = i;
    if (left < heap.length && heap[left]![0] < heap[least]![0]) least = left;
    if (right < heap.length && heap[right]![0] < heap[least]![0]) least = right;
    if (least === i) return;
    [heap[i], heap[least]] = [heap[least]!, heap[i]!];
    i = least;
  }
}

/**
 * "Seen in this search" marks, one per document, kept per kind across searches: a new search
 * bumps the epoch instead of clearing 250k marks.
 */
const marksByKind = new WeakMap<KindIndex, { marks: Uint32Array; epoch: number }>();
function visitMarks(kind: KindIndex): { marks: Uint32Array; epoch: number } {
  let seen = marksByKind.get(kind);
  if (!seen || seen.epoch === 0xffffffff) {
    // Counted from `starts`, not `ids`: a block of a kind carries no ids (search-blocks.ts).
    seen = { marks: new Uint32Array(kind.starts.length - 1), epoch: 0 };
    marksByKind.set(kind, seen);
  }
  seen.epoch++;
  return seen;
}
