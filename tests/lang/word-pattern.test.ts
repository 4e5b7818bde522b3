import { describe, expect, it } from 'vitest';
import { wordAlternation, wordRegExp } from '../../src/lang/word-pattern';

describe('wordAlternation', () => {
  it('puts the longest phrase first, so a longer phrase wins over its beginning', () => {
    expect(new RegExp(wordAlternation(['hội đàm', 'hội đàm trực tuyến'])).exec('hội đàm trực tuyến')?.[0]).toBe('hội đàm trực tuyến');
  });

  it('escapes RegExp characters and lets a space match any run of spaces', () => {
    const re = new RegExp(`^(?:${wordAlternation(['Mr.', 'Dec.'])})$`);
    expect(re.test('Mr.')).toBe(true);
    expect(re.test('Mrx')).toBe(false);
    expect(new RegExp(wordAlternation(['held talks'])).test('held   talks')).toBe(true);
  });

  it('falls back to the shorter phrase when what follows the longer one fails the pattern around it', () => {
    const re = new RegExp(`(?<![\\p{L}])(${wordAlternation(['held talks', 'held talks with', 'held'])})(?![\\p{L}])`, 'u');
    expect(re.exec('They held talks within hours')?.[1]).toBe('held talks');
    expect(re.exec('They held talks with Y')?.[1]).toBe('held talks with');
    expect(re.exec('They held talksx')?.[1]).toBe('held');
  });

  it('shares the beginnings of phrases, so each beginning is written once', () => {
    const source = wordAlternation(['held talks', 'held a meeting', 'hosted', 'met']);
    // "held talks", "held a meeting" and "hosted" all begin with one "h", "held …" with one "eld".
    expect(source.match(/h/g)).toHaveLength(1);
    expect(source.match(/eld/g)).toHaveLength(1);
    expect(new RegExp(`^(?:${source})$`).test('held a meeting')).toBe(true);
  });

  it('keeps the longest phrase first when two differ only in case, as a case-insensitive pattern reads them', () => {
    // "ra tuyên bố" and "ra Tuyên bố chung" both match "ra tuyên bố chung" under the i flag:
    // the longer must still win.
    const re = new RegExp(`(${wordAlternation(['ra tuyên bố', 'ra Tuyên bố chung'])})(?![\\p{L}])`, 'iu');
    expect(re.exec('X ra tuyên bố chung')?.[1]).toBe('ra tuyên bố chung');
    expect(new RegExp(`^(?:${wordAlternation(['In', 'in', 'inside'])})$`).test('In')).toBe(true);
  });

  it('matches nothing for an empty list', () => {
    expect(new RegExp(wordAlternation([])).test('anything')).toBe(false);
  });
});

describe('wordRegExp', () => {
  it('matches whole words only, Vietnamese letters included', () => {
    expect('tiếp tục'.match(wordRegExp(['tiếp']))).toEqual(['tiếp']);
    expect('tiếpx'.match(wordRegExp(['tiếp']))).toBeNull();
    expect('đàm'.match(wordRegExp(['àm']))).toBeNull();
  });
});
