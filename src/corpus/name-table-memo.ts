/**
 * `buildNameTable` remembered in the build cache by the registry it is compiled from: an
 * incremental build compiles the registry's matcher and the widened registry's (with the people
 * found in the corpus) to the same tables as the build before it, about a third of a second at 1k
 * people, for an added article whose reading needs neither. Node-only.
 *
 * A table is kept under a hash of the registry's JSON and of the name table's code (every module
 * `names/name-table.ts` loads, and Node's version: engine-version.ts), so a changed registry or
 * changed compiling code compiles afresh. Tables unused for a day are removed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { writeCacheFile } from '../files/write-cache-file';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Registry } from '../registry';
import { buildNameTable, type NameTable } from '../names/name-table';
import { engineVersion } from './engine-version';

const NAME_TABLE_CODE = join(dirname(fileURLToPath(import.meta.url)), '..', 'names', 'name-table.ts');

/** Tables not used for this long are removed when another is written. */
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * A `buildNameTable` that keeps its tables in `dir` (made when first written), or `buildNameTable`
 * itself when `dir` is null. An entry that cannot be read, or is not the table of its key, is
 * compiled again and written over.
 *
 * @example
 * const nameTableOf = nameTableMemo(join(cacheRoot, 'name-tables'));
 * nameTableOf(registry); // compiled on the first build, read on the next
 */
export function nameTableMemo(dir: string | null): (registry: Registry) => NameTable {
  if (dir === null) return buildNameTable;
  let code: string | undefined;
  return (registry) => {
    code ??= engineVersion(NAME_TABLE_CODE);
    const key = createHash('sha256').update(code).update('\n').update(JSON.stringify(registry)).digest('hex');
    const file = join(dir, `${key.slice(0, 32)}.json`);
    try {
      const entry = JSON.parse(readFileSync(file, 'utf8')) as { key?: unknown; table?: NameTable };
      if (entry.key === key && entry.table !== undefined) {
        const now = Date.now() / 1000;
        utimesSync(file, now, now);
        return entry.table;
      }
    } catch {
      // Not there yet, or unreadable: compiled below.
    }
    const table = buildNameTable(registry);
    write(dir, file, JSON.stringify({ key, table }));
    return table;
  };
}

function write(dir: string, file: string, text: string): void {
  if (!writeCacheFile(file, text)) return;
  try {
    const now = Date.now();
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (path !== file && now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
    }
  } catch {
    // A stale table gone under us, or a folder that cannot be listed: kept for the next build.
  }
}
