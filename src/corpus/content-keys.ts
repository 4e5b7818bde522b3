/**
 * Keys of the build's articles and meetings that change whenever the JSON the index holds of them
 * would, made without serialising their long text: the index stage keys each shard of the index
 * folder by the keys of what it holds, and a shard whose key the previous build saw is not made
 * again (index-layout.ts). At 10k articles the folder is about 300 MB of JSON; an added article
 * changes a few shards of it.
 *
 * An article's key covers the article and every quote made of it: its short fields, the stage
 * cache's keys of its readings in place of its text and of the statements its quotes were cut from
 * (build-types.ts, `BuildProvenance`; equal cache keys, equal readings: the stage cache relies on
 * the same), and what the merge gave each quote (its id, meeting and date). A meeting's key covers
 * its short fields and, for each source, the reading and the place in it its telling came from.
 * Per article rather than per quote: a quarter of a million quotes each given a key of its own took
 * more than a second to key, twice (card shards and result shards).
 *
 * The fields are named here one by one, so an item with a field this module does not know gets no
 * key and the shard holding it is made: a field added to the export later costs time, never a stale
 * shard (tests/corpus/content-keys.test.ts names the fields too).
 */
import { hash as digest } from 'node:crypto';
import type { ExportMeeting, ExportQuote } from '../model/export-types';
import type { BuildProvenance, CorpusBuild } from './build-types';
import { withoutField } from '../index-data/known-lengths';

/** See the module comment. Undefined for an item the build cannot vouch for: the file holding it is made. */
export interface ContentKeys {
  /** Of an article (`BuiltArticle`, `IndexArticle`) and every quote made of it. */
  article(id: string): string | undefined;
  /** Of a meeting, the articles its sources cite aside. */
  meeting(id: string): string | undefined;
}

/** The fields of an export quote, meeting and meeting source this module accounts for. */
export const QUOTE_FIELDS: readonly string[] = ['id', 'speakers', 'text', 'kind', 'articleId', 'meetingId', 'date', 'evidence'];
export const MEETING_FIELDS: readonly string[] = ['id', 'participants', 'date', 'dateInferred', 'place', 'kind', 'sources', 'dateEnd', 'approxDate', 'others'];
export const SOURCE_FIELDS: readonly string[] = ['articleId', 'status', 'evidence'];

/**
 * The keys of a build's articles and meetings, or undefined for a build without provenance (the
 * plain, one-thread build keeps no cache keys).
 *
 * @example
 * const keys = contentKeysOf(build);
 * keys?.article('bai-1'); // 32 hex digits, the same while the article, its readings and its quotes are
 */
export function contentKeysOf(build: CorpusBuild): ContentKeys | undefined {
  const provenance = build.provenance;
  if (!provenance) return undefined;
  // Made when first asked for: the index stage hands its search thread the documents (which need
  // the meetings' keys only) before it keys the shards, so the 280k quotes' parts are made while
  // that thread works (index-layout.ts, cli/search-thread.ts).
  let articles: Map<string, string | undefined> | undefined;
  const articleKeys = (): Map<string, string | undefined> => (articles ??= articleKeysOf(build, provenance));
  const meetings = new Map<string, string | undefined>();
  for (const meeting of build.data.meetings) meetings.set(meeting.id, meetingKey(meeting, provenance.meetingRows.get(meeting.id), (id) => provenance.articles.get(id)?.facts));
  return {
    article: (id) => articleKeys().get(id),
    meeting: (id) => meetings.get(id),
  };
}

