import { cpSync, lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import { ArticleAdmission, articleIdFromFile, decodeArticleFile, listArticleFiles, readArticles, type ReadArticlesResult } from '../../src/corpus/read-articles';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles/bad-inputs');
const SEEDS = join(import.meta.dirname, '../../corpus/articles');

/**
 * Windows-1258 bytes for a Vietnamese string: base letters (with â ê ô ă ơ ư đ precomposed) and a
 * separate byte per tone mark, as the code page writes them.
 */
function toCp1258(s: string): Uint8Array {
  const base: Record<string, number> = {
    'a\u0302': 0xe2, 'e\u0302': 0xea, 'o\u0302': 0xf4, 'a\u0306': 0xe3, 'o\u031b': 0xf5, 'u\u031b': 0xfd,
    'A\u0302': 0xc2, 'E\u0302': 0xca, 'O\u0302': 0xd4, 'A\u0306': 0xc3, 'O\u031b': 0xd5, 'U\u031b': 0xdd,
    đ: 0xf0, Đ: 0xd0,
  };
  const tone: Record<string, number> = { '\u0300': 0xcc, '\u0301': 0xec, '\u0303': 0xde, '\u0309': 0xd2, '\u0323': 0xf2 };
  const out: number[] = [];
  const chars = [...s.normalize('NFD')];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const pair = c + (chars[i + 1] ?? '');
    if (base[pair] !== undefined) {
      out.push(base[pair]);
      i++;
    } else if (base[c] !== undefined) out.push(base[c]);
    else if (tone[c] !== undefined) out.push(tone[c]);
    else out.push(c.charCodeAt(0));
  }
  return Uint8Array.from(out);
}

// "Tổng Bí thư tiếp Đại sứ" in TCVN3 (ABC): one byte per accented lowercase letter.
const TCVN3 = Uint8Array.from([
  ...Buffer.from('T'), 0xe6, ...Buffer.from('ng B'), 0xdd, ...Buffer.from(' th'), 0xad, ...Buffer.from(' ti'), 0xd5,
  ...Buffer.from('p '), 0xa7, 0xb9, ...Buffer.from('i s'), 0xf8, ...Buffer.from(' Nh'), 0xb9, ...Buffer.from('t B'),
  0xb8, ...Buffer.from('n t'), 0xb9, ...Buffer.from('i H'), 0xb5, ...Buffer.from(' N'), 0xe9, ...Buffer.from('i.\n'),
]);

let dir: string;
let result: ReadArticlesResult;
const reasonOf = (file: string): string => result.skipped.find((s) => s.file === file)?.reason ?? '(not skipped)';

