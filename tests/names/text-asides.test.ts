import { describe, expect, it } from 'vitest';
import { withoutAcronymAsides, withoutNameAsides, withoutNicknames } from '../../src/names/text-asides';

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

describe('withoutNameAsides', () => {
  it('blanks both kinds of aside in one text, as the corpus and the page give it to the name table', () => {
    const text = 'President Ferdinand "Bongbong" Marcos Jr. met Cambodian People\'s Party (CPP) President Hun Sen.';
    expect(withoutNameAsides(text)).toBe(withoutNicknames(withoutAcronymAsides(text)));
    expect(withoutNameAsides(text)).toBe('President Ferdinand            Marcos Jr. met Cambodian People\'s Party       President Hun Sen.');
  });
});
