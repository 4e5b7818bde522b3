import { describe, expect, it } from 'vitest';
import { cutLongSentence, cutReports, evidenceOf, MAX_SENTENCE_CHARS, type SentencePiece } from '../../src/corpus/cut-long-sentence';

const whole = (text: string, start = 0): SentencePiece => ({ text, start, end: start + text.length });

describe('cutLongSentence', () => {
  it('leaves a sentence of up to 2,000 characters as it is', () => {
    const text = `${'a'.repeat(MAX_SENTENCE_CHARS - 1)}.`;
    expect(cutLongSentence(whole(text))).toEqual([whole(text)]);
  });

  it('cuts a longer one into pieces whose evidence, cut marks included, is at most 2,000 characters', () => {
    const text = 'Hai bên nhất trí tăng cường hợp tác, '.repeat(200).trim();
    const pieces = cutLongSentence(whole(text, 7));
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces) expect(evidenceOf(piece).length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });

  it('loses no text: the pieces, in order, are the sentence less the spaces at the cuts', () => {
    const text = 'Hai bên nhất trí; tăng cường hợp tác, '.repeat(150).trim();
    const paragraph = `Mở đầu. ${text}`;
    const pieces = cutLongSentence(whole(text, 8));
    for (const piece of pieces) expect(paragraph.slice(piece.start, piece.end)).toBe(piece.text);
    expect(pieces.map((p) => p.text).join(' ')).toBe(text);
  });

  it('cuts at a semicolon before a comma, and at a comma before a plain space', () => {
    const semicolon = `${'x, '.repeat(400)}kết thúc; ${'y, '.repeat(400)}`;
    expect(cutLongSentence(whole(semicolon))[0]!.text.endsWith('kết thúc;')).toBe(true);
    const comma = `${'từ '.repeat(400)}đoạn một, ${'từ '.repeat(600)}`;
    expect(cutLongSentence(whole(comma))[0]!.text.endsWith('đoạn một,')).toBe(true);
  });

  it('cuts text without any space hard, never inside a surrogate pair', () => {
    const text = '😀'.repeat(3000); // 6,000 UTF-16 units, no boundary anywhere
    const pieces = cutLongSentence(whole(text));
    for (const piece of pieces) expect(piece.text).toMatch(/^(?:😀)+$/u);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('marks where each piece was cut: the first after, the middle ones both sides, the last before', () => {
    const pieces = cutLongSentence(whole('a, '.repeat(2500).trim()));
    expect(pieces[0]).not.toHaveProperty('cutBefore');
    expect(pieces[0]!.cutAfter).toBe(true);
    expect(pieces[1]).toMatchObject({ cutBefore: true, cutAfter: true });
    expect(pieces.at(-1)!.cutBefore).toBe(true);
    expect(pieces.at(-1)).not.toHaveProperty('cutAfter');
  });
});

describe('evidenceOf', () => {
  it('is the text as written for a whole sentence', () => {
    expect(evidenceOf(whole('Ông nói.'))).toBe('Ông nói.');
  });

  it('puts the cut mark where the piece was cut', () => {
    expect(evidenceOf({ ...whole('hai bên nhất trí,'), cutBefore: true, cutAfter: true })).toBe('… hai bên nhất trí, …');
    expect(evidenceOf({ ...whole('Ông nói,'), cutAfter: true })).toBe('Ông nói, …');
  });
});

describe('cutReports', () => {
  it('reports each cut sentence once, with its length and number of pieces', () => {
    const long = 'a, '.repeat(2500).trim();
    const pieces = [whole('Ngắn.'), ...cutLongSentence(whole(long, 6)), whole('Cũng ngắn.', 6 + long.length + 1)];
    const expected = cutLongSentence(whole(long, 6)).length;
    expect(cutReports(pieces)).toEqual([{ chars: long.length, pieces: expected }]);
  });

  it('reports nothing when no sentence was cut', () => {
    expect(cutReports([whole('Một.'), whole('Hai.', 5)])).toEqual([]);
  });
});
