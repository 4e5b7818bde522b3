import { describe, expect, it } from 'vitest';
import { findEvidence } from '../../../src/ui/reader/find-evidence';

describe('findEvidence', () => {
  const paragraphs = ['Hà Nội, ngày 17/2.', 'Mở đầu. Chiều 17/2, Tổng Bí thư Nguyễn Phú Trọng tiếp đồng chí Thongsalith. Sau đó.'];

  it('finds the sentence and gives its paragraph and offsets', () => {
    const evidence = 'Chiều 17/2, Tổng Bí thư Nguyễn Phú Trọng tiếp đồng chí Thongsalith.';
    const spot = findEvidence(paragraphs, evidence)!;
    expect(spot.paragraph).toBe(1);
    expect(paragraphs[1]!.slice(spot.start, spot.end)).toBe(evidence);
  });

  it('allows other whitespace (wrapped lines, NBSP) between the words', () => {
    const spot = findEvidence(paragraphs, 'Chiều\n17/2,  Tổng\u00a0Bí thư')!;
    expect(paragraphs[1]!.slice(spot.start, spot.end)).toBe('Chiều 17/2, Tổng Bí thư');
  });

  it('matches decomposed (NFD) evidence against composed text', () => {
    expect(findEvidence(paragraphs, 'Nguyễn Phú Trọng'.normalize('NFD'))).toMatchObject({ paragraph: 1 });
  });

  it('treats regular-expression characters in the sentence as text', () => {
    const sentence = '(tăng) 2.5% [ước tính]?';
    expect(findEvidence([`Giá ${sentence}`], sentence)).toEqual({ paragraph: 0, start: 4, end: 4 + sentence.length });
    expect(findEvidence(['Giá tăng 2x5'], '2.5')).toBeNull();
  });

  it('finds the piece of an over-long sentence the corpus cut, without its cut marks', () => {
    const spot = findEvidence(paragraphs, '… Tổng Bí thư Nguyễn Phú Trọng tiếp …')!;
    expect(paragraphs[1]!.slice(spot.start, spot.end)).toBe('Tổng Bí thư Nguyễn Phú Trọng tiếp');
  });

  it('returns null for a sentence the article does not have, or an empty one', () => {
    expect(findEvidence(paragraphs, 'Một câu khác.')).toBeNull();
    expect(findEvidence(paragraphs, '   ')).toBeNull();
  });
});
