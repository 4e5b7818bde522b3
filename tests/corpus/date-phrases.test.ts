import { describe, expect, it, test } from 'vitest';
import { findDatePhrases, isValidDay } from '../../src/corpus/date-phrases';

describe('findDatePhrases', () => {
  test.each([
    ['Chiều 8/11, Chủ tịch nước', { text: 'Chiều 8/11', day: 8, month: 11, year: null, part: 'afternoon' }],
    ['Sáng 1/12, sau lễ đón', { text: 'Sáng 1/12', day: 1, month: 12, year: null, part: 'morning' }],
    ['Trưa 2-12, Tổng Bí thư', { text: 'Trưa 2-12', day: 2, month: 12, year: null, part: 'noon' }],
    ['chiều 2-12 tại thủ đô', { text: 'chiều 2-12', day: 2, month: 12, year: null, part: 'afternoon' }],
    ['Tối 5/3, đoàn đến', { text: 'Tối 5/3', day: 5, month: 3, part: 'evening' }],
    ['Đêm 5/3 đoàn đến', { text: 'Đêm 5/3', day: 5, month: 3, part: 'night' }],
    ['Sáng nay (1/12), hai bên', { day: 1, month: 12, part: 'morning' }],
    ['thăm Lào từ ngày 1 đến 2/12.', { text: 'từ ngày 1 đến 2/12', day: 1, dayEnd: 2, month: 12, year: null }],
    ['diễn ra ngày 1-2/12 tại', { day: 1, dayEnd: 2, month: 12 }],
    ['từ 30/11 đến 2/12/2025', { day: 30, month: 11, dayEnd: 2, monthEnd: 12, year: 2025 }],
    ['thăm chính thức từ ngày 3 - 6.9.2019.', { text: 'từ ngày 3 - 6.9.2019', day: 3, dayEnd: 6, month: 9, year: 2019 }],
    ['vào ngày 02/02/2023.', { text: 'ngày 02/02/2023', day: 2, month: 2, year: 2023 }],
    ['17/02/2023 19:28', { text: '17/02/2023 19:28', day: 17, month: 2, year: 2023, time: '19:28' }],
    ['Thứ Hai, 17/2/2023 - 19:28 (GMT+7)', { day: 17, month: 2, year: 2023, time: '19:28' }],
    ['ngày 2 tháng 12 năm 2025', { day: 2, month: 12, year: 2025 }],
    // BBC's Vietnamese stamp: the month word, no year word.
    ['24 tháng 9 2021', { text: '24 tháng 9 2021', day: 24, month: 9, year: 2021 }],
    ['ngày 24 tháng 9 2021, hai bên', { text: 'ngày 24 tháng 9 2021', day: 24, month: 9, year: 2021 }],
    ['cập nhật 2025-12-03', { day: 3, month: 12, year: 2025 }],
    ['vào tháng 6/2024 và', { text: 'tháng 6/2024', day: null, month: 6, year: 2024 }],
    ['tháng 5/2025.', { text: 'tháng 5/2025', day: null, month: 5, year: 2025 }],
    ['tháng 6 năm 2024', { day: null, month: 6, year: 2024 }],
    ['tại Hà Nội tháng 10 vừa qua', { text: 'tháng 10', day: null, month: 10, year: null }],
    ['Thỏa thuận năm 2026', { text: 'năm 2026', day: null, month: null, year: 2026 }],
    ['They last met in 2018, when he visited', { text: 'in 2018', day: null, month: null, year: 2018 }],
    ['In 2016, the two leaders met', { text: 'In 2016', day: null, month: null, year: 2016 }],
    ['hôm 8/11, ông nói', { day: 8, month: 11 }],
    ['Ngày 23.6, Chủ tịch nước', { text: 'Ngày 23.6', day: 23, month: 6, year: null }],
  ])('%s', (input, expected) => {
    const found = findDatePhrases(input);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  test.each([
    ['Quốc khánh 2/9 vừa qua'],
    ['nhân dịp Quốc khánh 2/9, đồng thời'],
    ['Quốc khánh Lào 2/12'],
    ['kỷ niệm ngày 3/2'],
  ])('marks a holiday day: %s', (input) => {
    const found = findDatePhrases(input);
    expect(found).toHaveLength(1);
    expect(found[0]?.holiday).toBe(true);
  });

  test.each([
    // The anniversary's name stands too far before its span for the holiday words to reach it.
    ['nhân dịp 60 năm ngày thiết lập quan hệ ngoại giao giữa hai nước anh em (14/6/1965 - 14/6/2025), hai bên'],
    ['marking six decades of diplomatic relations between the two countries (June 14, 1965 – June 14, 2025), the two'],
  ])('marks both ends of an anniversary span, same day years apart: %s', (input) => {
    const found = findDatePhrases(input);
    expect(found).toHaveLength(2);
    expect(found.map((p) => p.holiday)).toEqual([true, true]);
  });

  it('marks the second end of an anniversary span glued to its first by a dash', () => {
    const found = findDatePhrases('chuẩn bị kỷ niệm 30 năm thiết lập quan hệ ngoại giao giữa hai nước (14/6/1995-14/6/2025). Đồng thời');
    expect(found.map((p) => [p.text, p.holiday])).toEqual([['14/6/2025', true]]);
  });

  test.each([
    ['từ ngày 14/6/2024 - 18/6/2024, đoàn thăm'],
    ['(14/6/2024 - 14/7/2024), đoàn thăm'],
    ['ngày 14/6/1965 và 14/6/2025, đoàn thăm'],
  ])('does not take dates of one year, other days or no dash for an anniversary span: %s', (input) => {
    const found = findDatePhrases(input);
    expect(found.every((p) => p.holiday !== true)).toBe(true);
  });

  test.each([
    ['kỷ niệm 50 năm Quốc khánh'],
    ['nâng kim ngạch lên 5 tỷ USD'],
    ['lễ trao 12 văn kiện hợp tác'],
    ['giai đoạn 2021-2025 và'],
    ['giữa 3 đồng chí đứng đầu'],
    ['chiếm 2/3 số đại biểu'],
    ['sau 02 năm triển khai'],
    ['vào 2-3 ngày tới'],
    ['Chiều 45/13, không phải ngày'],
    ['ngày 31/4 không tồn tại'],
    ['trong 12 tháng qua'],
    ['ASEAN Cup 2024 Bóng đá'],
    ['tỷ lệ 1/2/3 không phải ngày'],
    ['tăng từ 3 - 6.9 điểm'],
    ['tăng 2,5/10 điểm'],
  ])('finds nothing in %s', (input) => {
    expect(findDatePhrases(input)).toEqual([]);
  });

  it('gives offsets into the original text', () => {
    const text = 'Đoàn đến Lào. Sáng 1/12, hai bên hội đàm.';
    const [p] = findDatePhrases(text);
    expect(p && text.slice(p.start, p.end)).toBe('Sáng 1/12');
  });

  it('returns phrases in text order without overlaps', () => {
    const text = 'Sáng 1/12, sau chuyến thăm tháng 6/2024 và Quốc khánh 2/9, ngày 02/02/2023 năm 2025.';
    const found = findDatePhrases(text);
    expect(found.map((p) => p.text)).toEqual(['Sáng 1/12', 'tháng 6/2024', '2/9', 'ngày 02/02/2023', 'năm 2025']);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
});

describe('isValidDay', () => {
  test.each([
    [29, 2, null, true],
    [29, 2, 2024, true],
    [29, 2, 2025, false],
    [31, 4, null, false],
    [0, 1, null, false],
    [1, 13, null, false],
    [31, 12, 2025, true],
  ])('%i/%i/%s → %s', (d, m, y, ok) => {
    expect(isValidDay(d, m, y)).toBe(ok);
  });
});

describe('findDatePhrases: more introducers', () => {
  test.each([
    ['Sáng qua (8/11), đoàn đến', { day: 8, month: 11, part: 'morning' }],
    ['Tối mai 9/11 sẽ diễn ra', { day: 9, month: 11, part: 'evening' }],
    ['Hôm qua 8/11, ông nói', { day: 8, month: 11 }],
    ['Hội nghị diễn ra ngày 8 và 9/11 tại Hà Nội', { day: 8, dayEnd: 9, month: 11 }],
    ['từ ngày 1 đến ngày 2/12', { day: 1, dayEnd: 2, month: 12 }],
  ])('%s', (input, expected) => {
    const found = findDatePhrases(input);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it('reads a dotted day.month only after an introducing word ("tăng 23.6%" is a number)', () => {
    expect(findDatePhrases('Xuất khẩu tăng 23.6% trong quý này')).toEqual([]);
  });

  it('needs the introducer to be a word of its own', () => {
    expect(findDatePhrases('khángày 8/11')).toEqual([]);
    expect(findDatePhrases('ánh sáng8/11')).toEqual([]);
  });
});

describe('findDatePhrases in English', () => {
  it.each([
    ['on the evening of January 28.', { day: 28, month: 1, year: null }],
    ['on December 1-2, 2025 in Vientiane', { day: 1, dayEnd: 2, month: 12, year: 2025 }],
    ['on 28 January 2026', { day: 28, month: 1, year: 2026 }],
    ['visited Russia in May 2025', { day: null, month: 5, year: 2025 }],
    ['a visit from June 26 to 28 at the invitation', { text: 'from June 26 to 28', day: 26, dayEnd: 28, month: 6, year: null }],
    ['from 26 to 28 June 2022', { text: 'from 26 to 28 June 2022', day: 26, dayEnd: 28, month: 6, year: 2022 }],
  ])('reads %j', (text, expected) => {
    expect(findDatePhrases(text)[0]).toMatchObject(expected);
  });

  it.each([
    ['on June 26 to discuss trade', [{ text: 'June 26', day: 26 }]],
    ['spoke on December 1 to 2,000 delegates', [{ text: 'December 1', day: 1 }]],
    ['from 9am on June 5 to 11am', [{ text: 'June 5', day: 5 }]],
    ['from June 28 to 3 July 2022', [{ text: 'June 28', day: 28 }, { text: '3 July 2022', day: 3 }]],
    ['from January 1 to 15 February', [{ text: 'January 1', day: 1 }, { text: '15 February', day: 15 }]],
  ])('reads no range in words where "to" is not followed by the range\'s last day: %j', (text, expected) => {
    const found = findDatePhrases(text);
    expect(found).toEqual(expected.map((e) => expect.objectContaining(e)));
    expect(found.every((d) => d.dayEnd === undefined)).toBe(true);
  });

  it('does not read the verb "may" as a month', () => {
    expect(findDatePhrases('You may 5 times')).toEqual([]);
    expect(findDatePhrases('They said in may come')).toEqual([]);
  });

  it.each([
    ['they last met in November, in Lima', { day: null, month: 11, year: null, text: 'in November' }],
    ['they last met last May', { day: null, month: 5, year: null, text: 'last May' }],
  ])('reads a month alone after its introducer: %j', (text, expected) => {
    expect(findDatePhrases(text)).toEqual([expect.objectContaining(expected)]);
  });

  it.each([
    ['Chiều 8/11, hai bên hội đàm on Thursday', { weekday: 4, text: 'on Thursday' }],
    ['Họ gặp nhau ngày 1 Sept. 2 và on\tSunday', { weekday: 7, text: 'on\tSunday' }],
    // Opening a sentence, its introducer capitalised.
    ['On Thursday, the two leaders met in Hanoi', { weekday: 4, text: 'On Thursday' }],
    ['met on Sept. 12, 2024', { day: 12, month: 9, year: 2024, text: 'Sept. 12, 2024' }],
    ['met on 3 December', { day: 3, month: 12, year: null, text: '3 December' }],
  ])('finds named days and months only where their names stand, in any sentence: %j', (text, expected) => {
    expect(findDatePhrases(text)).toEqual(expect.arrayContaining([expect.objectContaining(expected)]));
    expect(findDatePhrases(text.replace(/Thursday|Sunday|Sept\.|December/gu, 'Xday'))).not.toEqual(expect.arrayContaining([expect.objectContaining(expected)]));
  });

  it.each([
    ['the two ministers met in Bangkok Wednesday.', { weekday: 3, text: 'Wednesday' }],
    ['Wang met Retno Saturday in Jakarta', { weekday: 6, text: 'Saturday' }],
  ])('reads an English weekday with no introducer, as the wires write it: %j', (text, expected) => {
    expect(findDatePhrases(text)).toEqual([expect.objectContaining({ day: null, month: null, ...expected })]);
  });

  it.each([
    ['hai bên gặp nhau hôm thứ Sáu tại Paris', { day: null, month: null, weekday: 5, text: 'hôm thứ Sáu' }],
    ['Hôm Thứ Hai, hai bên điện đàm', { day: null, month: null, weekday: 1, text: 'Hôm Thứ Hai' }],
    ['hai bên điện đàm hôm thứ 6', { day: null, month: null, weekday: 5, text: 'hôm thứ 6' }],
    // The introducer belongs to the day it introduces, with its date after it.
    ['sau cuộc gặp hôm thứ Sáu (10/12) với', { day: 10, month: 12, text: 'hôm thứ Sáu (10/12)' }],
  ])('reads a Vietnamese weekday after "hôm", however its words are capitalised: %j', (text, expected) => {
    expect(findDatePhrases(text)).toEqual([expect.objectContaining(expected)]);
  });

  it.each(['they met on Good Friday', 'after Black Friday sales', 'lần thứ hai hai bên gặp nhau', 'kỳ họp thứ ba'])('reads no weekday in a name or an ordinal: %j', (text) => {
    expect(findDatePhrases(text)).toEqual([]);
  });

  it.each([
    ['they last met in November last year, in Lima', { month: 11, yearsAgo: 1, text: 'in November last year' }],
    ['hai bên gặp nhau vào tháng 11 năm ngoái tại Lima', { month: 11, yearsAgo: 1, text: 'tháng 11 năm ngoái' }],
    ['hai bên gặp nhau vào tháng 3 năm nay tại Lima', { month: 3, yearsAgo: 0, text: 'tháng 3 năm nay' }],
    ['they met last year in Lima', { month: null, yearsAgo: 1, text: 'last year' }],
  ])('reads a year counted back from the article\'s: %j', (text, expected) => {
    expect(findDatePhrases(text)).toEqual([expect.objectContaining({ day: null, year: null, ...expected })]);
  });

  it.each([
    ['the two leaders met in New York last month', { monthsAgo: 1, text: 'last month' }],
    ['the two leaders spoke by phone earlier this month', { monthsAgo: 0, text: 'earlier this month' }],
  ])('reads a month counted back from the article\'s: %j', (text, expected) => {
    expect(findDatePhrases(text)).toEqual([expect.objectContaining({ day: null, month: null, year: null, ...expected })]);
  });

  it.each([
    ['Anwar received Wong in Putrajaya yesterday.', { daysAgo: 1, text: 'yesterday' }],
    ['Hun Sen received the delegation this morning.', { daysAgo: 0, text: 'this morning' }],
    ['Chiều qua, Thủ tướng tiếp Đại sứ.', { daysAgo: 1, text: 'Chiều qua' }],
    ['Sáng nay, Thủ tướng tiếp Đại sứ.', { daysAgo: 0, text: 'Sáng nay' }],
  ])('reads a day counted back from the article\'s: %j', (text, expected) => {
    expect(findDatePhrases(text)).toEqual([expect.objectContaining({ day: null, month: null, year: null, ...expected })]);
  });

  it('leaves a written day to its own phrase, the word before it included: "Chiều qua (28/7)"', () => {
    expect(findDatePhrases('Chiều qua (28/7), tại Hà Nội')).toEqual([expect.objectContaining({ day: 28, month: 7, text: 'Chiều qua (28/7)' })]);
  });
});

describe('findDatePhrases on a line of thousands of dates', () => {
  it('finds every one, without overlaps, in text order', () => {
    const line = 'Chiều 8/11, ngày 9/11/2024; '.repeat(3000);
    const phrases = findDatePhrases(line);
    expect(phrases).toHaveLength(6000);
    for (let i = 1; i < phrases.length; i++) expect(phrases[i]!.start).toBeGreaterThanOrEqual(phrases[i - 1]!.end);
    expect(phrases.slice(0, 2).map((p) => p.text)).toEqual(['Chiều 8/11', 'ngày 9/11/2024']);
  });
});
