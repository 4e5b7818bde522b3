/**
 * The build state of a corpus folder: what the merge stage read of every article, without the
 * article's text, kept in the build cache so that the next build of the same folder takes an
 * unchanged article from here instead of opening and parsing its stage cache entries (about 2 s
 * of an added article's 10k build went to parsing 12k entries, most of it text that only the few
 * shards being made need: src/corpus/state-text.ts fetches that text from the entries when it is
 * asked for). What it keeps of an article: its reading's short fields, its meetings whole (a
 * meeting's sentence can make its id), its quotes as columns without their words and sentences
 * (their lengths instead: {@link StoredQuotes}), the people it names whom the registry lacks, its
 * notes, and the rows and ids its quotes got (quote-id-memo.ts): about 2.9 KB an article at 10k
 * (29 MB; 3.7 KB before the quotes were columns), against the 10 KB of JSON its stage cache
 * entries are. docs/scale.md, "An added article, an eighth stop" and "a seventeenth stop".
 *
 * Kept and used by every `npm run build:index` with a cache unless `--no-state` is given
 * (cli/run-build-index.ts; opt-in with `--state` until the eleventh stop of docs/scale.md, where it
 * saved about a tenth of the CPU of an added article's 10k build and 100 MB of its peak, measured
 * in alternation; it costs about 0.3 s to write on a build that changed an article).
 *
 * One JSON document per line: a header (format, the code's version, the engine, the registry's and
 * the widened registry's hashes, a sha256 of the lines after it), then one line per article in file
 * order. An article is used only where its stage cache entry key (the file's bytes, the engine and
 * the registry) is the one this build computes for the same file, and the day it read (year
 * inference) is none or today: exactly when `cachedRead` would return the same entry. A state of
 * another format, code or engine is ignored; one whose lines do not hash to the header's sha256
 * or do not parse is reported as damaged, by its path, and ignored. It is written to a temporary
 * file and renamed into place (write-cache-file.ts), so a half-written state is never read.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCacheFile } from '../files/write-cache-file';
import type { ArticleFacts, ArticleMeeting, ArticleQuote } from './analyse-article';
import type { ArticleReading, ArticleStageResult } from './article-stage';
import type { ReadingKeys } from './corpus-merge';
import { engineVersion } from './engine-version';
import type { HeaderProblem } from './read-header';
import { CACHE_SLACK, cacheStillFits } from '../files/cache-still-fits';

/**
 * Bump when the layout of a state file changes. 2: every byte ASCII (non-ASCII characters written
 * as JSON's `\\u` escapes), so the file is read without decoding UTF-8 and an unchanged article's
 * line is written again as the bytes it was read from. 3: an article's quotes as columns
 * ({@link StoredQuotes}), not an array each.
 */
export const BUILD_STATE_FORMAT = 3;

const THIS_MODULE = fileURLToPath(import.meta.url);

/** The version of the code that makes and reads states: this module and what it loads. */
export function buildStateCodeVersion(): string {
  return `${BUILD_STATE_FORMAT}-${engineVersion(THIS_MODULE)}`;
}

/** Where the state of the corpus folder known by `folderKey` (build-corpus-parallel.ts) lives under the cache's root. */
export function buildStateFile(cacheRoot: string, folderKey: string): string {
  return join(cacheRoot, 'build-state', `${folderKey}.jsonl`);
}

/** What a state holds for the whole build: a state is used only when these match the build's. */
export interface StateHeader {
  format: number;
  code: string;
  engine: string;
  registryHash: string;
  /** The hash of the widened registry second readings read (build-corpus-parallel.ts), or null when none was. */
  widenedHash: string | null;
  /** sha256 of the article lines, joined by newlines. */
  sha256: string;
}

/**
 * An article's quotes without their words, as columns: `people` the distinct lists of speakers its
 * quotes have, and per quote {@link QUOTE_COLUMNS} numbers in `rows`: its speakers (an index into
 * `people`), its kind (an index into {@link QUOTE_KINDS}), its meeting (-1 for none), its file
 * line, and the lengths of its text and sentence. At 10k articles a state held 320k statements,
 * each an array and its speakers another when parsed (the whole state loaded took 100 MB of heap,
 * which every added article's build makes and keeps through the merge); as columns an article's
 * quotes parse into a few arrays of small integers (55 MB). docs/scale.md, "An added article, a
 * seventeenth stop".
 */
export interface StoredQuotes {
  people: string[][];
  rows: number[];
}

/** Numbers per quote in {@link StoredQuotes}' rows. */
const QUOTE_COLUMNS = 6;

/** A quote's kinds, numbered as {@link StoredQuotes} numbers them. */
const QUOTE_KINDS: readonly ArticleQuote['kind'][] = ['direct', 'reported', 'joint'];

