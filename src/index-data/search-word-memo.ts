/**
 * The words of the search documents of the last build, kept by the build (cli/search-word-memo-file.ts)
 * so the next one reads only the text of documents it has not seen: at 10k articles, finding the
 * words of 280k quotes in their text was a third of the search structures' build (0.5–0.6 s of an
 * added article's 8 s), and an added article brings a few dozen documents.
 *
 * A document is known by a key that fixes the text of every field it is searched by
 * (corpus/content-keys.ts: a quote by the reading its statement comes from and the statement's
 * place in it, a meeting by its content key), never by its id alone. The words are those of the
 * built `KindIndex` (`words`, numbers into its sorted `terms`), so remembering costs no work; the
 * structures built from them are the same as from the text (lookup/search-index.ts, `KnownWords`;
 * tests/index-data/search-word-memo.test.ts builds both ways and compares).
 */
import type { KindIndex, KnownWords } from '../lookup/search-index';
import { decodePack, encodePack } from './binary-pack';
import type { ContentKind } from './folder-format';
import { CACHE_SLACK, cacheStillFits } from '../files/cache-still-fits';

/** One kind's documents of a build: each one's key (null: none, not to be reused) and words. */
export interface WordMemoKind {
  terms: readonly string[];
  keys: readonly (string | null)[];
  /** Document d's words are `words[wordStarts[d]…wordStarts[d+1])`, as in `KindIndex`. */
  wordStarts: Uint32Array;
  words: Uint32Array;
}

/** The memo of a build: per kind of content document, its documents' words. */
export type WordMemo = Partial<Record<ContentKind, WordMemoKind>>;

/**
 * What a built kind leaves for the next build: its documents' keys (`keyOf` each document's id,
 * `ids` in document order) beside the words it holds anyway.
 *
 * @example
 * rememberWords(searchIndex.quotes, order.quotes, (id) => id); // { terms, keys, wordStarts, words }
 */
export function rememberWords(kind: Pick<KindIndex, 'terms' | 'wordStarts' | 'words'>, ids: readonly string[], keyOf: (id: string) => string | undefined): WordMemoKind {
  return { terms: kind.terms, keys: ids.map((id) => keyOf(id) ?? null), wordStarts: kind.wordStarts, words: kind.words };
}

/**
 * The words the memo knows of the documents `ids` (numbered as the new build numbers them), for
 * `buildContentKinds`: a document whose key the memo holds gets the words remembered under it.
 *
 * @example
 * const known = knownWords(memo.quotes, order.quotes, (id) => keys.quoteWords(id));
 * known.docs[0]; // where the memo holds the words of the newest quote, or -1
 */
export function knownWords(memo: WordMemoKind, ids: readonly string[], keyOf: (id: string) => string | undefined): KnownWords & { readonly hits: number } {
  const docs = new Int32Array(ids.length);
  let hits = 0;
  // Both builds number documents newest first, then by id, so the memo's documents come in the new
  // order with a few added or gone: walked side by side, each found at or just after the place the
  // walk is at. Only what the walk passed over or could not place goes through a map (at 10k
  // articles a map of 280k keys made on every build was a third of a second).
  const memoKeys = memo.keys;
  const passed: number[] = [];
  const unplaced: number[] = [];
  let at = 0;
  for (let d = 0; d < ids.length; d++) {
    const key = keyOf(ids[d]!);
    docs[d] = -1;
    if (key === undefined) continue;
    const found = nextPlace(memoKeys, key, at);
    if (found === -1) {
      unplaced.push(d);
      continue;
    }
    for (let skipped = at; skipped < found; skipped++) passed.push(skipped);
    docs[d] = found;
    hits++;
    at = found + 1;
  }
  if (unplaced.length > 0) {
    const byKey = new Map<string, number>();
    const add = (m: number): void => {
      const key = memoKeys[m];
      if (key !== null && key !== undefined) byKey.set(key, m);
    };
    for (const m of passed) add(m);
    for (let m = at; m < memoKeys.length; m++) add(m);
    for (const d of unplaced) {
      const old = byKey.get(keyOf(ids[d]!)!);
      if (old === undefined) continue;
      docs[d] = old;
      hits++;
    }
  }
  return { terms: memo.terms, starts: memo.wordStarts, words: memo.words, docs, hits };
}

