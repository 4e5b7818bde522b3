import type { Coverage } from '../lookup/coverage';
import type { MeetingRecord, QuoteRecord } from '../lookup/search';
import type { ExportMeeting, ExportQuote } from '../model/export-types';
import type { EngineData, IndexArticle, IndexCard, IndexLeader, INDEX_FORMAT_VERSION, MatcherPayload, OfficeTitle } from './format';

/**
 * The index folder (`leaderlens-index/`), laid out for lookup: each request reads only its part.
 *
 * ```
 * manifest.json              IndexManifest: version, build id, counts, coverage, shard counts, stamps
 * matcher.json               the matcher alone, for `get-matcher`
 * leaders.json               every leader's record and the places that are countries
 * cards/<n>.json.gz          the meetings and quotes of the leaders whose id hashes to n (shardOf)
 * articles/<n>.json.gz       the articles whose id hashes to n, with their text, for the reader
 * hits/<kind>-<id>.json.gz   what a result row shows of a run of documents, the first of them <id>
 *                            (search/<kind>.bin lists where each run starts; index-layout.ts, hitChunksOf)
 * search/leaders.bin         the leaders' search structures, whole (binary-pack.ts)
 * search/<kind>.bin          a kind's vocabulary, weights, and which blocks hold which word and person
 * search/<kind>-<b>.bin.gz   block b of a kind's search structures (search-blocks.ts)
 * engine/registry.json.gz    the registry the build ended with, for the engine reading saved articles
 * ```
 * `<kind>` is `meetings` or `quotes`. Every file carries the format version and its own stamp (a
 * hash of its content, index-layout.ts); the manifest lists every file with its stamp, and a read
 * checks the file's stamp against the manifest's entry: a file of another build is refused, never
 * mixed in. Stamps are per file, not per build (format 3 stamped every file with one build id),
 * so a build that changes one card shard rewrites that shard and the manifest, not the folder.
 */
export const MANIFEST_FILE = 'manifest.json';

/** The two kinds cut into blocks and result chunks. */
export type ContentKind = 'meetings' | 'quotes';

/** How a kind's search structures are cut (see search-blocks.ts). */
export interface KindLayout {
  /** Documents of the kind. */
  docs: number;
  /** Documents per search block (`search/<kind>-<b>.bin.gz`). */
  blockSize: number;
  blocks: number;
  /** Documents per result chunk (`hits/<kind>-<id>.json.gz`), on average: chunks are cut by content. */
  hitChunk: number;
}

export interface IndexManifest {
  formatVersion: typeof INDEX_FORMAT_VERSION;
  /**
   * A hash of every file's path and stamp ({@link buildIdOf}): the same corpus gives the same id,
   * and any change to any file a new one. What the extension keys its own caches on (saved
   * articles are read again when it changes).
   */
  buildId: string;
  /** Every file of the folder but the manifest, by path, with the stamp it carries. */
  files: Record<string, string>;
  registryAsOf: string;
  counts: { leaders: number; meetings: number; quotes: number; articles: number };
  /** What the index covers, worked out at build time; `registryStale` is worked out again on read. */
  coverage: Coverage;
  /** Shard counts: a leader's card is in `cards/<shardOf(id, cards)>.json.gz`, an article likewise. */
  shards: { cards: number; articles: number };
  search: Record<ContentKind, KindLayout>;
}

/** Every JSON file but the manifest: its payload with the format version and its stamp (the manifest lists it). */
export interface FileEnvelope<T> {
  formatVersion: number;
  stamp: string;
  data: T;
}

export interface MatcherFile {
  matcher: MatcherPayload;
}

/** `engine/registry.json.gz`: read only when the reader saves or imports an article (src/saved). */
export type EngineFile = EngineData;

export interface LeadersFile {
  leaders: Record<string, IndexLeader>;
  placeCountries?: Record<string, OfficeTitle>;
}

/** An article without its text: what a card says of a source. */
export type ArticleMeta = Omit<IndexArticle, 'paragraphs'>;

/**
 * One card shard: per leader of the shard, the ids of their meetings and quotes; those meetings and
 * quotes (and the meetings their quotes were said at) in full; and the articles they cite, without
 * their text. Everything `cardFor` reads for these leaders besides `leaders.json`.
 */
export interface CardShard {
  cards: Record<string, IndexCard>;
  meetings: Record<string, ExportMeeting>;
  quotes: Record<string, ExportQuote>;
  articles: Record<string, ArticleMeta>;
}

export interface ArticleShard {
  articles: Record<string, IndexArticle>;
}

/**
 * A result chunk: the records of consecutive documents of a kind, in document order. Where each
 * chunk starts and its name are in the kind's `search/<kind>.bin` (`hitStarts`, `hitNames`).
 */
export interface HitChunk {
  records: (MeetingRecord | QuoteRecord)[];
}

/**
 * The shard an id belongs to among `count`: FNV-1a over the id's UTF-16 code units. The writer
 * and the reader compute it alike, so the manifest needs no id → shard table.
 *
 * @example
 * shardOf('to-lam', 1);  // 0
 * shardOf('to-lam', 64); // the same number on every build and in every browser
 */
export function shardOf(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % Math.max(1, count);
}

/** Paths of the folder's files, in one place for the writer and the reader. */
export const indexPaths = {
  matcher: 'matcher.json',
  leaders: 'leaders.json',
  card: (shard: number) => `cards/${shard}.json.gz`,
  article: (shard: number) => `articles/${shard}.json.gz`,
  hits: (kind: ContentKind, name: string) => `hits/${kind}-${name}.json.gz`,
  leaderSearch: 'search/leaders.bin',
  dictionary: (kind: ContentKind) => `search/${kind}.bin`,
  block: (kind: ContentKind, block: number) => `search/${kind}-${block}.bin.gz`,
  engine: 'engine/registry.json.gz',
} as const;
