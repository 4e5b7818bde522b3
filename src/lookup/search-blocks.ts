import SearchableMap from 'minisearch/SearchableMap';
import { holdsTogether } from './content-phrases';
import type { KindIndex } from './search-index';
import { insertTop, topDocuments, WORK_LIMIT, type ScoredDoc, type WorkBudget } from './search-top';
import { forEachEntryGain, localizeMatch, type TermDictionary, type WordMatch } from './search-word';

/**
 * Per item (a (term, field) entry, or a leader number), the blocks whose documents hold it:
 * `blocks[starts[i]…starts[i+1])`, ascending.
 */
export interface BlockLists {
  starts: Uint32Array;
  blocks: Uint32Array;
}

/**
 * A kind (meetings or quotes) cut into blocks of consecutive documents, so a search reads only the
 * blocks that can hold a result. Block b holds documents [b × blockSize, (b + 1) × blockSize); each
 * is a {@link KindIndex} of its own documents (numbered from 0), sharing the kind's vocabulary and
 * weights. The lists say which blocks hold which words and people: a block that holds none of a
 * word the query needs is never read, and one whose best possible score cannot beat the results
 * found so far is not read either. Built at build time (`splitIntoBlocks`); a kind loaded whole is
 * one block ({@link singleBlock}).
 *
 * @example
 * const quotes: BlockedKind = singleBlock(searchIndex.quotes);
 * quotes.blocks; // 1
 */
export interface BlockedKind {
  dictionary: TermDictionary;
  /** Documents in the kind. */
  docs: number;
  /** Documents per block (the last block may hold fewer). */
  blockSize: number;
  blocks: number;
  /** Per (term, field) entry, the blocks holding it; null when not known (every block may). */
  entryBlocks: BlockLists | null;
  /** Per leader number, the blocks of documents they take part in; null when not known. */
  leaderBlocks: BlockLists | null;
}

/**
 * A whole kind as a single block, for an index loaded whole (tests, the bench's oracle): the scan
 * then reads that one block exactly as a search over the whole kind did.
 *
 * @example
 * runBlocks(scanBlocks(singleBlock(kind), words, 10), () => kind);
 */
export function singleBlock(kind: KindIndex): BlockedKind {
  const docs = kind.starts.length - 1;
  return { dictionary: kind, docs, blockSize: Math.max(1, docs), blocks: docs > 0 ? 1 : 0, entryBlocks: null, leaderBlocks: null };
}

/**
 * The best `limit` documents of a blocked kind for the query's resolved words (`resolveWord` on the
 * kind's dictionary; null for a word the search leaves out), best first, ties to the lower document
 * number: the same answer `topDocuments` gives over the whole kind, unless the shared work budget
 * ({@link WORK_LIMIT}) runs out first. A generator, so one scan serves an index in memory and one
 * read block by block: it yields the number of each block it needs and is sent that block back
 * (see {@link runBlocks} and {@link runBlocksAsync}). Blocks are visited best first: by the
 * best score a document of theirs could give (the sum of each word's best gain in the block),
 * newest first among equals. A block is skipped when, for some word, it holds no entry or person
 * matching it, or when that best score cannot beat the `limit`-th result found so far (nor tie
 * it from a block before that result's).
 *
 * @example
 * const top = await runBlocksAsync(scanBlocks(kind, words, 10), (b) => loadBlock(b));
 */
