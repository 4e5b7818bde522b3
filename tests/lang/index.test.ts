import { describe, expect, it } from 'vitest';
import { ALL_HONORIFICS, descriptorFor, detectLanguage, functionWordCount, LANGUAGES } from '../../src/lang';

describe('detectLanguage', () => {
  it('reads the language from function words, not from the names', () => {
    expect(detectLanguage('Thủ tướng Phạm Minh Chính hội đàm với người đồng cấp của Lào.')).toBe('vi');
    expect(detectLanguage('Prime Minister Phạm Minh Chính held talks with his Lao counterpart in Hà Nội.')).toBe('en');
  });

  it('breaks a tie with the letters only one language writes', () => {
    // "Trong" is also the Vietnamese word "trong": one function word each side.
    expect(detectLanguage('Hun Sen paid a call on Nguyen Phu Trong')).toBe('en');
    expect(detectLanguage('Hội kiến Tô Lâm')).toBe('vi');
  });
});

describe('functionWordCount', () => {
  it('counts a language\'s function words in a text', () => {
    expect(functionWordCount('the talks and the visit', 'en')).toBe(3);
    expect(functionWordCount('Lam Lam Lam', 'en')).toBe(0);
  });
});

describe('descriptorFor', () => {
  it('gives every registered language, and refuses an unknown one by name', () => {
    for (const l of LANGUAGES) expect(descriptorFor(l.code)).toBe(l);
    expect(() => descriptorFor('fr' as never)).toThrow(/no language descriptor for "fr"/);
  });
});

describe('ALL_HONORIFICS', () => {
  it('holds every language\'s honorifics once', () => {
    for (const l of LANGUAGES) expect(ALL_HONORIFICS).toEqual(expect.arrayContaining([...l.honorifics]));
    expect(new Set(ALL_HONORIFICS).size).toBe(ALL_HONORIFICS.length);
  });
});