const outsideDir = mkdtempSync(join(tmpdir(), 'leaderlens-outside-'));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leaderlens-read-'));
  cpSync(FIXTURES, dir, { recursive: true });
  writeFileSync(join(dir, '.DS_Store'), Buffer.from('Bud1\0\0\0\x01', 'binary'));
  writeFileSync(join(dir, '10-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, '11-controls.txt'), Buffer.from('\x01\x02\x03\x04abc\x05\x06\x07\x08def\x0e\x0f\x10', 'binary'));
  writeFileSync(
    join(dir, '12-cp1258.txt'),
    toCp1258('Chủ tịch nước tiếp Đại sứ Hàn Quốc\n\nChiều 5/6, Chủ tịch nước đã tiếp Đại sứ Hàn Quốc tại Phủ Chủ tịch.\n'),
  );
  writeFileSync(join(dir, '13-tcvn3.txt'), TCVN3);
  writeFileSync(join(dir, '14-latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  // 5 MB of real-looking text: skipped for its size, whatever it says.
  const line = Buffer.from('Thủ tướng tiếp Đại sứ Nhật Bản.\n');
  writeFileSync(join(dir, '15-huge.txt'), Buffer.concat(Array(Math.floor((5 * 1024 * 1024) / line.length)).fill(line)));
  writeFileSync(join(dir, '16-utf16.txt'), Buffer.from('\ufeffTin', 'utf16le'));
  writeFileSync(join(dir, '17-tags.txt'), '<div class="a">\n<p>Một</p>\n<p>Hai</p>\n<p>Ba</p>\n<span>Bốn</span>\n</div>\n');
  mkdirSync(join(dir, 'sub.txt'));
  // Issue 10: a link out of the corpus was read silently and its text shipped in the index.
  writeFileSync(join(outsideDir, 'hostname'), 'Tổng Bí thư Tô Lâm tiếp Đại sứ, máy chủ bí mật.\n');
  symlinkSync(join(outsideDir, 'hostname'), join(dir, '18-leak.txt'));
  writeFileSync(join(dir, '19-target.txt'), 'Thủ tướng tiếp Đại sứ Nhật Bản tại Hà Nội hôm nay.\n');
  symlinkSync(join(dir, '19-target.txt'), join(dir, '20-alias.txt'));
  result = readArticles(dir);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outsideDir, { recursive: true, force: true });
});

describe('readArticles and links', () => {
  it('refuses a symbolic link out of the folder, with a reason naming the file and its target, and reads nothing of it', () => {
    expect(reasonOf('18-leak.txt')).toBe(
      `18-leak.txt: is a symbolic link (to ${join(outsideDir, 'hostname')}): refused, corpus files must be regular files inside ${dir}`,
    );
    expect(result.articles.some((a) => a.text.includes('máy chủ bí mật'))).toBe(false);
  });

  it('refuses a symbolic link inside the folder too, and reads its target under its own name', () => {
    expect(reasonOf('20-alias.txt')).toMatch(/^20-alias\.txt: is a symbolic link/);
    expect(result.articles.map((a) => a.file)).toContain('19-target.txt');
  });

  it('refuses files that resolve outside the corpus folder given as `corpusDir`', () => {
    const corpus = mkdtempSync(join(tmpdir(), 'leaderlens-corpus-'));
    const articles = join(corpus, 'articles');
    symlinkSync(outsideDir, articles);
    const read = readArticles(articles, { corpusDir: corpus });
    expect(read.articles).toEqual([]);
    expect(read.skipped).toEqual([{ file: 'hostname', reason: expect.stringMatching(/^hostname: lies outside /) }]);
    rmSync(corpus, { recursive: true, force: true });
  });
});

describe('readArticles on bad input', () => {
  test.each([
    ['02-empty.txt', /empty file/],
    ['03-whitespace.txt', /whitespace only/],
    ['04-page.txt', /HTML/],
    ['05-copy.txt', /duplicate of 01-good\.txt/],
    ['notes.md', /not a \.txt file/],
    ['.DS_Store', /hidden file/],
    ['10-binary.txt', /binary file: NUL byte/],
    ['11-controls.txt', /binary file: \d+% control characters/],
    ['12-cp1258.txt', /looks like Windows-1258 or TCVN3, convert to UTF-8/],
    ['13-tcvn3.txt', /looks like Windows-1258 or TCVN3, convert to UTF-8/],
    ['14-latin1.txt', /not valid UTF-8 \(first invalid byte 0xe9 at line 1\)/],
    ['15-huge.txt', /too large: 5\.0 MB \(\d+ bytes\), over the 2\.0 MB limit/],
    ['16-utf16.txt', /UTF-16/],
    ['17-tags.txt', /HTML \(\d+ tags/],
    ['sub.txt', /folder/],
  ])('skips %s with a reason naming it', (file, reason) => {
    expect(reasonOf(file)).toMatch(reason);
    expect(reasonOf(file).startsWith(`${file}: `)).toBe(true);
  });

  it('still reads the good files, in name order', () => {
    expect(result.articles.map((a) => a.file)).toEqual(['01-good.txt', '06-bad-header.txt', '07-bom-crlf.txt', '19-target.txt']);
  });

  it('does not say that a 1258 file is merely Latin-1, nor a Latin-1 file Vietnamese', () => {
    expect(reasonOf('14-latin1.txt')).not.toMatch(/1258/);
  });

  it('keeps an article whose header date is invalid, with a warning at file:1', () => {
    const a = result.articles.find((x) => x.file === '06-bad-header.txt');
    expect(a?.headerDate).toBeNull();
    expect(a?.text.startsWith('Bộ trưởng Ngoại giao điện đàm')).toBe(true);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ file: '06-bad-header.txt', line: 1, message: expect.stringMatching(/06-bad-header\.txt:1: .*2025-13-45/) }),
    );
  });

  it('strips the BOM and turns CRLF into LF', () => {
    const a = result.articles.find((x) => x.file === '07-bom-crlf.txt');
    expect(a?.text.startsWith('Chủ tịch Quốc hội')).toBe(true);
    expect(a?.text).not.toMatch(/\r|\uFEFF/);
  });

  it('removes a header that fills the whole first line and says so in lineOffset', () => {
    const a = result.articles.find((x) => x.file === '01-good.txt');
    expect(a).toMatchObject({ headerDate: '2025-11-20', lineOffset: 1 });
    expect(a?.text.split('\n')[0]).toBe('Thủ tướng tiếp Đại sứ Nhật Bản tại Hà Nội');
  });

  it('takes a size limit option', () => {
    const small = readArticles(FIXTURES, { maxBytes: 200 });
    expect(small.skipped.find((s) => s.file === '06-bad-header.txt')?.reason).toMatch(/too large: 250 bytes/);
  });

  it('throws a clear error for a missing folder', () => {
    expect(() => readArticles(join(dir, 'nope'))).toThrow(/cannot list articles folder/);
  });
});

