/**
 * Search time per keystroke at 10k synthetic articles with 1,000 leaders (the corpus and index
 * folder of bench/index.bench.ts, shared through bench/index-folder-cache.ts): the folder opened
 * as the worker opens it (`openIndexFolder`, files read from disk instead of `fetch`), then its
 * `search` run on every prefix of queries typed the way a reader types them: names with and
 * without diacritics, Vietnamese and English titles, a typo, words of a quote. Measured warm, as
 * while a reader types: the first keystrokes read the blocks and result chunks they need. The goal
 * is p95 ≤ 5 ms per keystroke at 10k, ≤ 10 ms at 100k.
 *
 * Baseline, measured in the same run on the same documents: the obvious search without an index —
 * every document's text folded once up front, then per keystroke a scan for documents containing
 * every folded query word. It shows what the index buys.
 *
 * Also reported: the first search after opening (what a stopped worker pays, in Node), a first
 * pass over every keystroke on a fresh folder, and the search structures' share of the folder.
 *
 * `BENCH_SEARCH_ARTICLES=1000` (or `100000`) swaps the size.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LeaderlensIndex } from '../src/index-data/format';
import { openIndexFolder, type IndexLookups } from '../src/index-data/read-index-folder';
import { foldBare } from '../src/text';
import { POPUP_RESULT_LIMIT } from '../src/popup/search-in-background';
import { packagedIndex } from '../tests/e2e/popup-helpers';
import { cachedFolder, INDEX_BENCH_LEADERS, INDEX_BENCH_SEED } from './index-folder-cache';
import { collectGarbage } from './run';
import { cachedCorpus } from './synthetic-corpus';
import type { BenchRow } from './types';

const GOAL_MS = 5;
/** Rounds over the keystrokes (the naive scan gets one: it takes ~100 ms a keystroke at 10k). */
const ROUNDS = 5;
const root = fileURLToPath(new URL('..', import.meta.url));

export default async function searchBench(): Promise<BenchRow[]> {
  const articles = Number(process.env.BENCH_SEARCH_ARTICLES ?? 10_000);
  const out = process.env.BENCH_OUT_DIR ?? join(root, '.bench-out');
  const corpus = cachedCorpus(out, { articles, seed: INDEX_BENCH_SEED, leaders: INDEX_BENCH_LEADERS });
  const { dir } = await cachedFolder(out, corpus.dir, articles, log);
  const whole = packagedIndex(dir);
  const keystrokes = typedPrefixes(queriesFor(whole));
  log(`${keystrokes.length} keystrokes over ${Object.keys(whole.leaders).length} leaders, ${Object.keys(whole.meetings).length} meetings, ${Object.keys(whole.quotes).length} quotes`);

  collectGarbage();
  const open = (): Promise<IndexLookups> => openIndexFolder({ read: async (path) => new Uint8Array(readFileSync(join(dir, path))).buffer });
  let started = performance.now();
  const index = await open();
  await index.search(keystrokes[0]!, { limit: POPUP_RESULT_LIMIT });
  const firstMs = performance.now() - started;
  // Every keystroke once, as a reader's session would (blocks and chunks read as needed), then timed.
  started = performance.now();
  for (const query of keystrokes) await index.search(query, { limit: POPUP_RESULT_LIMIT });
  const firstPassMs = performance.now() - started;
  const indexed: number[] = [];
  // CPU time of this process too: on a machine shared with other builds, wall time also counts the
  // time the scheduler gave someone else (the naive scan's own p95 doubles between runs there).
  const cpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of keystrokes) {
      const t = performance.now();
      const c = process.cpuUsage();
      await index.search(query, { limit: POPUP_RESULT_LIMIT });
      const used = process.cpuUsage(c);
      indexed.push(performance.now() - t);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  const slowest = keystrokes.map((query, i) => ({ query, ms: Math.max(...Array.from({ length: ROUNDS }, (_, r) => indexed[r * keystrokes.length + i]!)) }));
  slowest.sort((a, b) => b.ms - a.ms);
  log(`slowest keystrokes: ${slowest.slice(0, 5).map(({ query, ms }) => `${JSON.stringify(query)} ${ms.toFixed(2)} ms`).join(', ')}`);
  const longer = keystrokes.flatMap((query, i) => (query.trim().length >= 3 ? [i] : []));
  const indexedLonger = longer.flatMap((i) => Array.from({ length: ROUNDS }, (_, r) => indexed[r * keystrokes.length + i]!));

  const scan = naiveScanner(whole);
  for (const query of keystrokes.slice(0, 5)) scan(query);
  const naive: number[] = [];
  for (const query of keystrokes) {
    const t = performance.now();
    scan(query);
    naive.push(performance.now() - t);
  }

  const p95 = percentile(indexed, 0.95);
  const naiveP95 = percentile(naive, 0.95);
  const size = label(articles);
  const goal = articles >= 100_000 ? '≤ 10 ms' : `≤ ${GOAL_MS} ms`;
  return [
    {
      name: `search per keystroke, ${size} articles, index folder, warm: p95 (${keystrokes.length} keystrokes × ${ROUNDS}); ratio = / naive scan`,
      value: p95,
      unit: 'ms',
      baseline: { name: 'naive scan of folded text, p95', value: naiveP95 },
      ratio: p95 / naiveP95,
      goal,
    },
    { name: `search per keystroke, ${size} articles: p95 of CPU time (process.cpuUsage: what the search itself costs, without waiting for a shared CPU)`, value: percentile(cpu, 0.95), unit: 'ms', goal },
    { name: `search per keystroke, ${size} articles: median`, value: percentile(indexed, 0.5), unit: 'ms', baseline: { name: 'naive scan, median', value: percentile(naive, 0.5) } },
    { name: `search per keystroke, ${size} articles: max`, value: Math.max(...indexed), unit: 'ms' },
    { name: `search per keystroke, ${size} articles: p95 of queries of 3+ characters`, value: percentile(indexedLonger, 0.95), unit: 'ms', goal },
    { name: `first search after opening the folder (manifest, search structures, its blocks and chunks), ${size}, Node`, value: firstMs, unit: 'ms' },
    { name: `every keystroke once on the fresh folder (blocks and chunks read as needed), ${size}`, value: firstPassMs, unit: 'ms' },
    { name: `search structures in the folder, ${size} (vocabularies + blocks)`, value: folderBytes(join(dir, 'search')) / 1e6, unit: 'MB' },
  ];
}