export function* scanBlocks(
  kind: BlockedKind,
  words: readonly (WordMatch | null)[],
  limit: number,
  leaveOut?: ReadonlySet<string>,
): Generator<number, ScoredDoc[], KindIndex> {
  const driving = words.filter((word) => word !== null);
  if (driving.length === 0 || limit <= 0 || kind.blocks === 0) return [];
  const bests = driving.map((word) => bestByBlock(kind, word));
  // Per block, the best score a document of it could reach (summed in word order, as a document's
  // score is: float addition is monotonic, so no document of the block can score above it), or
  // -Infinity where some word has nothing in the block.
  const bounds = new Float64Array(kind.blocks);
  for (let b = 0; b < kind.blocks; b++) {
    let bound = 0;
    for (const best of bests) {
      const gain = best[b]!;
      if (gain <= 0) {
        bound = -Infinity;
        break;
      }
      bound += gain;
    }
    bounds[b] = bound;
  }
  // Best block first, newest first among equals: the blocks where a word's people or its rarest
  // terms are fill the results first, so the rest are passed over as soon as they cannot beat
  // them, and the shared budget is not spent on weak matches in the newest blocks first (a
  // leader's name typed, its last word one letter, found its quotes only where budget was left).
  const order = Array.from({ length: kind.blocks }, (_, b) => b).filter((b) => bounds[b]! > -Infinity);
  order.sort((x, y) => bounds[y]! - bounds[x]! || x - y);
  const budget: WorkBudget = { left: WORK_LIMIT };
  const top: ScoredDoc[] = [];
  for (const b of order) {
    if (budget.left <= 0) break;
    const bound = bounds[b]!;
    const last = top.length === limit ? top[limit - 1]! : null;
    // A document of this block enters by beating the last result, or by tying it with a lower
    // number (a block before the last result's).
    const before = last !== null && b * kind.blockSize < last.doc;
    if (last && (last.score > bound || (last.score === bound && !before))) continue;
    const block: KindIndex = yield b;
    const local = words.map((word) => (word === null ? null : localizeMatch(block, word)));
    const together = words.length > 1 ? (doc: number) => holdsTogether(block, local, doc) : undefined;
    // Marked as wrong by the reader: never returned, its place goes to the next best. Asked of a
    // document only as it would enter the best (search-top.ts), the cheap test first.
    const kept = leaveOut && leaveOut.size > 0 ? (doc: number) => !leaveOut.has(block.ids[doc]!) : undefined;
    const accept = kept && together ? (doc: number) => kept(doc) && together(doc) : (kept ?? together);
    // Only what beats the last result so far can enter, or ties it from a block before its own
    // (a floor just under its score: what it lets in beyond the ties loses to the last result).
    const floor = last === null ? -Infinity : before ? last.score - Math.abs(last.score) * FLOOR_SLACK : last.score;
    const found = topDocuments(block, local.filter((word) => word !== null), limit, true, accept, budget, floor);
    for (const hit of found) insertTop(top, { doc: b * kind.blockSize + hit.doc, score: hit.score }, limit);
  }
  return top;
}

/** How far under the last result's score the floor of an earlier block lies: ties must be let in. */
const FLOOR_SLACK = 1e-9;

/** Runs a {@link scanBlocks} scan with blocks at hand. */
export function runBlocks<T>(scan: Generator<number, T, KindIndex>, block: (b: number) => KindIndex): T {
  let step = scan.next();
  while (!step.done) step = scan.next(block(step.value));
  return step.value;
}

/** Runs a {@link scanBlocks} scan, reading each block it asks for when it asks. */
export async function runBlocksAsync<T>(scan: Generator<number, T, KindIndex>, block: (b: number) => Promise<KindIndex>): Promise<T> {
  let step = scan.next();
  while (!step.done) step = scan.next(await block(step.value));
  return step.value;
}

/** Per block, the most a document of it can gain from `word` (Infinity where the lists are not known). */
function bestByBlock(kind: BlockedKind, word: WordMatch): Float64Array {
  const best = new Float64Array(kind.blocks);
  const raise = (lists: BlockLists, item: number, gain: number) => {
    for (let i = lists.starts[item]!, end = lists.starts[item + 1]!; i < end; i++) {
      const b = lists.blocks[i]!;
      if (gain > best[b]!) best[b] = gain;
    }
  };
  if (kind.entryBlocks === null) best.fill(Infinity);
  else forEachEntryGain(kind.dictionary, word, (entry, gain) => raise(kind.entryBlocks!, entry, gain));
  const { leaderScores: scores, leaderList } = word;
  if (scores && kind.leaderBlocks === null) best.fill(Infinity);
  else if (scores && leaderList && kind.leaderBlocks !== null) {
    for (const leader of leaderList) raise(kind.leaderBlocks, leader, scores[leader]!);
  }
  return best;
}

