import type { MarkableIndex } from '../marks/mark-from-index';
import SearchableMap from 'minisearch/SearchableMap';
import { briefCardFor, cardFor, type Card, type CardFacts, type CardOptions } from '../lookup/card';
import type { BriefCard } from '../lookup/card-brief';
import { isRegistryStale, type Coverage } from '../lookup/coverage';
import type { LeaderPhraseTable } from '../lookup/leader-forms';
import { ownEntry } from '../lookup/own-entry';
import { DEFAULT_SEARCH_LIMIT, planSearch, searchHits, type HitFacts, type MeetingRecord, type QuoteRecord, type SearchLimits, type SearchResults, type SearchStructures } from '../lookup/search';
import { blockIndex, runBlocksAsync, type BlockArrays, type BlockedKind } from '../lookup/search-blocks';
import type { KindIndex } from '../lookup/search-index';
import type { ScoredDoc } from '../lookup/search-top';
import type { TermDictionary } from '../lookup/search-word';
import { decodePack, type PackArrays } from './binary-pack';
import {
  indexPaths,
  MANIFEST_FILE,
  shardOf,
  type ArticleShard,
  type CardShard,
  type ContentKind,
  type EngineFile,
  type FileEnvelope,
  type HitChunk,
  type IndexManifest,
  type LeadersFile,
  type MatcherFile,
} from './folder-format';
import { INDEX_FORMAT_VERSION, type EngineData, type IndexArticle, type MatcherPayload } from './format';

/**
 * Where the index folder's files come from: in the extension, `fetch` of the packaged folder
 * (read-packaged-index.ts); in Node (tests, benches), the files on disk. Raw bytes, as stored.
 */
export interface IndexFiles {
  read(path: string): Promise<ArrayBuffer>;
}

/**
 * Everything the background answers from the index, each reading only its part of the folder:
 * `ping` the manifest, `matcher` the matcher, a card its leader's shard, an article its shard, a
 * search the search structures, the blocks it needs and the result chunks it shows.
 */
export interface IndexLookups {
  formatVersion: number;
  /**
   * What identifies this build of the index (a hash of its content): what saved articles were
   * read against, so they are read again when it changes (src/saved).
   */
  buildId: string;
  counts: { leaders: number; meetings: number; quotes: number };
  matcher(): Promise<MatcherPayload>;
  /**
   * The registry the build ended with, for the corpus engine reading a saved article in the
   * extension (src/saved). Read only then: no card or search needs it.
   */
  engine(): Promise<EngineData>;
  /**
   * The leaders' search structures, phrase table and records: saved meetings and quotes are
   * searched with the same rules against the same leaders (src/saved/saved-search.ts).
   */
  leaderSearch(): Promise<LeaderSearch>;
  /** `cardFor` of the leader (null for an id the index does not know). */
  card(leaderId: string, pageDate: string | null, pageLeaderIds: readonly string[], options?: CardOptions): Promise<Card | null>;
  /** `briefCardFor` of the leader: the card as a page opens it, its hidden rows as stubs (null for an unknown id). */
  briefCard(leaderId: string, pageDate: string | null, pageLeaderIds: readonly string[], options?: CardOptions): Promise<BriefCard | null>;
  /** `search` over the whole index. */
  search(query: string, limits?: SearchLimits): Promise<SearchResults>;
  /** The article with its text, or null. */
  article(articleId: string): Promise<IndexArticle | null>;
  /**
   * The facts of one leader's card with what identifies the build (a mark as wrong copies its item
   * from them, src/marks/mark-from-index.ts); null for an id the index does not know.
   */
  cardFacts(leaderId: string, alsoOf?: string): Promise<MarkableIndex | null>;
  /**
   * What every card reads besides a leader's own part: the leaders, the places, the build; no
   * meetings, quotes or cards. A person found only in the reader's saved articles, whom the index
   * does not know, gets a card on these (src/saved/saved-lookups.ts).
   */
  baseFacts(): Promise<MarkableIndex>;
  /** `coverageOf` the index on `today` (default: the reader's today). */
  coverage(today?: string): Coverage;
  /**
   * Starts reading what every search reads (the search structures, the leaders) without waiting
   * for it: the popup pings the worker when it opens, and the reading overlaps the reader's typing.
   * A failure here is left for the search itself to report.
   */
  prepareSearch(): void;
}

