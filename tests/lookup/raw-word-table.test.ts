import { describe, expect, it } from 'vitest';
import { RawWordTable, rawWordsBySplit } from '../../src/lookup/raw-word-table';

/** Each raw word as one id of its own: the table then gives back the words, in order. */
function wordsByTable(texts: readonly string[]): string[][] {
  const words: string[] = [];
  const table = new RawWordTable((raw) => {
    words.push(raw);
    return [words.length - 1];
  });
  return texts.map((text) => {
    const n = table.scan(text);
    return [...table.ids.subarray(0, n)].map((id) => words[id]!);
  });
}

// Letters with precomposed and combining marks, digits, separators, astral letters (𠀀 is a CJK
// letter, 𝐀 a mathematical one), an astral symbol (😀), lone surrogates, zero-width and odd spaces.
const PIECES = ['Tô', 'Lâm', 'Lâm', 'hoà', 'hòa', 'đ', 'Đ', 'a', 'ư', '2024', '٣', ' ', ', ', '-', '.', '“', '”', '\n', '\u00a0', '\u200b', '𠀀', '𝐀', '😀', '\ud800', '\udc00', 'x', 'Путин', '東京', '\u0301'];

function randomTexts(count: number, seed: number): string[] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state;
  };
  return Array.from({ length: count }, () => Array.from({ length: next() % 24 }, () => PIECES[next() % PIECES.length]).join(''));
}

describe('RawWordTable', () => {
  it('finds the raw words the RegExp split finds, in order, on generated texts', () => {
    const texts = randomTexts(3000, 7);
    expect(wordsByTable(texts)).toEqual(texts.map(rawWordsBySplit));
  });

  it('asks for the term ids of each distinct raw word once, however often it recurs', () => {
    const asked: string[] = [];
    const table = new RawWordTable((raw) => {
      asked.push(raw);
      return [asked.length];
    });
    for (const text of ['Tô Lâm, Tô Lâm.', 'Lâm Tô', 'Tô']) table.scan(text);
    expect(asked).toEqual(['Tô', 'Lâm']);
  });

  it('gives every term id of a raw word that holds several, and none for a text without words', () => {
    const table = new RawWordTable((raw) => (raw === 'ab' ? [1, 2] : [3]));
    const n = table.scan('ab c ab');
    expect([...table.ids.subarray(0, n)]).toEqual([1, 2, 3, 1, 2]);
    expect(table.scan(' ,.- ')).toBe(0);
  });

  it('keeps every word of a text longer than its buffer, and of a vocabulary larger than its first table', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    const table = new RawWordTable((raw) => [Number(raw.slice(1))]);
    const n = table.scan(words.join(' '));
    expect([...table.ids.subarray(0, n)]).toEqual(words.map((_, i) => i));
  });
});
