import { describe, expect, it } from 'vitest';
import { coverageOf, type CoverageFacts } from '../../src/lookup/coverage';
import type { IndexLeader } from '../../src/index-data/format';
import { loadFixtureIndex } from '../index-data/fixture-build';

const leader = (id: string, foundTitle?: string): IndexLeader => ({
  id, name: id, country: 'VN', countryName: { vi: 'Việt Nam', en: 'Vietnam' }, aliases: [id], offices: [],
  ...(foundTitle === undefined ? {} : { foundTitle }),
});

const facts = (over: Partial<CoverageFacts> = {}): CoverageFacts => ({
  leaders: { a: leader('a'), b: leader('b'), c: leader('c', 'Thủ tướng Campuchia') },
  cards: { a: { meetingIds: ['m1'], quoteIds: [] }, b: { meetingIds: [], quoteIds: [] }, c: { meetingIds: [], quoteIds: ['q1'] } },
  articles: {
    x: { date: '2024-05-01', url: 'https://www.vnexpress.net/a' },
    y: { date: '2023-02-17', url: 'https://vnexpress.net/b' },
    z: { date: null, url: 'http://tuoitre.vn/c' },
    w: { date: '2025-12-03' },
  },
  registryAsOf: '2026-01-15',
  ...over,
});

describe('coverageOf', () => {
  it('counts registry people apart from those found only in the articles', () => {
    expect(coverageOf(facts(), '2026-02-01').people).toEqual({ registry: 2, foundInCorpus: 1, withRecords: 2 });
  });

  it('counts as "with records" only people with a meeting or a quote', () => {
    const c = coverageOf(facts({ cards: { a: { meetingIds: [], quoteIds: [] } } }), '2026-02-01');
    expect(c.people.withRecords).toBe(0);
  });

  it('ignores inherited names when looking up cards', () => {
    const c = coverageOf(facts({ leaders: { constructor: leader('constructor') }, cards: {} }), '2026-02-01');
    expect(c.people.withRecords).toBe(0);
  });

  it('gives the articles, their date range and how many have no date', () => {
    const c = coverageOf(facts(), '2026-02-01');
    expect(c.articles).toBe(4);
    expect(c.dateRange).toEqual({ from: '2023-02-17', to: '2025-12-03' });
    expect(c.undatedArticles).toBe(1);
  });

  it('has no date range when no article has a date', () => {
    expect(coverageOf(facts({ articles: { z: { date: null } } }), '2026-02-01').dateRange).toBeNull();
  });

  it('names the sites by host without www., most articles first, and counts articles without a source', () => {
    const c = coverageOf(facts(), '2026-02-01');
    expect(c.sources).toEqual([{ site: 'vnexpress.net', articles: 2 }, { site: 'tuoitre.vn', articles: 1 }]);
    expect(c.articlesWithoutSource).toBe(1);
  });

  it('does not take a non-web or broken address for a site', () => {
    const c = coverageOf(facts({ articles: { a: { date: null, url: 'javascript:alert(1)' }, b: { date: null, url: 'not a url' } } }), '2026-02-01');
    expect(c.sources).toEqual([]);
    expect(c.articlesWithoutSource).toBe(2);
  });

  it.each([
    ['2026-01-15', '2027-01-15', false],
    ['2026-01-15', '2027-01-16', true],
    ['2026-01-15', '2026-06-01', false],
    ['2024-02-29', '2025-03-01', false],
    ['2024-02-29', '2025-03-02', true],
    ['soon', '2026-01-01', true],
  ])('registry as of %s is stale on %s: %s', (asOf, today, stale) => {
    const c = coverageOf(facts({ registryAsOf: asOf }), today);
    expect(c.registryAsOf).toBe(asOf);
    expect(c.registryStale).toBe(stale);
  });

  it('reads a loaded index as it is', () => {
    const c = coverageOf(loadFixtureIndex(), '2026-02-01');
    expect(c.articles).toBe(3);
    expect(c.dateRange).toEqual({ from: '2024-06-20', to: '2025-05-09' });
    expect(c.people.registry).toBeGreaterThan(0);
  });
});
