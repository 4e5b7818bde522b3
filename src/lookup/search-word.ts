import type { KindIndex } from './search-index';

/**
 * How well a term matches a query word: the word itself 1; a longer term the word begins (the
 * reader is still typing it) between 0.5 and 0.9, more the more of it is typed; a term one or two
 * edits away (a typo) 0.5 or 0.4.
 */
const PREFIX_BASE = 0.5;
const PREFIX_SPAN = 0.4;
const FUZZY_QUALITY = [1, 0.5, 0.4] as const;

/**
 * How many typos a word forgives: none under 6 letters, one from 6, two from 10. Vietnamese
 * syllables are short and a letter apart are other words and other people ("lam"/"nam",
 * "thanh"/"thinh"), so a typo is only forgiven where one edit leaves most of a long word intact.
 *
 * @example
 * maxTypos('thanh');    // 0
 * maxTypos('thonglon'); // 1
 */
export function maxTypos(word: string): number {
  return word.length >= 10 ? 2 : word.length >= 6 ? 1 : 0;
}

/**
 * A run of documents that all gain the same amount from one query word: a (term, field) posting
 * list or a leader's documents; `docs` ascending (newest first).
 *
 * @example
 * const source: Source = { docs: searchIndex.quotes.byLeader[0]!, gain: 3 };
 */
export interface Source {
  docs: Uint32Array;
  gain: number;
}

/**
 * One query word resolved against one kind's index: which term ids match and how well, and for
 * meetings and quotes how much each leader matches it (a document matches a word through its
 * people, too). Documents are then scored against it with {@link wordScore}.
 */
export interface WordMatch {
  word: string;
  exact: number;
  /** Term ids [prefixFrom, prefixTo) begin with the word; empty unless the word is being typed. */
  prefixFrom: number;
  prefixTo: number;
  /** Term id → quality, for terms a typo away. */
  typos: Map<number, number>;
  /** Per leader number, what the leader's match of this word is worth; null for the leaders' own index. */
  leaderScores: Float32Array | null;
  /**
   * The leader numbers whose `leaderScores` are above 0, ascending (null with it): a word names a
   * few leaders of a thousand, and every block a search reads walks them (`forEachSource`).
   */
  leaderList: Uint32Array | null;
  /** Per (term, field) entry of the kind, what a document with that entry gains (0: no match): one read per entry when checking a document. */
  gains: Float32Array;
  /** The most any one document can gain from this word. */
  best: number;
  /** Postings a scan of every matching source would read: the cost of driving the search with this word. */
  size: number;
}

/**
 * Resolves `word` against `kind`: the exact term, the range of terms it begins when `isPrefix`,
 * and, only when neither exists and the word is long enough, the terms a typo away with the same
 * first letter (so a word still being typed never pays for the fuzzy walk). A typo match is never
 * ranked against an exact or prefix match of the same word: where the kind has one, there is no
 * typo match at all, so a misspelt name can only surface when nothing is spelt that way. `leaderScores` carries the people side.
 *
 * @example
 * const m = matchWord(searchIndex.quotes, 'lam', true, leaderScoresOf(searchIndex.leaders, leaderMatch));
 * m.best; // the most a quote can gain from "lam"
 */
export function matchWord(kind: KindIndex, word: string, isPrefix: boolean, leaderScores: Float32Array | null): WordMatch {
  return localizeMatch(kind, resolveWord(kind, word, isPrefix, leaderScores));
}

/**
 * What `resolveWord` reads of a kind: its sorted vocabulary, the typo tree over it, the field
 * weights and the rarity weights. A kind split into blocks (search-blocks.ts) shares these between
 * its blocks, so a word is resolved once per kind, not once per block.
 */
export type TermDictionary = Pick<KindIndex, 'terms' | 'fuzzy' | 'boosts' | 'weights'>;

/**
 * The half of {@link matchWord} that needs only the kind's vocabulary: the term ids the word
 * matches and what each (term, field) entry is worth. `best` and `size` are left at 0; they depend
 * on which documents hold the entries, and {@link localizeMatch} fills them in for one kind or block.
 *
 * @example
 * const m = localizeMatch(block, resolveWord(dictionary, 'lam', true, null));
 */
