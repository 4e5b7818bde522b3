/**
 * The meetings' and quotes' search files of the index folder (each kind's dictionary, then its
 * blocks), made from their documents as plain data (lookup/search-index.ts, `contentDocuments`):
 * the one implementation the index stage runs either on its own thread, one file at a time, or on
 * a thread of its own while it makes the other shards (cli/search-thread.ts), with the same bytes.
 */
import { createHash } from 'node:crypto';
import { buildContentKindsFrom, type ContentDocuments, type KindIndex, type KnownWords } from '../lookup/search-index';
import { splitIntoBlocks, type SplitKind } from '../lookup/search-blocks';
import { encodePack, type PackArrays } from './binary-pack';
import { indexPaths, type ContentKind } from './folder-format';
import { INDEX_FORMAT_VERSION } from './format';

/** What the content kinds' search files are made from: plain data, so it can be posted to a thread. */
export interface ContentSearchInput {
  documents: Record<ContentKind, ContentDocuments>;
  /** How many leaders the documents' people are numbered against. */
  leaderCount: number;
  /** Words known from the last build (search-word-memo.ts): those documents' text is not read. */
  known: Partial<Record<ContentKind, KnownWords>>;
  blockSize: number;
  /** Where each kind's result chunks start and their names (index-layout.ts, `hitChunksOf`), for its dictionary. */
  hitCuts: Record<ContentKind, { starts: number[]; names: string[] }>;
  /**
   * Given, each block gets the fingerprint of what it is made of ({@link blockInputs}) as its
   * `inputs`, and a block whose fingerprint is the one listed here for its path (the previous
   * build's, whose file the folder still holds) is left unmade with that stamp: an added article
   * changes the blocks its documents fall in and those after them, not the newer ones.
   */
  previousBlocks?: Record<string, { inputs: string; stamp: string }>;
}

/**
 * One packed file of the folder: its path, stamp, bytes before compression (null for a block left
 * unmade, its previous file kept) and whether they are gzipped; a block's `inputs` where the input
 * asked for them ({@link ContentSearchInput.previousBlocks}).
 */
export interface SearchFile {
  path: string;
  stamp: string;
  content: Uint8Array | null;
  gzip: boolean;
  inputs?: string;
}

/** Besides the files: each kind's number of blocks (for the manifest) and its documents' words (for the next build's memo). */
export interface ContentSearchResult {
  blocks: Record<ContentKind, number>;
  words: Record<ContentKind, Pick<KindIndex, 'terms' | 'wordStarts' | 'words'>>;
}

/**
 * The content kinds' search files, one at a time in the folder's order (meetings' dictionary and
 * blocks, then the quotes'): each block's arrays are let go once its file is made.
 *
 * @example
 * const files = contentSearchFiles(input);
 * for (let next = files.next(); !next.done; next = files.next()) write(next.value);
 */
