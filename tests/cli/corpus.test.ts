import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { CorpusExport } from '../../src/model/export-types';
import { readRegistryFile } from '../../src/registry/read-registry-file';
import { longLineArticle } from '../../bench/synthetic-long-line';
import { emptyFolder, root, runCli, tempCorpus } from './run-cli';

// Each test runs the CLI in a process of its own: 2–3 s alone, and past vitest's default 5 s when
// the full suite (or another session) loads the machine's two cores.
vi.setConfig({ testTimeout: 30_000 });

const corpus = (...args: string[]) => runCli('src/cli/corpus.ts', args);
const realArticles = readdirSync(join(root, 'corpus', 'articles')).sort();
// The registry as one file (its parts merged), so a temp corpus can carry a broken copy of it.
const realRegistry = readRegistryFile(join(root, 'corpus', 'leaders.json')) as { leaders: { id: string }[] };

describe('corpus export', () => {
  const result = corpus('export');

  it('prints the export JSON of the real corpus on stdout, and only that', () => {
    expect(result.status).toBe(0);
    const data = JSON.parse(result.stdout) as CorpusExport;
    expect(Object.keys(data)).toEqual(['leaders', 'articles', 'meetings', 'quotes', 'unknown', 'skipped']);
    expect(data.articles.map((a) => a.file).sort()).toEqual(realArticles);
    expect(data.leaders.map((l) => l.id)).toContain('to-lam');
    // DESIGN.md: every leader says where it comes from; these are all the registry's.
    expect(new Set(data.leaders.map((l) => l.origin))).toEqual(new Set(['registry']));
    expect(data.meetings.length).toBeGreaterThan(0);
    expect(data.quotes.length).toBeGreaterThan(0);
  });

  it('builds the same ids on every run', () => {
    expect(corpus('export').stdout).toBe(result.stdout);
  });

  it('skips unreadable articles, lists them in `skipped` and on stderr, and builds the rest', () => {
    const dir = tempCorpus({
      'empty.txt': '',
      'page.txt': '<!doctype html><html><body><p>Tổng Bí thư Tô Lâm</p></body></html>',
      'binary.txt': Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10]),
      'notes.md': 'Tổng Bí thư Tô Lâm hội đàm.',
    });
    const run = corpus('export', '--corpus', dir);
    expect(run.status).toBe(0);
    const data = JSON.parse(run.stdout) as CorpusExport;
    expect(data.articles.map((a) => a.file).sort()).toEqual(realArticles);
    expect(data.skipped.map((s) => s.file).sort()).toEqual(expect.arrayContaining(['binary.txt', 'empty.txt', 'page.txt']));
    expect(run.stderr).toMatch(/skipped \d+ article\(s\):/);
    for (const file of ['binary.txt', 'empty.txt', 'page.txt']) expect(run.stderr).toContain(file);
  });
});

describe('corpus export: articles[].url', () => {
  const body = (place: string) => `Thủ tướng tiếp Đại sứ ${place}\n\nChiều 20/11, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ ${place}.\n`;
  const dir = tempCorpus({
    'zz-url.txt': ` date 2025-11-20\n url https://vnexpress.net/thu-tuong-tiep-4821.html\n${body('Nhật Bản')}`,
    'zz-relative.txt': ` url /thu-tuong-tiep.html\n date 2025-11-21\n${body('Hàn Quốc')}`,
  });
  const run = corpus('export', '--corpus', dir);
  const data = JSON.parse(run.stdout) as CorpusExport;
  const byFile = (file: string) => data.articles.find((a) => a.file === file);

  it('gives the address of an article whose file has a url line', () => {
    expect(run.status).toBe(0);
    expect(byFile('zz-url.txt')).toEqual({
      id: 'zz-url',
      file: 'zz-url.txt',
      title: 'Thủ tướng tiếp Đại sứ Nhật Bản',
      date: '2025-11-20',
      dateInferred: false,
      url: 'https://vnexpress.net/thu-tuong-tiep-4821.html',
    });
  });

  it('leaves `url` out where the file has none or its address is refused, and says why at file:line on stderr', () => {
    expect(byFile('zz-relative.txt')).toBeDefined();
    expect(byFile('zz-relative.txt')).not.toHaveProperty('url');
    expect(byFile('zz-relative.txt')?.date).toBe('2025-11-21');
    expect(data.articles.filter((a) => a.file !== 'zz-url.txt').every((a) => !('url' in a))).toBe(true);
    expect(run.stderr).toMatch(/zz-relative\.txt:1: header url refused: the address "\/thu-tuong-tiep\.html" is relative/);
  });
});

