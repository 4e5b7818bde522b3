import { describe, expect, it } from 'vitest';
import { hasEvidenceAround, COUNTRY_REACH } from '../../src/names/name-evidence';
import { buildNameTable, loadNameTable } from '../../src/names/name-table';
import { registryWithCommonNames } from './common-names-fixture';

const table = loadNameTable(buildNameTable(registryWithCommonNames()));

/** Evidence for the first "Lý Cường"/"Li Qiang" in `text`. */
function evidence(text: string): boolean {
  const matches = table.matcher.find(text);
  const index = matches.findIndex((m) => m.text === 'Lý Cường' || m.text === 'Li Qiang');
  expect(index).toBeGreaterThanOrEqual(0);
  return hasEvidenceAround(text, matches, table.meanings, index, 'CN');
}

describe('hasEvidenceAround', () => {
  it('takes the leader’s country named nearby, before or after', () => {
    expect(evidence('Chuyến thăm Trung Quốc lần này, Lý Cường phát biểu')).toBe(true);
    expect(evidence('Lý Cường nói tại Bắc Kinh rằng Trung Quốc sẵn sàng')).toBe(true);
    expect(evidence('Li Qiang told reporters China was ready')).toBe(true);
  });

  it('does not take another country', () => {
    expect(evidence('Cầu thủ Lý Cường ghi bàn cho Việt Nam')).toBe(false);
  });

  it('does not take the country from far away', () => {
    expect(evidence(`Trung Quốc.${' Trận đấu kéo dài.'.repeat(Math.ceil(COUNTRY_REACH / 16) + 1)} Cầu thủ Lý Cường ghi bàn`)).toBe(false);
  });

  it('takes a title right after the name', () => {
    expect(evidence('Ông Lý Cường, Thủ tướng, cho biết')).toBe(true);
    expect(evidence('Li Qiang (Premier) said')).toBe(true);
  });

  it('does not take a title further on in the sentence', () => {
    expect(evidence('Cầu thủ Lý Cường nói chuyện với các bạn rồi gặp Thủ tướng')).toBe(false);
  });
});

describe('hasEvidenceAround: a title told with its country', () => {
  it('takes a title form that names the leader\'s country as the country named', () => {
    const withTitle = registryWithCommonNames();
    const t = loadNameTable(buildNameTable({ ...withTitle, titles: { ...withTitle.titles, 'npc-chairman': { vi: ['Ủy viên trưởng Nhân đại Trung Quốc'], en: ['Chinese top legislator'] } } }));
    const at = (text: string, country: string) => {
      const matches = t.matcher.find(text);
      return hasEvidenceAround(text, matches, t.meanings, matches.findIndex((m) => m.text === 'Li Qiang'), country);
    };
    expect(at('Chinese top legislator Zhao and Li Qiang met the press', 'CN')).toBe(true);
    expect(at('Chinese top legislator Zhao and Li Qiang met the press', 'VN')).toBe(false);
  });

  it('takes the country a caller joined to the title after it ("China\'s top legislator X and Y")', () => {
    const text = 'Our top legislator X and Li Qiang met';
    const matches = table.matcher.find(text);
    const index = matches.findIndex((m) => m.text === 'Li Qiang');
    const premier = table.matcher.find('Premier')[0]!;
    // A title match as find-mentions gives it after joining the country before it.
    const joined = [{ ...premier, start: 0, end: 19, text: text.slice(0, 19), country: 'CN' }, ...matches.slice(index)];
    expect(hasEvidenceAround(text, joined, table.meanings, 1, 'CN')).toBe(true);
    expect(hasEvidenceAround(text, [{ ...premier, start: 0, end: 19, text: text.slice(0, 19) }, ...matches.slice(index)], table.meanings, 1, 'CN')).toBe(false);
  });
});
