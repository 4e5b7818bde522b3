import { createHash, hash as digest } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { coverageOf } from '../lookup/coverage';
import type { LeaderPhraseTable } from '../lookup/leader-forms';
import type { MeetingRecord, QuoteRecord } from '../lookup/search';
import { buildLeaderSearch, documentOrder, orderedDocuments, type KindIndex, type KnownWords } from '../lookup/search-index';
import type { ContentKeys } from '../corpus/content-keys';
import type { ExportMeeting, ExportQuote } from '../model/export-types';
import type { PackArrays } from './binary-pack';
import { contentSearchFiles, packFile, type ContentSearchInput, type ContentSearchResult, type SearchFile } from './search-files';
import { knownWords, rememberWords, type WordMemo } from './search-word-memo';
import { evidenceLength, paragraphLengths, textLength, withoutField } from './known-lengths';
import { indexItems, type IndexItems } from './index-items';
import {
  indexPaths,
  MANIFEST_FILE,
  shardOf,
  type ArticleMeta,
  type ArticleShard,
  type CardShard,
  type ContentKind,
  type EngineFile,
  type HitChunk,
  type IndexManifest,
  type LeadersFile,
  type MatcherFile,
} from './folder-format';
import { INDEX_FORMAT_VERSION, type IndexArticle, type IndexCard, type LeaderlensIndex } from './format';

/**
 * How the folder is cut. Chosen by measurement (docs/scale.md): a fetch of a packaged file costs
 * the worker about 1 ms plus 5–7 ms per MB, so a request should read a few files of a few hundred
 * KB; and stores and Firefox dislike tens of thousands of files, so shards are not per item.
 */
export interface LayoutOptions {
  /** Documents per search block. Default 4096. */
  blockSize?: number;
  /**
   * Documents per result chunk, on average (chunks are cut by content, see {@link hitChunksOf}).
   * Default 256: a result row costs its chunk's unzip and parse (about 1 ms for 256 quotes), and a
   * search shows up to 20 rows from as many chunks.
   */
  hitChunk?: number;
  /** Raw JSON bytes a card shard aims at (it holds whole leaders, so it may hold more). Default 256 KiB. */
  cardShardBytes?: number;
  /** Raw JSON bytes an article shard aims at. Default 256 KiB. */
  articleShardBytes?: number;
}

