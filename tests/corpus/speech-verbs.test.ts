import { rulesFor } from '../../src/corpus/language-rules';
import { describe, expect, it } from 'vitest';
import { findSpeechVerbs, quotationRanges } from '../../src/corpus/speech-verbs';

describe('findSpeechVerbs', () => {
  it('prefers the longest verb', () => {
    expect(findSpeechVerbs('Ông bày tỏ tin tưởng vào Lào', [], rulesFor('vi')).map((v) => v.verb)).toEqual(['bày tỏ tin tưởng']);
  });

  it.each(['sự tin tưởng', 'lời mời', 'những đánh giá', 'đánh giá cao của Đảng'])('does not take %j for a verb', (text) => {
    expect(findSpeechVerbs(`Đây là ${text} lớn`, [], rulesFor('vi'))).toEqual([]);
  });

  it('reads "Tổng Bí thư khẳng định" although the title ends in "thư"', () => {
    expect(findSpeechVerbs('Tổng Bí thư khẳng định', [], rulesFor('vi'))).toEqual([{ start: 12, end: 22, verb: 'khẳng định' }]);
  });

  it.each([
    'Chủ tịch nước tiếp, nói chuyện và ăn trưa với khách.',
    'Thủ tướng nói chuyện qua điện thoại với người đồng cấp.',
    'Bộ trưởng nói chuyện điện thoại với đồng nghiệp.',
  ])('does not take "nói" of "nói chuyện" (talked with), a meeting word, for "said": %s', (text) => {
    expect(findSpeechVerbs(text, [], rulesFor('vi'))).toEqual([]);
  });

  it('still takes "nói" alone, and a speech verb as long as the meeting word it also is ("welcomed")', () => {
    expect(findSpeechVerbs('Ông nói chuyến thăm rất quan trọng', [], rulesFor('vi')).map((v) => v.verb)).toEqual(['nói']);
    expect(findSpeechVerbs('The minister welcomed the proposal', [], rulesFor('en')).map((v) => v.verb)).toEqual(['welcomed']);
  });

  it('skips verbs inside the given ranges', () => {
    const text = 'Ông nói “tôi cảm ơn”';
    expect(findSpeechVerbs(text, quotationRanges(text), rulesFor('vi')).map((v) => v.verb)).toEqual(['nói']);
  });
});

describe('quotationRanges', () => {
  it('finds curly, straight and guillemet quotations', () => {
    const text = 'A “b” c "d" e «f»';
    expect(quotationRanges(text).map(([a, b]) => text.slice(a, b))).toEqual(['“b”', '"d"', '«f»']);
  });
});
