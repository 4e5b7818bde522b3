import { describe, expect, it } from 'vitest';
import { describeImport, formatBytes } from '../../../src/saved/ui/saved-text';

describe('describeImport', () => {
  it('says what was imported, kept once and refused, each refusal in the CLI words, header lines left out', () => {
    const lines = describeImport(
      {
        imported: [{ file: 'a.txt', id: 'saved-1', title: 'Bài A', meetings: 1, quotes: 2 }],
        duplicates: [{ file: 'c.txt', reason: 'c.txt: duplicate of "Bài A" (same text); kept once' }],
        refused: [{ file: 'b.pdf', reason: 'b.pdf: not a .txt file; articles must be UTF-8 text files named *.txt' }],
        warnings: ['d.txt:1: header date "2025-02-30" is not a valid YYYY-MM-DD date; the article is kept without a header date'],
      },
      [{ file: 'x.zip', reason: 'x.zip: not a zip file' }],
      'en',
    );
    expect(lines.map((g) => [g.outcome, g.heading, g.items.map((i) => [i.file, i.text])])).toEqual([
      ['imported', 'Imported 1 articles.', [['a.txt', 'a.txt: Bài A — 1 meetings · 2 quotes']]],
      ['duplicate', 'Already saved (kept once): 1 files', [['c.txt', 'c.txt: duplicate of "Bài A" (same text); kept once']]],
      ['refused', 'Not imported (not an article): 2 files', [['x.zip', 'x.zip: not a zip file'], ['b.pdf', 'b.pdf: not a .txt file; articles must be UTF-8 text files named *.txt']]],
      ['warning', 'Kept, with a header line left out: 1', [['d.txt', expect.stringContaining('d.txt:1: header date')]]],
    ]);
  });

  it('leaves out empty groups but always says how many were imported', () => {
    const lines = describeImport({ imported: [], duplicates: [], refused: [], warnings: [] }, [], 'vi');
    expect(lines.map((g) => g.heading)).toEqual(['Đã nhập 0 bài.']);
  });
});

describe('formatBytes', () => {
  it.each([
    [512, 'en', '512 B'],
    [1536, 'en', '1.5 KB'],
    [5 * 1024 * 1024, 'en', '5.0 MB'],
    [1536, 'vi', '1,5 KB'],
  ] as const)('%d bytes in %s is %s', (bytes, lang, text) => {
    expect(formatBytes(bytes, lang)).toBe(text);
  });
});
