import { describe, expect, it } from 'vitest';
import { acceptsShortForm, isGluedGap, isPartOfLongerName, isPlaceNamedAfter, hasHonorificBefore, honorificLengthBefore, isHonorificGap, isTitleGap, isUpperInitial, shortFormsStandAloneAround } from '../../src/names/short-form-rule';

describe('isUpperInitial', () => {
  it('accepts a name written with a capital, accented or not', () => {
    expect(isUpperInitial('Cường')).toBe(true);
    expect(isUpperInitial('PUTIN')).toBe(true);
    expect(isUpperInitial('Đam')).toBe(true);
  });

  it('rejects the same syllable written as an ordinary word', () => {
    expect(isUpperInitial('lâm')).toBe(false);
    expect(isUpperInitial('đam')).toBe(false);
  });

  it('looks past leading spaces', () => {
    expect(isUpperInitial('  Lam')).toBe(true);
  });

  it('rejects empty text', () => {
    expect(isUpperInitial('')).toBe(false);
  });
});

describe('hasHonorificBefore', () => {
  it('finds a Vietnamese honorific right before the name', () => {
    const text = 'Hôm nay ông Cường phát biểu';
    expect(hasHonorificBefore(text, text.indexOf('Cường'))).toBe(true);
    const comrade = 'Đồng chí Lâm nói';
    expect(hasHonorificBefore(comrade, comrade.indexOf('Lâm'))).toBe(true);
  });

  it('finds an English honorific, with or without its full stop', () => {
    expect(hasHonorificBefore('Mr Lam said', 3)).toBe(true);
    expect(hasHonorificBefore('Mr. Lam said', 4)).toBe(true);
  });

  it('rejects a syllable that merely ends in honorific letters', () => {
    const text = 'Sông Cường chảy';
    expect(hasHonorificBefore(text, text.indexOf('Cường'))).toBe(false);
  });

  it('rejects an honorific that is not right before the name', () => {
    const text = 'ông ấy gặp Cường';
    expect(hasHonorificBefore(text, text.indexOf('Cường'))).toBe(false);
  });
});

describe('isTitleGap', () => {
  it('accepts a space, a comma or an honorific between title and name', () => {
    expect(isTitleGap(' ')).toBe(true);
    expect(isTitleGap(', ')).toBe(true);
    expect(isTitleGap(' ông ')).toBe(true);
    expect(isTitleGap(', Mr ')).toBe(true);
  });

  it('accepts a country or qualifier written with capitals', () => {
    expect(isTitleGap(' Nga ')).toBe(true);
    expect(isTitleGap(' Hoa Kỳ ')).toBe(true);
  });

  it('rejects ordinary words in between', () => {
    expect(isTitleGap(' đã gặp ông bạn của ')).toBe(false);
    expect(isTitleGap(' met with ')).toBe(false);
  });
});

describe('shortFormsStandAloneAround', () => {
  it('judges a sentence the same whatever sentence was judged before it', () => {
    const text = 'Ông nói rằng cuộc hội đàm của hai nước đã diễn ra tốt đẹp và thành công. Lam said so.';
    const start = text.lastIndexOf('Lam');
    const alone = shortFormsStandAloneAround(text, start, start + 3);
    // A sentence end found far into the text after the name: a global pattern's `exec` would
    // leave its lastIndex there, and the next call would miss the sentence end before its name.
    shortFormsStandAloneAround('Lam said that the talks between the two sides on trade, investment and the climate went very well indeed. More.', 0, 3);
    expect(shortFormsStandAloneAround(text, start, start + 3)).toBe(alone);
    expect(alone).toBe(true);
  });

  it('lets a short form stand alone in an English sentence', () => {
    const text = 'Lam said the talks went well.';
    expect(shortFormsStandAloneAround(text, 0, 3)).toBe(true);
  });

  it('rejects a Vietnamese sentence', () => {
    const text = 'Lam nói rằng cuộc hội đàm tốt đẹp.';
    expect(shortFormsStandAloneAround(text, 0, 3)).toBe(false);
  });

  it('rejects a sentence with no English words', () => {
    expect(shortFormsStandAloneAround('Lam Lam Lam.', 0, 3)).toBe(false);
  });

  it('judges only the name\'s own sentence, not its neighbours', () => {
    const text = 'Ông Tô Lâm đã phát biểu. Lam said the talks went well. Hai bên nhất trí.';
    const start = text.indexOf('Lam said');
    expect(shortFormsStandAloneAround(text, start, start + 3)).toBe(true);
    const vietnamese = 'The talks went well. Lam nói rằng hai bên nhất trí. The end.';
    const at = vietnamese.indexOf('Lam nói');
    expect(shortFormsStandAloneAround(vietnamese, at, at + 3)).toBe(false);
  });
});

