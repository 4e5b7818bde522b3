import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeIndexFolder } from '../../src/cli/write-index';
import type { IndexPayload } from '../../src/index-data/index-layout';

const payloads: IndexPayload[] = [
  { path: 'manifest.json', content: '{"formatVersion":3}', gzip: false },
  { path: 'cards/0001.json.gz', content: new Uint8Array([1, 2, 3]), gzip: false },
];

describe('writeIndexFolder', () => {
  it('writes every file, reports bytes and files, and leaves no staging folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-write-'));
    const out = join(dir, 'leaderlens-index');
    expect(await writeIndexFolder(payloads, out)).toEqual({ bytes: 19 + 3, files: 2 });
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe('{"formatVersion":3}');
    expect([...readFileSync(join(out, 'cards/0001.json.gz'))]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['leaderlens-index']);
  });

  it('gzips the payloads that ask for it, each whole, however many are compressed at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-write-'));
    const out = join(dir, 'leaderlens-index');
    const texts = Array.from({ length: 25 }, (_, i) => `{"shard":${i},"text":"${'Hà Nội '.repeat(200 + i)}"}`);
    const written = await writeIndexFolder(
      texts.map((content, i) => ({ path: `cards/${String(i).padStart(4, '0')}.json.gz`, content, gzip: true })),
      out,
    );
    expect(written.files).toBe(25);
    texts.forEach((text, i) => expect(gunzipSync(readFileSync(join(out, `cards/${String(i).padStart(4, '0')}.json.gz`))).toString('utf8')).toBe(text));
    expect(written.bytes).toBeLessThan(texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 10);
  });

  it('replaces the folder it writes over, files of the old index included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-write-'));
    const out = join(dir, 'leaderlens-index');
    mkdirSync(out);
    writeFileSync(join(out, 'stale.json'), '{}');
    await writeIndexFolder(payloads, out);
    expect(existsSync(join(out, 'stale.json'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['leaderlens-index']);
  });

  it('leaves the old folder and no staging folder when the payloads fail half-way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-write-'));
    const out = join(dir, 'leaderlens-index');
    mkdirSync(out);
    writeFileSync(join(out, 'manifest.json'), 'old');
    function* failing(): Generator<IndexPayload> {
      yield { path: 'cards/0000.json.gz', content: 'x'.repeat(10_000), gzip: true };
      throw new Error('layout failed');
    }
    await expect(writeIndexFolder(failing(), out)).rejects.toThrow('layout failed');
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['leaderlens-index']);
  });
});