/** Each article's key: its short fields, its readings' keys and its quotes' parts (see the module comment). */
function articleKeysOf(build: CorpusBuild, provenance: BuildProvenance): Map<string, string | undefined> {
  // What each article's quotes add to its key, in the order the build made them.
  const quoteParts = new Map<string, string[] | null>();
  // A build's rows are its quotes' in order (build-types.ts): one list, or none to vouch for.
  const rows = provenance.quoteRows.length === build.data.quotes.length ? provenance.quoteRows : [];
  for (const [i, quote] of build.data.quotes.entries()) {
    let parts = quoteParts.get(quote.articleId);
    if (parts === null) continue;
    const part = quotePart(quote, rows[i]);
    if (part === undefined) {
      quoteParts.set(quote.articleId, null);
      continue;
    }
    if (parts === undefined) quoteParts.set(quote.articleId, (parts = []));
    parts.push(part);
  }
  const articles = new Map<string, string | undefined>();
  for (const article of build.articles) {
    const keys = provenance.articles.get(article.id);
    const quotes = quoteParts.get(article.id);
    if (keys === undefined || quotes === null) {
      articles.set(article.id, undefined);
      continue;
    }
    // The fields but the text, without reading it (an article of the build state fetches it: state-text.ts).
    const short = withoutField(article, 'paragraphs');
    articles.set(article.id, hash([JSON.stringify(short), keys.reading, keys.facts, ...(quotes ?? [])]));
  }
  return articles;
}

/**
 * A quote's part of its article's key: what the merge gave it. Its words, speakers, kind and
 * sentence are the statement's at `row` of the article's facts, which the facts key covers.
 */
function quotePart(quote: ExportQuote, row: number | undefined): string | undefined {
  // Every quote has all its fields (null where there is none): counting them is enough to see one
  // this module does not know, and costs less than naming them at a quarter of a million.
  if (row === undefined || fieldCount(quote) !== QUOTE_FIELDS.length) return undefined;
  // Ids and dates hold no tab.
  return `${quote.id}\t${quote.meetingId ?? ''}\t${quote.date ?? ''}\t${row}`;
}

function meetingKey(meeting: ExportMeeting, rows: readonly number[] | undefined, factsOf: (articleId: string) => string | undefined): string | undefined {
  if (rows === undefined || rows.length !== meeting.sources.length || !knownFields(meeting, MEETING_FIELDS)) return undefined;
  const { id, participants, date, dateInferred, place, kind, dateEnd, approxDate, others } = meeting;
  const parts = [JSON.stringify([id, participants, date, dateInferred, place, kind, dateEnd ?? null, approxDate ?? null, others ?? null])];
  for (const [i, source] of meeting.sources.entries()) {
    const facts = factsOf(source.articleId);
    if (facts === undefined || !knownFields(source, SOURCE_FIELDS)) return undefined;
    // A source's status and evidence are its telling's, at that row of the article's facts.
    parts.push(`${source.articleId}\t${facts}\t${rows[i]!}`);
  }
  return hash(parts);
}

function hash(parts: readonly string[]): string {
  // The one-call hash: 24k keys a build, each a Hash object less (the same digest).
  return digest('sha256', parts.join('\n'), 'hex').slice(0, 32);
}

/**
 * The fields `for…in` counts on `item`, as its own enumerable ones and its prototype's (counted
 * once per prototype): the quotes of state articles carry two of theirs on the prototype
 * (corpus/state-text.ts), where `for…in` has no cache to go by and took a tenth of a second or more
 * over 280k of them. An own field shadowing an inherited one counts twice here: a count this
 * module does not expect, so the quote gets no key and its shards are made.
 */
function fieldCount(item: object): number {
  const prototype = Object.getPrototypeOf(item) as object | null;
  let inherited = prototype === Object.prototype || prototype === null ? 0 : inheritedFields.get(prototype);
  if (inherited === undefined) {
    inherited = 0;
    for (const _field in Object.create(prototype) as object) inherited++;
    inheritedFields.set(prototype!, inherited);
  }
  return Object.keys(item).length + inherited;
}

const inheritedFields = new WeakMap<object, number>();

/** Whether every own field of `item` is one of `fields`. */
function knownFields(item: object, fields: readonly string[]): boolean {
  for (const field in item) if (!fields.includes(field)) return false;
  return true;
}
