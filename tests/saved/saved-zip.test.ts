import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportFileName, exportZip, importFiles } from '../../src/saved/saved-zip';
import type { SavedExport } from '../../src/saved/saved-service';

const EXPORTED: SavedExport = {
  files: [
    { path: 'articles/saved-0000000000000001.txt', text: ' date 2025-04-10\nTô Lâm\n' },
    { path: 'articles/saved-0000000000000002.txt', text: `Lương Cường\n${'Một đoạn dài. '.repeat(200)}\n` },
  ],
  manifest: { format: 'leaderlens-saved-articles', version: 1, exportedAt: '2026-01-02T00:00:00.000Z', articles: [] },
};

describe('exportZip', () => {
  it('lays the zip out like corpus/: articles/*.txt as they are, and manifest.json beside the folder', () => {
    const entries = unzipSync(exportZip(EXPORTED));
    expect(Object.keys(entries).sort()).toEqual(['articles/saved-0000000000000001.txt', 'articles/saved-0000000000000002.txt', 'manifest.json']);
    expect(new TextDecoder().decode(entries['articles/saved-0000000000000001.txt'])).toBe(' date 2025-04-10\nTô Lâm\n');
    expect(JSON.parse(new TextDecoder().decode(entries['manifest.json']))).toEqual(EXPORTED.manifest);
  });

  it('is the same bytes for the same export', () => {
    expect(exportZip(EXPORTED)).toEqual(exportZip(EXPORTED));
  });
});

describe('exportFileName', () => {
  it('names the download with its day', () => {
    expect(exportFileName(new Date('2026-01-02T23:00:00Z'))).toBe('leaderlens-saved-articles-2026-01-02.zip');
  });
});

describe('importFiles', () => {
  const zip = (entries: Record<string, string>) => ({ name: 'corpus.zip', bytes: zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strToU8(v)]))) });

  it("takes a zip's articles/ files, wherever the folder is, and leaves the manifest and registry", () => {
    const out = importFiles([zip({ 'corpus/articles/a.txt': 'A', 'corpus/articles/b.pdf': 'B', 'corpus/leaders.json': '{}', 'corpus/manifest.json': '{}', 'corpus/notes.txt': 'N' })]);
    expect(out.files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([
      ['a.txt', 'A'],
      ['b.pdf', 'B'],
    ]);
    expect(out.refused).toEqual([]);
  });

  it('takes every file of a zip with no articles/ folder, but the manifest and registry, and no Mac folders', () => {
    const out = importFiles([zip({ 'a.txt': 'A', 'manifest.json': '{}', '__MACOSX/._a.txt': 'junk' })]);
    expect(out.files.map((f) => f.name)).toEqual(['a.txt']);
  });

  it('passes other chosen files on as they are, for the background to check', () => {
    const out = importFiles([{ name: 'a.txt', bytes: strToU8('A') }, { name: 'scan.pdf', bytes: strToU8('%PDF') }]);
    expect(out.files.map((f) => f.name)).toEqual(['a.txt', 'scan.pdf']);
  });

  it('refuses a .zip that is not one, saying nothing in it was imported', () => {
    const out = importFiles([{ name: 'broken.zip', bytes: strToU8('not a zip') }]);
    expect(out.files).toEqual([]);
    expect(out.refused[0]).toMatchObject({ file: 'broken.zip', reason: expect.stringMatching(/^broken\.zip: not a zip file .*nothing in it was imported$/) });
  });
});
