import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFile, readParagraphs, type ArticleReading } from '../../src/corpus/article-stage';
import { packFacts, packReading, packResult, unpackFacts, unpackReading, unpackResult } from '../../src/corpus/reading-pack';
import { buildNameTable, loadNameTable } from '../../src/names/name-table';
import { readRegistryFile } from '../../src/registry/read-registry-file';

const CORPUS = join(import.meta.dirname, '../../corpus');
const registry = readRegistryFile(join(CORPUS, 'leaders.json'));
const stage = { registry, table: loadNameTable(buildNameTable(registry)) };
const readings = readdirSync(join(CORPUS, 'articles'))
  .sort()
  .map((f) => readArticleFile(readFileSync(join(CORPUS, 'articles', f)), stage, () => '2026-11-23'))
  .flatMap((r) => ('reading' in r ? [r.reading] : []));

describe('packFacts and unpackFacts', () => {
  it('give back the facts of every seed article, through JSON too (the cache)', () => {
    for (const reading of readings) {
      const paragraphs = readParagraphs(reading);
      const packed = JSON.parse(JSON.stringify(packFacts(reading.facts, paragraphs))) as ReturnType<typeof packFacts>;
      expect(unpackFacts(packed, paragraphs)).toEqual(reading.facts);
    }
  });

  it('write evidence as places in the paragraphs and quote texts as places in their evidence', () => {
    const packed = readings.flatMap((r) => packFacts(r.facts, readParagraphs(r)).quotes);
    expect(packed.length).toBeGreaterThan(50);
    expect(packed.filter((q) => typeof q.evidence === 'string')).toEqual([]);
    expect(packed.filter((q) => typeof q.text !== 'string').length).toBeGreaterThan(packed.length * 0.8);
  });

  it('keeps written out what it does not find where the facts say', () => {
    const reading = readings[0]!;
    const facts = { ...reading.facts, quotes: [{ ...reading.facts.quotes[0]!, evidence: 'Một câu không có trong bài.', text: 'khác' }] };
    const packed = packFacts(facts, readParagraphs(reading));
    expect(packed.quotes[0]).toMatchObject({ evidence: 'Một câu không có trong bài.', text: 'khác' });
    expect(unpackFacts(packed, readParagraphs(reading))).toEqual(facts);
  });
});

describe('packReading, packResult and their inverses', () => {
  it('round-trip a reading and a stage result; a skipped file passes as it is', () => {
    const reading: ArticleReading = readings[1]!;
    expect(unpackReading(structuredClone(packReading(reading)))).toEqual(reading);
    const result = { contentKey: 'k', reading };
    expect(unpackResult(packResult(result))).toEqual(result);
    expect(packResult({ skip: 'empty file' })).toEqual({ skip: 'empty file' });
  });
});
