/**
 * Read `articles/*.txt` into raw articles. Node-only (fs); everything it decides is in the pure
 * helpers read-decode.ts and read-header.ts.
 *
 * Bad input never passes silently: each unreadable file is listed in `skipped` with a reason that
 * names the file (and line where one applies), and the rest still builds. A symbolic link, a
 * non-regular file or a file outside the corpus folder is refused the same way (refused-path.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, realpathSync, statSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';
import { entryChecker, readRegularFile } from '../files/refused-path';
import { decodeArticleBytes, htmlReason } from './read-decode';
import { splitHeader, type HeaderProblem, type HeaderResult } from './read-header';

export interface RawArticle {
  /** Stable across builds of the same corpus: a slug of the file name, never order or time. */
  id: string;
  /** The file's name inside `articles/`. */
  file: string;
  /** NFC, `\n` line ends, BOM stripped, header removed. */
  text: string;
  /** `YYYY-MM-DD` from the header line, or null. */
  headerDate: string | null;
  /** `YYYY-MM` or `YYYY` when the header gives only that. */
  headerPartial?: string;
  /** File line = text line + lineOffset (the header lines that held nothing else, see read-header.ts). */
  lineOffset: number;
  /** The original article's address from the ` url` header line, when it gives a valid one. */
  url?: string;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface ReadWarning {
  file: string;
  line?: number;
  message: string;
}

export interface ReadArticlesResult {
  articles: RawArticle[];
  skipped: SkippedFile[];
  warnings: ReadWarning[];
}

export interface ReadArticlesOptions {
  /** Files larger than this are skipped. Default 2 MB: the longest real article is ~100 KB. */
  maxBytes?: number;
  /**
   * The folder every article must lie inside once links are resolved (default: `articlesDir`):
   * the corpus folder, so an `articles/` that is itself a link elsewhere is caught too.
   */
  corpusDir?: string;
}

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/**
 * The id for an article file: its name without `.txt`, folded to lowercase ASCII letters, digits
 * and hyphens ("Bài 01.txt" → "bai-01").
 */
