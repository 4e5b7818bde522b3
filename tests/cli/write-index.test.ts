import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeIndexFolder } from '../../src/cli/write-index';

const files = [
  { path: 'manifest.json', bytes: new TextEncoder().encode('{"formatVersion":3}') },
  { path: 'cards/0001.json.gz', bytes: new Uint8Array([1, 2, 3]) },
];

describe('writeIndexFolder', () => {
  it('writes every file, reports bytes and files, and leaves no staging folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-write-'));
    const out = join(dir, 'leaderlens-index');
    expect(writeIndexFolder(files, out)).toEqual({ bytes: 19 + 3, files: 2 });
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe('{"formatVersion":3}');
    expect([...readFileSync(join(out, 'cards/0001.json.gz'))]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['leaderlens-index']);
  });

  it('replaces the folder it writes over, files of the old index included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-write-'));
    const out = join(dir, 'leaderlens-index');
    mkdirSync(out);
    writeFileSync(join(out, 'stale.json'), '{}');
    writeIndexFolder(files, out);
    expect(existsSync(join(out, 'stale.json'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['leaderlens-index']);
  });
});