export function resolveWord(kind: TermDictionary, word: string, isPrefix: boolean, leaderScores: Float32Array | null): WordMatch {
  const exact = findTerm(kind.terms, word);
  let prefixFrom = 0;
  let prefixTo = 0;
  if (isPrefix) {
    prefixFrom = lowerBound(kind.terms, word);
    prefixTo = lowerBound(kind.terms, `${word}\uffff`);
  }
  const typos = new Map<number, number>();
  const typoBudget = maxTypos(word);
  if (typoBudget > 0 && exact < 0 && prefixFrom === prefixTo) {
    for (const [term, [id, distance]] of kind.fuzzy.fuzzyGet(word, typoBudget)) {
      // A typo keeps the first letter: readers start a name right, and the edits allowed at the
      // front of a short name make another name ("Lam" → "Nam").
      if (term[0] === word[0]) typos.set(id, FUZZY_QUALITY[distance] ?? 0);
    }
  }
  const match: WordMatch = { word, exact, prefixFrom, prefixTo, typos, leaderScores, leaderList: leaderScores && positives(leaderScores), gains: new Float32Array(kind.weights.length), best: 0, size: 0 };
  const fields = kind.boosts.length;
  forEachTerm(match, (term) => {
    const quality = termQuality(kind, match, term);
    for (let f = 0; f < fields; f++) match.gains[term * fields + f] = kind.boosts[f]! * quality * kind.weights[term * fields + f]!;
  });
  return match;
}

/**
 * A resolved word (see {@link resolveWord}) with `best` and `size` worked out over the documents
 * of `kind` (a whole kind, or one block of it). The term side (`gains`, `typos`) is shared, not copied.
 *
 * @example
 * const inBlock = localizeMatch(block, resolved);
 * inBlock.best; // the most a document of this block can gain from the word
 */
export function localizeMatch(kind: KindIndex, resolved: WordMatch): WordMatch {
  const match: WordMatch = { ...resolved, best: 0, size: 0 };
  forEachSource(kind, match, (source) => {
    if (source.gain > match.best) match.best = source.gain;
    match.size += source.docs.length;
  });
  return match;
}

/**
 * Calls `visit` with every (term, field) entry the word matches and what a document holding it
 * gains (only entries worth something): the vocabulary side of {@link forEachSource}, which needs
 * no posting lists.
 *
 * @example
 * forEachEntryGain(dictionary, match, (entry, gain) => console.log(entry, gain));
 */
export function forEachEntryGain(kind: Pick<KindIndex, 'boosts'>, match: WordMatch, visit: (entry: number, gain: number) => void): void {
  const fields = kind.boosts.length;
  forEachTerm(match, (id) => {
    for (let f = 0; f < fields; f++) {
      const gain = match.gains[id * fields + f]!;
      if (gain > 0) visit(id * fields + f, gain);
    }
  });
}

/**
 * The quality of term id `term` for this word: 1 for the word itself, 0.5–0.9 for a longer term
 * it begins, 0.5/0.4 for one or two typos, 0 for no match.
 *
 * @example
 * const m = matchWord(searchIndex.leaders, 'thongl', true, null);
 * termQuality(searchIndex.leaders, m, searchIndex.leaders.terms.indexOf('thongloun')); // ≈ 0.77
 */
export function termQuality(kind: Pick<KindIndex, 'terms'>, match: WordMatch, term: number): number {
  if (term === match.exact) return 1;
  let quality = 0;
  if (term >= match.prefixFrom && term < match.prefixTo) quality = PREFIX_BASE + (PREFIX_SPAN * match.word.length) / kind.terms[term]!.length;
  if (match.typos.size > 0) quality = Math.max(quality, match.typos.get(term) ?? 0);
  return quality;
}

/**
 * Calls `visit` for every source of documents matching the word: each (term, field) posting list,
 * then each matching leader's documents (meetings and quotes only), with what each document gains.
 *
 * @example
 * let postings = 0;
 * forEachSource(searchIndex.quotes, match, ({ docs }) => (postings += docs.length));
 */
export function forEachSource(kind: KindIndex, match: WordMatch, visit: (source: Source) => void): void {
  const fields = kind.boosts.length;
  forEachTerm(match, (id) => {
    for (let f = 0; f < fields; f++) {
      // A block's postings are sparse: an entry none of its documents hold has no list at all.
      const docs = kind.postings[id * fields + f];
      if (docs !== undefined && docs.length > 0) visit({ docs, gain: match.gains[id * fields + f]! });
    }
  });
  const { leaderScores: scores, leaderList } = match;
  if (scores && leaderList) {
    for (const leader of leaderList) {
      const docs = kind.byLeader[leader];
      if (docs && docs.length > 0) visit({ docs, gain: scores[leader]! });
    }
  }
}

