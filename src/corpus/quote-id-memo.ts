/**
 * The quote ids of each article remembered across builds (as the search documents' words are,
 * index-data/search-word-memo.ts): an incremental build at 10k articles made 280k ids again by
 * hashing every quote's text (stable-id.ts), about a quarter of the merge, for one added article.
 * Node-only.
 *
 * An article's quote rows and their ids (before `uniqueIds`) are a function of its id and its
 * statements alone (quote-rows.ts: `keptStatements`, `quoteIdOf`), and its statements are fixed by
 * the stage cache's key of the reading its facts come from (corpus-merge.ts, `ReadingKeys.facts`:
 * equal keys, equal readings, which the stage cache itself relies on). So an entry is kept under
 * the article's id and that key, and under the version of the code that makes them (quote-rows.ts
 * and every module it loads, engine-version.ts, and the memo's format): another version's memo is not read at all. An entry
 * that does not fit the article's statements (rows out of range or out of order, ids not ids) is
 * not used; the ids are made from the text as without a memo.
 *
 * One memo file per corpus folder (the caller names it), holding the articles of the last build.
 */
import { readFileSync } from 'node:fs';
import { writeCacheFile } from '../files/write-cache-file';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { engineVersion } from './engine-version';

const QUOTE_ROWS_CODE = join(dirname(fileURLToPath(import.meta.url)), 'quote-rows.ts');

/** Bump when the file's layout changes. */
const FORMAT = 1;

/** What an article's statements gave: the statements kept as rows, by index, and their ids in the same order. */
export interface ArticleQuoteIds {
  rows: readonly number[];
  ids: readonly string[];
}

/** An entry as stored: rows ("" for the first statements in order, as many as there are ids, else their indices joined by commas) and the ids end to end. */
type StoredEntry = [rows: string, ids: string];

/** A quote id (stable-id.ts): "q-" and 13 base-36 digits. */
const ID_LENGTH = 15;
const IDS = /^(?:q-[0-9a-z]{13})*$/;

/**
 * The memo of one corpus folder's quote ids: {@link get} reads the last build's, {@link set}
 * notes this build's, {@link save} writes this build's (the articles no longer there are dropped).
 *
 * @example
 * const memo = QuoteIdMemo.load(file);
 * memo.get('bai-1', factsKey, 12); // { rows, ids } the last build made of the same statements, or undefined
 * memo.set('bai-1', factsKey, { rows, ids });
 * memo.save();
 */
export class QuoteIdMemo {
  private readonly next = new Map<string, StoredEntry>();
  private changed: boolean;
  /** Articles whose ids the last build's memo gave. */
  hits = 0;

  private constructor(
    private readonly file: string | null,
    private readonly version: string,
    private readonly known: Map<string, unknown>,
  ) {
    this.changed = known.size === 0;
  }

  /** The memo in `file`; an absent, unreadable or other version's one is empty. Null: remember nothing. */
  static load(file: string | null, version = quoteIdCodeVersion()): QuoteIdMemo {
    let known = new Map<string, unknown>();
    if (file !== null) {
      try {
        const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; articles?: unknown };
        if (parsed.version === version && typeof parsed.articles === 'object' && parsed.articles !== null && !Array.isArray(parsed.articles)) {
          known = new Map(Object.entries(parsed.articles));
        }
      } catch {
        // No memo yet, or a damaged one: every id is made, and the memo written afresh.
      }
    }
    return new QuoteIdMemo(file, version, known);
  }

  /**
   * The rows and ids the last build made of the article `articleId` whose facts have the key
   * `factsKey` and `statements` statements; undefined when it did not, or its entry does not fit.
   */
  get(articleId: string, factsKey: string, statements: number): ArticleQuoteIds | undefined {
    const key = `${articleId}\t${factsKey}`;
    const entry = this.known.get(key);
    if (!Array.isArray(entry) || entry.length !== 2) return undefined;
    const [rowText, idText] = entry as unknown[];
    if (typeof rowText !== 'string' || typeof idText !== 'string' || idText.length % ID_LENGTH !== 0 || !IDS.test(idText)) return undefined;
    const count = idText.length / ID_LENGTH;
    // "": the first `count` statements, in order (the last ones may have been left out as repeats).
    const rows = rowText === '' ? (count <= statements ? Array.from({ length: count }, (_, i) => i) : null) : parseRows(rowText, statements);
    if (rows === null || rows.length !== count) return undefined;
    const ids: string[] = new Array<string>(count);
    for (let i = 0; i < count; i++) ids[i] = idText.slice(i * ID_LENGTH, (i + 1) * ID_LENGTH);
    this.next.set(key, [rowText, idText]);
    this.hits++;
    this.given.add(key);
    return { rows, ids };
  }

  /** Keys (`articleId` tab `factsKey`) of the articles {@link get} answered in this build. */
  private readonly given = new Set<string>();

  /**
   * Makes `entry` (as {@link entryOf} gave it) the last build's for the article: the build state
   * (build-state.ts) keeps each article's entry, so an article taken from it has its rows and ids
   * whatever became of this memo's file.
   */
  prime(articleId: string, factsKey: string, entry: readonly [string, string]): void {
    const key = `${articleId}\t${factsKey}`;
    const old = this.known.get(key);
    // A memo file that lacked it (or held another) is written again.
    if (!Array.isArray(old) || old[0] !== entry[0] || old[1] !== entry[1]) this.changed = true;
    this.known.set(key, [entry[0], entry[1]]);
  }

  /** Whether {@link get} answered for the article in this build (its rows and ids were not made from its text). */
  gave(articleId: string, factsKey: string): boolean {
    return this.given.has(`${articleId}\t${factsKey}`);
  }

  /** The entry this build keeps for the article, as stored (for the build state); undefined when it has none. */
  entryOf(articleId: string, factsKey: string): [string, string] | undefined {
    const entry = this.next.get(`${articleId}\t${factsKey}`);
    return entry === undefined ? undefined : [entry[0], entry[1]];
  }

  /** Notes what this build made of an article, for the next build. */
  set(articleId: string, factsKey: string, made: ArticleQuoteIds): void {
    const identity = made.rows.every((row, i) => row === i);
    this.next.set(`${articleId}\t${factsKey}`, [identity ? '' : made.rows.join(','), made.ids.join('')]);
    this.changed = true;
  }

  /** Writes this build's articles (to a temporary file, renamed into place), unless they are the last build's. */
  save(): void {
    if (this.file === null || (!this.changed && this.next.size === this.known.size)) return;
    writeCacheFile(this.file, JSON.stringify({ version: this.version, articles: Object.fromEntries(this.next) }));
  }
}

/** Indices joined by commas, ascending and below `statements`; null otherwise. */
function parseRows(text: string, statements: number): number[] | null {
  const rows: number[] = [];
  let last = -1;
  for (const part of text.split(',')) {
    const row = Number(part);
    if (!/^\d+$/.test(part) || row <= last || row >= statements) return null;
    rows.push(row);
    last = row;
  }
  return rows;
}

/** The version of the code that makes what the memo holds (quote-rows.ts and every module it loads) and of the file's format. */
export function quoteIdCodeVersion(): string {
  return `${FORMAT}-${engineVersion(QUOTE_ROWS_CODE)}`;
}
