import { describe, expect, it } from 'vitest';
import { withoutAcronymAsides, withoutGlossAsides, withoutNameAsides, withoutNicknames } from '../../src/names/text-asides';

describe('withoutNicknames', () => {
  it.each([
    ['President Ferdinand "Bongbong" Marcos Jr. said', 'President Ferdinand            Marcos Jr. said'],
    ["President Ferdinand ''Bongbong'' Marcos Jr. said", 'President Ferdinand              Marcos Jr. said'],
    ['Tổng thống Rodrigo “Digong” Duterte nói', 'Tổng thống Rodrigo          Duterte nói'],
  ])('blanks a nickname in quotes between two capitalised words, letter for letter (%s)', (text, blanked) => {
    expect(withoutNicknames(text)).toBe(blanked);
    expect(withoutNicknames(text)).toHaveLength(text.length);
  });

  it.each([
    // A name alone in quotes after the name: the nickname ends it, nothing follows to join.
    'President Joko "Jokowi" said',
    // A quotation of words, not a name: lowercase inside.
    'He called it a "historic milestone" for both.',
    // Quotes after a lowercase word.
    'the "Bamboo Diplomacy" of Vietnam',
  ])('leaves "%s" as it is', (text) => {
    expect(withoutNicknames(text)).toBe(text);
  });
});

describe('withoutAcronymAsides', () => {
  it('blanks an acronym in parentheses between spaces, and nothing else in parentheses', () => {
    expect(withoutAcronymAsides("Cambodian People's Party (CPP) President Hun Sen")).toBe("Cambodian People's Party       President Hun Sen");
    expect(withoutAcronymAsides('CPP (Cambodia) President')).toBe('CPP (Cambodia) President');
  });
});

describe('withoutGlossAsides', () => {
  it.each([
    ['Chủ tịch Hội đồng Đại biểu Nhân dân (tức Hạ viện) Indonesia Setya Novanto', '(tức Hạ viện)'],
    ['Chủ tịch Đuma Quốc gia (Hạ viện) Nga', '(Hạ viện)'],
    ["Minister in the Prime Minister's Department (Law and Institutional Reform) Datuk Seri Azalina", '(Law and Institutional Reform)'],
  ])('blanks a gloss in parentheses between a word and a capitalised one, letter for letter (%s)', (text, gloss) => {
    expect(withoutGlossAsides(text)).toBe(text.replace(gloss, ' '.repeat(gloss.length)));
    expect(withoutGlossAsides(text)).toHaveLength(text.length);
  });

  it.each([
    // A photo credit, a time, a source: not words alone.
    'Thủ tướng Phạm Minh Chính (Ảnh: TTXVN) Thủ tướng Lào',
    'lúc 14h (giờ Hà Nội, 10/5) Tổng Bí thư',
    // A direction after a name, followed by a verb.
    'Tô Lâm (phải) tiếp Thủ tướng Lào',
    // One letter: a caption's position or a list's item.
    'Prime Minister Hun Sen (C) Defense Minister Tea Banh',
    // At the start of a line: nothing before it to gloss.
    '(Viet Nam News) Philippines’ Secretary',
  ])('leaves "%s" as it is', (text) => {
    expect(withoutGlossAsides(text)).toBe(text);
  });
});

describe('withoutNameAsides', () => {
  it('blanks both kinds of aside in one text, as the corpus and the page give it to the name table', () => {
    const text = 'President Ferdinand "Bongbong" Marcos Jr. met Cambodian People\'s Party (CPP) President Hun Sen.';
    expect(withoutNameAsides(text)).toBe(withoutNicknames(withoutAcronymAsides(text)));
    expect(withoutNameAsides(text)).toBe('President Ferdinand            Marcos Jr. met Cambodian People\'s Party       President Hun Sen.');
  });
});
