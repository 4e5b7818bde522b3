import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/corpus/article-stage';
import { mergeCorpus, readingRegistry, widenRegistry, type AdmittedReading } from '../../src/corpus/corpus-merge';
import { buildNameTable, loadNameTable } from '../../src/names/name-table';
import { readRegistryFile } from '../../src/registry/read-registry-file';

const registry = readRegistryFile(join(import.meta.dirname, '../../corpus/leaders.json'));
const nameTable = buildNameTable(registry);
const stage = { registry, table: loadNameTable(nameTable) };

function admit(files: Record<string, string>): AdmittedReading[] {
  return Object.entries(files).map(([file, text]) => {
    const result = readArticleFile(Buffer.from(text), stage, () => '2026-11-23');
    if (!('reading' in result)) throw new Error(result.skip);
    return { id: file.replace(/\.txt$/, ''), file, reading: result.reading };
  });
}

const VI = ' date 2025-12-02\nThủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet\nChiều 1/12, tại Hà Nội, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet.\nThủ tướng Hun Manet khẳng định Campuchia coi trọng quan hệ với Việt Nam.\n';
const EN = ' date 2025-12-01\nVietnamese, Cambodian PMs hold talks\nHANOI, Dec. 1 (VNA) – Prime Minister Pham Minh Chinh held talks with Cambodian Prime Minister Hun Manet in Hanoi on December 1.\nThe two leaders agreed to raise two-way trade.\n';
const LAO = (day: number) =>
  ` date 2025-12-0${day}\nThủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Lào Bounmy Keovongsa\nChiều ${day}/12, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Lào Bounmy Keovongsa.\n`;

describe('widenRegistry', () => {
  it('finds nobody in articles that name only people of the registry', () => {
    expect(widenRegistry(registry, admit({ 'en.txt': EN }))).toBeNull();
  });

  it('makes a titled office-holder the registry lacks a person, attested on the days of the articles that title them', () => {
    const widening = widenRegistry(registry, admit({ 'a.txt': LAO(1), 'b.txt': LAO(3), 'c.txt': LAO(2) }))!;
    expect(widening.found.map((f) => f.leader.id)).toEqual(['bounmy-keovongsa']);
    const person = widening.registry.leaders.at(-1)!;
    expect(person.offices).toEqual([{ office: 'foreign-minister', country: 'LA', attested: ['2025-12-01', '2025-12-02', '2025-12-03'] }]);
    expect(person.sources).toEqual(['corpus article a.txt', 'corpus article b.txt', 'corpus article c.txt']);
    expect(widening.registry.leaders.slice(0, -1)).toEqual(registry.leaders);
  });
});

describe('readingRegistry', () => {
  it('keeps of a found person what a second reading reads: not the files that name them, nor the days inside the term', () => {
    const widening = widenRegistry(registry, admit({ 'a.txt': LAO(1), 'b.txt': LAO(3), 'c.txt': LAO(2) }))!;
    const reading = readingRegistry(registry, widening.found);
    expect(reading.leaders.at(-1)).toMatchObject({ sources: ['corpus'], offices: [{ attested: ['2025-12-01', '2025-12-03'] }] });
    expect(reading.leaders.slice(0, -1)).toEqual(registry.leaders);
  });

  it('does not change when an article adds a day inside the term', () => {
    const three = widenRegistry(registry, admit({ 'a.txt': LAO(1), 'b.txt': LAO(3) }))!;
    const four = widenRegistry(registry, admit({ 'a.txt': LAO(1), 'b.txt': LAO(3), 'c.txt': LAO(2) }))!;
    expect(JSON.stringify(readingRegistry(registry, four.found))).toBe(JSON.stringify(readingRegistry(registry, three.found)));
  });
});

describe('mergeCorpus', () => {
  const merge = (admitted: AdmittedReading[]) =>
    mergeCorpus({
      registry,
      nameTable,
      found: [],
      admitted,
      folderProblems: [],
      readWarnings: [{ file: 'x.txt', line: 1, message: 'x.txt:1: header' }],
      skipped: [{ file: 'y.pdf', reason: 'y.pdf: not a .txt file' }],
    });

  it('tells a meeting two articles report as one meeting with two sources', () => {
    const { data } = merge(admit({ 'en-talks.txt': EN, 'vi-hoi-dam.txt': VI }));
    const talks = data.meetings.filter((m) => m.kind === 'talks');
    expect(talks).toHaveLength(1);
    expect(talks[0]!.sources.map((s) => s.articleId)).toEqual(['en-talks', 'vi-hoi-dam']);
  });

  it('gives each article its id and file, and lists diagnostics folder first, then reading, skipped, per article', () => {
    const build = merge(admit({ 'en-talks.txt': EN }));
    expect(build.articles.map((a) => [a.id, a.file])).toEqual([['en-talks', 'en-talks.txt']]);
    expect(build.data.skipped).toEqual([{ file: 'y.pdf', reason: 'y.pdf: not a .txt file' }]);
    expect(build.diagnostics.slice(0, 2)).toEqual([
      { level: 'warning', file: 'x.txt', line: 1, message: 'x.txt:1: header' },
      { level: 'error', file: 'y.pdf', message: 'skipped: y.pdf: not a .txt file' },
    ]);
  });

  it('makes a quote with the quote maker where it gives one, with the id, fields and statement row of the plain quote, and the plain quote elsewhere', () => {
    const admitted = admit({ 'en-talks.txt': EN, 'vi-hoi-dam.txt': VI });
    const plain = merge(admitted).data.quotes;
    const asked: [string, string, number][] = [];
    const made = mergeCorpus({
      registry,
      nameTable,
      found: [],
      admitted,
      folderProblems: [],
      readWarnings: [],
      skipped: [],
      quoteMaker: (id, row, factRow) => {
        asked.push([id, row.articleId, factRow]);
        return row.articleId === 'vi-hoi-dam' ? { ...row, id, text: `made: ${row.text}` } : undefined;
      },
    }).data.quotes;
    expect(plain.some((q) => q.articleId === 'vi-hoi-dam')).toBe(true);
    expect(asked.map(([id, articleId]) => [id, articleId])).toEqual(plain.map((q) => [q.id, q.articleId]));
    const statements = admitted.find((a) => a.id === 'vi-hoi-dam')!.reading.facts.quotes;
    for (const [id, articleId, factRow] of asked) {
      if (articleId === 'vi-hoi-dam') expect(statements[factRow]!.text).toBe(plain.find((q) => q.id === id)!.text);
    }
    expect(made).toEqual(plain.map((q) => (q.articleId === 'vi-hoi-dam' ? { ...q, text: `made: ${q.text}` } : q)));
  });
});
