/**
 * Search time per keystroke at 10k synthetic articles: the index `npm run build` would make from a
 * 10k-article synthetic corpus (bench/synthetic-corpus.ts, the same cached corpus as the build
 * bench), loaded with `loadIndex`, then `search` run on every prefix of queries typed the way a
 * reader types them: names with and without diacritics, Vietnamese and English titles, a typo,
 * words of a quote. The goal is p95 ≤ 5 ms per keystroke.
 *
 * Baseline, measured in the same run on the same documents: the obvious search without an index —
 * every document's text folded once up front, then per keystroke a scan for documents containing
 * every folded query word. It shows what the MiniSearch index buys.
 *
 * Also reported: the index file's size and the time to parse and load it, which is what a popup
 * searching on its own (instead of asking the background) would pay on every opening, since a
 * popup's page is discarded each time it closes.
 *
 * `BENCH_SEARCH_ARTICLES=1000` swaps the size for a quick run.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../src/corpus/build-corpus';
import { buildExtensionIndex } from '../src/index-data/build-index';
import { loadIndex, type LoadedIndex } from '../src/index-data/load-index';
import { search } from '../src/lookup/search';
import { foldBare } from '../src/text';
import { POPUP_RESULT_LIMIT } from '../src/popup/search-in-background';
import { collectGarbage } from './run';
import { cachedCorpus } from './synthetic-corpus';
import type { BenchRow } from './types';

const SEED = 'leaderlens-build-bench';
const LEADERS = 200;
const GOAL_MS = 5;
/** Rounds over the keystrokes (the naive scan gets one: it takes ~100 ms a keystroke at 10k). */
const ROUNDS = 5;
const root = fileURLToPath(new URL('..', import.meta.url));

export default async function searchBench(): Promise<BenchRow[]> {
  const articles = Number(process.env.BENCH_SEARCH_ARTICLES ?? 10_000);
  const out = process.env.BENCH_OUT_DIR ?? join(root, '.bench-out');
  const corpus = cachedCorpus(out, { articles, seed: SEED, leaders: LEADERS });
  const { file, built } = cachedIndexFile(out, corpus.dir, articles);
  log(`${built ? 'built' : 'reused'} the ${articles}-article index ${file} (${mb(statSync(file).size)} MB)`);

  const text = readFileSync(file, 'utf8');
  const loadMs: number[] = [];
  const parseMs: number[] = [];
  let index: LoadedIndex | null = null;
  for (let i = 0; i < 3; i++) {
    collectGarbage();
    const started = performance.now();
    const json: unknown = JSON.parse(text);
    const parsed = performance.now();
    index = loadIndex(json);
    parseMs.push(parsed - started);
    loadMs.push(performance.now() - parsed);
  }
  const loaded = index!;
  const keystrokes = typedPrefixes(queriesFor(loaded));
  log(`${keystrokes.length} keystrokes over ${Object.keys(loaded.leaders).length} leaders, ${Object.keys(loaded.meetings).length} meetings, ${Object.keys(loaded.quotes).length} quotes`);

  // Warm-up: the JIT and MiniSearch's caches, as after the first few keystrokes of a session.
  for (const query of keystrokes.slice(0, 10)) search(loaded, query, { limit: POPUP_RESULT_LIMIT });
  const rounds = ROUNDS;
  const indexed = timeEach(keystrokes, rounds, (query) => search(loaded, query, { limit: POPUP_RESULT_LIMIT }));
  const slowest = keystrokes.map((query, i) => ({ query, ms: Math.max(...Array.from({ length: rounds }, (_, r) => indexed[r * keystrokes.length + i]!)) }));
  slowest.sort((a, b) => b.ms - a.ms);
  log(`slowest keystrokes: ${slowest.slice(0, 5).map(({ query, ms }) => `${JSON.stringify(query)} ${ms.toFixed(2)} ms`).join(', ')}`);
  const longer = keystrokes.flatMap((query, i) => (query.trim().length >= 3 ? [i] : []));
  const indexedLonger = longer.flatMap((i) => Array.from({ length: rounds }, (_, r) => indexed[r * keystrokes.length + i]!));

  const scan = naiveScanner(loaded);
  for (const query of keystrokes.slice(0, 5)) scan(query);
  const naive = timeEach(keystrokes, 1, scan);

  const p95 = percentile(indexed, 0.95);
  const naiveP95 = percentile(naive, 0.95);
  const size = label(articles);
  return [
    {
      name: `search per keystroke, ${size} articles: p95 (${keystrokes.length} keystrokes × ${rounds}); ratio = search index / naive scan`,
      value: p95,
      unit: 'ms',
      baseline: { name: 'naive scan of folded text, p95', value: naiveP95 },
      ratio: p95 / naiveP95,
      goal: `≤ ${GOAL_MS} ms`,
    },
    { name: `search per keystroke, ${size} articles: median`, value: percentile(indexed, 0.5), unit: 'ms', baseline: { name: 'naive scan, median', value: percentile(naive, 0.5) } },
    { name: `search per keystroke, ${size} articles: max`, value: Math.max(...indexed), unit: 'ms' },
    { name: `search per keystroke, ${size} articles: p95 of queries of 3+ characters`, value: percentile(indexedLonger, 0.95), unit: 'ms', goal: `≤ ${GOAL_MS} ms` },
    { name: `index file, ${size} articles`, value: statSync(file).size / 1024 / 1024, unit: 'MB' },
    {
      name: `JSON.parse of the index file, ${size} articles (median of 3)`,
      value: percentile(parseMs, 0.5),
      unit: 'ms',
    },
    {
      name: `loadIndex (builds the search structures), ${size} articles (median of 3); parse + this is what a popup searching on its own would pay on every opening`,
      value: percentile(loadMs, 0.5),
      unit: 'ms',
    },
  ];
}