export function* contentSearchFiles(input: ContentSearchInput): Generator<SearchFile, ContentSearchResult> {
  const kinds = buildContentKindsFrom(input.documents, input.leaderCount, input.known);
  const { blockSize, hitCuts } = input;
  const blocks = {} as Record<ContentKind, number>;
  for (const kind of ['meetings', 'quotes'] as const) {
    const dictionary = kinds[kind];
    const count = Math.ceil((dictionary.starts.length - 1) / blockSize);
    const inputs = input.previousBlocks ? Array.from({ length: count }, (_, b) => blockInputs(dictionary, kind, b, blockSize, input.leaderCount)) : [];
    const kept = (b: number): string | undefined => {
      const before = input.previousBlocks?.[indexPaths.block(kind, b)];
      return before !== undefined && before.inputs === inputs[b] ? before.stamp : undefined;
    };
    const split: SplitKind = splitIntoBlocks(dictionary, blockSize, (b) => kept(b) === undefined);
    blocks[kind] = split.blocks.length;
    yield packFile(
      indexPaths.dictionary(kind),
      { kind, terms: dictionary.terms, boosts: dictionary.boosts, docs: split.docs, blockSize, blocks: split.blocks.length, hitNames: hitCuts[kind].names },
      {
        hitStarts: Uint32Array.from(hitCuts[kind].starts),
        weights: dictionary.weights,
        entryBlockStarts: split.entryBlocks.starts,
        entryBlocks: split.entryBlocks.blocks,
        leaderBlockStarts: split.leaderBlocks.starts,
        leaderBlocks: split.leaderBlocks.blocks,
      },
      false,
    );
    for (let b = 0; b < split.blocks.length; b++) {
      const arrays = split.blocks[b];
      split.blocks[b] = null;
      const path = indexPaths.block(kind, b);
      const withInputs = inputs[b] === undefined ? {} : { inputs: inputs[b] };
      if (arrays === null || arrays === undefined) yield { path, stamp: kept(b)!, content: null, gzip: true, ...withInputs };
      else yield { ...packFile(path, { kind, block: b }, { ...arrays }, true), ...withInputs };
    }
  }
  const words = (kind: KindIndex) => ({ terms: kind.terms, wordStarts: kind.wordStarts, words: kind.words });
  return { blocks, words: { meetings: words(kinds.meetings), quotes: words(kinds.quotes) } };
}

/**
 * What block `b` of a kind is made of, as a fingerprint: its documents' words (term ids, fields
 * apart) and people (leader numbers), where it starts and how many documents it holds, against how
 * many leaders. Its entries, posting lists and leaders' lists are made from these alone
 * (`splitIntoBlocks`), and the code that makes them is the layout memo's version: equal
 * fingerprints, equal bytes. Hashing its words is a fraction of making and encoding its arrays.
 *
 * @example
 * blockInputs(kinds.quotes, 'quotes', 0, 4096, 1059); // '3f…'
 */
export function blockInputs(kind: Pick<KindIndex, 'wordStarts' | 'words' | 'peopleStarts' | 'people' | 'boosts'>, name: ContentKind, b: number, blockSize: number, leaderCount: number): string {
  const docs = kind.wordStarts.length - 1;
  const lo = Math.min(docs, b * blockSize);
  const hi = Math.min(docs, lo + blockSize);
  const hash = createHash('sha256').update(`leaderlens-index ${INDEX_FORMAT_VERSION} block ${name} ${b} ${blockSize} ${hi - lo} ${kind.boosts.length} ${leaderCount}\n`);
  for (const [starts, values] of [
    [kind.wordStarts, kind.words],
    [kind.peopleStarts, kind.people],
  ] as const) {
    const relative = starts.slice(lo, hi + 1);
    const base = starts[lo]!;
    for (let i = 0; i < relative.length; i++) relative[i] = relative[i]! - base;
    hash.update(new Uint8Array(relative.buffer)).update(new Uint8Array(values.buffer, values.byteOffset + base * 4, (starts[hi]! - base) * 4));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * A pack file of the folder (binary-pack.ts) with its stamp in its header: of its `meta` and every
 * array's name, type and bytes ({@link packStamp}).
 */
export function packFile(path: string, meta: Record<string, unknown>, arrays: PackArrays, gzip: boolean): SearchFile {
  const stamp = packStamp(meta, arrays);
  return { path, stamp, content: encodePack({ formatVersion: INDEX_FORMAT_VERSION, stamp, ...meta }, arrays), gzip };
}

/** A pack's stamp: of its header's `meta` and every array's name, type and bytes. */
export function packStamp(meta: Record<string, unknown>, arrays: PackArrays): string {
  const hash = createHash('sha256').update(`leaderlens-index ${INDEX_FORMAT_VERSION} pack\n`).update(JSON.stringify(meta));
  for (const [name, array] of Object.entries(arrays)) {
    hash.update(`\n${name} ${array.constructor.name}\n`).update(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  }
  return hash.digest('hex').slice(0, 16);
}
