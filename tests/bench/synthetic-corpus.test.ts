import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedCorpus, foldToAscii, generateCorpus, generateNames, syntheticText } from '../../bench/synthetic-corpus';
import { buildCorpus } from '../../src/corpus/build-corpus';
import { detectLanguage } from '../../src/lang';
import { loadRegistry } from '../../src/registry';

const temp = mkdtempSync(join(tmpdir(), 'leaderlens-synthetic-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function readCorpus(dir: string): { files: string[]; texts: string[]; registry: string } {
  const files = readdirSync(join(dir, 'articles')).sort();
  return {
    files,
    texts: files.map((f) => readFileSync(join(dir, 'articles', f), 'utf8')),
    registry: readFileSync(join(dir, 'leaders.json'), 'utf8'),
  };
}

// One shared Vietnamese corpus for the feature checks: 60 articles is enough to see every feature
// at the generator's probabilities and takes well under a second.
const mainDir = join(temp, 'main');
const summary = generateCorpus(mainDir, { articles: 60, seed: 'test', english: 0 });
const corpus = readCorpus(mainDir);
const all = corpus.texts.join('\n');

describe('generateCorpus', () => {
  it('writes the requested number of .txt articles and a leaders.json', () => {
    expect(corpus.files).toHaveLength(60);
    expect(corpus.files.every((f) => /^\d{5}_[0-9a-f]{16}\.txt$/.test(f))).toBe(true);
    expect(summary.articles).toBe(60);
    expect(summary.leaders).toBe(200);
  });

  it('gives the same bytes for the same seed', () => {
    const again = join(temp, 'again');
    generateCorpus(again, { articles: 60, seed: 'test', english: 0 });
    const second = readCorpus(again);
    expect(second.files).toEqual(corpus.files);
    expect(second.texts).toEqual(corpus.texts);
    expect(second.registry).toBe(corpus.registry);
  });

  it('gives a different corpus for a different seed', () => {
    const other = join(temp, 'other');
    generateCorpus(other, { articles: 5, seed: 'other' });
    expect(readCorpus(other).texts[0]).not.toBe(corpus.texts[0]);
  });

  it('writes a registry that the project loader accepts', () => {
    const registry = loadRegistry(JSON.parse(corpus.registry), 'synthetic leaders.json');
    expect(registry.leaders).toHaveLength(200);
    expect(new Set(registry.leaders.map((l) => l.country)).size).toBeGreaterThan(10);
  });

  it('writes no registry when asked not to', () => {
    const bare = join(temp, 'bare');
    expect(generateCorpus(bare, { articles: 2, seed: 1, registry: false }).leaders).toBe(0);
    expect(readdirSync(bare)).toEqual(['articles']);
  });

  it('writes valid UTF-8 in NFC, like the seed articles', () => {
    for (const text of corpus.texts) {
      expect(text.normalize('NFC')).toBe(text);
      expect(text).not.toContain('\uFFFD');
    }
  });

  it('varies article sizes between about 2 and 15 KB', () => {
    const sizes = corpus.texts.map((t) => Buffer.byteLength(t, 'utf8'));
    expect(Math.min(...sizes)).toBeGreaterThan(1500);
    expect(Math.max(...sizes)).toBeLessThan(17_000);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeGreaterThan(5000);
  });

  it('names each meeting\'s leaders by title and full name from the registry', () => {
    const registry = loadRegistry(JSON.parse(corpus.registry), 'synthetic leaders.json');
    for (const text of corpus.texts) {
      const named = registry.leaders.filter((l) => text.includes(l.name));
      expect(named.length).toBeGreaterThanOrEqual(2);
    }
    expect(all).toMatch(/(Tổng Bí thư|Chủ tịch nước|Thủ tướng|Chủ tịch Quốc hội) [A-ZĐÂ-Ỹ][^\s,.]+ [^\s,.]+ [^\s,.]+ (hội đàm|hội kiến|điện đàm|tiếp)/u);
    expect(all).toMatch(/Tổng thống [A-ZĐ][^\s]+ [A-Z][a-z]+ [A-Z]/u);
  });

  it('uses every meeting verb the pipeline maps to a kind', () => {
    for (const verb of ['hội đàm với', 'Hội đàm trực tuyến', 'điện đàm', 'hội kiến', ' tiếp ', 'thăm cấp Nhà nước', 'cuộc gặp cấp cao']) {
      expect(all).toContain(verb);
    }
  });

  it('writes dates the way the seed articles do', () => {
    expect(all).toMatch(/(Sáng|Chiều|Tối|Trưa|Ngày) \d{1,2}\/\d{1,2}[,\s]/);
    expect(all).toMatch(/(Sáng|Chiều|Tối|Trưa|Ngày) \d{1,2}-\d{1,2}[,\s]/);
    expect(all).toMatch(/từ ngày \d{1,2}(\/\d{1,2})? đến \d{1,2}\/\d{1,2}/);
    expect(all).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/m);
    expect(all).toMatch(/tháng \d{1,2}\/\d{4}/);
    const headed = corpus.texts.filter((t) => /^ date \d{4}-\d{2}-\d{2} \S/.test(t));
    expect(headed.length).toBeGreaterThan(10);
    expect(headed.length).toBeLessThan(50);
  });

  it('has reported statements, direct quotes, joint statements and short references', () => {
    for (const verb of ['khẳng định', 'nhấn mạnh', 'bày tỏ', 'cảm ơn', 'đề nghị', 'đánh giá cao', 'chúc mừng', 'tin tưởng', 'kêu gọi', 'thông báo', 'mời', 'nhất trí']) {
      expect(all).toContain(` ${verb} `);
    }
    expect(all).toMatch(/“[^”]+”/);
    expect(all).toMatch(/"[^"]+"/);
    expect(all).toContain('Hai nhà lãnh đạo');
    expect(all).toContain('Hai bên');
    expect(all).toMatch(/^(Ông|Bà) \S+ (khẳng định|nhấn mạnh|bày tỏ|cảm ơn|đề nghị)/m);
    expect(all).toMatch(/^Cảm ơn [^,]+, /m);
    expect(all).toMatch(/đồng chí [A-ZĐ]/);
  });

  it('has site boilerplate for the cleaner to drop', () => {
    expect(all).toContain('Tin liên quan');
    expect(all).toContain('Bạn cần đăng nhập để thực hiện chức năng này!');
    expect(all).toMatch(/^HOTLINE: /m);
    // Photo captions repeated on consecutive lines, as the seed sites print them.
    expect(all).toMatch(/^(.+\. Ảnh: .+)\n\n?\1$/m);
  });

  it('separates paragraphs by blank lines in some articles and single newlines in others', () => {
    expect(corpus.texts.some((t) => t.includes('\n\n'))).toBe(true);
    expect(corpus.texts.some((t) => !t.includes('\n\n'))).toBe(true);
  });
});