/** How many quotes a state article holds. */
export function storedQuoteCount(article: Pick<StateArticle, 'quotes'>): number {
  return article.quotes.rows.length / QUOTE_COLUMNS;
}

/** The lengths of the text and of the sentence of quote `row` of a state article; undefined past its last quote. */
export function storedQuoteLengths(article: Pick<StateArticle, 'quotes'>, row: number): { text: number; evidence: number } | undefined {
  if (!Number.isInteger(row) || row < 0 || row >= storedQuoteCount(article)) return undefined;
  const at = row * QUOTE_COLUMNS;
  return { text: article.quotes.rows[at + 4]!, evidence: article.quotes.rows[at + 5]! };
}

/** One article of the state, as stored on its line. */
export interface StateArticle {
  file: string;
  id: string;
  /** The stage cache key of its first reading, and the day that reading read (null when it read none). */
  entryKey: string;
  today: string | null;
  keys: ReadingKeys;
  contentKey: string;
  headerProblems?: HeaderProblem[];
  /** The reading's article with `paragraphs` null (kept in its place among the fields). */
  article: Omit<ArticleReading['article'], 'paragraphs'> & { paragraphs: null };
  /** How many paragraphs, and their characters together. */
  paragraphs: [count: number, chars: number];
  captionLines: number[];
  titleLine: number;
  notes: ArticleReading['notes'];
  /**
   * Its meetings whole, sentences included (about 14k at 10k articles): an undated meeting's id is
   * made from its first source's sentence (corpus-merge.ts), so the merge reads them.
   */
  meetings: ArticleMeeting[];
  quotes: StoredQuotes;
  unknown: ArticleFacts['unknown'];
  leaders: string[];
  /** The quote id memo's entry for it (quote-id-memo.ts): which statements became rows, and their ids. */
  quoteIds: [rows: string, ids: string];
  /** Whether its second reading changed nothing (empty-reread-memo.ts). */
  emptyReread: boolean;
}

/** A state read back: the header, and each article with its line's bytes (written again as they are when unchanged). */
export interface BuildState {
  header: StateHeader;
  byFile: Map<string, { article: StateArticle; line: Uint8Array }>;
}

/** Why a state was not used: absent or of another version (quietly), or damaged (said, with its path). */
export type StateLoad = { state: BuildState } | { ignored: 'absent' | 'stale' } | { damaged: string };

/**
 * Whether the state a build read and used may stay on disk as it is rather than be written for
 * this build: when it gave all but a {@link STATE_SLACK}th of this build's `articles`
 * (`fromState` of them), and holds no more than a {@link STATE_SLACK}th beyond those it gave
 * (`held` lines in all). An article it does not give is read from its stage cache entries, as
 * without a state, and a line it holds for an article this build does not have, or has changed,
 * is never used (an article is taken from its line only when the line's entry key is the one
 * this build computes for the file). So the next build takes the same articles from it and reads
 * the few others: at 10k articles an added one's build wrote the 37 MB again (0.1–0.3 s of its
 * main thread; docs/scale.md, "a fourteenth stop"), and reading a few articles' entries costs
 * about 0.2 ms each. Every article from the state and no other is the case where nothing changed.
 *
 * @example
 * stateStillFits(10_001, 10_000, 10_000); // true: one article added to 10k
 */
export function stateStillFits(articles: number, fromState: number, held: number): boolean {
  return cacheStillFits(articles, fromState, held);
}

/** The share of a build's articles its state may lack, or hold beyond them, and still be kept: 1/32, as for any kept cache. */
export const STATE_SLACK = CACHE_SLACK;

/**
 * The state in `file`, when it is of this format and code and was made with `engine`.
 *
 * @example
 * const load = loadBuildState(buildStateFile(cacheRoot, folderKey), engineVersion());
 * if ('damaged' in load) console.error(load.damaged); // names the file
 */
