import { describe, expect, it } from 'vitest';
import { buildNameTable, loadNameTable } from '../../src/names/name-table';
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

describe('loadNameTable', () => {
  it('loads a table that went through JSON, as the content script receives it', () => {
    expect(table.matcher.find('Chủ tịch nước Lương Cường')).toHaveLength(2);
  });
});
