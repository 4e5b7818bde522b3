import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { carriesStamp, folderStamps, writeIndexFolder } from '../../src/cli/write-index';
import { INDEX_FORMAT_VERSION } from '../../src/index-data/format';
import type { IndexPayload } from '../../src/index-data/index-layout';

const manifest = (files: Record<string, string>): IndexPayload => ({
  path: 'manifest.json',
  stamp: null,
  content: JSON.stringify({ formatVersion: INDEX_FORMAT_VERSION, files }),
  gzip: false,
});

const payloads: IndexPayload[] = [
  { path: 'cards/0001.json.gz', stamp: 'a1', content: new Uint8Array([1, 2, 3]), gzip: false },
  manifest({ 'cards/0001.json.gz': 'a1' }),
];

/** A file as the layout makes it: its stamp in its envelope. */
const envelope = (stamp: string, data: string) => JSON.stringify({ formatVersion: INDEX_FORMAT_VERSION, stamp, data });

const freshDir = () => join(mkdtempSync(join(tmpdir(), 'leaderlens-write-')), 'leaderlens-index');

describe('writeIndexFolder', () => {
  it('writes every file, reports bytes and files, and leaves no staging folder', async () => {
    const out = freshDir();
    const manifestBytes = Buffer.byteLength(payloads[1]!.content as string);
    expect(await writeIndexFolder(payloads, out)).toEqual({ bytes: 3 + manifestBytes, files: 2, written: 2, unmade: 0 });
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(payloads[1]!.content);
    expect([...readFileSync(join(out, 'cards/0001.json.gz'))]).toEqual([1, 2, 3]);
    expect(readdirSync(join(out, '..'))).toEqual(['leaderlens-index']);
  });

  it('gzips the payloads that ask for it, each whole, however many are compressed at once', async () => {
    const out = freshDir();
    const texts = Array.from({ length: 25 }, (_, i) => `{"shard":${i},"text":"${'Hà Nội '.repeat(200 + i)}"}`);
    const written = await writeIndexFolder(
      texts.map((content, i) => ({ path: `cards/${String(i).padStart(4, '0')}.json.gz`, stamp: `s${i}`, content, gzip: true })),
      out,
    );
    expect(written.files).toBe(25);
    texts.forEach((text, i) => expect(gunzipSync(readFileSync(join(out, `cards/${String(i).padStart(4, '0')}.json.gz`))).toString('utf8')).toBe(text));
    expect(written.bytes).toBeLessThan(texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 10);
  });

  it('replaces the folder it writes over, files of the old index included', async () => {
    const out = freshDir();
    mkdirSync(out);
    writeFileSync(join(out, 'stale.json'), '{}');
    await writeIndexFolder(payloads, out);
    expect(existsSync(join(out, 'stale.json'))).toBe(false);
    expect(readdirSync(join(out, '..'))).toEqual(['leaderlens-index']);
  });

  it('leaves the old folder and no staging folder when the payloads fail half-way', async () => {
    const out = freshDir();
    mkdirSync(out);
    writeFileSync(join(out, 'manifest.json'), 'old');
    function* failing(): Generator<IndexPayload> {
      yield { path: 'cards/0000.json.gz', stamp: 'x', content: 'x'.repeat(10_000), gzip: true };
      throw new Error('layout failed');
    }
    await expect(writeIndexFolder(failing(), out)).rejects.toThrow('layout failed');
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe('old');
    expect(readdirSync(join(out, '..'))).toEqual(['leaderlens-index']);
  });
});

