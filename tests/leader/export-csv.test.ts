import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/leader/csv';
import { CSV_COLUMNS, itemsFromCsv, recordCsv } from '../../src/leader/export-csv';
import { recordExport } from '../../src/leader/export-json';
import { recordFor } from '../../src/lookup/record';
import { loadFixtureIndex } from '../index-data/fixture-build';

const index = loadFixtureIndex();

function viewOf(filter = {}) {
  const record = recordFor(index, 'to-lam', { filter, quotes: { limit: 100 } })!;
  return { leaderId: 'to-lam', meetings: record.meetings, quotes: record.quotes, people: record.people };
}

describe('recordCsv', () => {
  it('is UTF-8 text with a byte-order mark, a header of CSV_COLUMNS, one row per meeting and per quote', () => {
    const view = viewOf();
    const text = recordCsv(view);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows.map((row) => `${row[0]} ${row[1]}`)).toEqual([...view.meetings.map((m) => `meeting ${m.id}`), ...view.quotes.map((q) => `quote ${q.id}`)]);
  });

  it('gives each meeting its participants by id and name, its sources\' articles and evidence', () => {
    const rows = parseCsv(recordCsv(viewOf({ with: 'vladimir-putin' })));
    const column = (name: (typeof CSV_COLUMNS)[number]) => rows[1]![CSV_COLUMNS.indexOf(name)];
    expect(column('participants')).toBe('to-lam\nvladimir-putin');
    expect(column('participant_names')).toBe('Tô Lâm\nVladimir Putin');
    expect(column('article_files')).toBe('putin.txt');
    expect(column('evidence')).toBe('Tổng Bí thư Tô Lâm thăm chính thức Liên bang Nga.');
  });

  it('parses back to the same meetings and quotes as the JSON export', () => {
    for (const filter of [{}, { with: 'thongloun-sisoulith' }, { year: 2024 }]) {
      const view = viewOf(filter);
      const file = recordExport(view);
      expect(itemsFromCsv(recordCsv(view))).toEqual({ meetings: file.meetings, quotes: file.quotes });
    }
  });
});

describe('itemsFromCsv', () => {
  it('refuses a file that is not a leader page CSV', () => {
    expect(() => itemsFromCsv('a,b\r\n1,2\r\n')).toThrow('leaderlens export: not a leader page CSV');
  });
});