describe('generateCorpus with English articles', () => {
  // Same seed and size as the corpus above, half of it written in English.
  const mixedDir = join(temp, 'mixed');
  const mixedSummary = generateCorpus(mixedDir, { articles: 60, seed: 'test', english: 0.5 });
  const mixed = readCorpus(mixedDir);
  const languages = mixed.texts.map((t) => detectLanguage(t));
  const english = mixed.texts.filter((_, i) => languages[i] === 'en');
  const allEnglish = english.join('\n');

  it('writes the real mix by default, half in English, and only Vietnamese with english: 0', () => {
    expect(summary.english).toBe(0);
    expect(corpus.texts.every((t) => detectLanguage(t) === 'vi')).toBe(true);
    const byDefault = join(temp, 'default');
    expect(generateCorpus(byDefault, { articles: 60, seed: 'test' })).toEqual(mixedSummary);
    expect(readCorpus(byDefault)).toEqual(mixed);
  });

  it('writes the requested share in English, exactly per hundred articles, and the engine detects them as English', () => {
    expect(mixed.files).toHaveLength(60);
    expect(mixedSummary).toMatchObject({ articles: 60, leaders: 200 });
    expect(mixedSummary.english).toBeGreaterThan(22);
    expect(mixedSummary.english).toBeLessThan(38);
    expect(english).toHaveLength(mixedSummary.english);
    expect(languages.filter((l) => l === 'vi')).toHaveLength(60 - mixedSummary.english);
    const third = join(temp, 'third');
    const thirdSummary = generateCorpus(third, { articles: 200, seed: 'test', english: 1 / 3 });
    expect(thirdSummary.english).toBe(66);
    expect(readCorpus(third).texts.filter((t) => detectLanguage(t) === 'en')).toHaveLength(66);
    const all = join(temp, 'all-english');
    generateCorpus(all, { articles: 12, seed: 'test', english: 1 });
    expect(readCorpus(all).texts.every((t) => detectLanguage(t) === 'en')).toBe(true);
  });

  it('gives the corpus of n + 1 articles as the corpus of n and one file more, English ones included', () => {
    const shorter = join(temp, 'shorter');
    generateCorpus(shorter, { articles: 59, seed: 'test' });
    const s = readCorpus(shorter);
    expect(s.files).toEqual(mixed.files.slice(0, 59));
    expect(s.texts).toEqual(mixed.texts.slice(0, 59));
    expect(s.registry).toBe(mixed.registry);
  });

  it('spreads the English articles over the corpus rather than bunching them', () => {
    const firstHalf = languages.slice(0, 30).filter((l) => l === 'en').length;
    expect(firstHalf).toBeGreaterThan(8);
    expect(firstHalf).toBeLessThan(22);
    expect(languages.slice(30).filter((l) => l === 'en').length).toBeGreaterThan(8);
  });

  it('gives the same bytes for the same seed', () => {
    const again = join(temp, 'mixed-again');
    expect(generateCorpus(again, { articles: 60, seed: 'test', english: 0.5 })).toEqual(mixedSummary);
    expect(readCorpus(again)).toEqual(mixed);
  });

  it('tells the same world: the registry and every Vietnamese article are those of the corpus without English', () => {
    expect(mixed.registry).toBe(corpus.registry);
    mixed.texts.forEach((text, i) => {
      if (languages[i] === 'vi') {
        expect(mixed.files[i]).toBe(corpus.files[i]);
        expect(text).toBe(corpus.texts[i]);
      }
    });
  });

  it('names each meeting\'s leaders from the registry, without diacritics or with them, after English titles', () => {
    const registry = loadRegistry(JSON.parse(mixed.registry), 'synthetic leaders.json');
    for (const text of english) {
      const named = registry.leaders.filter((l) => l.forms.some((f) => text.includes(f)));
      expect(named.length).toBeGreaterThanOrEqual(2);
    }
    // VNA spells names without diacritics; Việt Nam News keeps them.
    const ascii = english.filter((t) => /\bVietnam\b/.test(t) && !/Việt Nam/.test(t));
    expect(ascii.length).toBeGreaterThan(english.length / 2);
    expect(english.some((t) => t.includes('Việt Nam'))).toBe(true);
    expect(allEnglish).toMatch(/(Prime Minister|President|General Secretary|Chairman of the National Assembly|Foreign Minister) [A-Z][a-z]+ [A-Z][a-z]+/);
    expect(allEnglish).toMatch(/(Cambodian|Lao|Thai|Russian|US|French|German|Polish|Hungarian|Brazilian|Australian|Czech|Italian) (Prime Minister|President|King|Foreign Minister|Chairman of the National Assembly) [A-Z]/);
  });

  it('writes VNA datelines and English date phrases', () => {
    expect(allEnglish).toMatch(/^(\s*date \S+ .*\n+)?[A-Z]+(?: [A-Z]+)*, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) \d{1,2} \(VNA\) – [A-Z]/m);
    expect(allEnglish).toMatch(/ on (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b/);
    expect(allEnglish).toMatch(/ on (Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4}\b/);
    expect(allEnglish).toMatch(/ in (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/);
  });

  it('tells meetings, statements, quotes and joint positions the way English reports do', () => {
    for (const phrase of ['held talks with', 'held phone talks with', 'received', 'state visit to']) expect(allEnglish).toContain(phrase);
    expect(allEnglish).toMatch(/^[A-Z][a-z]+ (said|stressed|affirmed|proposed|thanked|congratulated|called on|invited|expressed) /m);
    expect(allEnglish).toMatch(/The two leaders (also )?agreed /);
    expect(allEnglish).toMatch(/“[^”]+,” [^.]+ said\./);
    expect(allEnglish).toMatch(/^(He|She) /m);
    expect(allEnglish).toMatch(/^(.+\. \(?Photo: [^)]+\)?)\n\n?\1$/m);
  });

  it('refuses a share outside 0 to 1', () => {
    expect(() => generateCorpus(join(temp, 'bad'), { articles: 2, seed: 1, english: 1.5 })).toThrow(/between 0 and 1/);
    expect(() => generateCorpus(join(temp, 'bad'), { articles: 2, seed: 1, english: Number.NaN })).toThrow(/between 0 and 1/);
  });
});

