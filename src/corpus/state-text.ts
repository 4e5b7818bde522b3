/**
 * The text of the articles a build took from its build state (build-state.ts), fetched from their
 * stage cache entries only when something reads it: the merge runs over their readings without
 * text and makes their quotes with getters that fetch the words ({@link stateQuoteMaker}), and
 * {@link restoreText} gives their articles such getters. An added article's build then makes the
 * few shards it changes with the text of the articles they hold, and parses nothing of the rest.
 * The items carry their texts' lengths (index-data/known-lengths.ts), so weighing the shards
 * fetches nothing.
 *
 * The items are the ones the merge would make, field for field and in the same order, with the
 * texts as getters: `JSON.stringify` and `for…in` see the same object (tests/corpus/state-text.test.ts).
 * A fetched reading that does not fit what the state says of it (an entry gone from the cache, or
 * a count or a length that differs) throws {@link StateTextMissing}: the index stage then builds
 * again from the readings (cli/run-build-index.ts).
 */
import type { ExportQuote } from '../model/export-types';
import { KNOWN_LENGTHS, type KnownLengths } from '../index-data/known-lengths';
import type { ArticleFacts } from './analyse-article';
import { readParagraphs, type ArticleReading } from './article-stage';
import type { BuiltArticle, CorpusBuild } from './build-types';
import { storedQuoteCount, storedQuoteLengths, type StateArticle } from './build-state';
import type { QuoteMaker } from './corpus-merge';
import { unpackFacts, unpackResult } from './reading-pack';
import type { StageCache } from './stage-cache';
import { cachedRead, cachedReread } from './stage-keys';

/** A state article's text could not be fetched as the state describes it: the build must read the articles again. */
export class StateTextMissing extends Error {}

/**
 * A quote's words (and sentence, where known) that need not be fetched: what the previous build
 * wrote of the quote of this id, made from the same readings of the same article (the caller vouches
 * for that: cli/shard-texts.ts). Used only for a quote of that article.
 */
export interface KnownText {
  articleId: string;
  text: string;
  evidence?: string;
}

/** The known texts of the shard being made ({@link withKnownText}), by quote id; null outside one. */
let known: ReadonlyMap<string, KnownText> | null = null;
/** Quotes whose words or sentence were read from {@link known} rather than fetched, so far. */
let knownUsed = 0;

/**
 * Runs `make` (a shard being made) with `texts` given to the state articles' quotes it reads:
 * a quote whose id and article are there takes its words and sentence from there, and its article's
 * entries are not fetched for it.
 */
export function withKnownText<T>(texts: ReadonlyMap<string, KnownText>, make: () => T): T {
  const before = known;
  known = texts.size === 0 ? before : texts;
  try {
    return make();
  } finally {
    known = before;
  }
}

/** How many quotes took their words or sentence from known texts so far (for the build's stats). */
export function knownTextsUsed(): number {
  return knownUsed;
}

function knownOf(quote: { id: string; articleId: string }): KnownText | undefined {
  const k = known?.get(quote.id);
  return k !== undefined && k.articleId === quote.articleId ? k : undefined;
}

/**
 * Articles whose readings are kept once fetched: an added article's 10k build made 4 card shards
 * and 14 result chunks of 1,617 articles, fetched 3,733 times when 256 were kept (0.9 s), once each
 * when all were (about 40 MB more).
 */
const RECENT = 2048;

/** Fetches state articles' readings from the stage cache, keeping the last few. */
export class StateText {
  private readonly recent = new Map<StateArticle, { reading: ArticleReading; facts: ArticleFacts }>();
  /** Articles fetched so far (a measure of what an incremental build read). */
  fetched = 0;

  constructor(
    private readonly cache: StageCache,
    private readonly today: string,
  ) {}

  /** The reading and the facts (the second reading's where there was one) of a state article. */
  of(article: StateArticle): { reading: ArticleReading; facts: ArticleFacts } {
    const hit = this.recent.get(article);
    if (hit !== undefined) return hit;
    const missing = (why: string) => new StateTextMissing(`leaderlens: ${article.file}: ${why} (the build state's text of it could not be fetched)`);
    const read = cachedRead(this.cache, article.entryKey, article.today ?? this.today);
    if (read === undefined || read.key !== article.keys.reading) throw missing('its stage cache entry is gone');
    const result = unpackResult(read.result);
    if (!('reading' in result)) throw missing('its stage cache entry is not a reading');
    let facts = result.reading.facts;
    if (article.keys.facts !== article.keys.reading) {
      const again = cachedReread(this.cache, article.keys.facts);
      if (again === undefined) throw missing('its second reading is gone from the stage cache');
      if (again.facts !== null) facts = unpackFacts(again.facts, readParagraphs(result.reading));
    }
    if (!fits(article, result.reading, facts)) throw missing('its stage cache entries do not match the build state');
    const loaded = { reading: result.reading, facts };
    this.recent.set(article, loaded);
    this.fetched++;
    if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
    return loaded;
  }
}

/** Whether a fetched reading has the counts and lengths the state keeps of it. */
function fits(article: StateArticle, reading: ArticleReading, facts: ArticleFacts): boolean {
  if (facts.quotes.length !== storedQuoteCount(article) || facts.meetings.length !== article.meetings.length) return false;
  if (reading.article.paragraphs.length !== article.paragraphs[0]) return false;
  for (let i = 0; i < facts.quotes.length; i++) {
    const { text, evidence } = storedQuoteLengths(article, i)!;
    if (facts.quotes[i]!.text.length !== text || facts.quotes[i]!.evidence.length !== evidence) return false;
  }
  return true;
}