/**
 * One block as stored: a {@link KindIndex}'s per-document arrays for its documents (numbered from
 * 0), its posting lists kept only for the entries it holds (`postingEntries`, ascending, with
 * `postingStarts` into `postingDocs`), and per leader number its documents (`byLeaderStarts` into
 * `byLeaderDocs`).
 */
export interface BlockArrays {
  starts: Uint32Array;
  entries: Uint32Array;
  peopleStarts: Uint32Array;
  people: Uint32Array;
  wordStarts: Uint32Array;
  words: Uint32Array;
  postingEntries: Uint32Array;
  postingStarts: Uint32Array;
  postingDocs: Uint32Array;
  byLeaderStarts: Uint32Array;
  byLeaderDocs: Uint32Array;
}

/** A kind cut into blocks, as the index writer stores it. */
export interface SplitKind {
  docs: number;
  blockSize: number;
  /** Each block's arrays; null for a block `splitIntoBlocks` was told not to make. */
  blocks: (BlockArrays | null)[];
  entryBlocks: BlockLists;
  leaderBlocks: BlockLists;
}

/**
 * Cuts a whole kind into blocks of `blockSize` documents (build time). Every array is a slice of
 * the whole kind's, renumbered from the block's first document, so a search over the blocks reads
 * the same entries, words and people a search over the whole kind would.
 *
 * `made` says which blocks to make (by default all): the lists of which blocks hold which entries
 * and leaders are always whole, but a block left out is null, its posting lists and slices not
 * made. An added article's build leaves out the blocks whose files it keeps from the previous
 * build (index-data/search-files.ts): making every block's arrays was most of the search thread's
 * second at 10k articles, for 64 of 70 quote blocks that came out as they were.
 *
 * @example
 * const split = splitIntoBlocks(searchIndex.quotes, 4096);
 * split.blocks.length; // ⌈quotes / 4096⌉
 */
export function splitIntoBlocks(kind: KindIndex, blockSize: number): Omit<SplitKind, 'blocks'> & { blocks: BlockArrays[] };
export function splitIntoBlocks(kind: KindIndex, blockSize: number, made: (b: number) => boolean): SplitKind;
export function splitIntoBlocks(kind: KindIndex, blockSize: number, made: (b: number) => boolean = () => true): SplitKind {
  const docs = kind.starts.length - 1;
  const count = Math.ceil(docs / blockSize);
  const entryLists: number[][] = kind.postings.map(() => []);
  const leaderLists: number[][] = kind.byLeader.map(() => []);
  const parts = Array.from({ length: count }, (_, b) =>
    made(b)
      ? {
          postingEntries: [] as number[],
          postingStarts: [0],
          postingDocs: [] as number[],
          byLeaderStarts: [0],
          byLeaderDocs: [] as number[],
        }
      : null,
  );
  const madeParts = parts.filter((part) => part !== null);
  // Each list is read once, in order: its documents are ascending, so they fall into the blocks
  // one run after another (a binary search per list and block cost 64 × 60k of them at 10k articles).
  kind.postings.forEach((list, entry) => {
    for (let i = 0; i < list.length; ) {
      const b = Math.floor(list[i]! / blockSize);
      const lo = b * blockSize;
      const part = parts[b] ?? null;
      entryLists[entry]!.push(b);
      if (part === null) {
        i = endOfRun(list, i, lo + blockSize);
        continue;
      }
      part.postingEntries.push(entry);
      for (; i < list.length && list[i]! < lo + blockSize; i++) part.postingDocs.push(list[i]! - lo);
      part.postingStarts.push(part.postingDocs.length);
    }
  });
  kind.byLeader.forEach((list, leader) => {
    for (let i = 0; i < list.length; ) {
      const b = Math.floor(list[i]! / blockSize);
      const lo = b * blockSize;
      const part = parts[b] ?? null;
      leaderLists[leader]!.push(b);
      if (part === null) {
        i = endOfRun(list, i, lo + blockSize);
        continue;
      }
      for (; i < list.length && list[i]! < lo + blockSize; i++) part.byLeaderDocs.push(list[i]! - lo);
    }
    for (const part of madeParts) part.byLeaderStarts.push(part.byLeaderDocs.length);
  });
  const blocks = parts.map((part, b): BlockArrays | null => {
    if (part === null) return null;
    const lo = b * blockSize;
    const hi = Math.min(docs, lo + blockSize);
    return {
      ...sliceCsr(kind.starts, kind.entries, lo, hi, 'starts', 'entries'),
      ...sliceCsr(kind.peopleStarts, kind.people, lo, hi, 'peopleStarts', 'people'),
      ...sliceCsr(kind.wordStarts, kind.words, lo, hi, 'wordStarts', 'words'),
      postingEntries: Uint32Array.from(part.postingEntries),
      postingStarts: Uint32Array.from(part.postingStarts),
      postingDocs: Uint32Array.from(part.postingDocs),
      byLeaderStarts: Uint32Array.from(part.byLeaderStarts),
      byLeaderDocs: Uint32Array.from(part.byLeaderDocs),
    } as BlockArrays;
  });
  return { docs, blockSize, blocks, entryBlocks: toLists(entryLists), leaderBlocks: toLists(leaderLists) };
}

