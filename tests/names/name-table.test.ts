import { describe, expect, it } from 'vitest';
import { buildNameTable, loadNameTable, titleFormCountry, withInitialsSpacedBothWays, withTypographicApostrophes } from '../../src/names/name-table';
import { registry } from '../corpus/registry-fixture';
import { registryWithCommonNames } from './common-names-fixture';

const table = loadNameTable(JSON.parse(JSON.stringify(buildNameTable(registry))));
const meaningsIn = (text: string) => table.matcher.find(text).map((m) => table.meanings[m.id]);

describe('buildNameTable', () => {
  it('compiles leaders, short forms, titles and countries into one matcher', () => {
    expect(meaningsIn('Tổng Bí thư Tô Lâm thăm Lào')).toEqual([
      { kind: 'title', office: 'general-secretary', form: 'Tổng Bí thư' },
      { kind: 'leader', leaderId: 'to-lam' },
      { kind: 'country', country: 'LA' },
    ]);
  });

  it('marks Vietnamese short forms as needing an honorific, Western ones not', () => {
    expect(meaningsIn('Cường')).toEqual([{ kind: 'short', leaderId: 'luong-cuong', needsHonorific: true }]);
    expect(meaningsIn('Putin')).toEqual([{ kind: 'short', leaderId: 'vladimir-putin', needsHonorific: false }]);
  });

  it('finds a person only where the name is written as a name, titles in any case', () => {
    expect(meaningsIn('vladimir putin, russia')).toEqual([{ kind: 'country', country: 'RU' }]);
    expect(meaningsIn('Vladimir Putin')).toEqual([{ kind: 'leader', leaderId: 'vladimir-putin' }]);
    expect(meaningsIn('the prime minister')).toEqual([expect.objectContaining({ kind: 'title', office: 'prime-minister' })]);
  });

  it('finds a name written without diacritics only as a proper name', () => {
    expect(meaningsIn('To Lam')).toEqual([{ kind: 'leader', leaderId: 'to-lam' }]);
    expect(meaningsIn('to lam')).toEqual([]);
  });
});

describe('buildNameTable: a form with a lowercase particle', () => {
  const withParticle = loadNameTable(
    buildNameTable({
      ...registry,
      leaders: [
        ...registry.leaders,
        { id: 'rui-araujo', name: 'Rui Maria de Araújo', country: 'TL', forms: ['Rui Maria de Araújo', 'Rui Maria de Araujo'], short: [], offices: [], sources: ['constructed for tests'] },
      ],
    }),
  );
  const idsIn = (text: string) => withParticle.matcher.find(text).map((m) => withParticle.meanings[m.id]);

  it('is found written without diacritics, its particle in lowercase as the registry writes it', () => {
    expect(idsIn('met Rui Maria de Araujo today')).toEqual([{ kind: 'leader', leaderId: 'rui-araujo' }]);
    expect(idsIn('met Rui Maria de Araújo today')).toEqual([{ kind: 'leader', leaderId: 'rui-araujo' }]);
    expect(idsIn('met rui maria de araujo today')).toEqual([]);
  });
});

describe('buildNameTable: forms ordinary people also bear', () => {
  const common = loadNameTable(buildNameTable(registryWithCommonNames()));
  const meaningOf = (text: string) => common.meanings[common.matcher.find(text)[0]!.id];

  it('marks them with the leader’s country, with or without diacritics', () => {
    expect(meaningOf('Lý Cường')).toEqual({ kind: 'leader', leaderId: 'li-qiang', commonIn: 'CN' });
    expect(meaningOf('Ly Cuong')).toEqual({ kind: 'leader', leaderId: 'li-qiang', commonIn: 'CN' });
    expect(meaningOf('Li Qiang')).toEqual({ kind: 'leader', leaderId: 'li-qiang', commonIn: 'CN' });
  });

  it('leaves the person’s other forms unmarked', () => {
    expect(meaningOf('李强')).toEqual({ kind: 'leader', leaderId: 'li-qiang' });
  });
});

