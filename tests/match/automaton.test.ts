import { describe, expect, it } from 'vitest';
import { buildAutomaton, HitBuffer } from '../../src/match/automaton';
import { compileMatcher } from '../../src/match/compile';
import type { PatternInput } from '../../src/match/types';
import { isWordChar } from '../../src/text/char-classes';
import { BareFoldBuffer, foldBare } from '../../src/text/fold-bare';
import { startsAsName } from '../../src/text/proper-name-casing';

/** Every (end, form) the automaton reports on `text`, the form as its folded span. */
function scan(patterns: PatternInput[], text: string): [number, string][] {
  const automaton = buildAutomaton(compileMatcher(patterns));
  const fold = new BareFoldBuffer();
  const hits = new HitBuffer();
  const n = automaton.foldAndScan(text, fold, hits);
  const folded = String.fromCharCode(...fold.units.subarray(0, n));
  const out: [number, string][] = [];
  for (let h = 0; h < hits.count; h++) {
    const end = hits.ends[h]!;
    const state = hits.states[h]!;
    for (let p = automaton.firstAt[state]!; p !== -1; p = automaton.nextEntry[p]!) {
      out.push([end, `${folded.slice(end - automaton.stateLength[state]!, end)}#${p}`]);
    }
  }
  return out;
}

const words = (...texts: string[]): PatternInput[] => texts.map((text, id) => ({ text, id }));

