import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { coverageOf } from '../lookup/coverage';
import type { LeaderPhraseTable } from '../lookup/leader-forms';
import type { MeetingRecord, QuoteRecord } from '../lookup/search';
import { splitIntoBlocks, type SplitKind } from '../lookup/search-blocks';
import { buildSearchIndex, type KindIndex } from '../lookup/search-index';
import type { ExportMeeting, ExportQuote } from '../model/export-types';
import { encodePack, type PackArrays } from './binary-pack';
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
import { INDEX_FORMAT_VERSION, type IndexCard, type LeaderlensIndex } from './format';

/**
 * How the folder is cut. Chosen by measurement (docs/scale.md): a fetch of a packaged file costs
 * the worker about 1 ms plus 5–7 ms per MB, so a request should read a few files of a few hundred
 * KB; and stores and Firefox dislike tens of thousands of files, so shards are not per item.
 */
export interface LayoutOptions {
  /** Documents per search block. Default 4096. */
  blockSize?: number;
  /** Documents per result chunk. Default 256: a result row costs its chunk's unzip and parse (about 1 ms for 256 quotes), and a search shows up to 20 rows from as many chunks. */
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
 * (write-index.ts does it off the main thread, in zlib's thread pool).
 */
export interface IndexPayload {
  path: string;
  content: string | Uint8Array;
  gzip: boolean;
}

const DEFAULTS: Required<LayoutOptions> = { blockSize: 4096, hitChunk: 256, cardShardBytes: 256 * 1024, articleShardBytes: 256 * 1024 };

/**
 * Lays the whole index out as the index folder (folder-format.ts), gzipped here, in memory: for
 * tests and small corpora. The build streams {@link indexPayloads} to the writer instead.
 *
 * @example
 * const files = layoutIndex(buildExtensionIndex(build));
 * files.find((f) => f.path === 'manifest.json'); // the manifest, written last
 */
export function layoutIndex(index: LeaderlensIndex, options: LayoutOptions = {}): IndexFile[] {
  return [...indexPayloads(index, options)].map(({ path, content, gzip }) => ({
    path,
    bytes: gzip ? gzipSync(content) : typeof content === 'string' ? new TextEncoder().encode(content) : content,
  }));
}

/**
 * The index folder's files, one at a time, manifest last: pure and deterministic, the same index
 * gives the same bytes. The search structures are built here, once, at build time, and stored as
 * typed arrays; the worker maps them without rebuilding. Evidence is not repeated between a
 * leader's card and the reader: cards hold sentences, article shards hold the text.
 *
 * Every file carries the build id, a hash of every payload, so the payloads are serialised twice:
 * once to hash them, once as each file is handed over. At 10k articles holding them all between
 * the two (about 250 MB of JSON as strings) doubled the build's peak memory; the second
 * serialisation costs about a second.
 */
export function* indexPayloads(index: LeaderlensIndex, options: LayoutOptions = {}): Generator<IndexPayload> {
  const { blockSize, hitChunk, cardShardBytes, articleShardBytes } = { ...DEFAULTS, ...options };
  const searchIndex = buildSearchIndex(index);
  // What each JSON file holds, as a function: made when hashed and again when written, never kept.
  const json: { path: string; data: () => unknown; gzip: boolean }[] = [];
  const packs: { path: string; meta: Record<string, unknown>; arrays: PackArrays; gzip: boolean }[] = [];

  json.push({ path: indexPaths.matcher, data: () => ({ matcher: index.matcher }) satisfies MatcherFile, gzip: false });
  json.push({
    path: indexPaths.leaders,
    data: () => ({ leaders: index.leaders, ...(index.placeCountries ? { placeCountries: index.placeCountries } : {}) }) satisfies LeadersFile,
    gzip: false,
  });

  const leaderIds = Object.keys(index.leaders);
  const cardShards = shardCount(leaderIds.map((id) => cardBytes(index, id)), cardShardBytes, leaderIds.length);
  for (const [shard, ids] of groupBy(leaderIds, cardShards)) json.push({ path: indexPaths.card(shard), data: () => cardShard(index, ids), gzip: true });

  const articleIds = Object.keys(index.articles);
  const articleShards = shardCount(articleIds.map((id) => JSON.stringify(index.articles[id]).length), articleShardBytes, articleIds.length);
  for (const [shard, ids] of groupBy(articleIds, articleShards)) {
    json.push({ path: indexPaths.article(shard), data: () => ({ articles: Object.fromEntries(ids.map((id) => [id, index.articles[id]!])) }) satisfies ArticleShard, gzip: true });
  }

  const kinds: Record<ContentKind, SplitKind> = {
    meetings: splitIntoBlocks(searchIndex.meetings, blockSize),
    quotes: splitIntoBlocks(searchIndex.quotes, blockSize),
  };
  for (const kind of ['meetings', 'quotes'] as const) {
    const ids = searchIndex[kind].ids;
    const record = (id: string): MeetingRecord | QuoteRecord => (kind === 'meetings' ? meetingRecord(index.meetings[id]!) : quoteRecord(index.quotes[id]!));
    for (let chunk = 0; chunk * hitChunk < ids.length; chunk++) {
      json.push({ path: indexPaths.hits(kind, chunk), data: () => ({ records: ids.slice(chunk * hitChunk, (chunk + 1) * hitChunk).map(record) }) satisfies HitChunk, gzip: true });
    }
    const split = kinds[kind];
    const dictionary = searchIndex[kind];
    packs.push({
      path: indexPaths.dictionary(kind),
      meta: { kind, terms: dictionary.terms, boosts: dictionary.boosts, docs: split.docs, blockSize, blocks: split.blocks.length },
      arrays: {
        weights: dictionary.weights,
        entryBlockStarts: split.entryBlocks.starts,
        entryBlocks: split.entryBlocks.blocks,
        leaderBlockStarts: split.leaderBlocks.starts,
        leaderBlocks: split.leaderBlocks.blocks,
      },
      gzip: false,
    });
    split.blocks.forEach((arrays, b) => packs.push({ path: indexPaths.block(kind, b), meta: { kind, block: b }, arrays: { ...arrays }, gzip: true }));
  }
  packs.push({ path: indexPaths.leaderSearch, ...leaderPack(searchIndex.leaders, searchIndex.leaderPhrases), gzip: false });
  if (index.engine) {
    const engine = index.engine;
    json.push({ path: indexPaths.engine, data: () => engine satisfies EngineFile, gzip: true });
  }

  // The build id: a hash of every payload, so the same index gives the same id and any change a new one.
  const hash = createHash('sha256');
  for (const { path, data } of json) hash.update(path).update(JSON.stringify(data()));
  for (const { path, meta, arrays } of packs) {
    hash.update(path).update(JSON.stringify(meta));
    for (const [name, array] of Object.entries(arrays)) hash.update(name).update(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  }
  const buildId = hash.digest('hex').slice(0, 16);
  const stamp = { formatVersion: INDEX_FORMAT_VERSION as typeof INDEX_FORMAT_VERSION, buildId };

  for (const { path, data, gzip } of json) {
    // The payload is spliced in as serialised: the stamp is not stringified into every object.
    yield { path, content: `{"formatVersion":${INDEX_FORMAT_VERSION},"buildId":${JSON.stringify(buildId)},"data":${JSON.stringify(data())}}`, gzip };
  }
  for (const { path, meta, arrays, gzip } of packs) yield { path, content: encodePack({ ...stamp, ...meta }, arrays), gzip };
  const layout = (kind: ContentKind) => ({ docs: kinds[kind].docs, blockSize, blocks: kinds[kind].blocks.length, hitChunk });
  const manifest: IndexManifest = {
    ...stamp,
    registryAsOf: index.registryAsOf,
    counts: { leaders: leaderIds.length, meetings: Object.keys(index.meetings).length, quotes: Object.keys(index.quotes).length, articles: articleIds.length },
    coverage: coverageOf(index, index.registryAsOf),
    shards: { cards: cardShards, articles: articleShards },
    search: { meetings: layout('meetings'), quotes: layout('quotes') },
  };
  // Last, so a writer that stops half-way leaves no manifest pointing at missing files.
  yield { path: MANIFEST_FILE, content: JSON.stringify(manifest), gzip: false };
}

function meetingRecord({ id, date, dateInferred, kind, place, participants }: ExportMeeting): MeetingRecord {
  return { id, date, dateInferred, kind, place, participants };
}

function quoteRecord({ id, text, kind, date, speakers, articleId }: ExportQuote): QuoteRecord {
  return { id, text, kind, date, speakers, articleId };
}

/** About what a leader's part of a card shard weighs, to choose the number of shards. */
function cardBytes(index: LeaderlensIndex, leaderId: string): number {
  const card = index.cards[leaderId];
  if (!card) return 0;
  let bytes = 0;
  for (const id of card.meetingIds) bytes += JSON.stringify(index.meetings[id]).length;
  for (const id of card.quoteIds) bytes += JSON.stringify(index.quotes[id]).length;
  return bytes;
}

function shardCount(sizes: readonly number[], target: number, items: number): number {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  return Math.max(1, Math.min(items, Math.ceil(total / target)));
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

function cardShard(index: LeaderlensIndex, leaderIds: readonly string[]): CardShard {
  const cards: Record<string, IndexCard> = {};
  const meetings: Record<string, ExportMeeting> = {};
  const quotes: Record<string, ExportQuote> = {};
  const articles: Record<string, ArticleMeta> = {};
  const addArticle = (id: string) => {
    const article = index.articles[id];
    if (article === undefined || Object.hasOwn(articles, id)) return;
    const { paragraphs: _text, ...meta } = article;
    articles[id] = meta;
  };
  const addMeeting = (id: string) => {
    const meeting = index.meetings[id];
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
      const quote = index.quotes[id];
      if (quote === undefined) continue;
      quotes[id] = quote;
      addArticle(quote.articleId);
      // The card places a quote by the meeting it was said at, which may not be the leader's own.
      if (quote.meetingId !== null) addMeeting(quote.meetingId);
    }
  }
  return { cards, meetings, quotes, articles };
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