describe('corpus stats', () => {
  it('prints a row per article with its date, meetings, quotes and leaders, then unknowns and skipped files', () => {
    const run = corpus('stats', '--corpus', tempCorpus({ 'empty.txt': '' }));
    expect(run.status).toBe(0);
    const [header] = run.stdout.split('\n');
    expect(header).toMatch(/^file\s+date\s+lang\s+meetings\s+quotes\s+leaders$/);
    for (const file of realArticles) expect(run.stdout).toContain(file);
    expect(run.stdout).toMatch(/000_8dffa88fda23db17\.txt\s+~?2024-11-08/);
    expect(run.stdout).toMatch(/luong-cuong/);
    expect(run.stdout).toMatch(/unknown office-holders/);
    expect(run.stdout).toMatch(/skipped 1 article\(s\):\n {2}empty\.txt: /);
  });
});

describe('corpus check', () => {
  it('reports the registry and the articles, exit 0 when the registry is sound', () => {
    const run = corpus('check');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/registry .*leaders\.json: ok \(\d+ leaders\)/);
    expect(run.stdout).toContain(`articles: ${realArticles.length} read, 0 skipped`);
  });

  it('exits 1 on a registry error, naming the entry and the field', () => {
    const duplicate = { ...realRegistry, leaders: [...realRegistry.leaders, realRegistry.leaders[0]] };
    const run = corpus('check', '--corpus', tempCorpus({}, duplicate));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/the registry has errors/);
    expect(run.stderr).toMatch(/leaders\.json: leader "to-lam", field "id": duplicate id/);
  });

  it('fails export too on a registry error, printing nothing on stdout', () => {
    const badCountry = structuredClone(realRegistry) as unknown as { leaders: { country: string }[] };
    badCountry.leaders[0]!.country = 'XX';
    const run = corpus('export', '--corpus', tempCorpus({}, badCountry));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/field "country": unknown country "XX"/);
  });
});

describe('corpus export across languages', () => {
  it('tells a meeting reported in Vietnamese and in English as one meeting with two sources', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-two-languages-'));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(
      join(dir, 'articles', 'vi-hoi-dam.txt'),
      ' date 2025-12-02\nThủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet\nChiều 1/12, tại Hà Nội, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet.\nThủ tướng Hun Manet khẳng định Campuchia coi trọng quan hệ với Việt Nam.\n',
    );
    writeFileSync(
      join(dir, 'articles', 'en-talks.txt'),
      ' date 2025-12-01\nVietnamese, Cambodian PMs hold talks\nHANOI, Dec. 1 (VNA) – Prime Minister Pham Minh Chinh held talks with Cambodian Prime Minister Hun Manet in Hanoi on December 1.\nThe two leaders agreed to raise two-way trade.\n',
    );
    const run = corpus('export', '--corpus', dir);
    expect(run.status).toBe(0);
    const data = JSON.parse(run.stdout) as CorpusExport;
    const talks = data.meetings.filter((m) => m.kind === 'talks');
    expect(talks).toHaveLength(1);
    expect(talks[0]!.participants.sort()).toEqual(['hun-manet', 'pham-minh-chinh']);
    expect(talks[0]!.date).toBe('2025-12-01');
    expect(talks[0]!.sources.map((s) => data.articles.find((a) => a.id === s.articleId)?.file).sort()).toEqual(['en-talks.txt', 'vi-hoi-dam.txt']);
  });
});

