import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/split-sentences';

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at a period before a capital letter', () => {
    expect(texts('Ông nói. Bà cười.')).toEqual(['Ông nói.', 'Bà cười.']);
  });

  it('keeps offsets that point at the sentence in the paragraph', () => {
    const p = 'Chiều 8/11, hai bên hội đàm.  Hai nhà lãnh đạo nhất trí.';
    for (const s of splitSentences(p)) expect(p.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split inside a quotation', () => {
    expect(texts('Ông nói: “Việt Nam là bạn. Lào là anh em.” Sau đó ông về.')).toEqual([
      'Ông nói: “Việt Nam là bạn. Lào là anh em.”',
      'Sau đó ông về.',
    ]);
  });

  it('does not split after abbreviations, initials, numbers or domain names', () => {
    expect(texts('GS. Nguyễn Văn A phát biểu tại TP. Hồ Chí Minh.')).toHaveLength(1);
    expect(texts('Theo vov.vn hôm nay. Tin mới.')).toEqual(['Theo vov.vn hôm nay.', 'Tin mới.']);
    expect(texts('Tăng 2.5 lần so với năm trước.')).toHaveLength(1);
  });

  it('treats "./." as one sentence end', () => {
    expect(texts('Hai bên trao đổi./. Theo vov.vn')).toEqual(['Hai bên trao đổi./.', 'Theo vov.vn']);
  });

  it('keeps clauses joined by semicolons in one sentence', () => {
    expect(texts('Ông cảm ơn Việt Nam; nhấn mạnh tình hữu nghị.')).toHaveLength(1);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});

describe('splitSentences with unbalanced quotes', () => {
  it('still splits a paragraph whose quote mark never closes', () => {
    expect(texts('Ông nói “xin chào. Bà cười.')).toEqual(['Ông nói “xin chào.', 'Bà cười.']);
  });
});