describe('readArticles on the seed corpus', () => {
  const seeds = readArticles(SEEDS);

  it('reads all five articles and skips nothing', () => {
    expect(seeds.articles).toHaveLength(5);
    expect(seeds.skipped).toEqual([]);
    expect(seeds.warnings).toEqual([]);
  });

  test.each([
    ['000_8dffa88fda23db17.txt', null, 'Chủ tịch nước Lương Cường hội đàm'],
    ['001_934c8d96b2ae570d.txt', '2025-12-01', 'Tổng Bí thư Tô Lâm hội đàm'],
    ['002_556d5bdfab724e9e.txt', null, 'Tổng Bí thư tiếp Đoàn'],
    ['003_73471ccb4a1099fa.txt', '2025-12-03', 'HOTLINE:'],
    ['004_7b1fe3742d0cdee1.txt', null, 'Chủ tịch nước Lương Cường hội kiến'],
  ])('%s: header date %s, text starts with the rest of line 1', (file, date, start) => {
    const a = seeds.articles.find((x) => x.file === file);
    expect(a?.headerDate).toBe(date);
    expect(a?.lineOffset).toBe(0);
    expect(a?.text.startsWith(start)).toBe(true);
  });

  it('gives ids derived from file names, the same on every read', () => {
    expect(seeds.articles.map((a) => a.id)).toEqual(readArticles(SEEDS).articles.map((a) => a.id));
    expect(seeds.articles[0]?.id).toBe('000-8dffa88fda23db17');
  });
});

describe('articleIdFromFile', () => {
  test.each([
    ['000_8dffa88fda23db17.txt', '000-8dffa88fda23db17'],
    ['Bài viết Đặc biệt.txt', 'bai-viet-dac-biet'],
    ['TIN.TXT', 'tin'],
    ['___.txt', 'article'],
  ])('%s → %s', (file, id) => {
    expect(articleIdFromFile(file)).toBe(id);
  });
});

describe('ArticleAdmission', () => {
  const decoded = (text: string) => decodeArticleFile(Buffer.from(text));

  it('skips a file with the same text as an earlier one and suffixes an id two names fold to', () => {
    const admission = new ArticleAdmission();
    expect(admission.admit('Bài 1.txt', decoded('Một bài báo.'))).toBe('bai-1');
    expect(admission.admit('bai-1.txt', decoded('Một bài báo khác.'))).toBe('bai-1-2');
    expect(admission.admit('c.txt', decoded('Một   bài báo.\n'))).toBeNull();
    expect(admission.skipped).toEqual([{ file: 'c.txt', reason: 'c.txt: duplicate of Bài 1.txt (same text)' }]);
    expect(admission.warnings.map((w) => w.message)).toEqual(['bai-1.txt: its id "bai-1" is already used by Bài 1.txt; using "bai-1-2"']);
  });

  it('reports a header problem even for a file it then skips', () => {
    const admission = new ArticleAdmission();
    expect(admission.admit('x.txt', decoded(' date 2024-02-30\n'))).toBeNull();
    expect(admission.warnings).toEqual([{ file: 'x.txt', line: 1, message: expect.stringMatching(/^x\.txt:1: header date "2024-02-30"/) }]);
    expect(admission.skipped).toEqual([{ file: 'x.txt', reason: 'x.txt: empty article: nothing after the header' }]);
  });
});

