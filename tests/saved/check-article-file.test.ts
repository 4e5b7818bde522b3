import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, readArticles } from '../../src/corpus/read-articles';
import { checkArticleFile, MAX_ARTICLE_BYTES } from '../../src/saved/check-article-file';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Files of every kind the CLI refuses or warns of, beside good ones. */
const FILES: [string, Uint8Array][] = [
  ['good.txt', utf8(' date 2025-04-10\nThủ tướng Phạm Minh Chính hội đàm\nChiều 9/4, …\n')],
  ['bad-header.txt', utf8(' date 2025-02-30\nMột bài viết\n')],
  ['.hidden.txt', utf8('Một bài viết\n')],
  ['notes.pdf', utf8('%PDF-1.4')],
  ['empty.txt', new Uint8Array(0)],
  ['blank.txt', utf8('  \n\n  ')],
  ['page.txt', utf8('<!doctype html><html><body>Tin</body></html>')],
  ['utf16.txt', new Uint8Array([0xff, 0xfe, 0x54, 0x00])],
  ['binary.txt', new Uint8Array([0x54, 0x00, 0x41])],
  ['latin1.txt', new Uint8Array([0x54, 0xf4, 0x20, 0x4c, 0xe2, 0x6d])],
  ['header-only.txt', utf8(' date 2025-04-10\n url https://vnexpress.net/a.html\n')],
];

const dir = mkdtempSync(join(tmpdir(), 'leaderlens-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkArticleFile', () => {
  it('refuses and warns of exactly what readArticles (the CLI) does, in the same words', () => {
    mkdirSync(join(dir, 'articles'));
    for (const [name, bytes] of FILES) writeFileSync(join(dir, 'articles', name), bytes);
    const cli = readArticles(join(dir, 'articles'));
    for (const [name, bytes] of FILES) {
      const mine = checkArticleFile(name, bytes);
      const skipped = cli.skipped.find((s) => s.file === name);
      if (skipped) {
        expect(mine, name).toEqual({ ok: false, reason: skipped.reason });
      } else {
        expect(mine.ok, name).toBe(true);
        const warnings = cli.warnings.filter((w) => w.file === name).map((w) => w.message);
        expect(mine.ok && mine.warnings, name).toEqual(warnings);
      }
    }
    expect(cli.articles.map((a) => a.file).sort()).toEqual(['bad-header.txt', 'good.txt']);
  });

  it('keeps the same size limit as the CLI, and refuses a file over it in its words', () => {
    expect(MAX_ARTICLE_BYTES).toBe(DEFAULT_MAX_BYTES);
    const big = checkArticleFile('big.txt', new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61));
    expect(big).toEqual({ ok: false, reason: `big.txt: too large: 2.0 MB (${MAX_ARTICLE_BYTES + 1} bytes), over the 2.0 MB limit for one article` });
  });

  it('gives the decoded file text (BOM and CR removed, NFC) and its header', () => {
    const admitted = checkArticleFile('a.txt', utf8('\uFEFF date 2025-04-10\r\nTo\u0302 La\u0302m\r\n'));
    expect(admitted.ok && admitted.fileText).toBe(' date 2025-04-10\nTô Lâm\n');
    expect(admitted.ok && admitted.header.headerDate).toBe('2025-04-10');
  });
});
