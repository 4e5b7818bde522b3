/**
 * The second readings that changed nothing, remembered by their stage cache keys (stage-keys.ts,
 * `rereadEntryKey`), so a build from the cache does not open their entries one by one. Every
 * article is read a second time once people are found in the corpus, and most name none of them:
 * at 10k articles, 7.7k of the 10k second readings are cache entries that say only "null", a file
 * opened and parsed each (about a quarter of a second of every build). Node-only.
 *
 * A key is a hash of everything a second reading depends on (the engine, the first reading, the
 * widened registry as second readings read it), as the cache's own are: what it answered once it
 * answers always, whichever folder asked. So the memo needs no version of its own; one that cannot
 * be read, or holds anything but keys, is not used, and the cache is asked as before.
 *
 * One memo file per corpus folder (the caller names it), holding this build's keys only.
 */
import { readFileSync } from 'node:fs';
import { writeCacheFile } from '../files/write-cache-file';

/** Bump when the file's layout changes. */
const FORMAT = 1;

/** A key: a sha256, in hex. */
const KEY_LENGTH = 64;
const KEYS = /^[0-9a-f]*$/;

/**
 * The memo of one corpus folder: {@link has} asks the last build's, {@link note} notes this
 * build's, {@link save} writes this build's.
 *
 * @example
 * const memo = EmptyRereadMemo.load(file);
 * if (!memo.has(key)) cachedReread(cache, key); // only then open the entry
 * memo.note(key); // its answer was null
 * memo.save();
 */
export class EmptyRereadMemo {
  private readonly next = new Set<string>();
  /** Second readings the last build's memo answered. */
  hits = 0;

  private constructor(
    private readonly file: string | null,
    private readonly last: ReadonlySet<string>,
  ) {}

  /** The memo in `file`; empty when there is none or it is not one. Null: a memo that keeps nothing. */
  static load(file: string | null): EmptyRereadMemo {
    return new EmptyRereadMemo(file, file === null ? new Set() : readKeys(file));
  }

  /** Whether the last build found the second reading under `key` to change nothing. */
  has(key: string): boolean {
    const known = this.last.has(key);
    if (known) this.hits++;
    return known;
  }

  /** Notes that the second reading under `key` changed nothing. */
  note(key: string): void {
    this.next.add(key);
  }

  /** Writes this build's keys, unless they are the last build's. */
  save(): void {
    if (this.file === null) return;
    if (this.next.size === this.last.size && [...this.next].every((key) => this.last.has(key))) return;
    writeCacheFile(this.file, JSON.stringify({ format: FORMAT, keys: [...this.next].join('') }));
  }
}

function readKeys(file: string): Set<string> {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; keys?: unknown };
    const { keys } = saved;
    if (saved.format !== FORMAT || typeof keys !== 'string' || keys.length % KEY_LENGTH !== 0 || !KEYS.test(keys)) return new Set();
    const out = new Set<string>();
    for (let at = 0; at < keys.length; at += KEY_LENGTH) out.add(keys.slice(at, at + KEY_LENGTH));
    return out;
  } catch {
    return new Set();
  }
}
