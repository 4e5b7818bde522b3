import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/leader/csv';

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every record with CRLF', () => {
    expect(toCsv([['a', 'b'], ['1', '2']])).toBe('\uFEFFa,b\r\n1,2\r\n');
  });

  it('quotes a field with a comma, a quote or a line break, doubling quotes (RFC 4180)', () => {
    expect(toCsv([['x, y', 'say "hi"', 'one\ntwo', 'plain']])).toBe('\uFEFF"x, y","say ""hi""","one\ntwo",plain\r\n');
  });

  it('puts an apostrophe before a field a spreadsheet would run as a formula', () => {
    expect(toCsv([['=1+1', '+84', '-5', '@SUM(A1)', "'=x", 'a=b']])).toBe("\uFEFF'=1+1,'+84,'-5,'@SUM(A1),''=x,a=b\r\n");
  });
});

describe('parseCsv', () => {
  it('reads back what toCsv wrote, Vietnamese, quotes, commas, line breaks and formulas included', () => {
    const rows = [
      ['id', 'text', 'evidence'],
      ['q-1', 'Tô Lâm: "hợp tác", tin cậy', 'Câu một.\nCâu hai.'],
      ['q-2', '=HYPERLINK("x")', "'already"],
      ['q-3', '', "''+1"],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('reads LF-only line ends and a last record without one', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('keeps empty fields', () => {
    expect(parseCsv(',,\r\n')).toEqual([['', '', '']]);
  });
});
