import { describe, expect, it, test } from 'vitest';
import { INNER_START, isWordStartSymbol, keyOfForm, LOWER_START, NAME_START } from '../../src/match/word-starts';
import { foldBare } from '../../src/text/fold-bare';

describe('keyOfForm', () => {
  test.each([
    ['a two-word name', 'to lam', { body: 'to Wlam', lead: true }],
    ['words after a hyphen', 'kim jong-un', { body: 'kim Wjong-Wun', lead: true }],
    ['a name with a digit', 'ten0 ho1', { body: 'ten0 Who1', lead: true }],
    ['a form starting with punctuation (no boundary on that side)', '(lam', { body: '(Wlam', lead: false }],
    ['Lao script (written without spaces: no boundary on that side)', 'ທອງລຸນ ສີສຸລິດ', { body: 'ທອງລຸນ Wສີສຸລິດ', lead: false }],
    ['a letter outside the BMP, read as one code point', '𝐀b 𝐀', { body: '𝐀b W𝐀', lead: true }],
    ['a symbol outside the BMP (not a word character)', '𝐀 😀x', { body: '𝐀 😀Wx', lead: true }],
  ])('marks the word starts of %s', (_, bare, key) => {
    expect(keyOfForm(bare)).toEqual(key);
  });
});

describe('isWordStartSymbol', () => {
  it('knows the three symbols and nothing else', () => {
    expect([NAME_START, LOWER_START, INNER_START].every(isWordStartSymbol)).toBe(true);
    expect(['a', ' ', '-', 'u'].some((c) => isWordStartSymbol(c.charCodeAt(0)))).toBe(false);
  });

  it('names symbols no character ever folds to, so the scan cannot mistake a letter for one', () => {
    const symbols = new Set([NAME_START, LOWER_START, INNER_START]);
    const folding: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const folded = foldBare(String.fromCodePoint(cp)).text;
      for (let k = 0; k < folded.length; k++) if (symbols.has(folded.charCodeAt(k))) folding.push(cp.toString(16));
    }
    expect(folding).toEqual([]);
    // It folds all 1.1 million code points: about 2.5 s alone, past vitest's 5 s default on a
    // loaded 2-core machine (it failed so once in CI with other tests running beside it).
  }, 30_000);
});