/**
 * What readers type: leaders' names as written and without marks, a surname + given-name pair,
 * titles and meeting kinds in both languages, a place, a typo in a name, words of quotes and of a
 * meeting's sentence, and a name followed by a content word.
 */
function queriesFor(index: LeaderlensIndex): string[] {
  const leaders = Object.values(index.leaders);
  const queries: string[] = [];
  for (let i = 0; i < leaders.length && queries.length < 8; i += Math.max(1, Math.floor(leaders.length / 4))) {
    const name = leaders[i]!.name;
    queries.push(name, foldBare(name).text);
  }
  queries.push('tổng bí thư', 'general secretary', 'thủ tướng', 'prime minister', 'hội đàm', 'talks', 'điện đàm', 'phone call', 'hà noi');
  const typo = foldBare(leaders[0]?.name ?? 'nguyen').text.replace(/([a-z])([a-z])/, '$2$1');
  queries.push(typo);
  for (const quote of Object.values(index.quotes).slice(0, 2)) queries.push(quote.text.split(/\s+/).slice(0, 4).join(' '));
  queries.push('quan hệ đối tác chiến lược', 'hợp tác kinh tế');
  const meeting = Object.values(index.meetings)[0];
  if (meeting) queries.push(meeting.sources[0]!.evidence.split(/\s+/).slice(2, 6).join(' '));
  queries.push(`${foldBare(leaders[1]?.name ?? 'nguyen').text.split(' ').pop()} hội đàm`);
  return queries;
}

/** Every prefix of every query, as the reader types it: "t", "to", "to ", "to l", … */
function typedPrefixes(queries: readonly string[]): string[] {
  return queries.flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1))).filter((q) => q.trim() !== '');
}

/** The baseline: fold each document's text once, then keep documents whose text has every query word as a prefix of a word. */
function naiveScanner(index: LeaderlensIndex): (query: string) => number {
  const docs: string[] = [];
  for (const leader of Object.values(index.leaders)) docs.push(` ${foldBare(leader.aliases.join(' ')).text} `);
  for (const meeting of Object.values(index.meetings)) docs.push(` ${foldBare(meeting.sources.map((s) => s.evidence).join(' ')).text} `);
  for (const quote of Object.values(index.quotes)) docs.push(` ${foldBare(quote.text).text} `);
  return (query) => {
    const words = foldBare(query).text.split(/\s+/).filter(Boolean).map((w) => ` ${w}`);
    let hits = 0;
    for (const doc of docs) if (words.every((w) => doc.includes(w))) hits++;
    return hits;
  };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

const label = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));
function log(line: string): void {
  process.stderr.write(`search bench: ${line}\n`);
}

function folderBytes(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  return bytes;
}
