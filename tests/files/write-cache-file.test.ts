import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderMemoFile, writeCacheFile } from '../../src/files/write-cache-file';

describe('writeCacheFile', () => {
  it('writes the file whole, making its folder, and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-cache-file-'));
    const file = join(dir, 'deep', 'memo.json');
    expect(writeCacheFile(file, '{"a":1}')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}');
    expect(writeCacheFile(file, new Uint8Array([1, 2, 3]))).toBe(true);
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
    expect(readdirSync(join(dir, 'deep'))).toEqual(['memo.json']);
  });

  it('returns false when the file cannot be put in place, and removes its temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-cache-file-'));
    // A folder with something in it where the file should go: the rename fails, even for root.
    const file = join(dir, 'memo.json');
    mkdirSync(file);
    writeFileSync(join(file, 'inside'), 'kept');
    expect(writeCacheFile(file, 'new')).toBe(false);
    expect(readdirSync(dir)).toEqual(['memo.json']);
    expect(readFileSync(join(file, 'inside'), 'utf8')).toBe('kept');
  });
});

describe('folderMemoFile', () => {
  it('names one memo per output folder, the same for a relative and an absolute path to it, under its kind', () => {
    const file = folderMemoFile('/cache', 'index-layout', 'generated/index', '.keys');
    expect(dirname(file)).toBe(join('/cache', 'index-layout'));
    expect(basename(file)).toMatch(/^[0-9a-f]{16}\.keys$/);
    expect(folderMemoFile('/cache', 'index-layout', join(process.cwd(), 'generated/index'), '.keys')).toBe(file);
    expect(folderMemoFile('/cache', 'index-layout', 'generated/other', '.keys')).not.toBe(file);
    expect(folderMemoFile('/cache', 'search-words', 'generated/index', '.pack')).toBe(join('/cache', 'search-words', basename(file, '.keys') + '.pack'));
  });
});
