import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, HitBuffer, type Automaton } from '../../src/match/automaton';
import { compileMatcher, type PatternInput } from '../../src/match';
import { buildNameTable } from '../../src/names/name-table';
import { readRegistryFile } from '../../src/registry/read-registry-file';
import { BareFoldBuffer } from '../../src/text/fold-bare';
import { pick, prng } from './seeded-random';

/**
 * The automaton's direct tables (a row of whole steps for its shallowest states) against the
 * automaton without them (`buildAutomaton(compiled, 0)`: every step a binary search of the
 * state's edges and a walk down its failure chain, the step as it was before the tables). The two
 * must leave the same fold and the same hits, in the same order, on any text: `find` reads nothing
 * else, so its matches are then the same too.
 */

/** The fold and the hits of one scan, as plain arrays. */
function scan(automaton: Automaton, text: string): { fold: number[]; ends: number[]; states: number[] } {
  const fold = new BareFoldBuffer();
  const hits = new HitBuffer();
  const n = automaton.foldAndScan(text, fold, hits);
  return {
    fold: [...fold.units.subarray(0, n)],
    ends: [...hits.ends.subarray(0, hits.count)],
    states: [...hits.states.subarray(0, hits.count)],
  };
}

// The common words the bench's text is made of (several of them the registry's titles' syllables),
// English ones, Lao and Thai words, hyphenated and numbered tokens, and astral letters.
const COMMON = [
  'của', 'và', 'hội', 'đàm', 'với', 'trong', 'ngày', 'chủ', 'tịch', 'nước', 'tổng', 'bí', 'thư', 'quan', 'hệ', 'thủ',
  'tướng', 'bộ', 'trưởng', 'chính', 'phủ', 'cường', 'toàn', 'diện', 'thương', 'mại', 'lam', 'islam', 'an', 'toàn',
  'the', 'prime', 'minister', 'president', 'of', 'said', 'visit', 'ລາວ', 'ປະທານ', 'ປະເທດ', 'ไทย', 'นายก', 'รัฐมนตรี',
  'jong-un', 'co-operation', 'g20', '2025', '𝐀b', '𐐀𐐨', '李强', 'путин', 'владимир',
];
const SEPARATORS = [' ', ' ', ' ', ' ', ', ', '. ', '\u00a0', '\n', ' - ', '-', '"', ' (', ') ', ''];
const INVISIBLE = ['\u200b', '\u00ad', '\u200d', '\u2060'];
const ODD_UNITS = ['\ud835', '\udc00', '\ud800', '\udfff', '\u0301', '\u0302', '\u0ec8', '\u0e48'];

function casing(random: () => number, word: string): string {
  const r = random();
  if (r < 0.45) return word.toLowerCase();
  if (r < 0.85) return word.charAt(0).toUpperCase() + word.slice(1);
  if (r < 0.95) return word.toUpperCase();
  return word;
}

/** A word disguised the ways pages write it: decomposed, split by an invisible character or a stray unit. */
function disguise(random: () => number, word: string): string {
  let out = random() < 0.2 ? word.normalize('NFD') : word;
  if (random() < 0.12 && out.length > 1) {
    const at = 1 + Math.floor(random() * (out.length - 1));
    out = out.slice(0, at) + pick(random, INVISIBLE) + out.slice(at);
  }
  if (random() < 0.04) {
    const at = Math.floor(random() * (out.length + 1));
    out = out.slice(0, at) + pick(random, ODD_UNITS) + out.slice(at);
  }
  return out;
}

function randomText(random: () => number, forms: readonly string[], words: number): string {
  let text = '';
  for (let k = 0; k < words; k++) {
    const r = random();
    let word = r < 0.3 ? pick(random, forms) : pick(random, COMMON);
    // A form cut short or run on: a prefix the automaton walks into and must fall back out of.
    if (random() < 0.1) word = random() < 0.5 ? word.slice(0, 1 + Math.floor(random() * word.length)) : word + pick(random, COMMON);
    text += disguise(random, casing(random, word)) + pick(random, SEPARATORS);
  }
  return text;
}

/** People the corpus finds, as the matcher bench adds them: synthetic names, their last syllable a short form. */
function foundPeople(random: () => number, count: number): { name: string; short: string }[] {
  const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Bùi', 'Đỗ', 'Tô', 'Lương'];
  const middles = ['Văn', 'Thị', 'Minh', 'Xuân', 'Đức', 'Hữu', 'Quang', 'Công', 'Quốc', 'Ngọc'];
  const givens = ['Lâm', 'Cường', 'Hùng', 'Chính', 'Huệ', 'Sang', 'Long', 'Sơn', 'An', 'Nam', 'Tâm', 'Thắng'];
  return Array.from({ length: count }, () => {
    const short = pick(random, givens);
    return { name: `${pick(random, surnames)} ${pick(random, middles)} ${short}`, short };
  });
}

