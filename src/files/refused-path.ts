// Node-only: the build reads the corpus from disk; the extension never touches files.
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, realpathSync, type BigIntStats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/**
 * Why a path in a corpus may not be read, or null when it may.
 *
 * Everything in `corpus/` ends up in the packaged index, so what the build reads must be what the
 * folder holds: a symbolic link is refused wherever it points (issue 10: `articles/leak.txt →
 * /etc/hostname` was read silently and its text shipped in the index), and so is a path that
 * resolves outside `folder` (a registry part written "../../x.json", or a parent folder that is
 * itself a link). A file must be a regular file: a named pipe would block the build forever and a
 * device has no end. A folder inside passes (the caller says what it does with folders); a path
 * that cannot be examined at all passes too, for the read that follows to report in its own words.
 * `realFolder`: `folder` with its links resolved, when the caller asks about many paths in it.
 *
 * @example
 * refusedPath('/corpus', '/corpus/articles/leak.txt');
 * // 'is a symbolic link (to /etc/hostname): refused, corpus files must be regular files inside /corpus'
 */
export function refusedPath(folder: string, path: string, realFolder?: string): string | null {
  let isLink: boolean;
  let isFileOrFolder: boolean;
  try {
    const st = lstatSync(path);
    isLink = st.isSymbolicLink();
    isFileOrFolder = st.isFile() || st.isDirectory();
  } catch {
    // Missing or unreadable: the read that follows reports why, in its own words.
    return null;
  }
  if (isLink) {
    let target = '?';
    try {
      target = readlinkSync(path);
    } catch {
      // The link's own text is only for the message; an unreadable one still gets refused.
    }
    return `is a symbolic link (to ${target}): refused, corpus files must be regular files inside ${folder}`;
  }
  if (!isFileOrFolder) return 'is not a regular file (a pipe, socket or device): refused';
  let real: string;
  let resolvedFolder: string;
  try {
    real = realpathSync(path);
    resolvedFolder = realFolder ?? realpathSync(folder);
  } catch {
    return null;
  }
  if (!isInside(resolvedFolder, real)) return `lies outside ${folder} (it is ${real}): refused, corpus files must be inside the corpus folder`;
  return null;
}

/**
 * {@link refusedPath} for the entries of one folder `dir` as `readdirSync` lists them (names, no
 * separators), with each entry's `lstat` for the caller (null when it cannot be examined), to the
 * nanosecond: the file hash memo (corpus/file-hash-memo.ts) compares the same `lstat`, so an
 * article file costs one `lstat` in a build, not two (about 0.1 s at 10k). The
 * folder is resolved once: an entry that is not a link then lies where the folder really is, under
 * its own name, so an entry costs one `lstat` rather than a `realpath`, which examines every parent
 * folder of the path (70k system calls for a 10k-article folder, half a second of an incremental
 * build). A link, or anything that is not a file or a folder, gets `refusedPath`'s own answer; so
 * does every entry of a folder that cannot be resolved or lies outside `folder`.
 *
 * @example
 * const check = entryChecker('/corpus', '/corpus/articles');
 * check('a.txt'); // { refused: null, stats: <lstat of a.txt> }
 */
export function entryChecker(folder: string, dir: string, realFolder?: string): (name: string) => { refused: string | null; stats: BigIntStats | null } {
  let realDir: string | null = null;
  try {
    const resolvedFolder = realFolder ?? realpathSync(folder);
    const resolved = realpathSync(dir);
    if (isInside(resolvedFolder, resolved)) realDir = resolved;
  } catch {
    realDir = null;
  }
  return (name) => {
    const path = join(dir, name);
    let stats: BigIntStats;
    try {
      stats = lstatSync(path, { bigint: true });
    } catch {
      return { refused: refusedPath(folder, path, realFolder), stats: null };
    }
    const plain = !stats.isSymbolicLink() && (stats.isFile() || stats.isDirectory());
    return { refused: plain && realDir !== null ? null : refusedPath(folder, path, realFolder), stats };
  };
}

/** Whether `path` is `folder` or inside it (both already resolved). */
function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Whether anything is at `path`, a link included, even one that points nowhere. `existsSync`
 * follows links, so a dangling `leaders.json` link would look absent and the build would quietly
 * use another registry instead of refusing the link.
 *
 * @example
 * isPresent('/corpus/leaders.json'); // true for a file, a folder or any link
 */
export function isPresent(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The bytes of a regular file, opened without following a link: a file swapped for a link (or a
 * pipe) between {@link refusedPath}'s look and this read is refused by the open itself, not read.
 * Throws with the system's reason (`ELOOP` for a link) or "not a regular file".
 */
export function readRegularFile(path: string): Buffer {
  // O_NONBLOCK: opening a named pipe must not wait for a writer. O_NOFOLLOW is POSIX; where it is
  // missing (Windows, which needs privileges to make links) the check before the read stands alone.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(fd).isFile()) throw new Error('not a regular file');
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
