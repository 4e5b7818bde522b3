import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../src/match/automaton';
import { compileMatcher } from '../../src/match/compile';

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
});