describe('the automaton with direct tables against the automaton without them', () => {
  const random = prng(20260101);
  const registry = readRegistryFile(join(import.meta.dirname, '../../corpus/leaders.json'));
  const office = Object.keys(registry.titles)[0]!;
  const found = foundPeople(random, 300).map(({ name, short }, i) => ({
    id: `found-${i}`,
    name,
    country: 'US',
    forms: [name],
    short: [short],
    offices: [{ office, country: 'US', attested: ['2025-01-01'] }],
    sources: ['constructed for tests'],
  }));
  const table = buildNameTable({ ...registry, leaders: [...registry.leaders, ...found] });
  const forms = [
    ...registry.leaders.flatMap((l) => [...l.forms, ...l.short]),
    ...found.flatMap((l) => [...l.forms, ...l.short]),
    ...Object.values(registry.titles).flatMap((t) => [...t.vi, ...t.en]),
    ...Object.values(registry.countries).flatMap((c) => [...c.vi, ...c.en, ...(c.native ?? [])]),
  ];
  const reference = buildAutomaton(table.compiled, 0);
  const withTables = buildAutomaton(table.compiled);
  // A few dozen rows: the edge between states with a row and states without falls among the hot ones.
  const fewRows = buildAutomaton(table.compiled, 2000);

  it('leaves the same fold and hits on 400 constructed texts with the registry and found people', () => {
    let hits = 0;
    const scripts = { lao: 0, thai: 0, astral: 0, nfd: 0, invisible: 0 };
    for (let seed = 1; seed <= 400; seed++) {
      const text = randomText(prng(seed), forms, 20 + (seed % 80));
      const expected = scan(reference, text);
      expect({ seed, ...scan(withTables, text) }).toEqual({ seed, ...expected });
      expect({ seed, ...scan(fewRows, text) }).toEqual({ seed, ...expected });
      hits += expected.ends.length;
      if (/[\u0e80-\u0eff]/u.test(text)) scripts.lao++;
      if (/[\u0e00-\u0e7f]/u.test(text)) scripts.thai++;
      if (/[\ud800-\udfff]/.test(text)) scripts.astral++;
      if (/[\u0300-\u036f]/.test(text)) scripts.nfd++;
      if (/[\u200b\u00ad\u200d\u2060]/.test(text)) scripts.invisible++;
    }
    // Guards against generators that never reach what the test is about.
    expect(hits).toBeGreaterThan(5000);
    for (const [kind, texts] of Object.entries(scripts)) expect({ kind, many: texts > 50 }).toEqual({ kind, many: true });
  });

  it('leaves the same hits on the registry forms themselves, written as they are, lowercased and uppercased', () => {
    const text = forms.map((f) => `${f}. ${f.toLowerCase()} ${f.toUpperCase()}, ${f.normalize('NFD')}`).join(' ');
    const expected = scan(reference, text);
    expect(expected.ends.length).toBeGreaterThan(forms.length);
    expect(scan(withTables, text)).toEqual(expected);
    expect(scan(fewRows, text)).toEqual(expected);
  });

  it('agrees on an automaton of more than 65,535 states, whose farther states do not fit a cell', () => {
    const r = prng(7);
    const letters = [...'abcdefghiklmnoprstuvy', 'đ', 'п', 'у', 'т', 'и', 'н'];
    const patterns: PatternInput[] = [];
    const words = new Set<string>();
    while (words.size < 9000) {
      const length = 6 + Math.floor(r() * 8);
      let word = '';
      for (let k = 0; k < length; k++) word += pick(r, letters);
      if (r() < 0.3) word = `${word.slice(0, 3)} ${word.slice(3)}`;
      words.add(word);
    }
    for (const word of words) patterns.push({ text: word, id: patterns.length, ...(r() < 0.5 ? { capitalised: true } : {}) });
    const compiled = compileMatcher(patterns);
    expect(compiled.childCounts.length).toBeGreaterThan(0xffff);
    const ref = buildAutomaton(compiled, 0);
    // Every state with a row: the rows of the deepest states step to states past 65,535.
    const allRows = buildAutomaton(compiled, compiled.childCounts.length * 40);
    const usual = buildAutomaton(compiled);
    const list = [...words];
    let hits = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const text = randomText(prng(seed), list, 30);
      const expected = scan(ref, text);
      expect({ seed, ...scan(allRows, text) }).toEqual({ seed, ...expected });
      expect({ seed, ...scan(usual, text) }).toEqual({ seed, ...expected });
      hits += expected.ends.length;
    }
    expect(hits).toBeGreaterThan(500);
  });

  it('keeps a matcher with no forms and one with a single form working with or without tables', () => {
    for (const patterns of [[], [{ text: 'Tô Lâm', id: 0 }], [{ text: 'Lâm', id: 0, capitalised: true }]] as PatternInput[][]) {
      const compiled = compileMatcher(patterns);
      const text = 'Ông Tô Lâm và ông lâm, TÔ LÂM.';
      expect(scan(buildAutomaton(compiled), text)).toEqual(scan(buildAutomaton(compiled, 0), text));
    }
  });
});
