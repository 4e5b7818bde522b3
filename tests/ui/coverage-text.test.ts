import { describe, expect, it } from 'vitest';
import type { Coverage } from '../../src/lookup/coverage';
import { coverageLine, formatCount } from '../../src/ui/coverage-text';

const coverage: Coverage = {
  people: { registry: 1200, foundInCorpus: 4, withRecords: 80 },
  articles: 3,
  dateRange: { from: '2023-02-17', to: '2025-12-03' },
  undatedArticles: 0,
  sources: [],
  articlesWithoutSource: 3,
  registryAsOf: '2026-01-15',
  registryStale: false,
};

describe('formatCount', () => {
  it('groups thousands as each language does', () => {
    expect(formatCount(1204, 'en')).toBe('1,204');
    expect(formatCount(1204, 'vi')).toBe('1.204');
  });
});

describe('coverageLine', () => {
  it('counts registry and found people together, with the articles, their dates and the registry date', () => {
    expect(coverageLine(coverage, 'en')).toBe('Covers 1,204 people and 3 articles, 17 Feb 2023–3 Dec 2025; offices as of 15 Jan 2026.');
  });

  it('speaks Vietnamese for the Vietnamese interface', () => {
    expect(coverageLine(coverage, 'vi')).toMatch(/^Gồm 1\.204 nhân vật và 3 bài báo, .*2023–.*2025; chức vụ tính đến .*2026\.$/);
  });

  it('leaves the date range out when no article has a date', () => {
    expect(coverageLine({ ...coverage, dateRange: null }, 'en')).toBe('Covers 1,204 people and 3 articles; offices as of 15 Jan 2026.');
  });

  it('says when the registry is over a year old', () => {
    expect(coverageLine({ ...coverage, registryStale: true }, 'en')).toMatch(/offices as of 15 Jan 2026\. \(over a year old\)$/);
  });
});
