import { describe, expect, it } from 'vitest';
import { CAPITALISED_WORD_PATTERN, forEachCapitalisedWord } from '../../src/text/capitalised-words';

function byScan(text: string): [number, number][] {
  const spans: [number, number][] = [];
  forEachCapitalisedWord(text, (start, end) => spans.push([start, end]));
  return spans;
}

function byPattern(text: string): [number, number][] {
  return [...text.matchAll(CAPITALISED_WORD_PATTERN)].map((m) => [m.index, m.index + m[0].length]);
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('forEachCapitalisedWord', () => {
  it('finds what the pattern finds in constructed sentences', () => {
    const texts = [
      '',
      'A',
      'Ab',
      'Ông Anwar met McCain and ĐÀ NẴNG, then Bình-Dương (Hà) said “Lâm”.',
      'Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone.',
      'Ǆemal ǅemal Ab1 1Ab Abǅ aBc Ab\u0301c A\u0301b', // titlecase letters, digits, combining marks
      '𝐀bc A𝐛c Ab𝐂 😀Ab Ab😀 \ud835Ab Ab\ud835', // astral letters, an emoji, lone surrogates
      'ÀÉ Éa ÉaÉ éA Ωμέγα Москва Ẹ̀kọ́', // Greek, Cyrillic, Yoruba marks
    ];
    for (const text of texts) expect(byScan(text), JSON.stringify(text)).toEqual(byPattern(text));
  });

  it('finds what the pattern finds in random text of letters of every case, marks and others', () => {
    const pool = ['A', 'Đ', 'Ω', 'b', 'ư', 'ω', '\u0301', '\u0300', 'ǅ', 'ʰ', 'ກ', '1', ' ', '-', "'", '.', '𝐀', '𝐛', '😀', '\ud835', '\udc00'];
    const next = random(20261203);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = Math.floor(next() * 24);
      for (let k = 0; k < length; k++) text += pool[Math.floor(next() * pool.length)];
      expect(byScan(text), JSON.stringify(text)).toEqual(byPattern(text));
    }
  });
});
