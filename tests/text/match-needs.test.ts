import { describe, expect, it } from 'vitest';
import { endMatchNeeds } from '../../src/text/match-needs';
import { rulesFor } from '../../src/corpus/language-rules';

/** Texts ending every way the engine's heads end: on names, spaces, commas, words, mid-word. */
const SENTENCES = [
  'Chiều 8/11, tại Phủ Chủ tịch, Tổng Bí thư Tô Lâm và Phu nhân đã chân thành cảm ơn Tổng thống của Liên bang Nga Vladimir Putin, người đang thăm Việt Nam, về phần mình, thay mặt Chính phủ, hội đàm với',
  'Prime Minister Hun Sen of the Kingdom of Cambodia, who is on a visit to Vietnam, and his wife, on behalf of the Government, said Retno, also warmly welcomed and held talks with',
  'President Joko "Jokowi" Widodo (R) and Prime Minister Anwar’s delegation in Hanoi on Dec. 1, 2025 — ‘the two’ 😀 Ω K',
];
const TEXTS = SENTENCES.flatMap((s) => Array.from({ length: s.length + 1 }, (_, k) => s.slice(0, k))).flatMap((t) => [t, `${t} `, `${t}\u00a0\n`]);

/** What endsWithMatch asks: whether some suffix of the text matches the pattern. */
function endMatches(text: string, pattern: RegExp): boolean {
  const tester = new RegExp(`(?<=(?:${pattern.source}))$`, `${pattern.flags}y`);
  tester.lastIndex = text.length;
  return tester.test(text);
}

describe('endMatchNeeds', () => {
  it('never says no to a text some suffix of which matches, for every end-anchored pattern of both languages (the pattern is the oracle)', () => {
    let checked = 0;
    for (const code of ['vi', 'en'] as const) {
      for (const [key, value] of Object.entries(rulesFor(code))) {
        if (!(value instanceof RegExp) || value.global || value.sticky || !value.source.endsWith('$')) continue;
        const needs = endMatchNeeds(value);
        if (needs === null) continue;
        checked++;
        for (const text of TEXTS) if (endMatches(text, value)) expect(needs(text), `${code}.${key} on ${JSON.stringify(text)}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('says no to a text that does not end on a character a match can end on', () => {
    const needs = endMatchNeeds(/\s*,\s*(?:who|which)\s*$/iu)!;
    expect(needs('President Lam said ')).toBe(false);
    expect(needs('President Lam, WHO ')).toBe(true);
  });

  it('says no to a text without a word every match holds, when the pattern tells case', () => {
    const needs = endMatchNeeds(/\s+(?:of)\s+[\p{Lu}][\p{L}]*\s*$/u)!;
    expect(needs('Prime Minister Hun Sen ')).toBe(false);
    expect(needs('Prime Minister of Cambodia ')).toBe(true);
  });

  it('says no to a text without a word every match holds in any case, when the pattern ignores case', () => {
    const needs = endMatchNeeds(/(?:\s+|^)(?:on\s+behalf\s+of)\s+[\p{L}][^;:.!?]{0,80}$/iu)!;
    expect(needs('Prime Minister Hun Sen said ')).toBe(false);
    expect(needs('Prime Minister Hun Sen, On Behalf Of the Government ')).toBe(true);
    // Words holding a character the pattern syntax uses are matched as written: "(PM)", "U.S.".
    const marked = endMatchNeeds(/(?:\(PM\)|U\.S\.)\s+[\p{L}]+\s*$/iu)!;
    expect([marked('the (pm) Lam '), marked('the US Lam '), marked('the u.s. Lam ')]).toEqual([true, false, true]);
  });

  it('reads a surrogate pair as one character', () => {
    const needs = endMatchNeeds(/😀\s*$/u)!;
    expect(needs('a 😀 ')).toBe(true);
    expect(needs('a ☺ ')).toBe(false);
  });

  it('checks nothing where a match may be spaces only, or where it cannot read the pattern', () => {
    expect(endMatchNeeds(/\s*$/u)).toBeNull();
    expect(endMatchNeeds(/(a)\1$/u)).toBeNull(); // a backreference
    expect(endMatchNeeds(/a$/)).toBeNull(); // no `u` flag: `\p` means another thing
    expect(endMatchNeeds(/(?:a|\s*)$/u)).toBeNull();
  });
});
