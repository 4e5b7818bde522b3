// Node-only: the build reads the corpus from disk.
import { lstatSync, readFileSync, type BigIntStats } from 'node:fs';
import { writeCacheFile } from '../files/write-cache-file';
import { readArticleBytes } from './read-articles';
import { sha256 } from './stage-keys';

/** What `lstat` says of a file that the memo compares: any write, rename over, or link swap changes one of them. */
type StatKey = string;

/**
 * A write within this long of a file's hashing is not trusted to change its times (a coarse
 * clock tick may give the rewritten file the same change time), so such a file is not remembered.
 */
const RACY_NS = 2_000_000_000n;

/**
 * The sha256 of each article file, remembered across builds by what `lstat` says of the file
 * (device, inode, size, modification and change times to the nanosecond), as git's index and
 * ccache do: a build from the cache then looks up 10k unchanged articles without reading and
 * hashing their 67 MB (about a third of a second). The change time cannot be set by hand, so a
 * rewritten file is hashed again even when its size and modification time were put back; a file
 * changed within {@link RACY_NS} of its hashing is not remembered at all. A file swapped for a link
 * or a pipe no longer matches and goes through `readRegularFile`, which refuses it.
 *
 * One memo file per corpus folder (the caller names it), holding only the files of the last build.
 *
 * @example
 * const memo = FileHashMemo.load(file);
 * memo.hashOf('/corpus/articles/a.txt'); // { hash: '3f…' }, read and hashed only when it changed
 * memo.save();
 */
export class FileHashMemo {
  private readonly used = new Map<string, [StatKey, string]>();

  private constructor(
    private readonly file: string | null,
    private readonly known: ReadonlyMap<string, [StatKey, string]>,
    private readonly nowNs: () => bigint,
  ) {}

  /**
   * The memo kept in `file`; an absent or unreadable one is empty (every file is hashed). Null:
   * remember nothing. `nowNs`: the wall clock in nanoseconds, as file times are kept (tests move it).
   */
  static load(file: string | null, nowNs: () => bigint = () => BigInt(Date.now()) * 1_000_000n): FileHashMemo {
    let known = new Map<string, [StatKey, string]>();
    if (file !== null) {
      try {
        const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
          known = new Map(
            Object.entries(parsed).filter(
              (entry): entry is [string, [StatKey, string]] =>
                Array.isArray(entry[1]) && entry[1].length === 2 && typeof entry[1][0] === 'string' && typeof entry[1][1] === 'string' && /^[0-9a-f]{64}$/.test(entry[1][1]),
            ),
          );
        }
      } catch {
        // No memo yet, or a damaged one: every file is hashed, and the memo written afresh.
      }
    }
    return new FileHashMemo(file, known, nowNs);
  }

  /**
   * The sha256 (hex) of the file's bytes, or why it cannot be read (`readArticleBytes`' reason).
   * `listed`: what an `lstat` of it said moments ago, to the nanosecond (the listing's:
   * read-articles.ts, `ListedFile`), so it is not asked twice; absent, it is asked here.
   */
  hashOf(path: string, listed?: BigIntStats): { hash: string } | { unreadable: string } {
    let stats: BigIntStats | null = listed ?? null;
    if (stats === null) {
      try {
        stats = lstatSync(path, { bigint: true });
      } catch {
        // The read below reports why.
      }
    }
    const key = stats?.isFile() ? statKey(stats) : null;
    const known = key === null ? undefined : this.known.get(path);
    if (known !== undefined && known[0] === key) {
      this.used.set(path, known);
      return { hash: known[1] };
    }
    const read = readArticleBytes(path);
    if (!('bytes' in read)) return read;
    const hash = sha256(read.bytes);
    if (key !== null && stats !== null && this.nowNs() - stats.ctimeNs > RACY_NS && this.nowNs() - stats.mtimeNs > RACY_NS) {
      this.used.set(path, [key, hash]);
    }
    return { hash };
  }

  /** Writes the files looked up in this build (the others are gone from the corpus, or were not asked about). */
  save(): void {
    if (this.file === null) return;
    writeCacheFile(this.file, JSON.stringify(Object.fromEntries(this.used)));
  }
}

function statKey(stats: BigIntStats): StatKey {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}