describe('writeIndexFolder over a folder it wrote before', () => {
  const shard = (name: string, stamp: string, data: string | null): IndexPayload => ({ path: `cards/${name}.json.gz`, stamp, content: data === null ? null : envelope(stamp, data), gzip: true });
  const firstBuild = [shard('0', 's0', 'zero'), shard('1', 's1', 'one'), shard('2', 's2', 'two'), manifest({ 'cards/0.json.gz': 's0', 'cards/1.json.gz': 's1', 'cards/2.json.gz': 's2' })];
  const read = (out: string, name: string) => (JSON.parse(gunzipSync(readFileSync(join(out, `cards/${name}.json.gz`))).toString('utf8')) as { data: string }).data;

  it('keeps the files whose stamps the folder lists, writes the changed ones, and drops the ones no longer listed', async () => {
    const out = freshDir();
    await writeIndexFolder(firstBuild, out);
    const kept = statSync(join(out, 'cards/0.json.gz')).ino;
    const written = await writeIndexFolder([shard('0', 's0', 'zero'), shard('1', 's1b', 'one, changed'), shard('3', 's3', 'three'), manifest({ 'cards/0.json.gz': 's0', 'cards/1.json.gz': 's1b', 'cards/3.json.gz': 's3' })], out);
    expect(written).toMatchObject({ files: 4, written: 3 });
    expect(statSync(join(out, 'cards/0.json.gz')).ino).toBe(kept); // the same file, linked, not written again
    expect([read(out, '0'), read(out, '1'), read(out, '3')]).toEqual(['zero', 'one, changed', 'three']);
    expect(existsSync(join(out, 'cards/2.json.gz'))).toBe(false);
    expect(readdirSync(join(out, '..'))).toEqual(['leaderlens-index']);
  });

  it('keeps a file the layout left unmade, and counts its bytes', async () => {
    const out = freshDir();
    const first = await writeIndexFolder(firstBuild, out);
    const again = await writeIndexFolder([shard('0', 's0', null), shard('1', 's1', null), shard('2', 's2', null), firstBuild[3]!], out);
    expect(again).toEqual({ bytes: first.bytes, files: 4, written: 1, unmade: 3 });
    expect(read(out, '2')).toBe('two');
  });

  it('says so, and leaves the folder as it was, when a file left unmade is gone', async () => {
    const out = freshDir();
    await writeIndexFolder(firstBuild, out);
    const gone = [shard('0', 's0', null), shard('9', 's9', null), manifest({ 'cards/0.json.gz': 's0', 'cards/9.json.gz': 's9' })];
    await expect(writeIndexFolder(gone, out)).rejects.toThrow(/cards\/9\.json\.gz of the previous index \(stamp s9\) is gone/);
    expect(read(out, '2')).toBe('two');
    expect(readdirSync(join(out, '..'))).toEqual(['leaderlens-index']);
  });

  it('writes a file again, rather than keep it, when the file in the folder no longer carries the stamp listed for it', async () => {
    const out = freshDir();
    await writeIndexFolder(firstBuild, out);
    writeFileSync(join(out, 'cards/1.json.gz'), 'damaged');
    expect(await writeIndexFolder(firstBuild, out)).toMatchObject({ written: 2 });
    expect(read(out, '1')).toBe('one');
  });

  it('writes every file again over a folder of another format', async () => {
    const out = freshDir();
    await writeIndexFolder([shard('0', 's0', 'zero'), { ...manifest({ 'cards/0.json.gz': 's0' }), content: JSON.stringify({ formatVersion: 3, files: { 'cards/0.json.gz': 's0' } }) }], out);
    expect(folderStamps(out)).toBeNull();
    expect(await writeIndexFolder([shard('0', 's0', 'zero'), manifest({ 'cards/0.json.gz': 's0' })], out)).toMatchObject({ written: 2 });
  });
});

describe('carriesStamp', () => {
  it('reads the stamp from the head of a file, gzipped or not, and is false for anything else', async () => {
    const out = freshDir();
    const bin = new Uint8Array(Buffer.concat([Buffer.from('LLPK\u0000\u0000\u0000\u0000'), Buffer.from(`{"meta":{"formatVersion":${INDEX_FORMAT_VERSION},"stamp":"b2","kind":"x"}}`)]));
    await writeIndexFolder(
      [
        { path: 'a.json.gz', stamp: 'a1', content: envelope('a1', 'x'.repeat(100_000)), gzip: true },
        { path: 'search/b.bin', stamp: 'b2', content: bin, gzip: false },
        manifest({ 'a.json.gz': 'a1', 'search/b.bin': 'b2' }),
      ],
      out,
    );
    expect(carriesStamp(out, 'a.json.gz', 'a1')).toBe(true);
    expect(carriesStamp(out, 'search/b.bin', 'b2')).toBe(true);
    expect(carriesStamp(out, 'a.json.gz', 'a2')).toBe(false);
    expect(carriesStamp(out, 'missing.json', 'a1')).toBe(false);
  });
});

describe('folderStamps', () => {
  it("reads the stamps a folder's manifest lists, by path", async () => {
    const out = freshDir();
    await writeIndexFolder(payloads, out);
    expect(folderStamps(out)).toEqual(new Map([['cards/0001.json.gz', 'a1']]));
  });

  it('is null for no folder and for a manifest that is not one', () => {
    const out = freshDir();
    expect(folderStamps(out)).toBeNull();
    mkdirSync(out);
    writeFileSync(join(out, 'manifest.json'), '{"formatVersion":');
    expect(folderStamps(out)).toBeNull();
  });
});
