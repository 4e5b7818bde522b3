import { describe, expect, it } from 'vitest';
import { rulesFor } from '../../src/corpus/language-rules';
import { saysNewInOffice } from '../../src/corpus/new-in-office';

/** The span of `name` in `sentence`: a titled mention covers its titles and the name. */
const at = (sentence: string, name: string) => {
  const start = sentence.indexOf(name);
  return [{ start, end: start + name.length }];
};

describe('saysNewInOffice', () => {
  const vi = rulesFor('vi');
  const en = rulesFor('en');

  it('is about the name written before a phrase that follows its name', () => {
    const s = 'Chủ tịch Quốc hội chúc mừng đồng chí Trần Văn Bình trên cương vị mới.';
    expect(saysNewInOffice(s, at(s, 'Trần Văn Bình'), vi)).toBe(true);
    const e = 'Prime Minister John Carter, who took office in March, said the talks were useful.';
    expect(saysNewInOffice(e, at(e, 'John Carter'), en)).toBe(true);
  });

  it('is not about a titled leader when another name stands between them (the new ambassador he received)', () => {
    const s = 'Bộ trưởng Trần Văn Bình chúc mừng Đại sứ Lê Hữu Khang trên cương vị mới.';
    expect(saysNewInOffice(s, at(s, 'Bộ trưởng Trần Văn Bình'), vi)).toBe(false);
    const e = 'Minister John Carter congratulated Ambassador Peter Lowe on his new role.';
    expect(saysNewInOffice(e, at(e, 'Minister John Carter'), en)).toBe(false);
  });

  it('is about the name after a phrase the language writes before its name ("tân", "newly elected")', () => {
    const s = 'Ông Trần Văn Bình tiếp tân Thủ tướng Lê Hữu Khang tại Hà Nội.';
    expect(saysNewInOffice(s, at(s, 'Thủ tướng Lê Hữu Khang'), vi)).toBe(true);
    expect(saysNewInOffice(s, at(s, 'Ông Trần Văn Bình'), vi)).toBe(false);
    const e = 'Minister Peter Lowe met newly elected President John Carter in Manila.';
    expect(saysNewInOffice(e, at(e, 'President John Carter'), en)).toBe(true);
    expect(saysNewInOffice(e, at(e, 'Minister Peter Lowe'), en)).toBe(false);
  });

  it('is false without a phrase or without titled names', () => {
    const s = 'Bộ trưởng Trần Văn Bình tiếp Đại sứ Lê Hữu Khang.';
    expect(saysNewInOffice(s, at(s, 'Trần Văn Bình'), vi)).toBe(false);
    expect(saysNewInOffice('Đồng chí Trần Văn Bình trên cương vị mới.', [], vi)).toBe(false);
  });
});

describe('saysNewInOffice with no name beside the phrase', () => {
  it('still counts a phrase whose side holds no name, or only a lone capitalised word', () => {
    const s = 'Ông khẳng định, trên cương vị mới, Chủ tịch nước Trần Văn Bình sẽ tiếp tục hợp tác.';
    expect(saysNewInOffice(s, [{ start: s.indexOf('Chủ tịch'), end: s.length - 20 }], rulesFor('vi'))).toBe(true);
  });
});