describe('acceptsShortForm', () => {
  it.each([
    ['Hôm nay ông Cường phát biểu', 'Cường', true, false, true],
    ['Hôm nay Cường phát biểu', 'Cường', true, false, false],
    ['Hôm nay cường phát biểu', 'cường', true, false, false],
    ['Cuộc gặp do Thủ tướng Chính chủ trì', 'Chính', true, true, true],
    ['Lam said the talks went well.', 'Lam', true, false, true],
    ['Putin nói rằng hai bên nhất trí.', 'Putin', false, false, true],
    ['Samdech Sen said the visit was a success.', 'Sen', true, false, true],
  ])('in %j, %j (syllable: %s, after a title: %s) → %s', (text, form, needsHonorific, afterTitle, expected) => {
    const start = text.indexOf(form);
    expect(acceptsShortForm(text, start, start + form.length, needsHonorific, afterTitle)).toBe(expected);
  });
});

describe('isHonorificGap', () => {
  it('accepts nothing, a comma or an honorific, but not a qualifier', () => {
    expect(isHonorificGap(' ')).toBe(true);
    expect(isHonorificGap(', Mr ')).toBe(true);
    expect(isHonorificGap(' ông ')).toBe(true);
    expect(isHonorificGap(' Nga ')).toBe(false);
  });
});

describe('honorificLengthBefore', () => {
  it('measures the honorific a mention takes in, within the reach asked for', () => {
    const text = 'Hôm nay ông Cường nói';
    expect(honorificLengthBefore(text, text.indexOf('Cường'))).toBe('ông '.length);
    const long = 'Samdech Moha Bovor Thipadei Hun Manet';
    expect(honorificLengthBefore(long, long.indexOf('Hun'))).toBe('Samdech Moha Bovor Thipadei '.length);
    expect(honorificLengthBefore(long, long.indexOf('Hun'), 20)).toBe(0);
  });
});

describe('isPlaceNamedAfter', () => {
  const at = (text: string, name: string) => [text, text.indexOf(name), text.indexOf(name) + name.length] as const;

  it.each([
    ['Nhà hàng trên đường Tô Lâm mở cửa', 'Tô Lâm'],
    ['Phố Lương Cường đông người', 'Lương Cường'],
    ['The shop on Pham Minh Chinh Street opened', 'Pham Minh Chinh'],
    ['Pham Minh Chinh boulevard was closed', 'Pham Minh Chinh'],
    ['He met the Party Secretary of Ho Chi Minh City on Monday', 'Ho Chi Minh'],
    ['Đoàn đã đến TP Hồ Chí Minh chiều nay', 'Hồ Chí Minh'],
  ])('takes a street, a school or a city named after someone: %j', (text, name) => {
    expect(isPlaceNamedAfter(...at(text, name))).toBe(true);
  });

  it.each([
    ['Tổng Bí thư Tô Lâm phát biểu', 'Tô Lâm'],
    ['Prime Minister Pham Minh Chinh said the street was closed', 'Pham Minh Chinh'],
    ['Con đường mà Tổng Bí thư Tô Lâm chọn', 'Tô Lâm'],
  ])('leaves a person alone: %j', (text, name) => {
    expect(isPlaceNamedAfter(...at(text, name))).toBe(false);
  });
});