describe('withTypographicApostrophes', () => {
  it('adds the apostrophe news sites print to a form with the typewriter one, and back', () => {
    expect(withTypographicApostrophes("People's Congress")).toEqual(["People's Congress", 'People’s Congress']);
    expect(withTypographicApostrophes('People’s Congress')).toEqual(['People’s Congress', "People's Congress"]);
    expect(withTypographicApostrophes('Tổng Bí thư')).toEqual(['Tổng Bí thư']);
  });

  it('lets a title the registry writes with one be found written with the other', () => {
    const president = registry.titles['president']!;
    const withForm = loadNameTable(buildNameTable({ ...registry, titles: { ...registry.titles, president: { ...president, en: [...president.en, "President of the People's Republic"] } } }));
    expect(withForm.matcher.find('President of the People’s Republic').map((m) => withForm.meanings[m.id])).toEqual([expect.objectContaining({ kind: 'title', office: 'president', form: "President of the People's Republic" })]);
  });
});

describe('withInitialsSpacedBothWays', () => {
  it('adds a form with two initials run together written apart, and back; a lone initial has no other way', () => {
    expect(withInitialsSpacedBothWays('Retno L.P. Marsudi')).toEqual(['Retno L.P. Marsudi', 'Retno L. P. Marsudi']);
    expect(withInitialsSpacedBothWays('Retno L. P. Marsudi')).toEqual(['Retno L. P. Marsudi', 'Retno L.P. Marsudi']);
    expect(withInitialsSpacedBothWays('Teodoro L. Locsin Jr.')).toEqual(['Teodoro L. Locsin Jr.']);
  });

  it('lets a name the registry writes with initials together be found with them apart', () => {
    const [first] = registry.leaders;
    const withForm = loadNameTable(buildNameTable({ ...registry, leaders: [{ ...first!, forms: [...first!.forms, 'Anh B.C. Dee'] }, ...registry.leaders.slice(1)] }));
    expect(withForm.matcher.find('Ông Anh B. C. Dee phát biểu').map((m) => withForm.meanings[m.id])).toContainEqual({ kind: 'leader', leaderId: first!.id });
  });
});

describe('titleFormCountry', () => {
  const countries = {
    FR: { vi: ['Pháp'], en: ['France', 'French'] },
    JP: { vi: ['Nhật Bản', 'Nhật'], en: ['Japan', 'Japanese'] },
    DE: { vi: ['Đức'], en: ['Germany', 'German'] },
    CU: { vi: ['Cuba'], en: ['Cuba', 'Cuban'] },
  };
  it.each([
    ['Tổng thống Pháp', 'FR'],
    ['French President', 'FR'],
    ['President of the French Republic', 'FR'],
    ['Nhật hoàng', 'JP'],
    ['Chủ tịch nước Cộng hòa Cuba', 'CU'],
    // A country's name inside another word, or written in lowercase, is not that country.
    ['Bí thư thứ nhất', null],
    ['Bộ trưởng Giáo dục và Thể thao', null],
    ['Frenchman of the year', null],
    ['Tổng thống', null],
    // Two countries: none is the title's.
    ['Đại sứ Pháp tại Đức', null],
  ])('%j names %s', (form, country) => {
    expect(titleFormCountry(form, countries)).toBe(country);
  });

  it('is carried by the title meaning of such a form', () => {
    const president = registry.titles['president']!;
    const withForm = loadNameTable(buildNameTable({ ...registry, titles: { ...registry.titles, president: { ...president, vi: [...president.vi, 'Tổng thống Nga'] } } }));
    expect(withForm.matcher.find('Tổng thống Nga').map((m) => withForm.meanings[m.id])).toEqual([{ kind: 'title', office: 'president', form: 'Tổng thống Nga', country: 'RU' }]);
    expect(meaningsIn('Tổng thống')).toEqual([{ kind: 'title', office: 'president', form: 'Tổng thống' }]);
  });
});

describe('loadNameTable', () => {
  it('loads a table that went through JSON, as the content script receives it', () => {
    expect(table.matcher.find('Chủ tịch nước Lương Cường')).toHaveLength(2);
  });
});
