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

  it('splits after an ordinal ending ("the 1st.", "the 21st."), which is no abbreviation like "St."', () => {
    expect(splitSentences('He stayed until the 1st. Earlier, he visited Japan.').map((x) => x.text)).toEqual(['He stayed until the 1st.', 'Earlier, he visited Japan.']);
    expect(splitSentences('They prayed at St. Peter’s Basilica.').map((x) => x.text)).toEqual(['They prayed at St. Peter’s Basilica.']);
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
    // Initials run together: the last one is no sentence end either.
    expect(texts('His counterpart, Anh B.C. Dee, held talks. Then they left.')).toEqual(['His counterpart, Anh B.C. Dee, held talks.', 'Then they left.']);
  });

  it('splits sentences a copied page glued together: after a word, a day, or a quotation closed after its stop', () => {
    expect(texts('Ông đã nói.Bà trả lời.')).toEqual(['Ông đã nói.', 'Bà trả lời.']);
    expect(texts('Hai bên điện đàm ngày 24/7.Theo Bộ Ngoại giao, bà nói.')).toEqual(['Hai bên điện đàm ngày 24/7.', 'Theo Bộ Ngoại giao, bà nói.']);
    expect(texts('Bà nêu rõ: "Cần đối thoại."Về phần mình, ông nói.')).toEqual(['Bà nêu rõ: "Cần đối thoại."', 'Về phần mình, ông nói.']);
    // A figure, an abbreviation or an all-capital word after the stop is no sentence.
    expect(texts('Giá tăng 2.5 lần so với năm 2024.EU cho biết.')).toEqual(['Giá tăng 2.5 lần so với năm 2024.EU cho biết.']);
    expect(texts('The U.S.Army said so.')).toEqual(['The U.S.Army said so.']);
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

describe('splitSentences on over-long sentences', () => {
  it('gives a sentence over 2,000 characters in pieces marked where it was cut', () => {
    const long = `Hai bên nhất trí, ${'tăng cường hợp tác kinh tế, '.repeat(120)}cuối cùng.`;
    const sentences = splitSentences(`Mở đầu. ${long} Kết thúc.`);
    expect(sentences[0]!.text).toBe('Mở đầu.');
    expect(sentences.at(-1)!.text).toBe('Kết thúc.');
    const pieces = sentences.slice(1, -1);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces[0]).toMatchObject({ cutAfter: true });
    expect(pieces.at(-1)).toMatchObject({ cutBefore: true });
    for (const piece of pieces) expect(piece.text.length).toBeLessThanOrEqual(2000);
  });
});

// The scan remembers what it has read (the next closing quote, the end of a run of punctuation or
// spaces, a bounded look-back for abbreviations) so that any shape of text costs linear time
// (bench/long-line.bench.ts measures it). These check that remembering changes no answer.
describe('splitSentences on odd shapes', () => {
  it('still splits after several quote marks that never close', () => {
    expect(texts('Ông nói “xin chào. Bà cười “vâng. Họ đi. “Hết.')).toEqual(['Ông nói “xin chào.', 'Bà cười “vâng.', 'Họ đi.', '“Hết.']);
  });

  it('still keeps a quotation whole when an unclosed mark comes before it', () => {
    expect(texts('Ông nói « a. Bà nói “Một. Hai.” Sau đó về.')).toEqual(['Ông nói « a.', 'Bà nói “Một. Hai.”', 'Sau đó về.']);
  });

  it('treats a run of periods, quotes and spaces as one sentence end', () => {
    expect(texts('Hết rồi...”   Sau đó. . .  Cuối.')).toEqual(['Hết rồi...”', 'Sau đó. . .', 'Cuối.']);
  });

  it('tells an abbreviation from a long word that only ends like one', () => {
    expect(texts('Ông đến tp. Hồ Chí Minh.')).toHaveLength(1);
    expect(texts(`Xin chào ${'ab.'.repeat(30)}tp. Hồ Chí Minh.`)).toEqual([`Xin chào ${'ab.'.repeat(30)}tp.`, 'Hồ Chí Minh.']);
    expect(texts(`Họ nói ${'hay'.repeat(20)}. Bà cười.`)).toEqual([`Họ nói ${'hay'.repeat(20)}.`, 'Bà cười.']);
  });
});

describe('splitSentences, asked again', () => {
  it('gives the same sentences for the same paragraph, the answer kept (read-only) rather than split again', () => {
    const paragraph = 'Chiều 8/11, Tổng Bí thư Tô Lâm hội đàm với Tổng thống Putin. Hai bên nhất trí “tăng cường hợp tác. Ngay.” Ông nói.';
    const first = splitSentences(paragraph);
    expect(splitSentences(paragraph)).toBe(first);
    expect(splitSentences(`${paragraph}`.slice(0))).toEqual(first.map((s) => ({ ...s })));
    expect(first[0]!.text).toBe('Chiều 8/11, Tổng Bí thư Tô Lâm hội đàm với Tổng thống Putin.');
  });
});