describe('generateCorpus: the real mix', () => {
  // The default corpus, as the scale check outside this code generates it and builds it as `corpus/`.
  const dir = join(temp, 'real-mix');
  generateCorpus(dir, { articles: 150, seed: 'mix', leaders: 300 });
  const mix = readCorpus(dir);
  const registry = loadRegistry(JSON.parse(mix.registry), 'synthetic leaders.json');

  it('writes a registry whose people have sourced offices, as the real one does', () => {
    const leaders = registry.leaders;
    const several = leaders.filter((l) => l.offices.length > 1).length / leaders.length;
    expect(several).toBeGreaterThan(0.25);
    expect(several).toBeLessThan(0.55);
    expect(leaders.filter((l) => l.offices.some((o) => o.attested !== undefined)).length).toBeGreaterThan(leaders.length * 0.15);
    expect(leaders.filter((l) => l.offices.some((o) => o.note !== undefined)).length).toBeGreaterThan(leaders.length * 0.4);
    expect(leaders.every((l) => l.sources.length >= 1 && l.sources.every((u) => u.startsWith('https://')))).toBe(true);
    expect(registry.home).toBe('VN');
    expect(registry.countries.RU?.laterNameToken).toBe('last');
  });

  it('titles people outside the registry with offices it knows but nobody in it holds, and has leaders receive them', () => {
    const held = new Set(registry.leaders.flatMap((l) => l.offices.map((o) => o.office)));
    expect(held.has('defence-minister')).toBe(false);
    expect(registry.titles['defence-minister']?.vi).toContain('Bộ trưởng Quốc phòng');
    const known = new Set(registry.leaders.flatMap((l) => l.forms));
    const titled = [...mix.texts.join('\n').matchAll(/(?:Bộ trưởng Quốc phòng|Bộ trưởng Công Thương) [\p{L} ]+? ((?:\p{Lu}\p{Ll}+ ?){2,3})\b/gu)].map((m) => m[1]!.trim());
    expect(titled.length).toBeGreaterThan(5);
    expect(titled.filter((name) => known.has(name))).toEqual([]);
    expect(mix.texts.some((t) => /Cùng ngày, .+ đã tiếp (Bộ trưởng Quốc phòng|Bộ trưởng Công Thương)/u.test(t))).toBe(true);
    expect(mix.texts.some((t) => /On the same day, .+ received \w+ (Defence Minister|Minister of Industry and Trade)/u.test(t))).toBe(true);
  });

  it('writes Vietnamese and English articles, half and half', () => {
    const languages = mix.texts.map((t) => detectLanguage(t));
    const share = languages.filter((l) => l === 'en').length / languages.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
  });

  it('leaves out of a legacy registry only the fields older engines refuse', () => {
    const legacy = join(temp, 'legacy');
    generateCorpus(legacy, { articles: 3, seed: 'mix', leaders: 300, legacyRegistry: true });
    const json = JSON.parse(readFileSync(join(legacy, 'leaders.json'), 'utf8')) as { home?: string; countries: Record<string, { laterNameToken?: string }>; leaders: unknown[] };
    expect(json.home).toBeUndefined();
    expect(Object.values(json.countries).some((c) => c.laterNameToken !== undefined)).toBe(false);
    expect(json.leaders).toEqual(JSON.parse(mix.registry).leaders);
    expect(readCorpus(legacy).texts).toEqual(mix.texts.slice(0, 3));
  });

  it('makes the build find people outside the registry, with meetings of their own', () => {
    const { data } = buildCorpus({ corpusDir: dir, today: '2026-11-23' });
    const found = new Set(data.leaders.filter((l) => l.origin === 'corpus').map((l) => l.id));
    expect(found.size).toBeGreaterThan(3);
    expect(data.meetings.filter((m) => m.participants.some((id) => found.has(id))).length).toBeGreaterThan(3);
    expect(data.skipped).toEqual([]);
  }, 60_000);
});