describe('listArticleFiles', () => {
  it('lists files in code-unit order, each to read or refused with the reason, reading none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-list-'));
    writeFileSync(join(dir, 'b.txt'), 'Bài.');
    writeFileSync(join(dir, 'a.md'), 'Bài.');
    writeFileSync(join(dir, 'B.txt'), '');
    const listed = listArticleFiles(dir);
    expect(listed).toEqual([
      { file: 'B.txt', refused: 'empty file' },
      { file: 'a.md', refused: 'not a .txt file; articles must be UTF-8 text files named *.txt' },
      { file: 'b.txt', path: join(dir, 'b.txt'), stats: expect.anything() },
    ]);
    // With what its lstat said, to the nanosecond, for the file hash memo (file-hash-memo.ts): not asked twice.
    const stats = 'path' in listed[2]! ? listed[2].stats : undefined;
    expect(stats?.ino).toBe(lstatSync(join(dir, 'b.txt'), { bigint: true }).ino);
    expect(stats?.mtimeNs).toBe(lstatSync(join(dir, 'b.txt'), { bigint: true }).mtimeNs);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('readArticles and the url header line', () => {
  let urlDir: string;
  let read: ReadArticlesResult;
  const BODY = 'Thủ tướng tiếp Đại sứ Nhật Bản tại Hà Nội\n\nChiều 20/11, Thủ tướng đã tiếp Đại sứ Nhật Bản.\n';

  beforeAll(() => {
    urlDir = mkdtempSync(join(tmpdir(), 'leaderlens-url-'));
    writeFileSync(join(urlDir, 'a-url.txt'), ` date 2025-11-20\n url https://vnexpress.net/thu-tuong-tiep-4821.html\n${BODY}`);
    writeFileSync(join(urlDir, 'b-bad-url.txt'), ` date 2025-11-21\n url javascript:alert(1)\n${BODY.replace('Nhật Bản', 'Hàn Quốc')}`);
    // BOM and CRLF, as a file saved on Windows: the header still reads, line numbers still hold.
    writeFileSync(join(urlDir, 'c-crlf.txt'), `\ufeff url https://tuoitre.vn/b.htm\r\n${BODY.replace('Nhật Bản', 'Lào').replace(/\n/g, '\r\n')}`);
    writeFileSync(join(urlDir, 'd-none.txt'), BODY.replace('Nhật Bản', 'Pháp'));
    read = readArticles(urlDir);
  });

  afterAll(() => rmSync(urlDir, { recursive: true, force: true }));

  const articleOf = (file: string) => read.articles.find((a) => a.file === file);

  it('gives the address of the url line, and removes both header lines from the text', () => {
    expect(articleOf('a-url.txt')).toMatchObject({ url: 'https://vnexpress.net/thu-tuong-tiep-4821.html', headerDate: '2025-11-20', lineOffset: 2 });
    expect(articleOf('a-url.txt')?.text.startsWith('Thủ tướng tiếp')).toBe(true);
    expect(articleOf('c-crlf.txt')).toMatchObject({ url: 'https://tuoitre.vn/b.htm', lineOffset: 1 });
  });

  it('keeps an article whose address is refused, without a url, and warns at file:line', () => {
    const a = articleOf('b-bad-url.txt');
    expect(a).toBeDefined();
    expect(a && 'url' in a).toBe(false);
    expect(a).toMatchObject({ headerDate: '2025-11-21', lineOffset: 2 });
    expect(read.warnings).toEqual([
      { file: 'b-bad-url.txt', line: 2, message: expect.stringMatching(/^b-bad-url\.txt:2: header url refused: .*"javascript:"/) },
    ]);
  });

  it('gives no url field to an article without the line', () => {
    expect(articleOf('d-none.txt')).toBeDefined();
    expect('url' in articleOf('d-none.txt')!).toBe(false);
  });
});
