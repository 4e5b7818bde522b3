import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/build-corpus';
import { RegistryError } from '../../src/registry';

const CORPUS = new URL('../../corpus', import.meta.url).pathname;
const TODAY = '2026-11-23';
const build = buildCorpus({ corpusDir: CORPUS, today: TODAY });
const { data } = build;

const article = (prefix: string) => data.articles.find((a) => a.file.startsWith(prefix))!;
const meetingsOf = (prefix: string) => data.meetings.filter((m) => m.sources.some((s) => s.articleId === article(prefix).id));
const sorted = (ids: string[]) => [...ids].sort();
const quotesOf = (prefix: string) => data.quotes.filter((q) => q.articleId === article(prefix).id);
const saidBy = (prefix: string, speakers: string[], start: string) =>
  quotesOf(prefix).find((q) => sorted(q.speakers).join() === sorted(speakers).join() && q.text.startsWith(start));

// Expectations from reading the five seed articles by hand (who met whom, when, where, who said what).
describe('buildCorpus on the seed corpus', () => {
  it('dates every article from its header, its timestamp, or its lead with the year inferred', () => {
    expect(data.articles.map((a) => [a.file.slice(0, 3), a.date, a.dateInferred])).toEqual([
      ['000', '2024-11-08', true], // "Chiều 8/11", Lương Cường newly President (from 2024-10-21)
      ['001', '2025-12-01', false],
      ['002', '2023-02-17', false], // "17/02/2023 19:28"
      ['003', '2025-12-03', false],
      ['004', null, false], // the article gives no day at all
    ]);
  });

  it('finds the online talks of 8 November 2024 between Lương Cường and Thongloun Sisoulith', () => {
    expect(meetingsOf('000')).toEqual([
      expect.objectContaining({ kind: 'online_talks', participants: expect.arrayContaining(['luong-cuong', 'thongloun-sisoulith']), date: '2024-11-08', dateInferred: true, place: null }),
    ]);
  });

  it('finds the talks of 1 December 2025 and the state visit told by two articles as one meeting', () => {
    const talks = data.meetings.find((m) => m.kind === 'talks' && m.date === '2025-12-01')!;
    expect(sorted(talks.participants)).toEqual(['thongloun-sisoulith', 'to-lam']);
    expect(talks.place).toBe('Phủ Chủ tịch');
    const visit = data.meetings.find((m) => m.kind === 'visit' && m.participants.includes('to-lam') && m.date === '2025-12-01')!;
    expect(visit.place).toBe('Lào');
    expect(visit.sources.map((s) => s.articleId)).toEqual([article('001').id, article('003').id]);
  });

  it('finds the summit of 2 December 2025 in Vientiane', () => {
    expect(meetingsOf('003').find((m) => m.kind === 'summit')).toMatchObject({ date: '2025-12-02', place: 'Vientiane' });
  });

  it('finds the reception of 17 February 2023 and the talks between the two party offices that day', () => {
    const kinds = meetingsOf('002').map((m) => [m.kind, sorted(m.participants).join('+'), m.date]);
    expect(kinds).toContainEqual(['reception', 'nguyen-phu-trong+thongsalith-mangnomek', '2023-02-17']);
    expect(kinds).toContainEqual(['talks', 'le-minh-hung+thongsalith-mangnomek', '2023-02-17']);
  });

  it('finds the courtesy call on Putin and the two earlier visits it recalls, with their months', () => {
    const m = meetingsOf('004');
    expect(m.find((x) => x.kind === 'courtesy_call')).toMatchObject({ date: null, sources: [expect.objectContaining({ status: 'reported' })] });
    expect(m.filter((x) => x.sources[0]!.status === 'referenced').map((x) => [x.participants.join(), (x as { approxDate?: string }).approxDate, x.place])).toEqual([
      ['vladimir-putin', '2024-06', 'Việt Nam'],
      ['to-lam', '2025-05', 'Nga'],
    ]);
  });

  it('attributes statements to the right speaker, resolving titles, "Ông", "Đồng chí" and "hai nhà lãnh đạo"', () => {
    expect(saidBy('000', ['thongloun-sisoulith'], 'chúc mừng ông Lương Cường')).toBeDefined();
    expect(saidBy('000', ['luong-cuong'], 'khẳng định, trên cương vị mới')).toBeDefined(); // "Ông khẳng định"
    expect(saidBy('000', ['luong-cuong'], 'đề nghị hai bên thu xếp')).toBeDefined();
    expect(saidBy('000', ['luong-cuong', 'thongloun-sisoulith'], 'nhất trí tiếp tục đẩy mạnh tuyên truyền')?.kind).toBe('joint');
    expect(saidBy('002', ['thongsalith-mangnomek'], 'Trân trọng chuyển tới Tổng Bí thư')).toBeDefined();
    expect(saidBy('002', ['thongsalith-mangnomek'], 'chúc mừng những thành tựu to lớn')).toBeDefined(); // "Đồng chí chúc mừng"
    expect(saidBy('002', ['nguyen-phu-trong'], 'khẳng định Đảng, Nhà nước')).toBeDefined(); // bare "Tổng Bí thư" in 2023
    expect(saidBy('003', ['pham-minh-chinh', 'sonexay-siphandone'], 'đánh giá cao những kết quả')).toBeDefined();
    expect(saidBy('003', ['thongloun-sisoulith'], 'Cảm ơn Tổng Bí thư Tô Lâm')).toBeDefined(); // fronted clause
    expect(saidBy('004', ['vladimir-putin'], 'khẳng định Nga rất coi trọng')).toBeDefined();
    expect(saidBy('004', ['luong-cuong'], 'kêu gọi các doanh nghiệp Nga')).toBeDefined();
  });

  it('ties quotes to the meeting they were said at and dates them by it', () => {
    const q = saidBy('003', ['to-lam'], 'chúc mừng Đảng và Nhà nước Lào')!;
    const summit = meetingsOf('003').find((m) => m.kind === 'summit')!;
    expect(q.meetingId).toBe(summit.id);
    expect(q.date).toBe('2025-12-02');
  });

  it('never dates a meeting or a quote after its article', () => {
    const dateOf = new Map(data.articles.map((a) => [a.id, a.date]));
    for (const m of data.meetings) for (const s of m.sources) if (m.date && dateOf.get(s.articleId)) expect(m.date <= dateOf.get(s.articleId)!).toBe(true);
    for (const q of data.quotes) if (q.date && dateOf.get(q.articleId)) expect(q.date <= dateOf.get(q.articleId)!).toBe(true);
  });

  it('keeps every evidence sentence as written in its article', () => {
    const texts = new Map(build.articles.map((a) => [a.id, [a.title, ...a.paragraphs.map((p) => p.text)].join('\n')]));
    for (const q of data.quotes) expect(texts.get(q.articleId)).toContain(q.evidence);
    for (const m of data.meetings) for (const s of m.sources) expect(texts.get(s.articleId)).toContain(s.evidence);
  });

  it('lists every registry leader with all name forms, and nobody unknown or skipped', () => {
    expect(data.leaders.find((l) => l.id === 'to-lam')?.aliases).toEqual(expect.arrayContaining(['Tô Lâm', 'To Lam', 'Lâm']));
    expect(data.unknown).toEqual([]);
    expect(data.skipped).toEqual([]);
  });

  it('builds the same ids twice', () => {
    const again = buildCorpus({ corpusDir: CORPUS, today: TODAY }).data;
    expect(again.meetings.map((m) => m.id)).toEqual(data.meetings.map((m) => m.id));
    expect(again.quotes.map((q) => q.id)).toEqual(data.quotes.map((q) => q.id));
    expect(new Set(data.quotes.map((q) => q.id)).size).toBe(data.quotes.length);
  });
});

