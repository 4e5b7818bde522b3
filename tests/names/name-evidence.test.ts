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