describe('corpus export of people the registry lacks', () => {
  it('makes a titled office-holder found in the articles a person with origin "corpus", with their meetings and quotes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-found-'));
    mkdirSync(join(dir, 'articles'));
    // A registry-free name: a made-up Lao minister, titled with country and office.
    writeFileSync(
      join(dir, 'articles', 'found.txt'),
      ' date 2025-12-02\nThủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Lào Bounmy Keovongsa\nChiều 1/12, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Lào Bounmy Keovongsa.\nBộ trưởng Bounmy Keovongsa cảm ơn sự đón tiếp của Thủ tướng.\n',
    );
    const data = JSON.parse(corpus('export', '--corpus', dir).stdout) as CorpusExport;
    const person = data.leaders.find((l) => l.name === 'Bounmy Keovongsa');
    expect(person).toMatchObject({ id: 'bounmy-keovongsa', country: 'LA', origin: 'corpus', title: 'Bộ trưởng Ngoại giao Lào' });
    expect(data.meetings.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['reception', ['bounmy-keovongsa', 'pham-minh-chinh']]]);
    expect(data.quotes.map((q) => q.speakers)).toEqual([['bounmy-keovongsa']]);
    expect(data.unknown.map((u) => u.name)).toContain('Bounmy Keovongsa');
  });
});

describe('corpus arguments', () => {
  it.each([[[]], [['build']], [['export', 'stats']], [['export', '--corpus']], [['export', '--verbose']]])(
    'refuses %j with exit code 2 and the usage',
    (args) => {
      const run = corpus(...args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^leaderlens corpus: /);
      expect(run.stderr).toContain('usage: npm run corpus -- <command> [--corpus DIR]');
    },
  );

  it('prints the usage on --help', () => {
    const run = corpus('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('usage: npm run corpus');
  });

  it('exits 1 for a folder without articles/', () => {
    const run = corpus('stats', '--corpus', emptyFolder());
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/has no articles\/ folder/);
  });
});

describe('corpus export on hostile input (issue 10)', () => {
  it('refuses a symbolic link out of the corpus, naming it in `skipped` and on stderr, and ships none of its text', () => {
    const outside = mkdtempSync(join(tmpdir(), 'leaderlens-outside-'));
    writeFileSync(join(outside, 'hostname'), 'Tổng Bí thư Tô Lâm tiếp khách tại máy-chủ-bí-mật.\n');
    const dir = tempCorpus();
    symlinkSync(join(outside, 'hostname'), join(dir, 'articles', 'leak.txt'));
    const run = corpus('export', '--corpus', dir);
    expect(run.status).toBe(0);
    const data = JSON.parse(run.stdout) as CorpusExport;
    expect(data.skipped).toEqual([{ file: 'leak.txt', reason: expect.stringMatching(/^leak\.txt: is a symbolic link \(to .*hostname\): refused/) }]);
    expect(run.stdout).not.toContain('máy-chủ-bí-mật');
    expect(run.stderr).toMatch(/leak\.txt: is a symbolic link/);
  });

  it('builds a 2 MB article written on one line as one sentence, with every evidence capped and the cut reported', () => {
    const article = longLineArticle(2_000_000, 'one-sentence');
    expect(Buffer.byteLength(article)).toBeGreaterThan(1_999_990);
    const run = corpus('export', '--corpus', tempCorpus({ 'one-line.txt': article }));
    expect(run.status).toBe(0);
    const data = JSON.parse(run.stdout) as CorpusExport;
    expect(data.articles.map((a) => a.file)).toContain('one-line.txt');
    expect(data.skipped).toEqual([]);
    const fromIt = [
      ...data.meetings.flatMap((m) => m.sources.filter((s) => s.articleId === 'one-line').map((s) => s.evidence)),
      ...data.quotes.filter((q) => q.articleId === 'one-line').map((q) => q.evidence),
    ];
    expect(fromIt.length).toBeGreaterThan(0);
    for (const evidence of fromIt) expect(evidence.length).toBeLessThanOrEqual(2000);
    expect(run.stderr).toMatch(/one-line\.txt:1: warning: a sentence of \d+ characters is over the 2000-character limit/);
  }, 120_000);
});

describe('corpus export on a registry with thousands of errors (issue 10: 400k lines on stderr)', () => {
  it('prints the first 50 problems and a count of the rest', () => {
    const leaders = Array.from({ length: 5000 }, () => ({ id: 7, name: 5, country: 'xx', forms: 'no', offices: 3 }));
    const run = corpus('export', '--corpus', tempCorpus({}, { ...realRegistry, leaders }));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('leaderlens corpus: the registry has errors:');
    expect(lines).toHaveLength(52);
    expect(lines[1]).toMatch(/leaders\.json: leader at leaders\[0\], field "id": /);
    expect(lines[51]).toMatch(/leaders\.json: … and \d+ more problems not shown \(\d+ in all\)$/);
  }, 30_000);
});