describe('buildCorpus on bad input', () => {
  function corpusWith(files: Record<string, string | Buffer>): string {
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-corpus-'));
    mkdirSync(join(dir, 'articles'));
    for (const f of readdirSync(join(CORPUS, 'articles'))) copyFileSync(join(CORPUS, 'articles', f), join(dir, 'articles', f));
    for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, 'articles', name), body);
    return dir;
  }

  it('skips unreadable articles with a reason naming each file, and still builds the rest', () => {
    const dir = corpusWith({
      'empty.txt': '',
      'binary.txt': Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]),
      'page.txt': '<!doctype html><html><body><p>Tổng Bí thư</p></body></html>',
      'legacy.txt': Buffer.from('T\xf4ng B\xed th\xad T\xf4 L\xe2m h\xf4i \xd0am v\xf3i Ch\xf9 t\xecch', 'latin1'),
      'copy.txt': readFileSync(join(CORPUS, 'articles', '004_7b1fe3742d0cdee1.txt')),
      'notes.md': 'Tổng Bí thư Tô Lâm',
    });
    const result = buildCorpus({ corpusDir: dir, today: TODAY });
    const skipped = result.data.skipped.map((s) => s.file).sort();
    expect(skipped).toEqual(['binary.txt', 'copy.txt', 'empty.txt', 'legacy.txt', 'notes.md', 'page.txt']);
    for (const s of result.data.skipped) expect(s.reason).toContain(s.file);
    expect(result.data.articles).toHaveLength(5);
    expect(result.data.meetings.length).toBe(data.meetings.length);
    expect(result.diagnostics.filter((d) => d.level === 'error').map((d) => d.file).sort()).toEqual(skipped);
  });

  it('skips a 5 MB article and says how large it is', () => {
    const dir = corpusWith({ 'huge.txt': 'Tổng Bí thư Tô Lâm phát biểu. '.repeat(170_000) });
    const huge = buildCorpus({ corpusDir: dir, today: TODAY }).data.skipped.find((s) => s.file === 'huge.txt');
    expect(huge?.reason).toMatch(/MB/);
  });

  it('stops with a RegistryError naming the entry and field when the corpus has a broken registry', () => {
    const dir = corpusWith({});
    writeFileSync(
      join(dir, 'leaders.json'),
      JSON.stringify({ version: 1, asOf: '2026-01-01', titles: {}, countries: { VN: { vi: ['Việt Nam'], en: ['Vietnam'] } }, leaders: [{ id: 'a', name: 'A', country: 'XX', forms: ['A'], sources: ['s'] }] }),
    );
    expect(() => buildCorpus({ corpusDir: dir })).toThrow(RegistryError);
    expect(() => buildCorpus({ corpusDir: dir })).toThrow(/"a".*country/s);
  });
});