/** Files that only read the index: changing them cannot change the file, so they do not rebuild it. */
const READ_SIDE = new Set(['src/index-data/load-index.ts', 'src/index-data/lazy-index.ts', 'src/index-data/read-packaged-index.ts', 'src/index-data/search-options.ts']);

/**
 * The 10k index takes a minute or more to build, so it is kept under `.bench-out/`, keyed by the
 * corpus and by the content of every source file the build reads: any change to the pipeline
 * rebuilds it.
 */
export function cachedIndexFile(out: string, corpusDir: string, articles: number): { file: string; built: boolean } {
  const hash = createHash('sha256');
  hash.update(corpusDir);
  for (const dir of ['src/corpus', 'src/index-data', 'src/registry', 'src/match', 'src/text']) {
    for (const name of readdirSync(join(root, dir)).sort()) {
      const path = join(root, dir, name);
      if (statSync(path).isFile() && !READ_SIDE.has(`${dir}/${name}`)) hash.update(name).update(readFileSync(path));
    }
  }
  const file = join(out, `search-index-${articles}-${hash.digest('hex').slice(0, 12)}.json`);
  if (existsSync(file)) return { file, built: false };
  mkdirSync(out, { recursive: true });
  const started = performance.now();
  const index = buildExtensionIndex(buildCorpus({ corpusDir, today: '2026-11-01' }));
  writeFileSync(file, JSON.stringify(index));
  log(`index build took ${Math.round((performance.now() - started) / 1000)} s`);
  return { file, built: true };
}

/**
 * What readers type: leaders' names as written and without marks, a surname + given-name pair,
 * titles and meeting kinds in both languages, a place, a typo in a name, words of quotes and of a
 * meeting's sentence, and a name followed by a content word.
 */
function queriesFor(index: LoadedIndex): string[] {
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

function timeEach(queries: readonly string[], rounds: number, run: (query: string) => unknown): number[] {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const started = performance.now();
      run(query);
      times.push(performance.now() - started);
    }
  }
  return times;
}

/** The baseline: fold each document's text once, then keep documents whose text has every query word as a prefix of a word. */
function naiveScanner(index: LoadedIndex): (query: string) => number {
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
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
function log(line: string): void {
  process.stderr.write(`search bench: ${line}\n`);
}
