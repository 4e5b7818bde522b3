/**
 * The on-disk cache of the per-article stage (article-stage.ts): one JSON file per key, where a key
 * is a sha256 of everything the stage's result depends on (the file's bytes, the engine's source,
 * the registry, and the build's day where the article's year was inferred; build-corpus-parallel.ts
 * makes the keys). Keys are content addresses, so builds of different corpora (`--corpus DIR`) can
 * share one cache: the same article read with the same registry by the same engine gives the same
 * result, whichever corpus it sits in.
 *
 * An entry is written to a temporary file and renamed into place, so a reader sees a whole entry
 * or none; one that cannot be read or parsed, or that does not carry its own key, is a miss, and
 * the build writes it again. An entry that cannot be written is left out: the build goes on.
 * Node-only.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** Bump when the layout of an entry changes; it is part of every entry's folder name. */
// 3: a reading carries the article's ` url` header address, and header problems come with their lines.
export const CACHE_FORMAT = 3;

/** Engine folders not used for this long are removed by {@link pruneEngines}. */
const STALE_ENGINE_MS = 24 * 60 * 60 * 1000;

export interface StageCache {
  /** The folder of this engine's entries. */
  readonly dir: string;
  /** The entry stored under `key`, or undefined when there is none or it is unreadable. */
  get(key: string): unknown;
  /** Stores `value` (plain data) under `key`, replacing any entry there. */
  set(key: string, value: unknown): void;
}

/**
 * The cache of one engine version under `root`: entries live in `root/v<format>-<engine>/`, so a
 * change to the engine's code starts an empty folder and can never read an older engine's results.
 *
 * @example
 * const cache = openStageCache('.cache/leaderlens', engineVersion());
 * cache.set(key, { facts }); cache.get(key); // { facts }
 */
export function openStageCache(root: string, engine: string): StageCache {
  const dir = join(root, `v${CACHE_FORMAT}-${engine.slice(0, 16)}`);
  const pathOf = (key: string): string => join(dir, key.slice(0, 2), `${key}.json`);
  // Folders made so far: one mkdir per folder, not one per entry (a 10k build writes 20k entries).
  const made = new Set<string>();
  return {
    dir,
    get(key) {
      let text: string;
      try {
        text = readFileSync(pathOf(key), 'utf8');
      } catch {
        return undefined;
      }
      try {
        const entry = JSON.parse(text) as { key?: unknown; value?: unknown };
        // An entry that is not this key's (a file copied or renamed by hand) is no entry.
        return entry !== null && typeof entry === 'object' && entry.key === key ? entry.value : undefined;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      const path = pathOf(key);
      const folder = join(dir, key.slice(0, 2));
      // Unique per process and thread: two builds writing the same entry each rename a whole file.
      const temp = `${path}.${process.pid}-${threadId}.tmp`;
      const text = JSON.stringify({ key, value });
      const write = (): void => {
        if (!made.has(folder)) {
          mkdirSync(folder, { recursive: true });
          made.add(folder);
        }
        writeFileSync(temp, text);
        renameSync(temp, path);
      };
      try {
        write();
      } catch {
        // The folder may have gone since it was made (a cache cleared by hand): once more. A cache
        // that cannot be written at all (a full disk) is only a slower next build.
        made.delete(folder);
        try {
          write();
        } catch {
          try {
            rmSync(temp, { force: true });
          } catch {
            // Nothing was written there either.
          }
        }
      }
    },
  };
}

/**
 * Marks `cache`'s engine folder as used now and removes the folders of other engine versions
 * unused for a day: their entries can never be read again by this code, and another checkout
 * sharing the root keeps its own folder alive by building.
 */
export function pruneEngines(root: string, cache: StageCache, now = Date.now()): void {
  mkdirSync(cache.dir, { recursive: true });
  utimesSync(cache.dir, now / 1000, now / 1000);
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) {
    const dir = join(root, name);
    if (dir === cache.dir || !/^v\d+-[0-9a-f]+$/.test(name)) continue;
    try {
      if (now - statSync(dir).mtimeMs > STALE_ENGINE_MS) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Removed by another build meanwhile: nothing to do.
    }
  }
}