export function loadBuildState(file: string, engine: string, code = buildStateCodeVersion()): StateLoad {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { ignored: 'absent' };
  }
  const damaged = (why: string): StateLoad => ({ damaged: `leaderlens: the build state ${file} is damaged (${why}); reading every article from the stage cache instead` });
  const newline = bytes.indexOf(NEWLINE);
  let header: StateHeader;
  try {
    // The file is ASCII (see BUILD_STATE_FORMAT): latin1 reads it as it is, without decoding UTF-8.
    header = JSON.parse(bytes.toString('latin1', 0, newline === -1 ? bytes.length : newline)) as StateHeader;
  } catch {
    return damaged('its header is not JSON');
  }
  if (header === null || typeof header !== 'object') return damaged('its header is not an object');
  if (header.format !== BUILD_STATE_FORMAT || header.code !== code || header.engine !== engine) return { ignored: 'stale' };
  if (typeof header.registryHash !== 'string' || (header.widenedHash !== null && typeof header.widenedHash !== 'string') || typeof header.sha256 !== 'string') {
    return damaged('its header lacks a field');
  }
  const body = newline === -1 ? bytes.subarray(bytes.length) : bytes.subarray(newline + 1);
  if (createHash('sha256').update(body).digest('hex') !== header.sha256) return damaged('its articles do not match the checksum in its header');
  const byFile = new Map<string, { article: StateArticle; line: Uint8Array }>();
  if (body.length === 0) return { state: { header, byFile } };
  // One string of the whole body, cut at its newlines (its characters are its bytes).
  for (const text of body.toString('latin1').split('\n')) {
    let article: StateArticle;
    try {
      article = JSON.parse(text) as StateArticle;
    } catch {
      return damaged('an article line is not JSON');
    }
    if (!isStateArticle(article)) return damaged('an article line lacks a field');
    // A copy of its bytes: a view into the file's would keep all 38 MB of it (at 10k articles) for
    // the whole build, and the 10k + 1 build's peak was then about 150 MB higher.
    byFile.set(article.file, { article, line: Buffer.from(text, 'latin1') });
  }
  return { state: { header, byFile } };
}

const NEWLINE = 0x0a;

/**
 * Writes a state whole (temporary file, renamed into place); a state that cannot be written is left
 * out. A line is a string {@link stateLine} made (ASCII) or the bytes a loaded state read it from.
 */
export function writeBuildState(file: string, header: Omit<StateHeader, 'sha256' | 'format' | 'code'>, lines: readonly (string | Uint8Array)[], code = buildStateCodeVersion()): boolean {
  const parts: Uint8Array[] = [];
  const hash = createHash('sha256');
  for (const [i, line] of lines.entries()) {
    if (i > 0) parts.push(NEWLINE_BYTES);
    parts.push(typeof line === 'string' ? asciiBytes(line) : line);
  }
  for (const part of parts) hash.update(part);
  const full: StateHeader = { format: BUILD_STATE_FORMAT, code, ...header, sha256: hash.digest('hex') };
  return writeCacheFile(file, Buffer.concat([Buffer.from(`${JSON.stringify(full)}\n`, 'latin1'), ...parts]));
}

const NEWLINE_BYTES = Uint8Array.of(NEWLINE);

/** A line as bytes: JSON, so any character past ASCII (inside a string) can be written as its escape. */
function asciiBytes(line: string): Buffer {
  return Buffer.from(ASCII.test(line) ? line : line.replace(NON_ASCII, escape), 'latin1');
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * JSON as {@link JSON.stringify} writes it, with every character past ASCII as a `\\u` escape (each
 * UTF-16 unit of a pair on its own: JSON.parse joins them again): the same value read back.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(NON_ASCII, escape);
}

const NON_ASCII = /[\u0080-\uffff]/g;