/** The {@link KindIndex} of one stored block, over the kind's shared dictionary. */
export function blockIndex(dictionary: TermDictionary, arrays: BlockArrays): KindIndex {
  const postings: Uint32Array[] = [];
  // Sparse: a block holds a fraction of the vocabulary; a missing entry reads as undefined.
  postings.length = dictionary.weights.length;
  arrays.postingEntries.forEach((entry, i) => (postings[entry] = arrays.postingDocs.subarray(arrays.postingStarts[i], arrays.postingStarts[i + 1])));
  const byLeader = Array.from({ length: arrays.byLeaderStarts.length - 1 }, (_, leader) =>
    arrays.byLeaderDocs.subarray(arrays.byLeaderStarts[leader], arrays.byLeaderStarts[leader + 1]),
  );
  return {
    ids: [],
    boosts: dictionary.boosts,
    terms: dictionary.terms,
    get fuzzy(): SearchableMap<number> {
      return dictionary.fuzzy;
    },
    weights: dictionary.weights,
    postings,
    starts: arrays.starts,
    entries: arrays.entries,
    peopleStarts: arrays.peopleStarts,
    people: arrays.people,
    byLeader,
    wordStarts: arrays.wordStarts,
    words: arrays.words,
  };
}

/** The first index from `i` on of the ascending `list` whose value is `end` or more (its length if none). */
function endOfRun(list: Uint32Array, i: number, end: number): number {
  let [lo, hi] = [i, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < end) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sliceCsr<S extends string, V extends string>(starts: Uint32Array, values: Uint32Array, lo: number, hi: number, startsName: S, valuesName: V): Record<S | V, Uint32Array> {
  const base = starts[lo]!;
  const sliced = starts.slice(lo, hi + 1);
  for (let i = 0; i < sliced.length; i++) sliced[i] = sliced[i]! - base;
  return { [startsName]: sliced, [valuesName]: values.slice(base, starts[hi]) } as Record<S | V, Uint32Array>;
}

function toLists(lists: readonly number[][]): BlockLists {
  const starts = new Uint32Array(lists.length + 1);
  lists.forEach((list, i) => (starts[i + 1] = starts[i]! + list.length));
  const blocks = new Uint32Array(starts[lists.length]!);
  lists.forEach((list, i) => blocks.set(list, starts[i]));
  return { starts, blocks };
}