/** What a search over other meetings and quotes needs of the index's leaders (see `IndexLookups.leaderSearch`). */
export interface LeaderSearch {
  leaders: KindIndex;
  leaderPhrases: LeaderPhraseTable;
  records: LeadersFile;
}

/**
 * What is kept between requests while the worker runs: a few leaders' card shards and articles; a
 * few result chunks, and the result rows themselves (a row is ~0.3 KB; its chunk, unzipped and
 * parsed, ~1 ms and ~100 KB): typing "t", "to", "tô"… shows rows from hundreds of chunks, and
 * keeping 20k rows instead of the chunks keeps every keystroke of a session from unzipping again.
 */
const KEEP = { cards: 16, articles: 4, hitChunks: 16, hitRows: 20_000 } as const;

/**
 * Opens the index folder: reads the manifest (and nothing else) and refuses, with an error starting
 * "leaderlens index:", a folder of another format version or a manifest that is not one. Every
 * later read checks that its file belongs to the same build (its format version, and its stamp
 * against the one the manifest lists for it): a stale or half-replaced folder fails loudly, naming
 * the file, instead of mixing two builds in one answer. A failed read is not kept, so the next
 * request reads again.
 *
 * @example
 * const index = await openIndexFolder({ read: (path) => readFile(join(dir, path)).then((b) => b.buffer) });
 * (await index.card('to-lam', '2025-06-01', []))?.meetings.length;
 */
