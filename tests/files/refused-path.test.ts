import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryChecker, isPresent, readRegularFile, refusedPath } from '../../src/files/refused-path';

const root = mkdtempSync(join(tmpdir(), 'leaderlens-refused-'));
const corpus = join(root, 'corpus');
mkdirSync(join(corpus, 'articles'), { recursive: true });
mkdirSync(join(root, 'elsewhere'));
writeFileSync(join(root, 'secret.txt'), 'not part of the corpus');
writeFileSync(join(root, 'elsewhere', 'a.txt'), 'outside');
writeFileSync(join(corpus, 'articles', 'real.txt'), 'Tổng Bí thư Tô Lâm.');
symlinkSync(join(root, 'secret.txt'), join(corpus, 'articles', 'leak.txt'));
symlinkSync(join(corpus, 'articles', 'real.txt'), join(corpus, 'articles', 'alias.txt'));
symlinkSync(join(root, 'elsewhere'), join(corpus, 'linked'));

describe('refusedPath', () => {
  it('lets a regular file inside the folder be read', () => {
    expect(refusedPath(corpus, join(corpus, 'articles', 'real.txt'))).toBeNull();
  });

  it('refuses a symbolic link out of the folder, naming where it points', () => {
    expect(refusedPath(corpus, join(corpus, 'articles', 'leak.txt'))).toBe(
      `is a symbolic link (to ${join(root, 'secret.txt')}): refused, corpus files must be regular files inside ${corpus}`,
    );
  });

  it('refuses a symbolic link even when it points inside the folder', () => {
    expect(refusedPath(corpus, join(corpus, 'articles', 'alias.txt'))).toMatch(/^is a symbolic link/);
  });

  it('refuses a file reached through a linked folder, or through "..", as outside the folder', () => {
    expect(refusedPath(corpus, join(corpus, 'linked', 'a.txt'))).toMatch(/^lies outside .*: refused/);
    expect(refusedPath(corpus, join(corpus, '..', 'secret.txt'))).toMatch(/^lies outside .*secret\.txt/);
  });

  it('refuses what is not a regular file (a named pipe would block the build)', () => {
    const fifo = join(corpus, 'articles', 'pipe.txt');
    const made = spawnSync('mkfifo', [fifo]);
    if (made.status !== 0) return; // no mkfifo on this system: nothing to test
    expect(refusedPath(corpus, fifo)).toMatch(/^is not a regular file/);
  });

  it('leaves a missing path to the read that follows', () => {
    expect(refusedPath(corpus, join(corpus, 'articles', 'missing.txt'))).toBeNull();
  });
});

describe('entryChecker', () => {
  it("answers as refusedPath does for every entry of a folder, with the entry's lstat", () => {
    const articles = join(corpus, 'articles');
    mkdirSync(join(articles, 'sub'), { recursive: true });
    spawnSync('mkfifo', [join(articles, 'fifo.txt')]);
    const check = entryChecker(corpus, articles);
    for (const name of [...readdirSync(articles), 'missing.txt']) {
      const path = join(articles, name);
      const { refused, stats } = check(name);
      expect(refused, name).toBe(refusedPath(corpus, path));
      expect(stats?.ino, name).toBe(name === 'missing.txt' ? undefined : lstatSync(path, { bigint: true }).ino);
    }
  });

  it('refuses every entry of a folder reached through a link as outside, as refusedPath does', () => {
    const check = entryChecker(corpus, join(corpus, 'linked'));
    expect(check('a.txt').refused).toBe(refusedPath(corpus, join(corpus, 'linked', 'a.txt')));
    expect(check('a.txt').refused).toMatch(/^lies outside /);
  });
});

describe('isPresent', () => {
  it('sees a file, a folder and a link, even a link that points nowhere', () => {
    symlinkSync(join(root, 'nowhere.json'), join(corpus, 'dangling.json'));
    expect(isPresent(join(corpus, 'articles', 'real.txt'))).toBe(true);
    expect(isPresent(join(corpus, 'articles'))).toBe(true);
    expect(isPresent(join(corpus, 'dangling.json'))).toBe(true);
    expect(isPresent(join(corpus, 'missing.json'))).toBe(false);
  });
});

describe('readRegularFile', () => {
  it('reads a regular file', () => {
    expect(readRegularFile(join(corpus, 'articles', 'real.txt')).toString('utf8')).toBe('Tổng Bí thư Tô Lâm.');
  });

  it('refuses to open a link, so a file swapped for one after the check is not read', () => {
    expect(() => readRegularFile(join(corpus, 'articles', 'leak.txt'))).toThrow(/ELOOP|symbolic/);
  });

  it('refuses a folder', () => {
    expect(() => readRegularFile(join(corpus, 'articles'))).toThrow();
  });
});