describe('buildCorpus reading order', () => {
  it('reads a lead kept above the headline before the headline, so the headline\'s "the guest" finds the person the lead named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-order-'));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(
      join(dir, 'articles', 'lead-first.txt'),
      [
        ' date 2025-12-02',
        'Prime Minister Pham Minh Chinh received Lao Prime Minister Sonexay Siphandone in Hanoi on December 1, expressing his hope for closer ties.',
        'The guest says trust between Laos and Vietnam has grown',
        'The two leaders agreed to raise trade between the two countries in the coming years.',
      ].join('\n'),
    );
    const { data } = buildCorpus({ corpusDir: dir, registryFile: new URL('../fixtures/registry-ten/leaders.json', import.meta.url).pathname, today: '2026-01-01' });
    expect(data.quotes.find((q) => q.evidence.startsWith('The guest'))?.speakers).toEqual(['sonexay-siphandone']);
  });
});

describe('buildCorpus on an over-long sentence', () => {
  // One sentence of about 6,000 characters: the meeting at its start, a statement at its end.
  const dir = mkdtempSync(join(tmpdir(), 'leaderlens-long-'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(
    join(dir, 'articles', 'long.txt'),
    [
      ' date 2024-11-09',
      'Chủ tịch nước Lương Cường hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith',
      'Chiều 8/11, Chủ tịch nước Lương Cường đã hội đàm trực tuyến với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith, ' +
        'hai bên trao đổi về tình hình hợp tác kinh tế, thương mại và đầu tư giữa hai nước, '.repeat(70) +
        'Chủ tịch nước Lương Cường khẳng định Việt Nam luôn coi trọng quan hệ đặc biệt với Lào.',
    ].join('\n'),
  );
  const build = buildCorpus({ corpusDir: dir, today: TODAY });
  const evidence = [
    ...build.data.meetings.flatMap((m) => m.sources.map((s) => s.evidence)),
    ...build.data.quotes.map((q) => q.evidence),
    ...build.data.unknown.map((u) => u.evidence),
  ];

  it('carries no evidence and no quote over 2,000 characters', () => {
    expect(evidence.length).toBeGreaterThan(0);
    for (const text of evidence) expect(text.length).toBeLessThanOrEqual(2000);
    for (const quote of build.data.quotes) expect(quote.text.length).toBeLessThanOrEqual(2000);
  });

  it('still reads what comes after the first 2,000 characters, its evidence marked where it was cut', () => {
    const quote = build.data.quotes.find((q) => q.text.includes('coi trọng quan hệ đặc biệt'));
    expect(quote?.speakers).toEqual(['luong-cuong']);
    expect(quote?.evidence).toMatch(/^… Chủ tịch nước Lương Cường khẳng định/);
  });

  it('reports the cut with the file, the line and the sentence length', () => {
    const cut = build.diagnostics.filter((d) => /over the 2000-character limit/.test(d.message));
    expect(cut).toEqual([expect.objectContaining({ level: 'warning', file: 'long.txt', line: 3 })]);
    expect(cut[0]!.message).toMatch(/^a sentence of \d{4} characters .* cut at clause boundaries into \d+ pieces/);
  });
});

describe('buildCorpus on links out of the corpus', () => {
  it('refuses a leaders.json that is a link, even a dangling one, instead of quietly using another registry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-linked-registry-'));
    mkdirSync(join(dir, 'articles'));
    symlinkSync(join(dir, 'nowhere.json'), join(dir, 'leaders.json'));
    expect(() => buildCorpus({ corpusDir: dir, today: TODAY })).toThrow(/leaders\.json: registry file is a symbolic link/);
  });

  it('reads no article when the articles folder itself is a link, and says so naming the folder', () => {
    const outside = mkdtempSync(join(tmpdir(), 'leaderlens-outside-'));
    writeFileSync(join(outside, 'a.txt'), 'Chủ tịch nước Lương Cường hội đàm với Tổng Bí thư Tô Lâm.\n');
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-linked-'));
    symlinkSync(outside, join(dir, 'articles'));
    const build = buildCorpus({ corpusDir: dir, today: TODAY });
    expect(build.articles).toEqual([]);
    expect(build.diagnostics).toEqual([
      expect.objectContaining({ level: 'error', file: join(dir, 'articles'), message: expect.stringMatching(/^articles folder is a symbolic link \(to .*\): refused/) }),
    ]);
  });
});