export function articleIdFromFile(file: string): string {
  const slug = file
    .replace(/\.txt$/i, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'article' : slug;
}

/** Normalised content for duplicate detection: whitespace and letter case do not make a new article. */
function contentKey(text: string): string {
  const norm = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(norm).digest('hex');
}

/**
 * One entry of an articles folder, in name order: a file to read (with what the listing's `lstat`
 * said of it, to the nanosecond, for the file hash memo: corpus/file-hash-memo.ts), or why it is
 * refused before reading.
 */
export type ListedFile = { file: string; path: string; stats?: BigIntStats } | { file: string; refused: string };

/**
 * The articles folder's entries in code-unit order (the same on every machine whatever its locale),
 * each either a file whose bytes may be read or the reason it is refused without reading: a link
 * or a file outside the corpus, a folder, a hidden or non-.txt file, one too large or empty.
 * Throws only when the folder itself cannot be listed.
 */
export function listArticleFiles(articlesDir: string, options: ReadArticlesOptions = {}): ListedFile[] {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let names: string[];
  try {
    names = readdirSync(articlesDir);
  } catch (err) {
    throw new Error(`Leaderlens corpus: cannot list articles folder ${articlesDir}: ${(err as Error).message}`);
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const folder = options.corpusDir ?? articlesDir;
  // Resolved once, not once per file (a third of a second of a 10k-article build).
  let realFolder: string | undefined;
  try {
    realFolder = realpathSync(folder);
  } catch {
    realFolder = undefined;
  }
  const check = entryChecker(folder, articlesDir, realFolder);
  return names.map((file): ListedFile => {
    const path = join(articlesDir, file);
    // Before anything else reads it: a link or a file outside the corpus is refused, never followed.
    const { refused, stats } = check(file);
    if (refused) return { file, refused };
    let size: number;
    try {
      // Not a link (refused above): what lstat saw is what stat would see.
      const st = stats ?? statSync(path, { bigint: true });
      if (st.isDirectory()) return { file, refused: 'is a folder, not an article file' };
      size = Number(st.size);
    } catch (err) {
      return { file, refused: `cannot be read: ${(err as Error).message}` };
    }
    if (file.startsWith('.')) return { file, refused: 'hidden file (name starts with "."), not an article' };
    if (!/\.txt$/i.test(file)) return { file, refused: 'not a .txt file; articles must be UTF-8 text files named *.txt' };
    if (size > maxBytes) {
      return { file, refused: `too large: ${formatSize(size)} (${size} bytes), over the ${formatSize(maxBytes)} limit for one article` };
    }
    if (size === 0) return { file, refused: 'empty file' };
    return stats === null ? { file, path } : { file, path, stats };
  });
}

/** A file's bytes, or why they cannot be read. */
export function readArticleBytes(path: string): { bytes: Uint8Array } | { unreadable: string } {
  try {
    return { bytes: readRegularFile(path) };
  } catch (err) {
    return { unreadable: `cannot be read: ${(err as Error).message}` };
  }
}

/**
 * One file's bytes as an article's text: decoded, checked and split from its header. Pure, so the
 * per-article stage can run it on any thread. `headerProblems` are reported even when the file is
 * then skipped for having nothing after its header.
 */
export type DecodedArticle =
  | { skip: string; headerProblems?: HeaderProblem[] }
  | { header: HeaderResult; headerProblems?: HeaderProblem[]; contentKey: string };

export function decodeArticleFile(bytes: Uint8Array): DecodedArticle {
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return { skip: decoded.reason };
  if (decoded.text.trim() === '') return { skip: 'empty file (whitespace only)' };
  const html = htmlReason(decoded.text);
  if (html) return { skip: html };
  const header = splitHeader(decoded.text);
  const problem = header.problems && header.problems.length > 0 ? { headerProblems: header.problems } : {};
  if (header.text.trim() === '') return { skip: 'empty article: nothing after the header', ...problem };
  return { header, contentKey: contentKey(header.text), ...problem };
}

/** The raw article a decoded file gives, under its id. */
export function rawArticle(id: string, file: string, header: HeaderResult): RawArticle {
  return {
    id, file, text: header.text, headerDate: header.headerDate, lineOffset: header.lineOffset,
    ...(header.headerPartial !== undefined ? { headerPartial: header.headerPartial } : {}),
    ...(header.url !== undefined ? { url: header.url } : {}),
  };
}

/**
 * Decides, file by file in name order, which files become articles and under which id: a file
 * with the same text as an earlier one is skipped as its duplicate, and two names that fold to one
 * id get suffixes in name order. Feed it every listed file in order; the outcome does not depend
 * on where or when each file was decoded.
 */
export class ArticleAdmission {
  readonly skipped: SkippedFile[] = [];
  readonly warnings: ReadWarning[] = [];
  private readonly firstByContent = new Map<string, string>();
  private readonly usedIds = new Map<string, string>();

  /** Records a file refused or skipped before or while decoding. */
  skip(file: string, reason: string): void {
    this.skipped.push({ file, reason: `${file}: ${reason}` });
  }

  /** The id `file` is built under, or null when it is skipped. */
  admit(
    file: string,
    decoded: { skip: string; headerProblems?: readonly HeaderProblem[] } | { contentKey: string; headerProblems?: readonly HeaderProblem[] },
  ): string | null {
    for (const p of decoded.headerProblems ?? []) this.warnings.push({ file, line: p.line, message: `${file}:${p.line}: ${p.message}` });
    if ('skip' in decoded) {
      this.skip(file, decoded.skip);
      return null;
    }
    const first = this.firstByContent.get(decoded.contentKey);
    if (first !== undefined) {
      this.skip(file, `duplicate of ${first} (same text)`);
      return null;
    }
    this.firstByContent.set(decoded.contentKey, file);
    let id = articleIdFromFile(file);
    // Two names can fold to one slug ("Bài 1.txt", "bai-1.txt"); sorted order keeps the suffix stable.
    const clash = this.usedIds.get(id);
    if (clash !== undefined) {
      let n = 2;
      while (this.usedIds.has(`${id}-${n}`)) n++;
      this.warnings.push({ file, message: `${file}: its id "${id}" is already used by ${clash}; using "${id}-${n}"` });
      id = `${id}-${n}`;
    }
    this.usedIds.set(id, file);
    return id;
  }
}

/**
 * Read every article file in `articlesDir`, in sorted name order so the output is deterministic.
 * Throws only when the folder itself cannot be listed.
 */
export function readArticles(articlesDir: string, options: ReadArticlesOptions = {}): ReadArticlesResult {
  const admission = new ArticleAdmission();
  const articles: RawArticle[] = [];
  for (const listed of listArticleFiles(articlesDir, options)) {
    if ('refused' in listed) {
      admission.skip(listed.file, listed.refused);
      continue;
    }
    const read = readArticleBytes(listed.path);
    if ('unreadable' in read) {
      admission.skip(listed.file, read.unreadable);
      continue;
    }
    const decoded = decodeArticleFile(read.bytes);
    const id = admission.admit(listed.file, decoded);
    if (id !== null && 'header' in decoded) articles.push(rawArticle(id, listed.file, decoded.header));
  }
  return { articles, skipped: admission.skipped, warnings: admission.warnings };
}
