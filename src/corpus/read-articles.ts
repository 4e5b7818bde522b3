/**
 * Read `articles/*.txt` into raw articles. Node-only (fs); everything it decides is in the pure
 * helpers read-decode.ts and read-header.ts.
 *
 * Bad input never passes silently: each unreadable file is listed in `skipped` with a reason that
 * names the file (and line where one applies), and the rest still builds. A symbolic link, a
 * non-regular file or a file outside the corpus folder is refused the same way (refused-path.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readRegularFile, refusedPath } from '../files/refused-path';
import { decodeArticleBytes, htmlReason } from './read-decode';
import { splitHeader } from './read-header';

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
 * Read every article file in `articlesDir`, in sorted name order so the output is deterministic.
 * Throws only when the folder itself cannot be listed.
 */
export function readArticles(articlesDir: string, options: ReadArticlesOptions = {}): ReadArticlesResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let names: string[];
  try {
    names = readdirSync(articlesDir);
  } catch (err) {
    throw new Error(`Leaderlens corpus: cannot list articles folder ${articlesDir}: ${(err as Error).message}`);
  }
  // Code-unit order, not localeCompare: the same on every machine whatever its locale.
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const articles: RawArticle[] = [];
  const skipped: SkippedFile[] = [];
  const warnings: ReadWarning[] = [];
  const firstByContent = new Map<string, string>();
  const usedIds = new Map<string, string>();

  for (const file of names) {
    const skip = (reason: string): void => {
      skipped.push({ file, reason: `${file}: ${reason}` });
    };
    const path = join(articlesDir, file);
    // Before anything else reads it: a link or a file outside the corpus is refused, never followed.
    const refused = refusedPath(options.corpusDir ?? articlesDir, path);
    if (refused) {
      skip(refused);
      continue;
    }
    let size: number;
    try {
      const st = statSync(path);
      if (st.isDirectory()) {
        skip('is a folder, not an article file');
        continue;
      }
      size = st.size;
    } catch (err) {
      skip(`cannot be read: ${(err as Error).message}`);
      continue;
    }
    if (file.startsWith('.')) {
      skip('hidden file (name starts with "."), not an article');
      continue;
    }
    if (!/\.txt$/i.test(file)) {
      skip('not a .txt file; articles must be UTF-8 text files named *.txt');
      continue;
    }
    if (size > maxBytes) {
      skip(`too large: ${formatSize(size)} (${size} bytes), over the ${formatSize(maxBytes)} limit for one article`);
      continue;
    }
    if (size === 0) {
      skip('empty file');
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = readRegularFile(path);
    } catch (err) {
      skip(`cannot be read: ${(err as Error).message}`);
      continue;
    }
    const decoded = decodeArticleBytes(bytes);
    if (!decoded.ok) {
      skip(decoded.reason);
      continue;
    }
    if (decoded.text.trim() === '') {
      skip('empty file (whitespace only)');
      continue;
    }
    const html = htmlReason(decoded.text);
    if (html) {
      skip(html);
      continue;
    }
    const header = splitHeader(decoded.text);
    for (const p of header.problems ?? []) warnings.push({ file, line: p.line, message: `${file}:${p.line}: ${p.message}` });
    if (header.text.trim() === '') {
      skip('empty article: nothing after the header');
      continue;
    }
    const key = contentKey(header.text);
    const first = firstByContent.get(key);
    if (first !== undefined) {
      skip(`duplicate of ${first} (same text)`);
      continue;
    }
    firstByContent.set(key, file);

    let id = articleIdFromFile(file);
    // Two names can fold to one slug ("Bài 1.txt", "bai-1.txt"); sorted order keeps the suffix stable.
    const clash = usedIds.get(id);
    if (clash !== undefined) {
      let n = 2;
      while (usedIds.has(`${id}-${n}`)) n++;
      warnings.push({ file, message: `${file}: its id "${id}" is already used by ${clash}; using "${id}-${n}"` });
      id = `${id}-${n}`;
    }
    usedIds.set(id, file);
    articles.push({
      id, file, text: header.text, headerDate: header.headerDate, lineOffset: header.lineOffset,
      ...(header.headerPartial !== undefined ? { headerPartial: header.headerPartial } : {}),
      ...(header.url !== undefined ? { url: header.url } : {}),
    });
  }
  return { articles, skipped, warnings };
}
