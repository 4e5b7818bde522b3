import { describe, expect, it } from 'vitest';
import { queryWords, RAW_SEPARATORS, searchWords } from '../../src/lookup/search-text';

describe('searchWords', () => {
  it('drops case and diacritics and writes đ as d', () => {
    expect(searchWords('Đường Lâm')).toEqual(['duong', 'lam']);
  });

  it('splits at punctuation, dashes and quotes as well as spaces', () => {
    expect(searchWords('Việt Nam - Lào, “hữu nghị”')).toEqual(['viet', 'nam', 'lao', 'huu', 'nghi']);
  });

  it('keeps digits as words', () => {
    expect(searchWords('Chiều 8/11')).toEqual(['chieu', '8', '11']);
  });

  it('gives the same words for NFC and NFD text', () => {
    expect(searchWords('Tô Lâm'.normalize('NFD'))).toEqual(searchWords('Tô Lâm'.normalize('NFC')));
  });

  it('gives no words for empty or all-punctuation text', () => {
    expect(searchWords('')).toEqual([]);
    expect(searchWords(' — ,.; ')).toEqual([]);
  });
});

describe('RAW_SEPARATORS', () => {
  it('keeps combining marks inside a raw word', () => {
    expect('To\u0302 La\u0302m'.split(RAW_SEPARATORS)).toEqual(['To\u0302', 'La\u0302m']);
  });

  it('gives the same words as searchWords of the whole text once each raw word is folded', () => {
    const text = 'Tổng Bí thư, Tô Lâm (Việt Nam) hội đàm – 2024.';
    expect(text.split(RAW_SEPARATORS).flatMap(searchWords)).toEqual(searchWords(text));
  });
});

describe('queryWords', () => {
  it('counts the last word as being typed when the query ends in a letter', () => {
    expect(queryWords('Thongl')).toEqual({ words: ['thongl'], lastIsPrefix: true });
  });

  it('counts the last word as finished after punctuation', () => {
    expect(queryWords('Putin,')).toEqual({ words: ['putin'], lastIsPrefix: false });
  });

  it('gives no words and no prefix for an empty or blank query', () => {
    expect(queryWords('')).toEqual({ words: [], lastIsPrefix: false });
    expect(queryWords('   ')).toEqual({ words: [], lastIsPrefix: false });
  });

  it('counts a last word ending in a combining mark as being typed', () => {
    expect(queryWords('Lâ'.normalize('NFD'))).toEqual({ words: ['la'], lastIsPrefix: true });
  });
});