/**
 * Whether a build should write its memo (`current`, with `known` of its documents given by
 * `previous`, the memo it read) for the next build: when it read none, or when the two differ by
 * more than a {@link STALE_SHARE}th of this build's documents, either way (documents the memo did
 * not know, or documents it holds that this build no longer has). Otherwise the memo it read is
 * kept as it is: every key it holds still fixes its document's words (a key fixes the text), so
 * the next build takes the same words from it and reads the text of the few documents it lacks
 * (a few dozen for an added article, about 2 µs each), where writing the memo again cost 0.3–0.4 s
 * of the added article's build at 10k articles (29.5 MB; docs/scale.md, "a fourteenth stop").
 *
 * @example
 * wordMemoStale(previous, current, known); // false when one article was added to 10k
 */
export function wordMemoStale(previous: WordMemo | undefined, current: WordMemo, known: number): boolean {
  return previous === undefined || !cacheStillFits(documentCount(current), known, documentCount(previous));
}

/** The share of a build's documents its memo may lack, or hold beyond them, and still be kept: 1/32, as for any kept cache. */
export const STALE_SHARE = CACHE_SLACK;

function documentCount(memo: WordMemo): number {
  return (memo.meetings?.keys.length ?? 0) + (memo.quotes?.keys.length ?? 0);
}

/** How far ahead of the walk's place a document is looked for before it is left to the map. */
const LOOK_AHEAD = 64;

/** Where `key` is among `keys[at…at + LOOK_AHEAD)`, or -1. */
function nextPlace(keys: readonly (string | null)[], key: string, at: number): number {
  const end = Math.min(keys.length, at + LOOK_AHEAD);
  for (let m = at; m < end; m++) if (keys[m] === key) return m;
  return -1;
}

/** The memo as one pack (binary-pack.ts), under `version` (the index stage's code). */
export function encodeWordMemo(version: string, memo: WordMemo): Uint8Array {
  const kinds = (Object.keys(memo) as ContentKind[]).filter((kind) => memo[kind] !== undefined);
  const meta = { version, kinds: Object.fromEntries(kinds.map((kind) => [kind, { terms: memo[kind]!.terms, keys: memo[kind]!.keys }])) };
  // As bytes: a pack narrows 32-bit arrays whose values fit in fewer bits and widens them when read,
  // two passes over 5 million words that a cache file read by this code alone does not need.
  const bytes = (a: Uint32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const arrays = Object.fromEntries(kinds.flatMap((kind) => [[`${kind}.wordStarts`, bytes(memo[kind]!.wordStarts)], [`${kind}.words`, bytes(memo[kind]!.words)]]));
  return encodePack(meta, arrays);
}

/**
 * The memo `encodeWordMemo` wrote, or null when `bytes` are not one, or another version of the code
 * wrote them (its words may be cut otherwise).
 */
export function decodeWordMemo(bytes: Uint8Array, version: string): WordMemo | null {
  let decoded: ReturnType<typeof decodePack>;
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    decoded = decodePack(buffer, 'search word memo');
  } catch {
    return null;
  }
  const meta = decoded.meta as { version?: unknown; kinds?: unknown };
  if (meta === null || typeof meta !== 'object' || meta.version !== version || meta.kinds === null || typeof meta.kinds !== 'object') return null;
  const memo: WordMemo = {};
  for (const [kind, entry] of Object.entries(meta.kinds as Record<string, unknown>)) {
    if (kind !== 'meetings' && kind !== 'quotes') return null;
    const { terms, keys } = (entry ?? {}) as { terms?: unknown; keys?: unknown };
    const wordStarts = words32(decoded.arrays[`${kind}.wordStarts`]);
    const words = words32(decoded.arrays[`${kind}.words`]);
    if (!Array.isArray(terms) || !Array.isArray(keys) || wordStarts === null || words === null) return null;
    if (wordStarts.length !== keys.length + 1 || wordStarts[keys.length] !== words.length) return null;
    memo[kind] = { terms: terms as string[], keys: keys as (string | null)[], wordStarts, words };
  }
  return memo;
}

/** A 32-bit array stored as bytes by {@link encodeWordMemo} (packs keep every array 4-byte aligned). */
function words32(bytes: unknown): Uint32Array | null {
  if (!(bytes instanceof Uint8Array) || bytes.byteLength % 4 !== 0 || bytes.byteOffset % 4 !== 0) return null;
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}