function escape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * An article's line of the state, from its full reading and what the build made of it. `facts` is
 * the reading it was merged with (the second reading's where there was one).
 */
export function stateLine(
  at: { file: string; id: string; entryKey: string; today: string | null; keys: ReadingKeys; emptyReread: boolean; quoteIds: [string, string] },
  result: Extract<ArticleStageResult, { reading: unknown }>,
  facts: ArticleFacts,
): string {
  const { reading } = result;
  const article = {} as Record<string, unknown>;
  let chars = 0;
  for (const field of Object.keys(reading.article)) article[field] = field === 'paragraphs' ? null : (reading.article as unknown as Record<string, unknown>)[field];
  for (const p of reading.article.paragraphs) chars += p.text.length;
  const stored: StateArticle = {
    file: at.file,
    id: at.id,
    entryKey: at.entryKey,
    today: at.today,
    keys: at.keys,
    contentKey: result.contentKey,
    ...(result.headerProblems ? { headerProblems: result.headerProblems } : {}),
    article: article as StateArticle['article'],
    paragraphs: [reading.article.paragraphs.length, chars],
    captionLines: reading.captionLines,
    titleLine: reading.titleLine,
    notes: reading.notes,
    meetings: facts.meetings,
    quotes: storedQuotes(facts.quotes),
    unknown: facts.unknown,
    leaders: facts.leaders,
    quoteIds: explicitRows(at.quoteIds, facts.quotes.length),
    emptyReread: at.emptyReread,
  };
  return asciiJson(stored);
}

/**
 * The stage result the merge reads for a state article: its reading with its text empty (its
 * paragraphs none, its quotes' words and sentences ''). The merge
 * stage never reads those texts for an article whose quote rows and ids are given (quote-id-memo.ts);
 * the build puts the real text back, fetched when asked for (state-text.ts), before the index reads it.
 */
export function textlessResult(article: StateArticle): Extract<ArticleStageResult, { reading: unknown }> {
  // An article's quotes with the same speakers share their list, as parsed once (nothing changes a
  // quote's speakers after its reading; the export writes each list as its values).
  const { people, rows } = article.quotes;
  const quotes: ArticleQuote[] = new Array<ArticleQuote>(rows.length / QUOTE_COLUMNS);
  for (let i = 0, at = 0; at < rows.length; i++, at += QUOTE_COLUMNS) {
    const meeting = rows[at + 2]!;
    quotes[i] = { speakers: people[rows[at]!]!, text: '', kind: QUOTE_KINDS[rows[at + 1]!]!, meeting: meeting === -1 ? null : meeting, evidence: '', line: rows[at + 3]! };
  }
  const reading: ArticleReading = {
    article: { ...article.article, paragraphs: [] },
    captionLines: article.captionLines,
    titleLine: article.titleLine,
    facts: { meetings: article.meetings, quotes, unknown: article.unknown, leaders: article.leaders },
    notes: article.notes,
  };
  return { contentKey: article.contentKey, ...(article.headerProblems ? { headerProblems: article.headerProblems } : {}), reading };
}

/** An article's quotes as the state stores them: see {@link StoredQuotes}. */
function storedQuotes(quotes: readonly ArticleQuote[]): StoredQuotes {
  const people: string[][] = [];
  const listed = new Map<string, number>();
  const rows: number[] = [];
  for (const q of quotes) {
    // Joined by a character no leader id holds, to find a list already stored.
    const key = q.speakers.join('\n');
    let n = listed.get(key);
    if (n === undefined) {
      n = people.push(q.speakers) - 1;
      listed.set(key, n);
    }
    const kind = QUOTE_KINDS.indexOf(q.kind);
    if (kind === -1) throw new Error(`Leaderlens build state: a quote of kind "${q.kind}"`);
    rows.push(n, kind, q.meeting ?? -1, q.line, q.text.length, q.evidence.length);
  }
  return { people, rows };
}

/** Whether a line's quotes are columns {@link textlessResult} can read: every index in range, every number whole. */
function isStoredQuotes(q: unknown): q is StoredQuotes {
  if (q === null || typeof q !== 'object') return false;
  const { people, rows } = q as Partial<StoredQuotes>;
  if (!Array.isArray(people) || !Array.isArray(rows) || rows.length % QUOTE_COLUMNS !== 0) return false;
  if (!people.every((p) => Array.isArray(p) && p.every((id) => typeof id === 'string'))) return false;
  for (let at = 0; at < rows.length; at += QUOTE_COLUMNS) {
    for (let c = 0; c < QUOTE_COLUMNS; c++) if (!Number.isInteger(rows[at + c])) return false;
    if (rows[at]! < 0 || rows[at]! >= people.length || QUOTE_KINDS[rows[at + 1]!] === undefined || rows[at + 2]! < -1) return false;
  }
  return true;
}

/**
 * The memo's entry with its rows written out where it leaves them implicit ('' for rows 0, 1, …)
 * and the ids are fewer than the statements (the last ones repeated earlier ones): the memo then
 * reads '' as every statement and refuses the entry (quote-id-memo.ts), which the state must not.
 */
function explicitRows([rows, ids]: readonly [string, string], statements: number): [string, string] {
  const count = ids.length / QUOTE_ID_LENGTH;
  if (rows !== '' || count === statements) return [rows, ids];
  return [Array.from({ length: count }, (_, i) => i).join(','), ids];
}

/** The length of a quote id (stable-id.ts: 'q-' and 13 digits of base 36). */
const QUOTE_ID_LENGTH = 15;

function isStateArticle(a: unknown): a is StateArticle {
  if (a === null || typeof a !== 'object') return false;
  const s = a as Partial<StateArticle>;
  return (
    typeof s.file === 'string' &&
    typeof s.id === 'string' &&
    typeof s.entryKey === 'string' &&
    (s.today === null || typeof s.today === 'string') &&
    typeof s.keys?.reading === 'string' &&
    typeof s.keys.facts === 'string' &&
    typeof s.contentKey === 'string' &&
    typeof s.article === 'object' &&
    s.article !== null &&
    Array.isArray(s.paragraphs) &&
    Array.isArray(s.captionLines) &&
    typeof s.titleLine === 'number' &&
    Array.isArray(s.notes) &&
    Array.isArray(s.meetings) &&
    isStoredQuotes(s.quotes) &&
    Array.isArray(s.unknown) &&
    Array.isArray(s.leaders) &&
    Array.isArray(s.quoteIds) &&
    typeof s.quoteIds[0] === 'string' &&
    typeof s.quoteIds[1] === 'string' &&
    typeof s.emptyReread === 'boolean'
  );
}
