import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CORPUS = join(import.meta.dirname, '../../corpus');

/**
 * A corpus folder in a new temporary directory: the seed articles and constructed ones that
 * exercise every part of the merge: a meeting told in two languages, people the registry lacks
 * (titled, then named bare), a duplicate, two names that fold to one id, a bad header, a year to
 * infer. With `notArticles`, also a file that is not an article and an HTML page, which the build
 * skips with a diagnostic. Used by the parallel build's and the index stage's byte-for-byte tests.
 */
export function constructedCorpus({ prefix, notArticles = false }: { prefix: string; notArticles?: boolean }): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(CORPUS, 'articles'), join(dir, 'articles'), { recursive: true });
  const put = (name: string, text: string) => writeFileSync(join(dir, 'articles', name), text);
  put('vi-hoi-dam.txt', ' date 2025-12-02\nThủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet\nChiều 1/12, tại Hà Nội, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet.\nThủ tướng Hun Manet khẳng định Campuchia coi trọng quan hệ với Việt Nam.\n');
  put('en-talks.txt', ' date 2025-12-01\nVietnamese, Cambodian PMs hold talks\nHANOI, Dec. 1 (VNA) – Prime Minister Pham Minh Chinh held talks with Cambodian Prime Minister Hun Manet in Hanoi on December 1.\nThe two leaders agreed to raise two-way trade.\n');
  put('lao-1.txt', ' date 2025-12-02\nThủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Lào Bounmy Keovongsa\nChiều 1/12, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Lào Bounmy Keovongsa.\nBộ trưởng Bounmy Keovongsa cảm ơn sự đón tiếp của Thủ tướng.\n');
  put('lao-2.txt', 'Bounmy Keovongsa gặp Phạm Minh Chính\nSáng 4/12, ông Bounmy Keovongsa hội đàm với Thủ tướng Phạm Minh Chính tại Viêng Chăn. Ông Bounmy nói quan hệ hai nước rất tốt đẹp.\n');
  put('lao-2-copy.txt', 'Bounmy Keovongsa gặp Phạm Minh Chính\nSáng 4/12, ông Bounmy Keovongsa hội đàm với Thủ tướng Phạm Minh Chính tại Viêng Chăn. Ông Bounmy nói quan hệ hai nước rất tốt đẹp.\n');
  put('Bài 1.txt', ' date 2024-13-01\nChủ tịch nước Lương Cường tiếp Đại sứ Lào.\n');
  put('bai-1.txt', 'Tổng Bí thư Tô Lâm điện đàm với Tổng thống Nga Vladimir Putin ngày 3/5.\n');
  if (notArticles) {
    put('page.txt', '<!doctype html><html><body><p>Tin</p></body></html>');
    put('notes.md', 'not an article');
  }
  return dir;
}
