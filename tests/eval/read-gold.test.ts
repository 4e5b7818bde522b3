import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGold } from '../../src/eval/read-gold';

describe('readGold', () => {
  it('reads every annotation of the held-out halves, in file order', () => {
    for (const half of ['tune', 'test']) {
      const gold = readGold(join('tests/fixtures/held-out', half));
      expect(gold.length).toBeGreaterThanOrEqual(20);
      expect(gold.map((g) => g.file)).toEqual([...gold.map((g) => g.file)].sort());
      expect(new Set(gold.map((g) => g.language))).toEqual(new Set(['en', 'vi']));
    }
  });

  it('names the file and the field of a broken annotation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-gold-'));
    mkdirSync(join(dir, 'gold'));
    writeFileSync(join(dir, 'gold', 'bad.json'), JSON.stringify({ file: 'bad.txt', language: 'fr', date: null, dateFromText: false, people: [], meetings: [], quotes: [] }));
    expect(() => readGold(dir)).toThrow(/bad\.json: field "language"/);
  });
});