export async function openIndexFolder(files: IndexFiles): Promise<IndexLookups> {
  const manifest = parseManifest(await files.read(MANIFEST_FILE));
  const read = readerFor(files, manifest);

  const leaders = once(() => read.json<LeadersFile>(indexPaths.leaders));
  const matcher = once(async () => (await read.json<MatcherFile>(indexPaths.matcher)).matcher);
  const engine = once(() => read.json<EngineFile>(indexPaths.engine));
  const cardShards = keep<CardShard>(KEEP.cards, (shard) => read.json(indexPaths.card(Number(shard))));
  const articleShards = keep<ArticleShard>(KEEP.articles, (shard) => read.json(indexPaths.article(Number(shard))));
  const hitChunks = keep<HitChunk>(KEEP.hitChunks, (key) => {
    const [kind, name] = key.split(':') as [ContentKind, string];
    return read.json(indexPaths.hits(kind, name));
  });
  /** What `cardFor` reads of one leader: their card shard and the leaders; an unknown id costs no shard read. */
  const cardShardFacts = async (leaderId: string): Promise<CardFacts | null> => {
    const { leaders: known, placeCountries } = await leaders();
    if (!ownEntry(known, leaderId)) return null;
    const shard = await cardShards(String(shardOf(leaderId, manifest.shards.cards)));
    return { ...shard, leaders: known, ...(placeCountries ? { placeCountries } : {}) };
  };
  const searchFiles = once(() => readSearchStructures(read, manifest));
  const structures = async () => (await searchFiles()).structures;
  // Blocks are kept for the worker's life: a search touches many, and typing asks again at once.
  const blocks = new Map<string, Promise<KindIndex>>();
  const block = (kind: ContentKind, dictionary: TermDictionary, b: number): Promise<KindIndex> => {
    const key = `${kind}:${b}`;
    let pending = blocks.get(key);
    if (!pending) {
      pending = read.pack(indexPaths.block(kind, b)).then(({ arrays }) => blockIndex(dictionary, blockArrays(arrays, indexPaths.block(kind, b))));
      pending.catch(() => blocks.delete(key));
      blocks.set(key, pending);
    }
    return pending;
  };

  const rows = new Map<string, MeetingRecord | QuoteRecord>();
  const records = async (kind: ContentKind, docs: readonly ScoredDoc[]): Promise<(MeetingRecord | QuoteRecord)[]> => {
    const { starts, names } = (await searchFiles()).hits[kind];
    return Promise.all(
      docs.map(async ({ doc }) => {
        const key = `${kind}:${doc}`;
        let record = rows.get(key);
        if (record) {
          rows.delete(key); // most recently used last
        } else {
          const chunk = chunkOf(starts, doc);
          record = (await hitChunks(`${kind}:${names[chunk]!}`)).records[doc - starts[chunk]!];
          if (!record) throw new Error(`leaderlens index: ${indexPaths.hits(kind, names[chunk]!)} lacks document ${doc}; rebuild the index with \`npm run build\``);
        }
        rows.set(key, record);
        if (rows.size > KEEP.hitRows) rows.delete(rows.keys().next().value!);
        return record;
      }),
    );
  };

  return {
    formatVersion: manifest.formatVersion,
    buildId: manifest.buildId,
    counts: { leaders: manifest.counts.leaders, meetings: manifest.counts.meetings, quotes: manifest.counts.quotes },
    matcher,
    engine,
    async leaderSearch() {
      const [search, records] = await Promise.all([structures(), leaders()]);
      return { leaders: search.leaders, leaderPhrases: search.leaderPhrases, records };
    },
    async card(leaderId, pageDate, pageLeaderIds, options) {
      const facts = await cardShardFacts(leaderId);
      return facts && cardFor(facts, leaderId, pageDate, pageLeaderIds, options);
    },
    async briefCard(leaderId, pageDate, pageLeaderIds, options) {
      const facts = await cardShardFacts(leaderId);
      return facts && briefCardFor(facts, leaderId, pageDate, pageLeaderIds, options);
    },
    async search(query, { limit = DEFAULT_SEARCH_LIMIT, leaveOut } = {}) {
      const search = await structures();
      // Blocks hold no ids (the result chunks do): items the reader marked as wrong are dropped
      // once their ids are read, so the scan asks for as many more as could be dropped.
      const left = new Set([...(leaveOut?.meetings ?? []), ...(leaveOut?.quotes ?? [])]);
      const plan = planSearch(search, query, limit + left.size);
      const scan = (kind: ContentKind) => runBlocksAsync(plan[kind], (b) => block(kind, search[kind].dictionary, b));
      const [meetingDocs, quoteDocs, leaderFile] = await Promise.all([scan('meetings'), scan('quotes'), leaders()]);
      const [meetingRecords, quoteRecords] = await Promise.all([records('meetings', meetingDocs), records('quotes', quoteDocs)]);
      const facts: HitFacts = {
        leaders: leaderFile.leaders,
        meetings: Object.fromEntries(meetingRecords.map((r) => [r.id, r as MeetingRecord])),
        quotes: Object.fromEntries(quoteRecords.map((r) => [r.id, r as QuoteRecord])),
        ...(leaderFile.placeCountries ? { placeCountries: leaderFile.placeCountries } : {}),
      };
      const kept = (hits: { id: string; score: number }[]) => hits.filter((hit) => !left.has(hit.id)).slice(0, limit);
      return searchHits(facts, {
        leaders: plan.leaders.slice(0, limit).map((hit) => ({ id: search.leaders.ids[hit.doc]!, score: hit.score })),
        meetings: kept(meetingDocs.map((hit, i) => ({ id: meetingRecords[i]!.id, score: hit.score }))),
        quotes: kept(quoteDocs.map((hit, i) => ({ id: quoteRecords[i]!.id, score: hit.score }))),
      });
    },
    async cardFacts(leaderId, alsoOf) {
      const { leaders: known, placeCountries } = await leaders();
      if (!ownEntry(known, leaderId)) return null;
      const shard = await cardShards(String(shardOf(leaderId, manifest.shards.cards)));
      // The pair view of the leader page reads the other's card too (their quotes at the pair's meetings).
      const other = alsoOf !== undefined && ownEntry(known, alsoOf) ? await cardShards(String(shardOf(alsoOf, manifest.shards.cards))) : null;
      const facts = other && other !== shard
        ? {
            cards: { ...other.cards, ...shard.cards },
            meetings: { ...other.meetings, ...shard.meetings },
            quotes: { ...other.quotes, ...shard.quotes },
            articles: { ...other.articles, ...shard.articles },
          }
        : shard;
      return { ...facts, leaders: known, ...(placeCountries ? { placeCountries } : {}), formatVersion: manifest.formatVersion, registryAsOf: manifest.registryAsOf };
    },
    async baseFacts() {
      const { leaders: known, placeCountries } = await leaders();
      return { leaders: known, meetings: {}, quotes: {}, articles: {}, cards: {}, ...(placeCountries ? { placeCountries } : {}), formatVersion: manifest.formatVersion, registryAsOf: manifest.registryAsOf };
    },
    async article(articleId) {
      const shard = await articleShards(String(shardOf(articleId, manifest.shards.articles)));
      return ownEntry(shard.articles, articleId) ?? null;
    },
    coverage(today) {
      return { ...manifest.coverage, registryStale: isRegistryStale(manifest.registryAsOf, today) };
    },
    prepareSearch() {
      structures().catch(() => undefined);
      leaders().catch(() => undefined);
    },
  };
}

