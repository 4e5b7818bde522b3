import { describe, expect, it } from 'vitest';
import { foldForMatching } from '../../src/text/fold';

describe('foldForMatching', () => {
  it('removes every diacritic at the bare level', () => {
    expect(foldForMatching('Tổng Bí thư Tô Lâm', 'bare').text).toBe('tong bi thu to lam');
  });

  it('keeps diacritics at the marked level', () => {
    expect(foldForMatching('Tổng Bí thư Tô Lâm', 'marked').text).toBe('tổng bí thư tô lâm');
  });

  it('returns one start and one end offset per folded unit', () => {
    const folded = foldForMatching('Hoà Bình', 'marked');
    expect(folded.start).toHaveLength(folded.text.length);
    expect(folded.end).toHaveLength(folded.text.length);
  });
});