describe('cachedCorpus', () => {
  it('keeps a corpus with English apart from the one without', () => {
    const root = join(temp, 'cache-en');
    const plain = cachedCorpus(root, { articles: 4, seed: 'c', leaders: 30, english: 0 });
    const half = cachedCorpus(root, { articles: 4, seed: 'c', leaders: 30, english: 0.5 });
    expect(plain.dir).toMatch(/corpus-4-c-l30-v\d+$/);
    expect(half.dir).not.toBe(plain.dir);
    expect(half.summary.english).toBe(readdirSync(join(half.dir, 'articles')).filter((f) => detectLanguage(readFileSync(join(half.dir, 'articles', f), 'utf8')) === 'en').length);
    expect(cachedCorpus(root, { articles: 4, seed: 'c', leaders: 30, english: 0.5 })).toMatchObject({ cached: true, summary: half.summary });
  });

  it('generates once and reuses the folder on the next call', () => {
    const root = join(temp, 'cache');
    const first = cachedCorpus(root, { articles: 3, seed: 'c' });
    const second = cachedCorpus(root, { articles: 3, seed: 'c' });
    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    expect(second.dir).toBe(first.dir);
    expect(second.summary).toEqual(first.summary);
    expect(readdirSync(join(first.dir, 'articles'))).toHaveLength(3);
  });
});