function parseManifest(bytes: ArrayBuffer): IndexManifest {
  let manifest: Partial<IndexManifest>;
  try {
    manifest = JSON.parse(new TextDecoder().decode(bytes)) as Partial<IndexManifest>;
  } catch {
    throw new Error(`leaderlens index: ${MANIFEST_FILE} is corrupt (not JSON); rebuild the index with \`npm run build\``);
  }
  if (typeof manifest !== 'object' || manifest === null) throw new Error(`leaderlens index: ${MANIFEST_FILE} is corrupt (not an object)`);
  if (manifest.formatVersion !== INDEX_FORMAT_VERSION) {
    throw new Error(
      `leaderlens index: format version ${JSON.stringify(manifest.formatVersion)} is not supported (this build reads version ${INDEX_FORMAT_VERSION}); rebuild the index with \`npm run build\``,
    );
  }
  const missing = (['buildId', 'registryAsOf', 'counts', 'coverage', 'shards', 'search', 'files'] as const).filter((field) => manifest[field] === undefined);
  if (missing.length > 0) throw new Error(`leaderlens index: ${MANIFEST_FILE} is missing field(s) ${missing.join(', ')}`);
  if (typeof manifest.files !== 'object' || manifest.files === null) throw new Error(`leaderlens index: ${MANIFEST_FILE} is corrupt (files is not a list of stamps)`);
  return manifest as IndexManifest;
}

interface FolderReader {
  json<T>(path: string): Promise<T>;
  pack(path: string): Promise<{ meta: Record<string, unknown>; arrays: PackArrays }>;
}