describe('buildAutomaton', () => {
  it('reports every form starting at a word start, nested ones included', () => {
    expect(scan(words('he', 'she', 'his', 'hers'), 'she hers')).toEqual([
      [3, 'she#1'],
      [6, 'he#0'],
      [8, 'hers#3'],
    ]);
  });

  it('does not report a form inside a word: a short form in a longer word, a syllable in another', () => {
    expect(scan(words('an', 'lam', 'he'), 'toàn Islam ushers')).toEqual([]);
    expect(scan(words('an', 'lam'), 'an Lâm')).toEqual([
      [2, 'an#0'],
      [6, 'lam#1'],
    ]);
  });

  it('reports a form where a word starts after the start of the text, punctuation, a newline or a mark', () => {
    // Ends are offsets in the fold, where the mark after ")" has joined it.
    const found = scan(words('lam'), 'Lam,lam\nLâm "lam" (lam)\u0301 lam Nội-lam');
    expect(found.map(([end]) => end)).toEqual([3, 7, 11, 16, 22, 27, 35]);
  });

  it('follows failure links from a longer form into a shorter one starting at a later word', () => {
    expect(scan(words('ab ab c', 'ab c'), 'ab ab ab c')).toEqual([
      [10, 'ab ab c#0'],
      [10, 'ab c#1'],
    ]);
  });

  it('measures forms in folded units, word-start symbols taking none', () => {
    const automaton = buildAutomaton(compileMatcher([{ text: 'Tô  Lâm', id: 0 }]));
    const fold = new BareFoldBuffer();
    const hits = new HitBuffer();
    automaton.foldAndScan('Tô  Lâm', fold, hits);
    expect(hits.count).toBe(1);
    expect(automaton.stateLength[hits.states[0]!]).toBe(6);
  });

  it('reports a capitalised-only form at a word starting as a name, not at a lowercase one', () => {
    const patterns = [{ text: 'Chính', id: 0, capitalised: true }, { text: 'chiến', id: 1 }];
    expect(scan(patterns, 'chính Chính chiến Chiến')).toEqual([
      [11, 'chinh#0'],
      [17, 'chien#1'],
      [23, 'chien#1'],
    ]);
  });

  it('reports at a word starting as a name the forms counting only so, then those counting in any case', () => {
    const patterns = [{ text: 'Lâm', id: 0 }, { text: 'Lam', id: 1, capitalised: true }, { text: 'lam', id: 2 }];
    expect(scan(patterns, 'Lam lam')).toEqual([
      [3, 'lam#1'],
      [3, 'lam#0'],
      [3, 'lam#2'],
      [7, 'lam#0'],
      [7, 'lam#2'],
    ]);
  });

  it('links each form of a state to the next one its caller would check differently', () => {
    const patterns = [
      { text: 'Cường', id: 0, capitalised: true },
      { text: 'Cường', id: 1, capitalised: true },
      { text: 'Cuong', id: 2, capitalised: true },
      { text: 'Cường', id: 3 },
      { text: 'Cuong', id: 4 },
      { text: 'Cường', id: 5 },
    ];
    const automaton = buildAutomaton(compileMatcher(patterns));
    const fold = new BareFoldBuffer();
    const hits = new HitBuffer();
    automaton.foldAndScan('Cường', fold, hits);
    const lists = Array.from({ length: hits.count }, (_, h) => {
      const forms: number[] = [];
      for (let p = automaton.firstAt[hits.states[h]!]!; p !== -1; p = automaton.nextEntry[p]!) forms.push(p);
      return forms.map((p) => [p, automaton.nextUnlike[p]]);
    });
    expect(lists).toEqual([
      [[0, 2], [1, 2], [2, -1]],
      [[3, 4], [4, 5], [5, -1]],
    ]);
  });

  it('folds as foldBare and reports every form at a word start on random text', () => {
    const forms = ['ii', 'i i', 'to lam', 'lam', 'a', '𝐀b', 'do', 'b', 'to-lam', 'I'];
    const patterns = forms.map((text, id) => ({ text, id, ...(id % 3 === 0 ? { capitalised: true } : {}) }));
    const automaton = buildAutomaton(compileMatcher(patterns));
    const bare = patterns.map((p) => foldBare(p.text).text);
    const alphabet = ['i', 'İ', 'I', 't', 'ô', 'o\u0302', 'l', 'a', 'm', 'Đ', 'o', ' ', '\u00a0', '\n', '\u200b', '\u00ad', '\u0301', '𝐀', 'b', 'B', '\ud835', '\udc00', '\ud800', ',', 'ß', '-'];
    let seed = 12345;
    const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const fold = new BareFoldBuffer();
    const hits = new HitBuffer();
    let reported = 0;
    for (let round = 0; round < 1000; round++) {
      let text = '';
      const length = Math.floor(random() * 40);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)];
      const n = automaton.foldAndScan(text, fold, hits);
      const expected = foldBare(text);
      const folded = expected.text;
      expect(String.fromCharCode(...fold.units.subarray(0, n))).toBe(folded);
      expect([...fold.start.subarray(0, n)]).toEqual([...expected.start]);
      expect([...fold.end.subarray(0, n)]).toEqual([...expected.end]);
      const got = new Set<string>();
      for (let h = 0; h < hits.count; h++) {
        for (let p = automaton.firstAt[hits.states[h]!]!; p !== -1; p = automaton.nextEntry[p]!) got.add(`${hits.ends[h]}:${p}`);
      }
      // Every occurrence at a word start (a word character with none before it, code points read
      // as the boundary check reads them), and only those; a capitalised-only one may be left out
      // only where its word starts in lowercase.
      const wordAt = (k: number) => k >= 0 && k < folded.length && isWordChar(folded.codePointAt(k)!) && !(k > 0 && folded.charCodeAt(k) >= 0xdc00 && folded.charCodeAt(k) <= 0xdfff && folded.charCodeAt(k - 1) >= 0xd800 && folded.charCodeAt(k - 1) <= 0xdbff);
      const before = (k: number) => {
        if (k === 0) return false;
        const low = folded.charCodeAt(k - 1);
        const at = k >= 2 && low >= 0xdc00 && low <= 0xdfff && folded.charCodeAt(k - 2) >= 0xd800 && folded.charCodeAt(k - 2) <= 0xdbff ? k - 2 : k - 1;
        return isWordChar(folded.codePointAt(at)!);
      };
      for (const [p, form] of bare.entries()) {
        for (let k = folded.indexOf(form); k !== -1; k = folded.indexOf(form, k + 1)) {
          const key = `${k + form.length}:${p}`;
          const atWordStart = wordAt(k) && !before(k);
          if (!atWordStart) expect({ text, key, reported: got.has(key) }).toEqual({ text, key, reported: false });
          else if (!patterns[p]!.capitalised || startsAsName(text, expected.start[k]!)) {
            expect({ text, key, reported: got.has(key) }).toEqual({ text, key, reported: true });
            reported++;
          }
        }
      }
    }
    expect(reported).toBeGreaterThan(500);
  });
});

describe('HitBuffer', () => {
  it('grows past its first capacity and keeps what it held', () => {
    const hits = new HitBuffer();
    for (let k = 0; k < 200; k++) hits.push(k, k * 2);
    expect(hits.count).toBe(200);
    expect([hits.ends[0], hits.states[0], hits.ends[199], hits.states[199]]).toEqual([0, 0, 199, 398]);
  });
});
