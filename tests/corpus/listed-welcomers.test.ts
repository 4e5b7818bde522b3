import { describe, expect, it } from 'vitest';
import { listedWelcome } from '../../src/corpus/listed-welcomers';
import { rulesFor } from '../../src/corpus/language-rules';
import type { Mention } from '../../src/corpus/find-mentions';
import { analyse } from './statement-fixture';

const meetings = (date: string, ...text: string[]) =>
  analyse(date, 'Tin', ...text).meetings.map((m) => [m.kind, [...m.participants].sort(), [...m.host].sort()]);

/** A person the index knows, named over `[start, end)` of a sentence. */
const named = (sentence: string, name: string, id: string): Mention => {
  const start = sentence.indexOf(name);
  return { start, end: start + name.length, kind: 'named', leaderIds: [id], titles: [], country: null };
};

describe('listedWelcome', () => {
  const vi = rulesFor('vi');
  const en = rulesFor('en');

  it('reads the welcomers a Vietnamese sentence lists after "có", the guest told as the delegation', () => {
    const s = 'Ra đón đoàn tại sân bay quốc tế Nội Bài có: Thủ tướng Phạm Minh Chính; Thứ trưởng Ngoại giao Nguyễn Văn An.';
    const found = listedWelcome(s, [named(s, 'Thủ tướng Phạm Minh Chính', 'pham-minh-chinh')], [], vi);
    expect(found?.meeting).toMatchObject({ kind: 'reception', participants: ['pham-minh-chinh'], host: ['pham-minh-chinh'] });
    expect(found?.delegationGuest).toBe(true);
    expect(s.slice(found!.verbStart, found!.verbEnd)).toBe('đón');
  });

  it('takes the place gone to between the going-out word and the verb ("Ra sân bay … đón đoàn có A")', () => {
    const s = 'Ra sân bay quốc tế Nội Bài đón đoàn có Thủ tướng Phạm Minh Chính.';
    expect(listedWelcome(s, [named(s, 'Thủ tướng Phạm Minh Chính', 'pham-minh-chinh')], [], vi)?.meeting.participants).toEqual(['pham-minh-chinh']);
  });

  it('reads a named guest, a side told before the marker and a role before the first welcomer', () => {
    const s = 'Đón Tổng Bí thư Tô Lâm và đoàn tại sân bay, về phía Lào có Ủy viên Bộ Chính trị, Thủ tướng Lào Sonexay Siphandone.';
    const found = listedWelcome(s, [named(s, 'Tổng Bí thư Tô Lâm', 'to-lam'), named(s, 'Thủ tướng Lào Sonexay Siphandone', 'sonexay-siphandone')], [], vi);
    expect(found?.meeting).toMatchObject({ kind: 'reception', participants: ['to-lam', 'sonexay-siphandone'], host: ['sonexay-siphandone'] });
    expect(found?.delegationGuest).toBe(false);
  });

  it('reads a see-off as a meeting of another kind, with no host', () => {
    const s = 'Tiễn đoàn tại sân bay có Thủ tướng Phạm Minh Chính.';
    expect(listedWelcome(s, [named(s, 'Thủ tướng Phạm Minh Chính', 'pham-minh-chinh')], [], vi)?.meeting).toMatchObject({ kind: 'other', host: [] });
  });

  it('reads English welcomers listed after "were"', () => {
    const s = 'Welcoming the delegation at the airport were Prime Minister Pham Minh Chinh and senior officials.';
    expect(listedWelcome(s, [named(s, 'Prime Minister Pham Minh Chinh', 'pham-minh-chinh')], [], en)?.meeting).toMatchObject({ kind: 'reception', host: ['pham-minh-chinh'] });
  });

  it('reads nothing where the verb does not open the sentence, no marker follows, no one is named after it, or the guest is no delegation', () => {
    const chinh = (s: string) => [named(s, 'Thủ tướng Phạm Minh Chính', 'pham-minh-chinh')];
    const middle = 'Thủ tướng Phạm Minh Chính ra sân bay đón đoàn có nhiều quan chức.';
    expect(listedWelcome(middle, chinh(middle), [], vi)).toBeNull();
    const noMarker = 'Đón đoàn tại sân bay, Thủ tướng Phạm Minh Chính bày tỏ vui mừng.';
    expect(listedWelcome(noMarker, chinh(noMarker), [], vi)).toBeNull();
    const noOne = 'Đón đoàn tại sân bay có đông đảo bà con Việt kiều. Thủ tướng Phạm Minh Chính phát biểu.';
    expect(listedWelcome(noOne, chinh(noOne), [], vi)).toBeNull();
    const noGuest = 'Đón tiếp nồng hậu tại sân bay có Thủ tướng Phạm Minh Chính.';
    expect(listedWelcome(noGuest, chinh(noGuest), [], vi)).toBeNull();
    const stopBetween = 'Đón đoàn tại sân bay. Có Thủ tướng Phạm Minh Chính.';
    expect(listedWelcome(stopBetween, chinh(stopBetween), [], vi)).toBeNull();
  });
});

describe('welcomes with their welcomers listed, in an article', () => {
  it('makes the traveller whose visit the story told the guest of "the delegation"', () => {
    expect(
      meetings(
        '2025-12-02',
        'Chiều 1/12, Tổng thống Nga Vladimir Putin đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam.',
        'Ra đón đoàn tại sân bay quốc tế Nội Bài có: Thủ tướng Phạm Minh Chính; Thứ trưởng Ngoại giao Nguyễn Văn An.',
      ),
    ).toEqual([
      ['visit', ['vladimir-putin'], []],
      ['reception', ['pham-minh-chinh', 'vladimir-putin'], ['pham-minh-chinh']],
    ]);
  });

  it('tells no welcome of "the delegation" when no visit was told before it', () => {
    expect(meetings('2025-12-02', 'Ra đón đoàn tại sân bay quốc tế Nội Bài có: Thủ tướng Phạm Minh Chính.')).toEqual([]);
  });

  it('reads an English welcome of "him" listed after "were" as the traveller\'s reception', () => {
    const found = analyse(
      '2025-12-02',
      'News',
      'Russian President Vladimir Putin arrived in Hanoi on December 1, starting an official visit to Vietnam.',
      'Welcoming him at Noi Bai International Airport were Prime Minister Pham Minh Chinh and other senior officials.',
    ).meetings;
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([
      ['visit', ['vladimir-putin']],
      ['reception', ['pham-minh-chinh', 'vladimir-putin']],
    ]);
  });
});