function readerFor(files: IndexFiles, manifest: IndexManifest): FolderReader {
  const corrupt = (path: string, why: string) => new Error(`leaderlens index: ${path} is corrupt (${why}); rebuild the index with \`npm run build\``);
  const bytes = async (path: string): Promise<ArrayBuffer> => {
    const raw = await files.read(path);
    if (!path.endsWith('.gz')) return raw;
    try {
      return await gunzip(raw);
    } catch (error) {
      throw corrupt(path, `cannot be unzipped: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  // Each file carries its own stamp (a hash of its content) and the manifest lists the stamp of
  // every file it was written with: a file left from another build, or copied in from one, has
  // another stamp (or a path the manifest does not list) and is refused rather than mixed in.
  const check = (path: string, found: { formatVersion?: unknown; stamp?: unknown }) => {
    const listed = Object.hasOwn(manifest.files, path) ? manifest.files[path] : undefined;
    if (listed === undefined) {
      throw new Error(`leaderlens index: ${path} is not listed in ${MANIFEST_FILE}; rebuild the index with \`npm run build\``);
    }
    if (found.formatVersion !== manifest.formatVersion || found.stamp !== listed) {
      throw new Error(
        `leaderlens index: ${path} belongs to another build (format ${JSON.stringify(found.formatVersion)}, stamp ${JSON.stringify(found.stamp)}; the manifest lists format ${manifest.formatVersion}, stamp ${listed}); rebuild the index with \`npm run build\``,
      );
    }
  };
  return {
    async json<T>(path: string): Promise<T> {
      const text = new TextDecoder().decode(await bytes(path));
      let envelope: FileEnvelope<T>;
      try {
        envelope = JSON.parse(text) as FileEnvelope<T>;
      } catch {
        throw corrupt(path, 'not JSON');
      }
      if (typeof envelope !== 'object' || envelope === null) throw corrupt(path, 'not an object');
      check(path, envelope);
      if (typeof envelope.data !== 'object' || envelope.data === null) throw corrupt(path, 'no data');
      return envelope.data;
    },
    async pack(path: string) {
      const { meta, arrays } = decodePack(await bytes(path), path);
      if (typeof meta !== 'object' || meta === null) throw corrupt(path, 'no header');
      check(path, meta);
      return { meta: meta as Record<string, unknown>, arrays };
    },
  };
}

/** Unzips with the platform's DecompressionStream (the browsers' and Node's alike). */
async function gunzip(bytes: ArrayBuffer): Promise<ArrayBuffer> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}

/** Where a kind's result chunks start, and their names (index-layout.ts, `hitChunksOf`). */
interface HitLayout {
  starts: Uint32Array;
  names: string[];
}

async function readSearchStructures(read: FolderReader, manifest: IndexManifest): Promise<{ structures: SearchStructures; hits: Record<ContentKind, HitLayout> }> {
  const [leaderPack, meetings, quotes] = await Promise.all([read.pack(indexPaths.leaderSearch), dictionaryOf(read, manifest, 'meetings'), dictionaryOf(read, manifest, 'quotes')]);
  const { leaders, leaderPhrases } = leaderStructures(leaderPack.meta, leaderPack.arrays, indexPaths.leaderSearch);
  return { structures: { leaders, leaderPhrases, meetings: meetings.kind, quotes: quotes.kind }, hits: { meetings: meetings.hits, quotes: quotes.hits } };
}

async function dictionaryOf(read: FolderReader, manifest: IndexManifest, kind: ContentKind): Promise<{ kind: BlockedKind; hits: HitLayout }> {
  const path = indexPaths.dictionary(kind);
  const { meta, arrays } = await read.pack(path);
  const get = arrayGetter(arrays, path);
  const terms = stringList(meta.terms, path, 'terms');
  const layout = manifest.search[kind];
  const hits = { starts: get('hitStarts') as Uint32Array, names: stringList(meta.hitNames, path, 'hitNames') };
  if (hits.starts.length !== hits.names.length) throw new Error(`leaderlens index: ${path} is corrupt (${hits.starts.length} result chunks start, ${hits.names.length} are named)`);
  return {
    kind: {
      dictionary: { terms, boosts: numberList(meta.boosts, path, 'boosts'), weights: get('weights') as Float32Array, ...lazyFuzzy(terms) },
      docs: layout.docs,
      blockSize: layout.blockSize,
      blocks: layout.blocks,
      entryBlocks: { starts: get('entryBlockStarts') as Uint32Array, blocks: get('entryBlocks') as Uint32Array },
      leaderBlocks: { starts: get('leaderBlockStarts') as Uint32Array, blocks: get('leaderBlocks') as Uint32Array },
    },
    hits,
  };
}

/** The chunk holding `doc`: the last whose start is not after it. */
function chunkOf(starts: Uint32Array, doc: number): number {
  let lo = 0;
  let hi = starts.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= doc) lo = mid;
    else hi = mid;
  }
  return lo;
}

const BLOCK_ARRAYS = ['starts', 'entries', 'peopleStarts', 'people', 'wordStarts', 'words', 'postingEntries', 'postingStarts', 'postingDocs', 'byLeaderStarts', 'byLeaderDocs'] as const;