/** The positions of `scores` above 0, ascending. */
function positives(scores: Float32Array): Uint32Array {
  let count = 0;
  for (const score of scores) if (score > 0) count++;
  const list = new Uint32Array(count);
  for (let i = 0, at = 0; i < scores.length; i++) if (scores[i]! > 0) list[at++] = i;
  return list;
}

/** Every term id matching the word, once: the exact term, the prefix range, the typos. */
function forEachTerm(match: WordMatch, visit: (term: number) => void): void {
  if (match.exact >= 0 && !(match.exact >= match.prefixFrom && match.exact < match.prefixTo)) visit(match.exact);
  for (let id = match.prefixFrom; id < match.prefixTo; id++) visit(id);
  for (const id of match.typos.keys()) if (id !== match.exact && !(id >= match.prefixFrom && id < match.prefixTo)) visit(id);
}

/**
 * What document `doc` gains from the word: the best of its people's match and of its own terms'
 * (field weight × quality × rarity). 0 means the document does not match the word. Reads only the
 * document's own entries, so checking a candidate costs the length of the document, not of any
 * posting list.
 *
 * @example
 * const m = matchWord(searchIndex.meetings, 'moskva', false, null);
 * wordScore(searchIndex.meetings, m, searchIndex.meetings.ids.indexOf('m-moscow-2025')); // > 0
 */
export function wordScore(kind: KindIndex, match: WordMatch, doc: number): number {
  const out = new Float64Array(1);
  wordScores(kind, [match.gains], [match.leaderScores], doc, out);
  return out[0]!;
}

/**
 * {@link wordScore} for several words at once, into `out` (one per word): the document's people
 * and entries read once for all of them rather than once per word. Takes each word's `gains` and
 * `leaderScores` rather than the matches, so a caller scoring many documents reads those once.
 *
 * @example
 * const out = new Float64Array(2);
 * wordScores(kind, [a.gains, b.gains], [a.leaderScores, b.leaderScores], doc, out); // out[1] = wordScore(kind, b, doc)
 */
export function wordScores(kind: KindIndex, gainLists: readonly Float32Array[], peopleScores: readonly (Float32Array | null)[], doc: number, out: Float64Array): void {
  const n = gainLists.length;
  out.fill(0);
  const peopleFrom = kind.peopleStarts[doc]!;
  const peopleTo = kind.peopleStarts[doc + 1]!;
  for (let w = 0; w < n; w++) {
    const scores = peopleScores[w];
    if (!scores) continue;
    let best = 0;
    for (let i = peopleFrom; i < peopleTo; i++) {
      const score = scores[kind.people[i]!]!;
      if (score > best) best = score;
    }
    out[w] = best;
  }
  const { entries } = kind;
  for (let i = kind.starts[doc]!, end = kind.starts[doc + 1]!; i < end; i++) {
    const entry = entries[i]!;
    for (let w = 0; w < n; w++) {
      const score = gainLists[w]![entry]!;
      if (score > out[w]!) out[w] = score;
    }
  }
}

/**
 * Per leader number, what a leader's match of the word is worth (their best field), read off the
 * word's match in the leaders' index: meetings and quotes of that leader gain as much.
 *
 * @example
 * const scores = leaderScoresOf(searchIndex.leaders, matchWord(searchIndex.leaders, 'lam', false, null));
 * scores[searchIndex.leaders.ids.indexOf('to-lam')]; // 3 × quality × rarity of "lam" among names
 */
export function leaderScoresOf(leaders: KindIndex, match: WordMatch): Float32Array {
  const scores = new Float32Array(leaders.ids.length);
  forEachSource(leaders, match, ({ docs, gain }) => {
    for (const doc of docs) if (gain > scores[doc]!) scores[doc] = gain;
  });
  return scores;
}

/**
 * The id of `word` in a kind's sorted vocabulary, or -1.
 *
 * @example
 * termIdOf(searchIndex.leaders.terms, 'putin'); // ≥ 0
 */
export function termIdOf(terms: readonly string[], word: string): number {
  return findTerm(terms, word);
}

function findTerm(terms: readonly string[], word: string): number {
  const at = lowerBound(terms, word);
  return terms[at] === word ? at : -1;
}

function lowerBound(terms: readonly string[], key: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