describe('generateNames', () => {
  it('returns the requested number of distinct names, the same for the same seed', () => {
    const names = generateNames(2000, { seed: 7 });
    expect(names).toHaveLength(2000);
    expect(new Set(names.map((n) => n.ascii.toLowerCase())).size).toBe(2000);
    expect(generateNames(2000, { seed: 7 })).toEqual(names);
    expect(generateNames(50, { seed: 8 })).not.toEqual(names.slice(0, 50));
  });

  it('makes Vietnamese three-syllable names with diacritics and their diacritic-free forms', () => {
    const names = generateNames(200, { seed: 1, mix: { vietnamese: 1, lao: 0, western: 0 } });
    for (const n of names) {
      expect(n.full.split(' ')).toHaveLength(3);
      expect(n.full.endsWith(n.short)).toBe(true);
      expect(n.ascii).toMatch(/^[A-Za-z ]+$/);
      expect(n.ascii).toBe(foldToAscii(n.full));
    }
    expect(names.some((n) => /[ăâđêôơưàáảãạ]/i.test(n.full))).toBe(true);
  });

  it('makes Western names whose short form is the surname', () => {
    const names = generateNames(100, { seed: 2, mix: { vietnamese: 0, lao: 0, western: 1 } });
    for (const n of names) expect(n.full.split(' ')[1]).toBe(n.short);
  });

  it('mixes kinds by default', () => {
    const kinds = new Set(generateNames(300, { seed: 3 }).map((n) => n.kind));
    expect([...kinds].sort()).toEqual(['lao', 'vietnamese', 'western']);
  });

  it('refuses a count it cannot make distinct instead of looping forever', () => {
    expect(() => generateNames(100_000, { seed: 4, mix: { vietnamese: 0, lao: 1, western: 0 } })).toThrow(/distinct names/);
  });
});

describe('syntheticText', () => {
  it('returns about the requested size with the given names spread through it', () => {
    const text = syntheticText({ bytes: 20_000, seed: 's', mentions: ['Alpha Beta', 'Gamma Delta'], every: 1000 });
    expect(Buffer.byteLength(text, 'utf8')).toBeGreaterThan(19_000);
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(20_000);
    expect(text.split('Alpha Beta').length - 1).toBeGreaterThanOrEqual(8);
    expect(text.split('Gamma Delta').length - 1).toBeGreaterThanOrEqual(8);
    expect(syntheticText({ bytes: 5000, seed: 's' })).toBe(syntheticText({ bytes: 5000, seed: 's' }));
  });
});
