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
