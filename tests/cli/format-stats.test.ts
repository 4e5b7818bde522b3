import { describe, expect, it } from 'vitest';
import type { CorpusBuild } from '../../src/corpus/build-corpus';
import { buildNameTable, loadNameTable } from '../../src/names/name-table';
import { articleStats, formatStats } from '../../src/cli/format-stats';
import { registry } from '../index-data/fixture-build';

const names = loadNameTable(buildNameTable(registry));

const meeting = (id: string, participants: string[], articleId: string, status: 'reported' | 'referenced') => ({
  id, participants, date: null, dateInferred: false, place: null, kind: 'talks' as const,
  sources: [{ articleId, status, evidence: 'x' }],
});

/** Two articles: one names Tô Lâm and tells of two meetings (one recalled), one names nobody in full. */
function build(extra: Partial<CorpusBuild['data']> = {}): CorpusBuild {
  return {
    articles: [
      { id: 'a1', file: 'first.txt', title: 't', date: '2024-11-08', dateInferred: false, language: 'vi', paragraphs: [{ text: 'Tổng Bí thư Tô Lâm hội đàm.', line: 3 }] },
      { id: 'a2', file: 'second-with-a-long-name.txt', title: 't', date: '2024-06-20', dateInferred: true, language: 'vi', paragraphs: [{ text: 'Tổng Bí thư phát biểu.', line: 3 }] },
    ],
    data: {
      leaders: [], articles: [],
      meetings: [meeting('m1', ['to-lam', 'thongloun-sisoulith'], 'a1', 'reported'), meeting('m2', ['to-lam', 'vladimir-putin'], 'a1', 'referenced')],
      quotes: [{ id: 'q1', speakers: ['nguyen-phu-trong'], text: 'q', kind: 'direct', articleId: 'a2', meetingId: null, date: null, evidence: 'e' }],
      unknown: [], skipped: [],
      ...extra,
    },
    diagnostics: [],
    registry,
    nameTable: buildNameTable(registry),
    found: [],
  } as CorpusBuild;
}

describe('articleStats', () => {
  it('counts each article\'s meetings, recalled meetings and quotes', () => {
    const [first, second] = articleStats(build(), names);
    expect(first).toMatchObject({ file: 'first.txt', date: '2024-11-08', dateInferred: false, language: 'vi', meetings: 2, referenced: 1, quotes: 0 });
    expect(second).toMatchObject({ file: 'second-with-a-long-name.txt', dateInferred: true, language: 'vi', meetings: 0, referenced: 0, quotes: 1 });
  });

  it('lists leaders named in full or taking part, once each, in id order', () => {
    const [first, second] = articleStats(build(), names);
    expect(first?.leaders).toEqual(['thongloun-sisoulith', 'to-lam', 'vladimir-putin']);
    // A bare title names no one; the quote's speaker does.
    expect(second?.leaders).toEqual(['nguyen-phu-trong']);
  });
});

describe('formatStats', () => {
  const text = formatStats(build(), names);
  const lines = text.split('\n');

  it('starts with a header and a rule, then one aligned row per article', () => {
    expect(lines[0]).toMatch(/^file\s+date\s+lang\s+meetings\s+quotes\s+leaders$/);
    expect(lines[1]).toMatch(/^-+ {2}-+ {2}-+ {2}-+ {2}-+ {2}-{7}$/);
    expect(lines[2]).toMatch(/^first\.txt\s+2024-11-08\s+vi\s+2 \(1 ref\)\s+0\s+thongloun-sisoulith, to-lam, vladimir-putin$/);
    expect(lines[2]!.indexOf('2024')).toBe(lines[3]!.indexOf('~2024'));
  });

  it('marks an inferred date with ~', () => {
    expect(lines[3]).toMatch(/^second-with-a-long-name\.txt {2}~2024-06-20/);
  });

  it('sums up articles, meetings and quotes', () => {
    expect(text).toContain('2 article(s), 2 meeting(s), 1 quote(s); ~ marks an inferred date');
  });

  it('says none when there are no unknown office-holders or skipped files', () => {
    expect(text).toContain('unknown office-holders: none');
    expect(text).toContain('skipped: none');
  });

  it('lists unknown office-holders with their article\'s file, and skipped files', () => {
    const out = formatStats(
      build({ unknown: [{ name: 'Hun Manet', title: 'Thủ tướng', articleId: 'a1', evidence: 'Thủ tướng Hun Manet nói.' }], skipped: [{ file: 'bad.txt', reason: 'empty file' }] }),
      names,
    );
    expect(out).toContain('unknown office-holders (1):\n  Thủ tướng Hun Manet (first.txt): Thủ tướng Hun Manet nói.');
    expect(out).toContain('skipped 1 article(s):\n  bad.txt: empty file');
  });

  it('writes — for an article without a date or leaders', () => {
    const noDate = build();
    noDate.articles[1] = { ...noDate.articles[1]!, date: null };
    noDate.data.quotes = [];
    expect(formatStats(noDate, names).split('\n')[3]).toMatch(/^second-with-a-long-name\.txt {2}— +vi +0 +0 +—$/);
  });
});
