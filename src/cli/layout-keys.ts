/**
 * The layout's keys of the build that wrote an index folder (index-layout.ts, `LayoutKeys`), kept
 * in the build cache beside the layout memo so the next build patches them instead of keying every
 * card and result chunk again: an added article changes a few of them, and keying them all took
 * about a second and a half at 10k articles (docs/scale.md, "a tenth stop"). Node-only.
 *
 * What vouches for them: they are kept under the folder's build id, and read only while the
 * folder's manifest still has that id (a build without a cache, or one that failed half-way,
 * leaves another id or the same folder); under the version of the index stage's code, as the
 * layout memo is; and with the sha256 of what follows the first line, so a file edited or cut short
 * is not read. It is written whole or not at all (files/write-cache-file.ts). Anything else gives
 * nothing, and the build keys every card and chunk, as without it.
 */
import { readFileSync } from 'node:fs';
import { folderMemoFile, writeCacheFile } from '../files/write-cache-file';
import { folderBuildId } from './shard-texts';
import type { LayoutKeys } from '../index-data/index-layout';
import { sha256 } from '../corpus/stage-keys';

/** Where the layout keys of the folder `outDir` are kept under the cache's root. */
export function layoutKeysFile(cacheRoot: string, outDir: string): string {
  return folderMemoFile(cacheRoot, 'index-layout', outDir, '.keys');
}

/**
 * Writes `keys` under the build id of the folder `dir` just written; when its manifest cannot be
 * read, removes what was kept instead (an empty file, which is read as nothing).
 */
export function writeLayoutKeys(file: string, version: string, dir: string, keys: LayoutKeys): void {
  const buildId = folderBuildId(dir);
  if (buildId === null) {
    writeCacheFile(file, '');
    return;
  }
  const flat = <V>(map: ReadonlyMap<string, V>, row: (value: V) => readonly (string | number)[]): (string | number)[] => {
    const out: (string | number)[] = [];
    for (const [id, value] of map) out.push(id, ...row(value));
    return out;
  };
  const body = JSON.stringify({
    articles: flat(keys.articles, (key) => [key]),
    meetings: flat(keys.meetings, (key) => [key]),
    leaders: flat(keys.leaders, (entry) => entry),
    chunks: flat(keys.chunks, (entry) => entry),
  });
  const bytes = Buffer.from(body, 'utf8');
  writeCacheFile(file, Buffer.concat([Buffer.from(`${JSON.stringify({ version, buildId, sha256: sha256(bytes) })}\n`), bytes]));
}

/** The keys kept for the folder `dir` (see the module comment), or undefined. */
export function readLayoutKeys(file: string, version: string, dir: string): LayoutKeys | undefined {
  try {
    const bytes = readFileSync(file);
    const cut = bytes.indexOf(10);
    if (cut < 0) return undefined;
    const head = JSON.parse(bytes.subarray(0, cut).toString('utf8')) as { version?: unknown; buildId?: unknown; sha256?: unknown };
    const body = bytes.subarray(cut + 1);
    if (head.version !== version || typeof head.buildId !== 'string' || head.buildId !== folderBuildId(dir) || head.sha256 !== sha256(body)) return undefined;
    const saved = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    const articles = rows(saved.articles, 2, (r) => [r[0], r[1]] as const);
    const meetings = rows(saved.meetings, 2, (r) => [r[0], r[1]] as const);
    const leaders = rows(saved.leaders, 4, (r) => (typeof r[3] === 'number' && typeof r[1] === 'string' && typeof r[2] === 'string' ? ([r[0], [r[1], r[2], r[3]]] as const) : undefined));
    const chunks = rows(saved.chunks, 3, (r) => (typeof r[1] === 'string' && typeof r[2] === 'string' ? ([r[0], [r[1], r[2]]] as const) : undefined));
    if (!articles || !meetings || !leaders || !chunks) return undefined;
    if (![...articles.values(), ...meetings.values()].every((key) => typeof key === 'string')) return undefined;
    return { articles: articles as Map<string, string>, meetings: meetings as Map<string, string>, leaders, chunks };
  } catch {
    return undefined;
  }
}

/** A flat list read `width` at a time into a map by its first (a string), or undefined when it is not one. */
function rows<V>(list: unknown, width: number, entry: (row: unknown[]) => readonly [unknown, V] | undefined): Map<string, V> | undefined {
  if (!Array.isArray(list) || list.length % width !== 0) return undefined;
  const out = new Map<string, V>();
  for (let i = 0; i < list.length; i += width) {
    const made = entry(list.slice(i, i + width));
    if (made === undefined || typeof made[0] !== 'string') return undefined;
    out.set(made[0], made[1]);
  }
  return out;
}

