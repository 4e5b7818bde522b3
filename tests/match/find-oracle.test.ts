import { describe, expect, it } from 'vitest';
import { acceptSpan } from '../../src/match/accept-span';
import { compileMatcher, loadMatcher, type Match, type PatternInput } from '../../src/match';
import { foldBare } from '../../src/text/fold-bare';
import { foldMarked } from '../../src/text/fold-marked';
import { pick, prng } from './seeded-random';

// Syllables chosen to collide once folded: tô/tổ/to, lâm/làm/lam, hoà/hòa/hoa, đỗ/do.
const SYLLABLES = [
  'tô', 'tổ', 'to', 'lâm', 'làm', 'lam', 'hoà', 'hòa', 'hoa', 'thủy', 'thuỷ', 'đỗ', 'do', 'lương',
  'luong', 'cường', 'cuong', 'nam', 'minh', 'putin', 'vladimir', 'путин', 'владимир', 'ທອງລຸນ', 'ສີສຸລິດ',
];
const SEPARATORS = [' ', ' ', ' ', '\u00a0', ', ', '  ', '\n', '. ', ''];

function casing(random: () => number, word: string): string {
  const r = random();
  if (r < 0.4) return word;
  if (r < 0.8) return word.charAt(0).toUpperCase() + word.slice(1);
  return word.toUpperCase();
}

function disguise(random: () => number, word: string): string {
  let out = random() < 0.2 ? word.normalize('NFD') : word;
  if (random() < 0.1 && out.length > 1) {
    const at = 1 + Math.floor(random() * (out.length - 1));
    out = out.slice(0, at) + pick(random, ['\u200b', '\u00ad', '\u200d']) + out.slice(at);
  }
  return out;
}

function randomName(random: () => number): string {
  const length = 1 + Math.floor(random() * 3);
  return Array.from({ length }, () => casing(random, pick(random, SYLLABLES))).join(' ');
}

function randomPatterns(random: () => number, someCapitalised = false): PatternInput[] {
  const count = 1 + Math.floor(random() * 12);
  return Array.from({ length: count }, () => ({
    text: randomName(random),
    id: Math.floor(random() * 5),
    ...(someCapitalised && random() < 0.5 ? { capitalised: true } : {}),
  }));
}

function randomText(random: () => number, patterns: readonly PatternInput[]): string {
  const tokens = 10 + Math.floor(random() * 60);
  let text = '';
  for (let k = 0; k < tokens; k++) {
    const word = random() < 0.25 ? pick(random, patterns).text : pick(random, SYLLABLES);
    text += disguise(random, casing(random, word)) + pick(random, SEPARATORS);
  }
  return text;
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const LAO = /^[\u0e80-\u0eff]$/u;

/**
 * The slow, obvious version: at each folded position try every form, longest first, with the
 * boundary rule spelled out again here, and jump past whatever was taken.
 */
function naiveFind(patterns: readonly PatternInput[], text: string): Match[] {
  const seen = new Set<string>();
  const forms: { bare: string; marked: string; id: number; order: number; capitalised: boolean }[] = [];
  for (const p of patterns) {
    const bare = foldBare(p.text).text.trim();
    const marked = foldMarked(p.text).text.trim();
    if (bare === '' || seen.has(`${p.id}|${marked}`)) continue;
    seen.add(`${p.id}|${marked}`);
    forms.push({ bare, marked: marked === bare ? '' : marked, id: p.id, order: forms.length, capitalised: p.capitalised === true });
  }
  forms.sort((a, b) => b.bare.length - a.bare.length || a.order - b.order);

  const folded = foldBare(text);
  const f = folded.text;
  const found: Match[] = [];
  let s = 0;
  while (s < f.length) {
    let taken: Match | undefined;
    for (const form of forms) {
      const e = s + form.bare.length;
      if (!f.startsWith(form.bare, s)) continue;
      const first = form.bare[0]!;
      const last = form.bare[form.bare.length - 1]!;
      const startOk = !WORD_CHAR.test(first) || LAO.test(first) || s === 0 || !WORD_CHAR.test(f[s - 1]!);
      const endOk = !WORD_CHAR.test(last) || LAO.test(last) || e === f.length || !WORD_CHAR.test(f[e]!);
      if (!startOk || !endOk) continue;
      const start = folded.start[s]!;
      const end = folded.end[e - 1]!;
      // A capitalised-only form: its first letter a capital or of a script without case.
      if (form.capitalised && text.charAt(start).toLowerCase() === text.charAt(start) && text.charAt(start).toUpperCase() !== text.charAt(start)) continue;
      if (!acceptSpan(text.slice(start, end), form.marked)) continue;
      taken = { id: form.id, start, end, text: text.slice(start, end) };
      s = e;
      break;
    }
    if (taken) found.push(taken);
    else s++;
  }
  return found;
}

describe('Matcher.find against a naive matcher', () => {
  it('agrees on 600 random name sets and texts', () => {
    let total = 0;
    for (let seed = 1; seed <= 600; seed++) {
      const random = prng(seed);
      const patterns = randomPatterns(random);
      const text = randomText(random, patterns);
      const expected = naiveFind(patterns, text);
      const actual = loadMatcher(compileMatcher(patterns)).find(text);
      expect({ seed, matches: actual }).toEqual({ seed, matches: expected });
      total += expected.length;
    }
    // Guards against generators that never produce a match (the test would then prove nothing).
    expect(total).toBeGreaterThan(1000);
  });

  it('agrees on 600 random name sets, half their forms counting only written as names', () => {
    let total = 0;
    let capitalised = 0;
    for (let seed = 3001; seed <= 3600; seed++) {
      const random = prng(seed);
      const patterns = randomPatterns(random, true);
      const text = randomText(random, patterns);
      const expected = naiveFind(patterns, text);
      const actual = loadMatcher(compileMatcher(patterns)).find(text);
      expect({ seed, matches: actual }).toEqual({ seed, matches: expected });
      total += expected.length;
      capitalised += expected.filter((m) => patterns.some((p) => p.capitalised && p.id === m.id)).length;
    }
    expect(total).toBeGreaterThan(1000);
    expect(capitalised).toBeGreaterThan(300);
  });

  it('agrees after compiled data goes through JSON', () => {
    for (let seed = 1001; seed <= 1100; seed++) {
      const random = prng(seed);
      const patterns = randomPatterns(random);
      const text = randomText(random, patterns);
      const reloaded = loadMatcher(JSON.parse(JSON.stringify(compileMatcher(patterns))));
      expect({ seed, matches: reloaded.find(text) }).toEqual({ seed, matches: naiveFind(patterns, text) });
    }
  });

  it('finds the same names in segments as in the joined text', () => {
    for (let seed = 2001; seed <= 2200; seed++) {
      const random = prng(seed);
      const patterns = randomPatterns(random);
      const text = randomText(random, patterns);
      const cuts = Array.from({ length: 6 }, () => Math.floor(random() * text.length)).sort((a, b) => a - b);
      const segments = [0, ...cuts].map((from, k) => text.slice(from, [...cuts, text.length][k]));
      const matcher = loadMatcher(compileMatcher(patterns));
      const starts = segments.map((_, k) => segments.slice(0, k).join('').length);
      const joined = matcher.findInSegments(segments).map((m) => ({
        id: m.id,
        start: starts[m.start.segment]! + m.start.offset,
        end: starts[m.end.segment]! + m.end.offset,
        text: m.text,
      }));
      expect({ seed, matches: joined }).toEqual({ seed, matches: matcher.find(text) });
    }
  });
});
