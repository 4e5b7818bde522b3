/**
 * The quotes' texts of a shard being made again, from the previous folder's file of that path,
 * for the articles the previous build made them from the same readings: an added article's build
 * makes a few card shards and result chunks that hold the quotes of about 1,600 articles of the
 * build state, whose words and sentences were fetched from their stage cache entries one article
 * at a time (corpus/state-text.ts, about half a second at 10k). One file read instead.
 *
 * What vouches for a text: beside the layout memo, the content key (corpus/content-keys.ts) each
 * article had in the build that wrote the folder, under that folder's build id. An article's key
 * covers its readings' cache keys and, for each of its quotes, its id and row: where it is the same
 * now, the quote of that id is the same statement of the same readings. The file must be the one
 * the folder's manifest lists (the stamp in it, and the sha256 of its payload, are the manifest's),
 * and a shard the build kept rather than made holds items whose keys were the same then (its
 * fingerprint covers them). Anything else (another build id, another version of the code, a file
 * that does not hash to its stamp, an article whose key moved) gives no text: it is fetched.
 * Node-only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { KnownText } from '../corpus/state-text';
import { MANIFEST_FILE } from '../index-data/folder-format';
import { INDEX_FORMAT_VERSION } from '../index-data/format';
import { fileStamp } from '../index-data/index-layout';
import { folderMemoFile, writeCacheFile } from '../files/write-cache-file';

/** Where the article keys of the build that wrote the folder `outDir` are kept under the cache's root. */
export function shardTextsFile(cacheRoot: string, outDir: string): string {
  return folderMemoFile(cacheRoot, 'index-layout', outDir, '.articles.json');
}

/** The texts a previous folder can give, shard by shard. */
export interface ShardTexts {
  /**
   * The quotes' texts of the previous file at `path` (card shards and quote result chunks), by quote
   * id, for the quotes of articles whose key `keyOf` gives is the one the previous build had.
   */
  quotesOf(path: string, keyOf: (articleId: string) => string | undefined): Map<string, KnownText>;
}

/**
 * Notes, after the folder `dir` was written, each article's key under the folder's build id.
 * Left out (and any earlier note removed) when the manifest cannot be read.
 */
export function writeShardTexts(file: string, version: string, dir: string, keys: Iterable<readonly [string, string | undefined]>): void {
  const buildId = folderBuildId(dir);
  const articles: Record<string, string> = {};
  for (const [id, key] of keys) if (key !== undefined) articles[id] = key;
  writeCacheFile(file, JSON.stringify(buildId === null ? { version: null } : { version, buildId, articles }));
}

/** What the folder at `dir` can give (see the module comment), or undefined when nothing. */
export function previousShardTexts(file: string, version: string, dir: string): ShardTexts | undefined {
  let saved: { version?: unknown; buildId?: unknown; articles?: unknown };
  let manifest: { buildId?: unknown; files?: unknown };
  try {
    saved = JSON.parse(readFileSync(file, 'utf8')) as typeof saved;
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as typeof manifest;
  } catch {
    return undefined;
  }
  if (saved.version !== version || typeof saved.buildId !== 'string' || saved.buildId !== manifest.buildId) return undefined;
  if (typeof saved.articles !== 'object' || saved.articles === null || typeof manifest.files !== 'object' || manifest.files === null) return undefined;
  const articles = saved.articles as Record<string, unknown>;
  const stamps = manifest.files as Record<string, unknown>;
  return {
    quotesOf(path, keyOf) {
      const texts = new Map<string, KnownText>();
      const stamp = stamps[path];
      if (!TEXT_SHARD.test(path) || typeof stamp !== 'string' || !Object.hasOwn(stamps, path)) return texts;
      const data = payloadOf(join(dir, path), stamp);
      const vouched = (articleId: unknown): articleId is string =>
        typeof articleId === 'string' && Object.hasOwn(articles, articleId) && articles[articleId] === keyOf(articleId);
      if (data === undefined || typeof data !== 'object' || data === null) return texts;
      const { quotes, records } = data as { quotes?: unknown; records?: unknown };
      if (typeof quotes === 'object' && quotes !== null) {
        for (const [id, q] of Object.entries(quotes as Record<string, { id?: unknown; articleId?: unknown; text?: unknown; evidence?: unknown }>)) {
          if (q.id !== id || typeof q.text !== 'string' || typeof q.evidence !== 'string' || !vouched(q.articleId)) continue;
          texts.set(id, { articleId: q.articleId, text: q.text, evidence: q.evidence });
        }
      }
      if (Array.isArray(records)) {
        for (const r of records as { id?: unknown; articleId?: unknown; text?: unknown }[]) {
          if (typeof r.id !== 'string' || typeof r.text !== 'string' || !vouched(r.articleId)) continue;
          texts.set(r.id, { articleId: r.articleId, text: r.text });
        }
      }
      return texts;
    },
  };
}

/** Shards whose items hold quotes' words: card shards and the quotes' result chunks (folder-format.ts). */
const TEXT_SHARD = /^(cards\/\d+|hits\/quotes-[A-Za-z0-9_-]+)\.json\.gz$/;

/** The build id in the manifest of the folder `dir`, or null: what a memo kept beside the folder names it by. */
export function folderBuildId(dir: string): string | null {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as { buildId?: unknown };
    return typeof manifest.buildId === 'string' ? manifest.buildId : null;
  } catch {
    return null;
  }
}

/** The payload of the zipped JSON file `file` when it carries `stamp` and its payload hashes to it; else undefined. */
function payloadOf(file: string, stamp: string): unknown {
  let text: string;
  try {
    text = gunzipSync(readFileSync(file)).toString('utf8');
  } catch {
    return undefined;
  }
  const head = `{"formatVersion":${INDEX_FORMAT_VERSION},"stamp":${JSON.stringify(stamp)},"data":`;
  if (!text.startsWith(head) || !text.endsWith('}')) return undefined;
  const body = text.slice(head.length, -1);
  if (fileStamp(body) !== stamp) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
