import { decodeArticleBytes, htmlReason } from '../corpus/read-decode';
import { splitHeader, type HeaderResult } from '../corpus/read-header';

/**
 * The largest article file accepted, as `readArticles` (src/corpus/read-articles.ts) has it. That
 * module (its listing, and `decodeArticleFile`, which hashes with `node:crypto`) is Node only, so
 * its rules for one file are followed here for the extension; tests/saved/check-article-file.test.ts
 * runs both on the same files and checks they give the same reasons, so the two cannot drift apart.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** One article file, admitted: its text as the engine reads it, header split off. */
export interface AdmittedArticle {
  ok: true;
  /** The whole file, decoded: NFC, `\n` line ends, BOM removed (what an export writes back). */
  fileText: string;
  header: HeaderResult;
  /** Header lines refused (`name:line: …`), as the CLI warns of them; the article is kept. */
  warnings: string[];
}

/** Why a file is not an article, in the CLI's words: `<name>: <reason>`. */
export interface RefusedArticle {
  ok: false;
  reason: string;
}

/**
 * The CLI's rules for one article file (`readArticles`), for a file the reader imports or an
 * article saved from a page: a name starting with "." is hidden, only `.txt` is an article, at
 * most 2 MB, not empty, UTF-8 text (not UTF-16, binary, legacy Vietnamese code pages, garbled),
 * not HTML, and something left after the header. Reasons are word for word the CLI's, so a file
 * refused here is refused by `npm run corpus -- check` for the same reason.
 *
 * @example
 * checkArticleFile('a.txt', new TextEncoder().encode(' date 2024-11-08\nTổng Bí thư …')); // { ok: true, … }
 * checkArticleFile('a.pdf', bytes); // { ok: false, reason: 'a.pdf: not a .txt file; articles must be UTF-8 text files named *.txt' }
 */
export function checkArticleFile(name: string, bytes: Uint8Array, maxBytes: number = MAX_ARTICLE_BYTES): AdmittedArticle | RefusedArticle {
  const refuse = (reason: string): RefusedArticle => ({ ok: false, reason: `${name}: ${reason}` });
  if (name.startsWith('.')) return refuse('hidden file (name starts with "."), not an article');
  if (!/\.txt$/i.test(name)) return refuse('not a .txt file; articles must be UTF-8 text files named *.txt');
  if (bytes.length > maxBytes) {
    return refuse(`too large: ${formatSize(bytes.length)} (${bytes.length} bytes), over the ${formatSize(maxBytes)} limit for one article`);
  }
  if (bytes.length === 0) return refuse('empty file');
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return refuse(decoded.reason);
  if (decoded.text.trim() === '') return refuse('empty file (whitespace only)');
  const html = htmlReason(decoded.text);
  if (html) return refuse(html);
  const header = splitHeader(decoded.text);
  if (header.text.trim() === '') return refuse('empty article: nothing after the header');
  const warnings = (header.problems ?? []).map((p) => `${name}:${p.line}: ${p.message}`);
  return { ok: true, fileText: decoded.text, header, warnings };
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
