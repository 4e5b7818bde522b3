import type { IndexFacts } from '../index-data/format';
import { originalLink } from './original-link';
import { ownEntry } from './own-entry';
import { todayIso } from './today';

/**
 * What the packaged index covers, as the welcome page and the popup's empty state tell it: a reader
 * should know before trusting a card that it speaks only of these people, articles and years.
 */
export interface Coverage {
  people: {
    /** People of the registry (checked, with offices and dates). */
    registry: number;
    /** Office-holders the registry lacks, found in the articles (export `origin: "corpus"`). */
    foundInCorpus: number;
    /** People (of either kind) with at least one meeting or quote in the index. */
    withRecords: number;
  };
  articles: number;
  /** Earliest and latest article date; null when no article has a date. */
  dateRange: { from: string; to: string } | null;
  /** Articles without any date (neither given nor inferred): they are outside `dateRange`. */
  undatedArticles: number;
  /** Sites the articles came from (host names of their `url`, without `www.`), most articles first. */
  sources: { site: string; articles: number }[];
  /** Articles that do not record where they came from (no `url`). */
  articlesWithoutSource: number;
  /** The registry's `asOf` day: offices are known up to it. */
  registryAsOf: string;
  /** true once `registryAsOf` is more than a year before today: offices may have changed since. */
  registryStale: boolean;
}

/**
 * The articles as coverage reads them. `url` is optional because the index records an article's
 * original address only where the corpus file gives one (issue 11, "Where it came from").
 */
export type CoverageFacts = Pick<IndexFacts, 'leaders' | 'cards'> & {
  articles: Record<string, { date: string | null; url?: string }>;
  registryAsOf: string;
};

/**
 * The coverage of `index` on `today` (`YYYY-MM-DD`, default the reader's today).
 *
 * @example
 * const c = coverageOf(index, '2026-06-01');
 * c.people.registry; // 312
 * c.dateRange;       // { from: '2023-02-17', to: '2025-12-03' }
 */
export function coverageOf(index: CoverageFacts, today: string = todayIso()): Coverage {
  const leaders = Object.values(index.leaders);
  const foundInCorpus = leaders.filter((leader) => leader.foundTitle !== undefined).length;
  const withRecords = leaders.filter((leader) => {
    const card = ownEntry(index.cards, leader.id);
    return card !== undefined && card.meetingIds.length + card.quoteIds.length > 0;
  }).length;

  const articles = Object.values(index.articles);
  const dates = articles.map((a) => a.date).filter((d): d is string => d !== null).sort();
  const sites = new Map<string, number>();
  let withoutSource = 0;
  for (const article of articles) {
    // The site the card's link to the original names: one rule for both (original-link.ts).
    const site = originalLink(article.url)?.site ?? null;
    if (site === null) withoutSource++;
    else sites.set(site, (sites.get(site) ?? 0) + 1);
  }

  return {
    people: { registry: leaders.length - foundInCorpus, foundInCorpus, withRecords },
    articles: articles.length,
    dateRange: dates.length === 0 ? null : { from: dates[0]!, to: dates[dates.length - 1]! },
    undatedArticles: articles.length - dates.length,
    sources: [...sites].map(([site, count]) => ({ site, articles: count })).sort((a, b) => b.articles - a.articles || a.site.localeCompare(b.site)),
    articlesWithoutSource: withoutSource,
    registryAsOf: index.registryAsOf,
    registryStale: isMoreThanAYearBefore(index.registryAsOf, today),
  };
}

/**
 * Whether a registry dated `asOf` is stale on `today` (more than a year old), as `coverageOf` says
 * in `registryStale`: the packaged index works its coverage out at build time, and this part again
 * on every request, since it depends on the day.
 *
 * @example
 * isRegistryStale('2025-01-01', '2026-06-01'); // true
 */
export function isRegistryStale(asOf: string, today: string = todayIso()): boolean {
  return isMoreThanAYearBefore(asOf, today);
}

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings, so no time zone moves the boundary: `asOf` is stale
 * when today is after the same day a year later (29 February counts from 1 March).
 */
function isMoreThanAYearBefore(asOf: string, today: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
  if (!match) return true; // An unreadable date cannot vouch for the registry.
  const year = Number(match[1]) + 1;
  const anniversary = new Date(Date.UTC(year, Number(match[2]) - 1, Number(match[3]))).toISOString().slice(0, 10);
  return today > anniversary;
}