function blockArrays(arrays: PackArrays, path: string): BlockArrays {
  const get = arrayGetter(arrays, path);
  return Object.fromEntries(BLOCK_ARRAYS.map((name) => [name, get(name)])) as unknown as BlockArrays;
}

function leaderStructures(meta: Record<string, unknown>, arrays: PackArrays, path: string): { leaders: KindIndex; leaderPhrases: LeaderPhraseTable } {
  const get = (name: string) => arrayGetter(arrays, path)(name) as Uint32Array;
  const ids = stringList(meta.ids, path, 'ids');
  const terms = stringList(meta.terms, path, 'terms');
  const leaders: KindIndex = {
    ids,
    boosts: numberList(meta.boosts, path, 'boosts'),
    terms,
    ...lazyFuzzy(terms),
    weights: arrayGetter(arrays, path)('weights') as Float32Array,
    postings: lists(get('postingStarts'), get('postingDocs')),
    starts: get('starts'),
    entries: get('entries'),
    // Leaders take part in nothing of their own kind.
    peopleStarts: new Uint32Array(ids.length + 1),
    people: new Uint32Array(0),
    byLeader: [],
    wordStarts: get('wordStarts'),
    words: get('words'),
  };
  const nameForms = lists(get('nameStarts'), get('nameTerms'));
  const nameFormStarts = get('nameFormStarts');
  const leaderPhraseStarts = get('leaderPhraseStarts');
  const leaderPhraseIds = get('leaderPhrases');
  const leaderPhrases: LeaderPhraseTable = {
    phrases: lists(get('phraseStarts'), get('phraseTerms')),
    fields: arrayGetter(arrays, path)('phraseFields') as Uint8Array,
    holders: lists(get('holderStarts'), get('holders')),
    leaders: ids.map((_, i) => ({
      names: nameForms.slice(nameFormStarts[i], nameFormStarts[i + 1]),
      phrases: leaderPhraseIds.subarray(leaderPhraseStarts[i], leaderPhraseStarts[i + 1]),
    })),
  };
  return { leaders, leaderPhrases };
}

/** The typo tree, built on the first typo looked up (most searches never need it), then kept. */
function lazyFuzzy(terms: readonly string[]): { readonly fuzzy: SearchableMap<number> } {
  let fuzzy: SearchableMap<number> | null = null;
  return {
    get fuzzy() {
      return (fuzzy ??= SearchableMap.from(terms.map((term, id): [string, number] => [term, id])));
    },
  };
}

function lists(starts: Uint32Array, values: Uint32Array): Uint32Array[] {
  return Array.from({ length: Math.max(0, starts.length - 1) }, (_, i) => values.subarray(starts[i], starts[i + 1]));
}

function arrayGetter(arrays: PackArrays, path: string): (name: string) => Uint32Array | Float32Array | Uint8Array {
  return (name) => {
    const array = arrays[name];
    if (!array) throw new Error(`leaderlens index: ${path} is corrupt (no array ${name}); rebuild the index with \`npm run build\``);
    return array;
  };
}

function stringList(value: unknown, path: string, field: string): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) throw new Error(`leaderlens index: ${path} is corrupt (${field} is not a list of strings)`);
  return value as string[];
}

function numberList(value: unknown, path: string, field: string): number[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'number')) throw new Error(`leaderlens index: ${path} is corrupt (${field} is not a list of numbers)`);
  return value as number[];
}

/** A value read on first use and kept; a failed read is not kept. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

/** Values by key, read on first use, the `size` most recently used kept; failed reads not kept. */
function keep<T>(size: number, load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const kept = new Map<string, Promise<T>>();
  return (key) => {
    let pending = kept.get(key);
    if (pending) {
      kept.delete(key);
    } else {
      pending = load(key);
      pending.catch(() => kept.delete(key));
    }
    kept.set(key, pending);
    if (kept.size > size) kept.delete(kept.keys().next().value!);
    return pending;
  };
}
