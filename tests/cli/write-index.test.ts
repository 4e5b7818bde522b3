import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GZIP_MEASURED_UP_TO, writeIndex } from '../../src/cli/write-index';
import type { LeaderlensIndex } from '../../src/index-data/format';

const index = (extra: Record<string, unknown> = {}) =>
  ({ formatVersion: 1, leaders: { 'to-lam': { id: 'to-lam', name: 'Tô Lâm' } }, quotes: { q1: { text: '“Hạt gạo cắn đôi”' } }, ...extra }) as unknown as LeaderlensIndex;

describe('writeIndex', () => {
  it('writes the compact JSON of the index and its size raw and gzipped, leaving no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-write-index-'));
    const file = join(dir, 'sub', 'index.json');
    const written = await writeIndex(index(), file);
    const json = JSON.stringify(index());
    expect(readFileSync(file, 'utf8')).toBe(json);
    expect(written).toEqual({ bytes: Buffer.byteLength(json), gzipBytes: gzipSync(Buffer.from(json)).length });
    expect(readdirSync(join(dir, 'sub'))).toEqual(['index.json']);
  });

  it('does not measure the gzip size of an index too large for it to be worth the time', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'leaderlens-write-index-')), 'index.json');
    const written = await writeIndex(index({ big: 'x'.repeat(GZIP_MEASURED_UP_TO + 1) }), file);
    expect(written.gzipBytes).toBeNull();
    expect(written.bytes).toBeGreaterThan(GZIP_MEASURED_UP_TO);
    // Replacing an index that large, it does not even start (the one it replaces is its guess);
    // once a small index is in its place, the next one is measured again.
    expect((await writeIndex(index(), file)).gzipBytes).toBeNull();
    expect((await writeIndex(index(), file)).gzipBytes).toBe(gzipSync(Buffer.from(JSON.stringify(index()))).length);
  }, 30_000);
});