/** One file of the folder: its path inside it and its bytes as written (gzipped for `.gz`). */
export interface IndexFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * One file of the folder before compression: `gzip` says whether the writer compresses `content`
 * (write-index.ts does it off the main thread, in zlib's thread pool). `stamp` is the stamp the
 * file carries and the manifest lists (null for the manifest itself). `content` is null when the
 * layout left the file unmade because the previous build made it from the same inputs
 * (`LayoutContext.previous`): the writer keeps the previous build's file.
 */
export interface IndexPayload {
  path: string;
  stamp: string | null;
  content: string | Uint8Array | null;
  gzip: boolean;
  /**
   * What the file is made from, as a fingerprint, where the layout can tell it without making the
   * file (corpus/content-keys.ts): the build remembers it with the stamp for the next build.
   */
  inputs?: string;
}

/** What the previous build wrote into the folder being replaced, for files that need not be made again. */
export interface PreviousLayout {
  /** The stamp of the previous build's file at `path` when it was made from the same `inputs` and is still there. */
  stampOf(path: string, inputs: string): string | undefined;
  /**
   * What the previous build's file at `path` was made from and its stamp, when it is still there:
   * for the search blocks, whose inputs only the search thread can tell (search-files.ts).
   */
  entryOf?(path: string): { inputs: string; stamp: string } | undefined;
}

const DEFAULTS: Required<LayoutOptions> = { blockSize: 4096, hitChunk: 256, cardShardBytes: 256 * 1024, articleShardBytes: 256 * 1024 };

/** What the build knows besides the index: see {@link indexPayloads}. */
export interface LayoutContext {
  /** The items' keys (corpus/content-keys.ts): each card, article and result shard gets `inputs`. */
  keys?: ContentKeys;
  /** The previous build's folder: a shard made from the same inputs is left unmade. */
  previous?: PreviousLayout;
  /**
   * Called once the shards' files are all handed over, before the search structures are built:
   * the CLI collects garbage there (cli/collect-garbage.ts), so the serialised shards and the
   * structures are not in memory together.
   */
  beforeSearch?: () => void;
  /**
   * The search documents' words of the previous build (search-word-memo.ts), by the keys of
   * `keys`: a document whose key is there is not read again. `remember` gets this build's, for
   * the next one. Without `keys` neither is used.
   */
  words?: { previous?: WordMemo; remember(memo: WordMemo, known: number): void };
  /**
   * Where the meetings' and quotes' search files are made (search-files.ts): by default on this
   * thread, after the shards; the CLI's runner makes them on a thread of its own meanwhile
   * (cli/search-thread.ts). Either way the same files.
   */
  search?: SearchRunner;
  /**
   * Serialises the shard at `path` (a file being made) by calling `make`: the CLI gives the items'
   * texts the previous folder's file of that path holds, where it can vouch for them
   * (cli/shard-texts.ts), so they are not fetched (corpus/state-text.ts). Either way the same bytes.
   */
  shardText?(path: string, make: () => string): string;
  /**
   * The keys the previous build's layout ended with, and where to hand this build's
   * ({@link LayoutKeys}; cli/layout-keys.ts keeps them beside the layout memo): with `keys`, a card
   * or result chunk whose lists and items did not change takes its inputs from there instead of
   * keying every quote on it again. Either way the same inputs.
   */
  patch?: { previous?: LayoutKeys; remember(keys: LayoutKeys, kept: { cards: number; chunks: number }): void };
}

/**
 * What a build's layout knew of its items and shards, for the next build to patch from
 * ({@link LayoutContext.patch}). At 10k articles keying every card and result chunk took about a
 * second and a half of an added article's build (docs/scale.md, "a tenth stop"), and weighing
 * the cards half a second more; an added article changes a few cards and chunks.
 */
export interface LayoutKeys {
  /** The content keys (corpus/content-keys.ts) of the articles and meetings. */
  articles: ReadonlyMap<string, string>;
  meetings: ReadonlyMap<string, string>;
  /** Per leader with a card: a hash of its card's lists, the fingerprint of what the card holds, and its weight ({@link cardWeight}). */
  leaders: ReadonlyMap<string, readonly [lists: string, inputs: string, weight: number]>;
  /** Per result chunk's path: a hash of its documents' ids, and its inputs. */
  chunks: ReadonlyMap<string, readonly [lists: string, inputs: string]>;
}

/** Makes the content kinds' search files from their input, handed over before the shards are made. */
export interface SearchRunner {
  start(input: ContentSearchInput): { files(): Generator<SearchFile, ContentSearchResult> };
}

/** The default runner: on this thread, once the shards are made (so their JSON and the structures are not in memory together). */
const IN_THIS_THREAD: SearchRunner = { start: (input) => ({ files: () => contentSearchFiles(input) }) };

/**
 * Lays the whole index out as the index folder (folder-format.ts), gzipped here, in memory: for
 * tests and small corpora. The build streams {@link indexPayloads} to the writer instead.
 *
 * @example
 * const files = layoutIndex(buildExtensionIndex(build));
 * files.find((f) => f.path === 'manifest.json'); // the manifest, written last
 */
export function layoutIndex(index: LeaderlensIndex, options: LayoutOptions = {}): IndexFile[] {
  return [...indexPayloads(index, options)].map(({ path, content, gzip }) => {
    if (content === null) throw new Error(`leaderlens index: ${path} was left unmade, but layoutIndex keeps no previous folder`);
    return { path, bytes: gzip ? gzipSync(content) : typeof content === 'string' ? new TextEncoder().encode(content) : content };
  });
}

/**
 * The index folder's files, one at a time, manifest last: pure and deterministic, the same index
 * gives the same bytes. The search structures are built here, once, at build time, and stored as
 * typed arrays; the worker maps them without rebuilding. Evidence is not repeated between a
 * leader's card and the reader: cards hold sentences, article shards hold the text.
 *
 * Each file carries its own stamp, a hash of its content ({@link fileStamp}), and the manifest
 * lists them all; the build id is a hash of that list ({@link buildIdOf}). A file is serialised
 * once, as it is handed over, so only the few being compressed are in memory. The shards come
 * first, the search structures last (`context.beforeSearch` runs between), so the shards' JSON and
 * the structures' typed arrays are not in memory together.
 *
 * With `context.keys` (fingerprints of the items, corpus/content-keys.ts) each card, article and result
 * shard comes with `inputs`, a fingerprint of what it is made of, got without serialising it; when
 * `context.previous` says the previous build made that path from the same inputs, the file is not
 * made again (`content` null, the previous stamp) and the writer keeps the previous file. An added
 * article then costs the shards it touches, not the 300 MB of JSON the folder holds at 10k articles.
 */
export function* indexPayloads(index: LeaderlensIndex, options: LayoutOptions = {}, context: LayoutContext = {}): Generator<IndexPayload> {
  const { blockSize, hitChunk, cardShardBytes, articleShardBytes } = { ...DEFAULTS, ...options };
  const files: Record<string, string> = {};
  const json = (path: string, data: () => unknown, gzip: boolean, inputs?: () => string | undefined): IndexPayload => {
    const fingerprint = context.keys ? inputs?.() : undefined;
    const kept = fingerprint === undefined ? undefined : context.previous?.stampOf(path, fingerprint);
    if (kept !== undefined) {
      files[path] = kept;
      return { path, stamp: kept, content: null, gzip, inputs: fingerprint! };
    }
    const body = context.shardText ? context.shardText(path, () => JSON.stringify(data())) : JSON.stringify(data());
    const stamp = fileStamp(body);
    files[path] = stamp;
    // The payload is spliced in as serialised: the envelope is not stringified around a copy of it.
    const content = `{"formatVersion":${INDEX_FORMAT_VERSION},"stamp":${JSON.stringify(stamp)},"data":${body}}`;
    return { path, stamp, content, gzip, ...(fingerprint === undefined ? {} : { inputs: fingerprint }) };
  };
  const record = (file: SearchFile): IndexPayload => {
    files[file.path] = file.stamp;
    return file;
  };
  const pack = (path: string, meta: Record<string, unknown>, arrays: PackArrays, gzip: boolean): IndexPayload => record(packFile(path, meta, arrays, gzip));
  // The meetings and quotes in order and by id, from the build's lists where the index has not
  // made its records (index-items.ts): at 280k quotes the record cost more than all it is asked.
  const items = indexItems(index);
  const keys = context.keys && itemKeys(index, items, context.keys);

  // Documents as the search structures number them, and the result chunks cut from them. The
  // structures themselves (about 300 MB of typed arrays at 10k articles) are built last, once the
  // shards' JSON is made: the two are never in memory together.
  const records = { meetings: items.meetings.list, quotes: items.quotes.list };
  const order = { meetings: documentOrder(records.meetings), quotes: documentOrder(records.quotes) };
  const hitCuts = { meetings: hitChunksOf(order.meetings, hitChunk), quotes: hitChunksOf(order.quotes, hitChunk) };
  // What the search files are made from, handed over now: a runner of its own (cli/search-thread.ts)
  // makes them while this one makes the shards below.
  const leaderSearch = buildLeaderSearch(index);
  const words = context.keys && context.words && searchWordKeys(items, context.keys, context.words);
  const known: Partial<Record<ContentKind, KnownWords & { readonly hits: number }>> = {};
  for (const kind of ['meetings', 'quotes'] as const) {
    const memo = words?.previous?.[kind];
    if (memo && words) known[kind] = knownWords(memo, order[kind], words.keyOf[kind]);
  }
  const searchInput: ContentSearchInput = {
    documents: orderedDocuments(
      { meetings: order.meetings.map((id) => items.meetings.get(id)!), quotes: order.quotes.map((id) => items.quotes.get(id)!) },
      leaderSearch.leaders.ids,
      known,
      false,
    ),
    leaderCount: leaderSearch.leaders.ids.length,
    known,
    blockSize,
    hitCuts,
    ...(context.keys ? { previousBlocks: previousBlocks(context.previous, order, blockSize) } : {}),
  };
  const search = (context.search ?? IN_THIS_THREAD).start(searchInput);

  yield json(indexPaths.matcher, () => ({ matcher: index.matcher }) satisfies MatcherFile, false);
  yield json(
    indexPaths.leaders,
    () => ({ leaders: index.leaders, ...(index.placeCountries ? { placeCountries: index.placeCountries } : {}) }) satisfies LeadersFile,
    false,
  );

  const leaderIds = Object.keys(index.leaders);
  const changed = keys && context.keys && context.patch?.previous && changedItems(index, items, context.keys, context.patch.previous);
  const cards = cardKeys(index, items, leaderIds, keys, changed);
  let cardsWeight = 0;
  for (const card of cards.values()) cardsWeight += card.weight;
  const cardShards = shardCount(cardsWeight, cardShardBytes, leaderIds.length);
  for (const [shard, ids] of groupBy(leaderIds, cardShards)) {
    yield json(indexPaths.card(shard), () => cardShard(index, items, ids), true, () => keys && cardShardInputs(ids, cards));
  }

  const articleIds = Object.keys(index.articles);
  const articleShards = shardCount(articleIds.reduce((sum, id) => sum + articleWeight(index.articles[id]!), 0), articleShardBytes, articleIds.length);
  for (const [shard, ids] of groupBy(articleIds, articleShards)) {
    yield json(
      indexPaths.article(shard),
      () => ({ articles: Object.fromEntries(ids.map((id) => [id, index.articles[id]!])) }) satisfies ArticleShard,
      true,
      () => keys && inputsOf('articles', ids, keys.article),
    );
  }

  const chunks = new Map<string, readonly [string, string]>();
  let chunksKept = 0;
  for (const kind of ['meetings', 'quotes'] as const) {
    const ids = order[kind];
    const record = (id: string): MeetingRecord | QuoteRecord => (kind === 'meetings' ? meetingRecord(items.meetings.get(id)!) : quoteRecord(items.quotes.get(id)!));
    const key = kind === 'meetings' ? keys?.meeting : keys && ((id: string, parts: KeyParts) => keys.quoteParts(id, parts));
    const { starts, names } = hitCuts[kind];
    for (const [chunk, start] of starts.entries()) {
      const docs = ids.slice(start, starts[chunk + 1] ?? ids.length);
      const path = indexPaths.hits(kind, names[chunk]!);
      // A record is its item's id and a few of its fields: the ids and the items' keys cover them.
      // The previous build's inputs where the chunk holds the same documents and none changed.
      const inputs = (): string | undefined => {
        if (!key) return undefined;
        const what = `hits ${kind}\t${docs.join(',')}`;
        const lists = fingerprint([what]);
        const before = changed?.chunks.get(path);
        const same = before !== undefined && before[0] === lists && !docs.some(kind === 'meetings' ? changed!.meetings : changed!.quotes);
        if (same) chunksKept++;
        const made = same ? before[1] : inputsOf(what, docs, key);
        if (made !== undefined) chunks.set(path, [lists, made]);
        return made;
      };
      yield json(path, () => ({ records: docs.map(record) }) satisfies HitChunk, true, inputs);
    }
  }
  if (index.engine) {
    const engine = index.engine;
    yield json(indexPaths.engine, () => engine satisfies EngineFile, true);
  }

  context.beforeSearch?.();
  const made = search.files();
  let next = made.next();
  for (; !next.done; next = made.next()) yield record(next.value);
  const { blocks, words: searched } = next.value;
  words?.remember(
    { meetings: rememberWords(searched.meetings, order.meetings, words.keyOf.meetings), quotes: rememberWords(searched.quotes, order.quotes, words.keyOf.quotes) },
    (known.meetings?.hits ?? 0) + (known.quotes?.hits ?? 0),
  );
  if (keys && context.keys && context.patch) context.patch.remember(layoutKeysOf(index, records, context.keys, cards, chunks), { cards: [...cards.values()].filter((card) => card.kept).length, chunks: chunksKept });
  const leaders = leaderPack(leaderSearch.leaders, leaderSearch.leaderPhrases);
  yield pack(indexPaths.leaderSearch, leaders.meta, leaders.arrays, false);
  const layout = (kind: ContentKind) => ({ docs: order[kind].length, blockSize, blocks: blocks[kind], hitChunk });
  const manifest: IndexManifest = {
    formatVersion: INDEX_FORMAT_VERSION,
    buildId: buildIdOf(files),
    registryAsOf: index.registryAsOf,
    counts: { leaders: leaderIds.length, meetings: records.meetings.length, quotes: records.quotes.length, articles: articleIds.length },
    coverage: coverageOf(index, index.registryAsOf),
    shards: { cards: cardShards, articles: articleShards },
    search: { meetings: layout('meetings'), quotes: layout('quotes') },
    files,
  };
  // Last, so a writer that stops half-way leaves no manifest pointing at missing files.
  yield { path: MANIFEST_FILE, stamp: null, content: JSON.stringify(manifest), gzip: false };
}

/**
 * The previous build's search blocks the folder still holds, by path, with what each was made of:
 * those this build's blocks are compared with (search-files.ts, `previousBlocks`). Empty without
 * a previous build, so the blocks' fingerprints are still made and remembered for the next one.
 */
function previousBlocks(previous: PreviousLayout | undefined, order: Record<ContentKind, readonly string[]>, blockSize: number): Record<string, { inputs: string; stamp: string }> {
  const found: Record<string, { inputs: string; stamp: string }> = {};
  if (previous?.entryOf === undefined) return found;
  for (const kind of ['meetings', 'quotes'] as const) {
    for (let b = 0; b < Math.ceil(order[kind].length / blockSize); b++) {
      const path = indexPaths.block(kind, b);
      const entry = previous.entryOf(path);
      if (entry !== undefined) found[path] = entry;
    }
  }
  return found;
}

/** The word memo of {@link LayoutContext.words} with each kind's document keys. */
interface SearchWordKeys {
  previous?: WordMemo;
  remember(memo: WordMemo, known: number): void;
  keyOf: Record<ContentKind, (id: string) => string | undefined>;
}

/**
 * The keys search documents are remembered by: a meeting's content key (it covers its kind, place
 * and every source's sentence; its id is made from its participants, kind and day only), a quote's
 * id, which is made from its text (its article and speakers too: corpus-merge.ts, stable-id.ts) and
 * which the index already takes to stand for one quote (it holds quotes by id).
 */
function searchWordKeys(items: IndexItems, keys: ContentKeys, words: NonNullable<LayoutContext['words']>): SearchWordKeys {
  return {
    ...words,
    keyOf: {
      meetings: (id) => (items.meetings.get(id) !== undefined ? keys.meeting(id) : undefined),
      quotes: (id) => id,
    },
  };
}

/**
 * Where the result chunks of a kind start (document numbers, ascending, the first 0) and their
 * names, cut by content: a chunk starts at a document whose id hashes to 0 among `average - min`
 * (`shardOf`), once the chunk before holds at least `min` (a quarter of `average`), or when it
 * holds `4 × average`. Documents are numbered newest first, so an added article's quotes shift the
 * numbers of every older one; cut by position, every chunk after them would change. Cut by content
 * and named by its first document's id, a chunk changes only when a document joins or leaves it:
 * an added article rewrites the chunk or two its quotes fall in, wherever they fall.
 *
 * @example
 * hitChunksOf(searchIndex.quotes.ids, 256); // { starts: [0, 301, …], names: ['q-…', …] }, about 256 apart
 */
export function hitChunksOf(ids: readonly string[], average: number): { starts: number[]; names: string[] } {
  const min = Math.max(1, Math.floor(average / 4));
  const max = Math.max(min, average * 4);
  const starts: number[] = [];
  const names: string[] = [];
  for (let doc = 0; doc < ids.length; doc++) {
    const last = starts.at(-1);
    const size = last === undefined ? Infinity : doc - last;
    if (size >= max || (size >= min && shardOf(ids[doc]!, Math.max(1, average - min)) === 0) || last === undefined) {
      starts.push(doc);
      // Ids are made of letters, digits and dashes (stable-id.ts); a path needs nothing else.
      names.push(SAFE_NAME.test(ids[doc]!) ? ids[doc]! : `n${doc}`);
    }
  }
  return { starts, names };
}

const SAFE_NAME = /^[A-Za-z0-9_-]+$/;

/**
 * The stamp a JSON file of the folder carries: the first 16 hex digits of the sha256 of the format
 * version and the serialised payload. Two files with the same stamp hold the same payload.
 *
 * @example
 * fileStamp('{"matcher":{}}'); // 16 hex digits, the same on every build
 */
export function fileStamp(body: string): string {
  return createHash('sha256').update(`leaderlens-index ${INDEX_FORMAT_VERSION}\n`).update(body).digest('hex').slice(0, 16);
}

/**
 * The build id of a folder: the first 16 hex digits of the sha256 of every file's path and stamp,
 * in the manifest's order. Cheap (no file is read again), and it changes whenever any file does.
 */
export function buildIdOf(files: Record<string, string>): string {
  const hash = createHash('sha256').update(`leaderlens-index ${INDEX_FORMAT_VERSION} files\n`);
  for (const [path, stamp] of Object.entries(files)) hash.update(`${path}\t${stamp}\n`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * A fingerprint of a list of items by their keys, or undefined when one of them has none. `key`
 * gives an item's key, or adds its keys to the parts itself ({@link KeyParts}: each once).
 */
function inputsOf(what: string, ids: readonly string[], key: ((id: string) => string | undefined) | ((id: string, parts: KeyParts) => boolean)): string | undefined {
  const parts = new KeyParts(what);
  for (const id of ids) {
    const k = key(id, parts);
    if (k === undefined || k === false) return undefined;
    if (typeof k === 'string') parts.push(k);
  }
  return fingerprint(parts.list);
}

/**
 * The parts a shard's fingerprint is made of: items' keys in order, and keys that cover many items
 * (an article's covers all its quotes) each once. At 10k articles a quarter of a million quotes,
 * each a string of its article's and meeting's keys, were most of the keying of the card and
 * result shards.
 */
class KeyParts {
  readonly list: string[];
  private readonly seen = new Set<string>();
  private last: string | undefined;

  constructor(first: string) {
    this.list = [first];
  }

  push(part: string): void {
    this.list.push(part);
  }

  /**
   * Adds `part` unless it is in already. A card's or a chunk's quotes come in corpus order, so the
   * same article's key (and often the same meeting's) comes many times in a row: the part asked
   * about last is compared before the set is asked.
   */
  once(part: string): void {
    if (part === this.last) return;
    this.last = part;
    if (this.seen.has(part)) return;
    this.seen.add(part);
    this.list.push(part);
  }
}

function fingerprint(parts: readonly string[]): string {
  // The one-call hash (the same digest): a build makes about 16k fingerprints, each a Hash object less.
  return digest('sha256', parts.join('\n'), 'hex').slice(0, 32);
}

function meetingRecord({ id, date, dateInferred, kind, place, participants }: ExportMeeting): MeetingRecord {
  return { id, date, dateInferred, kind, place, participants };
}

function quoteRecord({ id, text, kind, date, speakers, articleId }: ExportQuote): QuoteRecord {
  return { id, text, kind, date, speakers, articleId };
}

/** About what an article weighs in its shard, in characters of JSON (see {@link cardsWeight}). */
function articleWeight(article: IndexArticle): number {
  // Known lengths where the article carries them (known-lengths.ts): its text is not fetched to weigh it.
  const [count, chars] = paragraphLengths(article);
  return 160 + article.title.length + 24 * count + chars;
}

/**
 * How many shards `total` characters make at about `target` each: a power of two, the one nearest
 * `total / target` (so shards hold 0.7–1.4 times the target), and no more than there are items.
 * A power of two, so that the count stays the same while the corpus grows: an added article
 * changes the shards it falls in, not which shard every other item falls in, until the corpus
 * has grown by about half.
 */
function shardCount(total: number, target: number, items: number): number {
  const ratio = total / target;
  let count = ratio < Math.SQRT2 ? 1 : 2 ** Math.round(Math.log2(ratio));
  while (count > 1 && count > items) count /= 2;
  return count;
}

/**
 * Ids by shard, every shard number from 0 to count - 1 (an empty one too: an unknown id hashes to
 * it, and the reader must find a shard that says "not here"), ids in their given order.
 */
function groupBy(ids: readonly string[], count: number): [number, string[]][] {
  const groups: [number, string[]][] = Array.from({ length: count }, (_, shard) => [shard, []]);
  for (const id of ids) groups[shardOf(id, count)]![1].push(id);
  return groups;
}

function cardShard(index: LeaderlensIndex, items: IndexItems, leaderIds: readonly string[]): CardShard {
  const cards: Record<string, IndexCard> = {};
  const meetings: Record<string, ExportMeeting> = {};
  const quotes: Record<string, ExportQuote> = {};
  const articles: Record<string, ArticleMeta> = {};
  const addArticle = (id: string) => {
    const article = index.articles[id];
    if (article === undefined || Object.hasOwn(articles, id)) return;
    articles[id] = withoutField(article, 'paragraphs');
  };
  const addMeeting = (id: string) => {
    const meeting = items.meetings.get(id);
    if (meeting === undefined || Object.hasOwn(meetings, id)) return;
    meetings[id] = meeting;
    for (const source of meeting.sources) addArticle(source.articleId);
  };
  for (const leaderId of leaderIds) {
    const card = index.cards[leaderId];
    if (!card) continue;
    cards[leaderId] = card;
    for (const id of card.meetingIds) addMeeting(id);
    for (const id of card.quoteIds) {
      const quote = items.quotes.get(id);
      if (quote === undefined) continue;
      quotes[id] = quote;
      addArticle(quote.articleId);
      // The card places a quote by the meeting it was said at, which may not be the leader's own.
      if (quote.meetingId !== null) addMeeting(quote.meetingId);
    }
  }
  return { cards, meetings, quotes, articles };
}

/** What a leader's card weighs and, with keys, what it holds: see {@link cardKeys}. */
interface CardKey {
  weight: number;
  /** A hash of the card's lists of ids, and the fingerprint of the card and its items' keys (undefined when an item has none). */
  lists?: string;
  inputs?: string;
  /** Taken from the previous build's keys. */
  kept?: true;
}

/**
 * Each card's weight and keys, by leader. A card the previous build keyed ({@link LayoutKeys})
 * whose lists hash the same and on which no item changed ({@link changedItems}) takes the
 * previous weight and fingerprint; any other is weighed and keyed here.
 */
function cardKeys(index: LeaderlensIndex, items: IndexItems, leaderIds: readonly string[], keys: ItemKeys | undefined, changed: ChangedItems | undefined): Map<string, CardKey> {
  const cards = new Map<string, CardKey>();
  for (const leaderId of leaderIds) {
    const card = index.cards[leaderId];
    if (!card) continue;
    if (!keys) {
      cards.set(leaderId, { weight: cardWeight(items, card) });
      continue;
    }
    const listed = `${leaderId}\t${card.meetingIds.join(',')}\t${card.quoteIds.join(',')}`;
    const lists = fingerprint([listed]);
    const before = changed?.leaders.get(leaderId);
    if (before !== undefined && before[0] === lists && !card.meetingIds.some(changed!.meetings) && !card.quoteIds.some(changed!.quotes)) {
      cards.set(leaderId, { weight: before[2], lists, inputs: before[1], kept: true });
    } else {
      cards.set(leaderId, { weight: cardWeight(items, card), lists, inputs: cardInputs(listed, card, keys) });
    }
  }
  return cards;
}

/**
 * About what a card weighs in its shard, in characters of JSON, to choose the shards' number:
 * each meeting and quote on it counted by the lengths of its long strings and an allowance,
 * without serialising anything (at 10k articles serialising every item only to weigh it took
 * 0.7 s of every build). The shards weigh what their cards do together.
 */
export function cardWeight(items: IndexItems, card: IndexCard): number {
  let weight = 0;
  for (const id of card.meetingIds) {
    const meeting = items.meetings.get(id);
    if (meeting === undefined) continue;
    weight += 200;
    for (const source of meeting.sources) weight += 60 + evidenceLength(source);
  }
  for (const id of card.quoteIds) {
    const quote = items.quotes.get(id);
    if (quote !== undefined) weight += 160 + textLength(quote) + evidenceLength(quote);
  }
  return weight;
}

/**
 * A fingerprint of what {@link cardShard} makes of one card: its lists (`listed`), and the keys
 * of the meetings and quotes on it ({@link itemKeys}); undefined when an item has no key.
 */
function cardInputs(listed: string, card: IndexCard, keys: ItemKeys): string | undefined {
  const parts = new KeyParts('card');
  parts.push(listed);
  for (const id of card.meetingIds) {
    const key = keys.meeting(id);
    if (key === undefined) return undefined;
    parts.push(key);
  }
  for (const id of card.quoteIds) if (!keys.quoteParts(id, parts)) return undefined;
  return fingerprint(parts.list);
}

/** A fingerprint of a card shard: its leaders' cards' ({@link cardKeys}), in order; undefined when one has none. */
function cardShardInputs(leaderIds: readonly string[], cards: ReadonlyMap<string, CardKey>): string | undefined {
  const parts = ['cards'];
  for (const leaderId of leaderIds) {
    const card = cards.get(leaderId);
    if (card === undefined) continue;
    if (card.inputs === undefined) return undefined;
    parts.push(`${leaderId}\t${card.inputs}`);
  }
  return fingerprint(parts);
}

/**
 * What changed since the previous build ({@link LayoutKeys}), as tests of ids: an article whose
 * key is not the one it had (or has none), a meeting whose key is not, or one of whose sources'
 * articles changed, a quote whose article or meeting changed (its article's key covers its id,
 * meeting and date: corpus/content-keys.ts). Absent articles and meetings count as changed. With the previous
 * keys of cards and chunks, to take theirs where nothing on them changed.
 */
interface ChangedItems {
  meetings: (id: string) => boolean;
  quotes: (id: string) => boolean;
  leaders: LayoutKeys['leaders'];
  chunks: LayoutKeys['chunks'];
}

function changedItems(index: LeaderlensIndex, items: IndexItems, keys: ContentKeys, previous: LayoutKeys): ChangedItems {
  const records = { meetings: items.meetings.list, quotes: items.quotes.list };
  const articles = new Map<string, boolean>();
  const article = (id: string): boolean => {
    let changed = articles.get(id);
    if (changed === undefined) {
      const key = Object.hasOwn(index.articles, id) ? keys.article(id) : undefined;
      articles.set(id, (changed = key === undefined || previous.articles.get(id) !== key));
    }
    return changed;
  };
  const meetings = new Set<string>();
  for (const meeting of records.meetings) {
    const key = keys.meeting(meeting.id);
    if (key === undefined || previous.meetings.get(meeting.id) !== key || meeting.sources.some((source) => article(source.articleId))) meetings.add(meeting.id);
  }
  const meetingChanged = (id: string): boolean => meetings.has(id) || items.meetings.get(id) === undefined;
  const quotes = new Set<string>();
  // Quotes come in corpus order, an article's together: its answer is asked for once a run.
  let last: string | undefined;
  let lastChanged = true;
  for (const quote of records.quotes) {
    if (quote.articleId !== last) lastChanged = article((last = quote.articleId));
    if (lastChanged || (quote.meetingId !== null && meetingChanged(quote.meetingId))) quotes.add(quote.id);
  }
  return {
    meetings: meetingChanged,
    // A card's and a chunk's quotes are the index's (build-index.ts, cardsOf; the documents'
    // order above): asking the 280k-key record for each took a quarter of a second.
    quotes: (id) => quotes.has(id),
    leaders: previous.leaders,
    chunks: previous.chunks,
  };
}

/** This build's {@link LayoutKeys}: every article's and meeting's key that is known, the cards' and chunks'. */
function layoutKeysOf(
  index: LeaderlensIndex,
  records: { meetings: readonly ExportMeeting[] },
  keys: ContentKeys,
  cards: ReadonlyMap<string, CardKey>,
  chunks: LayoutKeys['chunks'],
): LayoutKeys {
  const known = (ids: Iterable<string>, key: (id: string) => string | undefined): Map<string, string> => {
    const out = new Map<string, string>();
    for (const id of ids) {
      const k = key(id);
      if (k !== undefined) out.set(id, k);
    }
    return out;
  };
  const leaders = new Map<string, readonly [string, string, number]>();
  for (const [leaderId, { lists, inputs, weight }] of cards) if (lists !== undefined && inputs !== undefined) leaders.set(leaderId, [lists, inputs, weight]);
  return {
    articles: known(Object.keys(index.articles), keys.article),
    meetings: known(
      records.meetings.map((m) => m.id),
      keys.meeting,
    ),
    leaders,
    chunks,
  };
}

/** Keys of the index's items by id, each covering everything a shard holding the item holds because of it. */
interface ItemKeys {
  article(id: string): string | undefined;
  meeting(id: string): string | undefined;
  /**
   * Adds what a quote's key is made of to `parts`, each once (its article's key covers every quote
   * of the article, its meeting's the meeting it was said at); false when one is unknown.
   */
  quoteParts(id: string, parts: KeyParts): boolean;
}

/** An item the index does not hold: a shard skips it, and its key says so. */
const ABSENT = '-';

/**
 * The keys of the index's items by id (corpus/content-keys.ts), with what comes along: a meeting's
 * covers the articles its sources cite (a card shard holds their titles and dates), a quote's is
 * its article's (which covers every quote of the article) and the meeting it was said at's. A
 * quote's is not a string of its own: the article's and the meeting's are added to a shard's
 * parts once each, however many of its quotes they cover.
 */
function itemKeys(index: LeaderlensIndex, items: IndexItems, keys: ContentKeys): ItemKeys {
  const meetings = new Map<string, string | undefined>();
  // Asked once per quote on a card and per quote in a chunk: one look-up, not two.
  const articles = new Map<string, string | undefined>();
  const article = (id: string): string | undefined => {
    let key = articles.get(id);
    if (key === undefined && !articles.has(id)) articles.set(id, (key = Object.hasOwn(index.articles, id) ? keys.article(id) : ABSENT));
    return key;
  };
  const meeting = (id: string): string | undefined => {
    if (meetings.has(id)) return meetings.get(id);
    const item = items.meetings.get(id);
    let key: string | undefined = ABSENT;
    if (item !== undefined) {
      const parts = [keys.meeting(id)];
      for (const source of item.sources) parts.push(article(source.articleId));
      key = parts.includes(undefined) ? undefined : fingerprint(parts as string[]);
    }
    meetings.set(id, key);
    return key;
  };
  const quoteParts = (id: string, parts: KeyParts): boolean => {
    const item = items.quotes.get(id);
    if (item === undefined) {
      parts.once(ABSENT);
      return true;
    }
    const from = article(item.articleId);
    if (from === undefined) return false;
    parts.once(from);
    if (item.meetingId === null) return true;
    const at = meeting(item.meetingId);
    if (at === undefined) return false;
    parts.once(at);
    return true;
  };
  return { article, meeting, quoteParts };
}

/** The leaders' whole search structures and phrase table as one pack. */
function leaderPack(kind: KindIndex, phrases: LeaderPhraseTable): { meta: Record<string, unknown>; arrays: PackArrays } {
  const postings = csr(kind.postings);
  const phraseTerms = csr(phrases.phrases);
  const holders = csr(phrases.holders);
  const leaderPhrases = csr(phrases.leaders.map((leader) => leader.phrases));
  const nameForms = phrases.leaders.flatMap((leader) => leader.names);
  const names = csr(nameForms);
  const nameFormStarts = new Uint32Array(phrases.leaders.length + 1);
  phrases.leaders.forEach((leader, i) => (nameFormStarts[i + 1] = nameFormStarts[i]! + leader.names.length));
  return {
    meta: { kind: 'leaders', ids: kind.ids, terms: kind.terms, boosts: kind.boosts },
    arrays: {
      weights: kind.weights,
      postingStarts: postings.starts,
      postingDocs: postings.values,
      starts: kind.starts,
      entries: kind.entries,
      wordStarts: kind.wordStarts,
      words: kind.words,
      phraseStarts: phraseTerms.starts,
      phraseTerms: phraseTerms.values,
      phraseFields: phrases.fields,
      holderStarts: holders.starts,
      holders: holders.values,
      leaderPhraseStarts: leaderPhrases.starts,
      leaderPhrases: leaderPhrases.values,
      nameFormStarts,
      nameStarts: names.starts,
      nameTerms: names.values,
    },
  };
}

/** Lists as one array of values and one of starts (`values[starts[i]…starts[i+1])` is list i). */
export function csr(lists: readonly Uint32Array[]): { starts: Uint32Array; values: Uint32Array } {
  const starts = new Uint32Array(lists.length + 1);
  lists.forEach((list, i) => (starts[i + 1] = starts[i]! + list.length));
  const values = new Uint32Array(starts[lists.length]!);
  lists.forEach((list, i) => values.set(list, starts[i]));
  return { starts, values };
}