describe('isPartOfLongerName', () => {
  const at = (text: string, name: string) => [text, text.lastIndexOf(name), text.lastIndexOf(name) + name.length] as const;

  it('takes a capital word right after: a province, another name', () => {
    expect(isPartOfLongerName(...at('Chủ tịch tỉnh Lâm Đồng phát biểu', 'Lâm'), false)).toBe(true);
    expect(isPartOfLongerName(...at('He flew to Lam Son airport', 'Lam'), false)).toBe(true);
  });

  it('does not take a word a Title Case headline capitalised after the name: a verb or a function word', () => {
    expect(isPartOfLongerName(...at('Putin Meets With Vietnamese President', 'Putin'), false)).toBe(false);
    expect(isPartOfLongerName(...at('Lam Holds Talks With Japanese Prime Minister', 'Lam'), false)).toBe(false);
    expect(isPartOfLongerName(...at('Wong And Anwar Sign Deal', 'Wong'), false)).toBe(false);
    // Any other capital word still continues a name.
    expect(isPartOfLongerName(...at('Putin Street Market opens', 'Putin'), false)).toBe(true);
  });

  it('takes an honorific followed by another given name: a spouse', () => {
    expect(isPartOfLongerName(...at('Cùng đi có bà Naly Sisoulith', 'Sisoulith'), false)).toBe(true);
    expect(isPartOfLongerName(...at('She greeted Mrs Naly Sisoulith warmly', 'Sisoulith'), false)).toBe(true);
  });

  it('takes a Vietnamese name whose last syllable is a leader’s: a provincial official', () => {
    expect(isPartOfLongerName(...at('Phó Chủ tịch tỉnh Nguyễn Văn Lâm cho biết', 'Lâm'), false)).toBe(true);
  });

  it('leaves an English capital word before alone: often a title the registry lacks', () => {
    expect(isPartOfLongerName(...at('Secretary Rubio said the talks went well', 'Rubio'), false)).toBe(false);
  });

  it('leaves a title, country or honorific the matcher found before it alone', () => {
    expect(isPartOfLongerName(...at('Tổng thống Nga Putin nói', 'Putin'), true)).toBe(false);
    expect(isPartOfLongerName(...at('Hôm qua Ông Lâm nói', 'Lâm'), false)).toBe(false);
    expect(isPartOfLongerName(...at('Then Mr Lam said', 'Lam'), false)).toBe(false);
  });

  it('leaves a name followed by a lowercase word or punctuation alone', () => {
    expect(isPartOfLongerName(...at('ông Lâm nói, Đảng', 'Lâm'), false)).toBe(false);
    expect(isPartOfLongerName(...at('said Lam. Then', 'Lam'), false)).toBe(false);
  });

  it('makes acceptsShortForm refuse the form', () => {
    const text = 'Cùng đi có bà Naly Sisoulith';
    expect(acceptsShortForm(text, text.indexOf('Sisoulith'), text.length, false, false)).toBe(false);
  });
});

describe('isGluedGap', () => {
  it('takes spaces only', () => {
    expect(isGluedGap('Tổng thống Nga Putin', 14, 15)).toBe(true);
    expect(isGluedGap('Nga, Putin', 3, 5)).toBe(false);
    expect(isGluedGap('Nga\nPutin', 3, 4)).toBe(false);
    expect(isGluedGap('NgaPutin', 3, 3)).toBe(false);
  });
});

describe('shortFormsStandAloneAround: a language the caller knows', () => {
  const text = '“Trade grows,” Lam told reporters.';
  const at = text.indexOf('Lam');
  it('takes the caller\'s language over a sentence too short to tell it by', () => {
    expect(shortFormsStandAloneAround(text, at, at + 3)).toBe(false);
    expect(shortFormsStandAloneAround(text, at, at + 3, 'en')).toBe(true);
    expect(shortFormsStandAloneAround(text, at, at + 3, 'vi')).toBe(false);
  });
});
