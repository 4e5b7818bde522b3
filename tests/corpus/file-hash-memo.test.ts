import { createHash } from 'node:crypto';
import { lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileHashMemo } from '../../src/corpus/file-hash-memo';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
/** A clock a minute ahead: every file written by the test counts as settled. */
const later = () => BigInt(Date.now() + 60_000) * 1_000_000n;

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setUp(): { article: string; memoFile: string } {
  dir = mkdtempSync(join(tmpdir(), 'leaderlens-hash-memo-'));
  const article = join(dir, 'a.txt');
  writeFileSync(article, 'Chiều 8/11, hai bên hội đàm.');
  return { article, memoFile: join(dir, 'memo', 'hashes.json') };
}

describe('FileHashMemo', () => {
  it("gives the sha256 of a file's bytes, and on the next build trusts it while lstat says the same", () => {
    const { article, memoFile } = setUp();
    const first = FileHashMemo.load(memoFile, later);
    expect(first.hashOf(article)).toEqual({ hash: sha('Chiều 8/11, hai bên hội đàm.') });
    first.save();
    // The saved entry is trusted without reading the file: swap its hash and the memo answers it.
    const saved = JSON.parse(readFileSync(memoFile, 'utf8')) as Record<string, [string, string]>;
    writeFileSync(memoFile, JSON.stringify({ [article]: [saved[article]![0], 'f'.repeat(64)] }));
    expect(FileHashMemo.load(memoFile, later).hashOf(article)).toEqual({ hash: 'f'.repeat(64) });
  });

  it("takes the listing's lstat when given one, and does not ask again (so what it says decides)", () => {
    const { article, memoFile } = setUp();
    const first = FileHashMemo.load(memoFile, later);
    const listed = lstatSync(article, { bigint: true });
    expect(first.hashOf(article, listed)).toEqual({ hash: sha('Chiều 8/11, hai bên hội đàm.') });
    first.save();
    writeFileSync(article, 'Sáng 8/11, hai bên hội đàm, lâu hơn.');
    // The lstat the listing made before the rewrite: the memo answers for the file as it was then.
    expect(FileHashMemo.load(memoFile, later).hashOf(article, listed)).toEqual({ hash: sha('Chiều 8/11, hai bên hội đàm.') });
    // Asked now, or with a listing made after it, the file is read and hashed again.
    expect(FileHashMemo.load(memoFile, later).hashOf(article)).toEqual({ hash: sha('Sáng 8/11, hai bên hội đàm, lâu hơn.') });
    expect(FileHashMemo.load(memoFile, later).hashOf(article, lstatSync(article, { bigint: true }))).toEqual({ hash: sha('Sáng 8/11, hai bên hội đàm, lâu hơn.') });
  });

  it('hashes a rewritten file again, even with its size and modification time put back', () => {
    const { article, memoFile } = setUp();
    const first = FileHashMemo.load(memoFile, later);
    first.hashOf(article);
    first.save();
    const { atime, mtime } = statSync(article);
    writeFileSync(article, 'Sáng 8/11, hai bên hội đàm.'.padEnd('Chiều 8/11, hai bên hội đàm.'.length, ' '));
    utimesSync(article, atime, mtime);
    expect(FileHashMemo.load(memoFile, later).hashOf(article)).toEqual({ hash: sha(readFileSync(article, 'utf8')) });
  });

  it('does not remember a file changed within two seconds of its hashing (a write in the same clock tick could leave lstat as it was)', () => {
    const { article, memoFile } = setUp();
    const now = FileHashMemo.load(memoFile);
    now.hashOf(article);
    now.save();
    expect(JSON.parse(readFileSync(memoFile, 'utf8'))).toEqual({});
  });

  it('refuses a file swapped for a link, whatever it remembered of the file', () => {
    const { article, memoFile } = setUp();
    const first = FileHashMemo.load(memoFile, later);
    first.hashOf(article);
    first.save();
    rmSync(article);
    writeFileSync(join(dir, 'secret'), 'not an article');
    symlinkSync(join(dir, 'secret'), article);
    expect(FileHashMemo.load(memoFile, later).hashOf(article)).toMatchObject({ unreadable: expect.stringContaining('cannot be read') });
  });

  it('starts empty from a damaged memo, and keeps only the files of the last build', () => {
    const { article, memoFile } = setUp();
    const other = join(dir, 'b.txt');
    writeFileSync(other, 'x');
    const first = FileHashMemo.load(memoFile, later);
    first.hashOf(article);
    first.hashOf(other);
    first.save();
    const second = FileHashMemo.load(memoFile, later);
    second.hashOf(article);
    second.save();
    expect(Object.keys(JSON.parse(readFileSync(memoFile, 'utf8')) as object)).toEqual([article]);
    writeFileSync(memoFile, '{"broken');
    expect(FileHashMemo.load(memoFile, later).hashOf(article)).toEqual({ hash: sha('Chiều 8/11, hai bên hội đàm.') });
  });
});
