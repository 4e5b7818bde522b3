import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile, type ArticleStageResult } from '../../src/corpus/article-stage';
import { buildNameTable, loadNameTable } from '../../src/names/name-table';
import { readRegistryFile } from '../../src/registry/read-registry-file';

/**
 * The per-article stage over the real registry, for tests/corpus/article-stage.test.ts and
 * reread-article.test.ts: the seed articles, a reader of bytes or text, and two constructed
 * articles about a made-up Lao minister the registry lacks.
 */
export const CORPUS = join(import.meta.dirname, '../../corpus');
export const TODAY = '2026-11-23';
export const registry = readRegistryFile(join(CORPUS, 'leaders.json'));
export const stage = { registry, table: loadNameTable(buildNameTable(registry)) };
export const seedFiles = readdirSync(join(CORPUS, 'articles')).sort();
export const seedBytes = (file: string) => readFileSync(join(CORPUS, 'articles', file));
export const read = (bytes: Uint8Array | string, today = () => TODAY): ArticleStageResult =>
  readArticleFile(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, stage, today);
/** The reading of a result that must be an article. */
export const reading = (result: ArticleStageResult) => {
  if (!('reading' in result)) throw new Error(`not an article: ${result.skip}`);
  return result.reading;
};

/** A made-up Lao minister the registry lacks, titled with country and office. */
export const FOUND = ' date 2025-12-02\nThủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Lào Bounmy Keovongsa\nChiều 1/12, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Lào Bounmy Keovongsa.\nBộ trưởng Bounmy Keovongsa cảm ơn sự đón tiếp của Thủ tướng.\n';
/** The same minister, named without a title. */
export const NAMES_FOUND_UNTITLED = ' date 2025-12-05\nBounmy Keovongsa gặp Phạm Minh Chính\nNgày 4/12, ông Bounmy Keovongsa hội đàm với Thủ tướng Phạm Minh Chính tại Viêng Chăn.\n';