/**
 * The merge's maker of state articles' quotes (corpus-merge.ts, `quoteMaker`): a quote of an
 * article in `states` (by article id) is made as one whose words and sentence are fetched through
 * `text` when read, from the statement of its row; the merge makes the others. Each quote is made
 * once: the merge made a plain quote of every row and {@link restoreText} a second one of each
 * state article's until the thirteenth stop of docs/scale.md (284k quotes twice at 10k).
 */
export function stateQuoteMaker(states: ReadonlyMap<string, StateArticle>, text: StateText): QuoteMaker {
  return (id, row, factRow) => {
    const state = states.get(row.articleId);
    return state === undefined ? undefined : lazyQuote(id, row, state, factRow, text);
  };
}

/**
 * Gives the articles of `build` that come from state articles (by article id in `states`) their
 * text back, as getters fetching it through `text` (meetings are kept whole in the state). Their
 * quotes are the merge's, made by {@link stateQuoteMaker}: a quote of a state article that is not
 * one of those (a merge not given the maker) would have no words, and throws {@link StateTextMissing}.
 */
export function restoreText(build: CorpusBuild, states: ReadonlyMap<string, StateArticle>, text: StateText): void {
  for (const q of build.data.quotes) {
    if (!(q instanceof StateQuote) && states.has(q.articleId)) throw new StateTextMissing(`leaderlens: the merge made a quote of ${q.articleId} without its text (no state quote maker)`);
  }
  build.articles = build.articles.map((a) => {
    const state = states.get(a.id);
    return state === undefined ? a : lazyArticle(a, state, text);
  });
}

/** The article with its paragraphs fetched when read, in its place among the fields. */
function lazyArticle(article: BuiltArticle, state: StateArticle, text: StateText): BuiltArticle {
  const lazy = {} as BuiltArticle;
  for (const field of Object.keys(article)) {
    if (field === 'paragraphs') {
      Object.defineProperty(lazy, field, { get: () => text.of(state).reading.article.paragraphs, enumerable: true, configurable: true });
    } else {
      (lazy as unknown as Record<string, unknown>)[field] = (article as unknown as Record<string, unknown>)[field];
    }
  }
  Object.defineProperty(lazy, KNOWN_LENGTHS, { value: { paragraphs: state.paragraphs } });
  return lazy;
}

/**
 * A quote of a state article: its short fields its own, its words and sentence fetched when read.
 * One object a quote, none per getter: at 280k quotes, literals with two getters each (closures)
 * cost about half a second and 100 MB more. What readers see is the merge's quote:
 * - `text` and `evidence` are getters on the prototype, enumerable, so `for…in` counts the eight
 *   fields (corpus/content-keys.ts counts them);
 * - `toJSON` gives the fields in the merge's order (corpus-merge.ts, assemble), so
 *   `JSON.stringify` writes the same bytes;
 * - the lengths are known without fetching (index-data/known-lengths.ts).
 * `Object.keys` and a spread see only the own six: nothing in the index stage copies a quote so.
 */
class StateQuote {
  readonly #state: StateArticle;
  readonly #row: number;
  readonly #text: StateText;

  constructor(
    readonly id: string,
    readonly speakers: string[],
    readonly kind: ExportQuote['kind'],
    readonly articleId: string,
    readonly meetingId: string | null,
    readonly date: string | null,
    state: StateArticle,
    row: number,
    text: StateText,
  ) {
    this.#state = state;
    this.#row = row;
    this.#text = text;
  }

  declare readonly text: string;
  declare readonly evidence: string;

  get [KNOWN_LENGTHS](): KnownLengths {
    return storedQuoteLengths(this.#state, this.#row)!;
  }

  /** The statement it was made from, fetched. */
  statement(): { text: string; evidence: string } {
    return this.#text.of(this.#state).facts.quotes[this.#row]!;
  }

  toJSON(): ExportQuote {
    const k = knownOf(this);
    const { text, evidence } = k?.evidence !== undefined ? (knownUsed++, k as Required<KnownText>) : this.statement();
    return {
      id: this.id,
      speakers: this.speakers,
      text,
      kind: this.kind,
      articleId: this.articleId,
      meetingId: this.meetingId,
      date: this.date,
      evidence,
    } satisfies { [K in keyof ExportQuote]-?: unknown };
  }
}
for (const field of ['text', 'evidence'] as const) {
  Object.defineProperty(StateQuote.prototype, field, {
    get(this: StateQuote) {
      const k = knownOf(this)?.[field];
      if (k !== undefined) {
        knownUsed++;
        return k;
      }
      return this.statement()[field];
    },
    enumerable: true,
    configurable: true,
  });
}

function lazyQuote(id: string, q: Omit<ExportQuote, 'id'>, state: StateArticle, row: number, text: StateText): ExportQuote {
  if (storedQuoteLengths(state, row) === undefined) throw new StateTextMissing(`leaderlens: ${state.file}: quote row ${row} is not in the build state`);
  return new StateQuote(id, q.speakers, q.kind, q.articleId, q.meetingId, q.date, state, row, text);
}
