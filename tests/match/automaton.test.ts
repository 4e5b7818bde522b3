import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../src/match/automaton';
import { compileMatcher } from '../../src/match/compile';
import { HitBuffer } from '../../src/match/automaton';
import { BareFoldBuffer, foldBare } from '../../src/text/fold-bare';

function hits(words: string[], text: string): [number, string][] {
  const automaton = buildAutomaton(compileMatcher(words.map((text, id) => ({ text, id }))));
  const out: [number, string][] = [];
  automaton.scan(text, (end, pattern) => out.push([end, text.slice(end - automaton.patternLength[pattern]!, end)]));
  return out;
}

describe('buildAutomaton', () => {
  it('reports every occurrence of every pattern, nested ones included', () => {
    expect(hits(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      [4, 'she'],
      [4, 'he'],
      [6, 'hers'],
    ]);
  });

  it('follows failure links across overlapping prefixes', () => {
    expect(hits(['aab', 'ab'], 'aaab')).toEqual([
      [4, 'aab'],
      [4, 'ab'],
    ]);
  });

  it('measures pattern lengths in folded units', () => {
    const automaton = buildAutomaton(compileMatcher([{ text: 'Tô  Lâm', id: 0 }]));
    expect([...automaton.patternLength]).toEqual([6]);
  });

  it('scans a buffer of units like a string, stopping at `length`', () => {
    const automaton = buildAutomaton(compileMatcher(['he', 'she', 'hers'].map((text, id) => ({ text, id }))));
    const text = 'ushers';
    const units = new Uint16Array(16);
    for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
    const fromString: number[][] = [];
    automaton.scan(text, (end, pattern) => fromString.push([end, pattern]));
    const fromUnits: number[][] = [];
    automaton.scanUnits(units, text.length, (end, pattern) => fromUnits.push([end, pattern]));
    expect(fromUnits).toEqual(fromString);
    const short: number[][] = [];
    automaton.scanUnits(units, 4, (end, pattern) => short.push([end, pattern]));
    expect(short).toEqual([[4, 1], [4, 0]]);
  });

  it('folds and scans in one pass exactly as foldBare then scan, on random text', () => {
    const words = ['ii', 'i i', 'to lam', 'lam', 'a', '𝐀b', 'do'];
    const automaton = buildAutomaton(compileMatcher(words.map((text, id) => ({ text, id }))));
    const alphabet = ['i', 'İ', 'I', 't', 'ô', 'o\u0302', 'l', 'a', 'm', 'Đ', 'o', ' ', '\u00a0', '\n', '\u200b', '\u00ad', '\u0301', '𝐀', 'b', '\ud800', ',', 'ß'];
    let seed = 12345;
    const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const fold = new BareFoldBuffer();
    const hits = new HitBuffer();
    for (let round = 0; round < 500; round++) {
      let text = '';
      const length = Math.floor(random() * 40);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)];
      const n = automaton.foldAndScan(text, fold, hits);
      const expected = foldBare(text);
      expect(String.fromCharCode(...fold.units.subarray(0, n))).toBe(expected.text);
      expect([...fold.start.subarray(0, n)]).toEqual([...expected.start]);
      expect([...fold.end.subarray(0, n)]).toEqual([...expected.end]);
      const expectedHits: number[][] = [];
      automaton.scan(expected.text, (end, pattern) => expectedHits.push([end, pattern]));
      const got = Array.from({ length: hits.count }, (_, k) => [hits.ends[k]!, hits.patterns[k]!]);
      expect(got).toEqual(expectedHits);
    }
  });
});
