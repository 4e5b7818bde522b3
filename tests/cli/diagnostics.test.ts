import { describe, expect, it } from 'vitest';
import { formatDiagnostic, formatReport, formatSkipped } from '../../src/cli/diagnostics';

describe('formatDiagnostic', () => {
  it('writes file, line, level and message like a compiler', () => {
    expect(formatDiagnostic({ level: 'error', file: 'a.txt', line: 3, message: 'not UTF-8' })).toBe('a.txt:3: error: not UTF-8');
    expect(formatDiagnostic({ level: 'warning', file: 'b.txt', message: 'empty' })).toBe('b.txt: warning: empty');
  });
});

describe('formatSkipped', () => {
  it('lists each skipped file with its reason, or nothing', () => {
    expect(formatSkipped([])).toEqual([]);
    expect(formatSkipped([{ file: 'x.html', reason: 'HTML, not text' }])).toEqual(['skipped 1 article(s):', '  x.html: HTML, not text']);
  });
});

describe('formatReport', () => {
  it('tells of a skipped file once, in the summary, without repeating its name', () => {
    const report = formatReport(
      [
        { level: 'error', file: 'big.txt', message: 'skipped: big.txt: too large' },
        { level: 'warning', file: 'a.txt', line: 2, message: 'odd date' },
      ],
      [{ file: 'big.txt', reason: 'big.txt: too large' }],
    );
    expect(report).toEqual(['a.txt:2: warning: odd date', 'skipped 1 article(s):', '  big.txt: too large']);
  });
});
