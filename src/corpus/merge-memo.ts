/**
 * The last build's merged meetings, kept so that a build which only adds articles after the last
 * one in file order resumes the merge instead of merging every telling again (merge-meetings.ts,
 * `MeetingMerge.resume`). At 10k articles the meeting merge is about half a second of an added
 * article's build; resumed, only the added articles' tellings are merged. Node-only.
 *
 * Why a resume and not a re-merge of the meetings the changed articles touch: the merge is
 * sequential and order-dependent (the earliest-made matching meeting wins, and a merged meeting's
 * date, kind and participants change what later tellings match), so a telling's outcome depends
 * on every telling before it in file order, and an undated meeting is a candidate for every later
 * telling of its participants whatever its day. Tellings appended after the last one meet exactly
 * the meetings the last merge ended with; a change anywhere else changes what the tellings after it
 * met, and the build merges every telling again (the same code, the same bytes).
 *
 * What is kept, per corpus folder (the caller names the file): the articles of the last build in
 * file order, each with the stage cache's key of the reading its facts come from (corpus-merge.ts,
 * `ReadingKeys.facts`: equal keys, equal facts, which the stage cache itself relies on), and each
 * merged meeting's merged fields with its sources as (article, telling) places. It is used only
 * when those articles, with those keys, are the first articles of this build; under the version of
 * the merge's code (merge-meetings.ts, corpus-merge.ts and what they load, engine-version.ts) and
 * the key the caller gives (the registry's and the widened registry's hashes); whole or not at all
 * (write-cache-file.ts), with the sha256 of its body in its first line. A memo that is missing,
 * of other code, damaged, or whose meetings do not account for every telling of those articles
 * exactly once, in the order a merge makes them, is not used: the merge runs over every telling.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCacheFile } from '../files/write-cache-file';
import type { ArticleMeeting, MeetingWhen } from './analyse-article';
import { engineVersion } from './engine-version';
import { MeetingMerge, type MergedMeeting } from './merge-meetings';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Bump when the file's layout changes. */
const FORMAT = 1;

/** An article as the merge reads it: its id, date, facts' key and the meetings it tells, in file order. */
export interface ToldArticle {
  id: string;
  date: string | null;
  /** The stage cache's key of the reading its facts come from. */
  facts: string;
  meetings: readonly ArticleMeeting[];
}

/** A merged meeting as stored: its merged fields, and its sources as article place and telling index, end to end. */
type StoredMeeting = [kind: string, participants: string[], others: string[], when: MeetingWhen, place: string | null, sources: number[]];

interface StoredBody {
  articles: [id: string, facts: string][];
  meetings: StoredMeeting[];
}

/**
 * One corpus folder's merge memo: {@link resume} goes on from the last build's merge where it can,
 * {@link remember} notes this build's, {@link save} writes it when it changed.
 *
 * @example
 * const memo = MergeMemo.load(file, `${registryHash}|${widenedHash}`);
 * const resumed = memo.resume(told); // { merge, from } or null
 * memo.remember(told, merged);
 * memo.save();
 */
export class MergeMemo {
  private next: string | null = null;
  /** Articles whose tellings the last build's merge gave in this build (0: merged from scratch). */
  resumed = 0;

  private constructor(
    private readonly file: string | null,
    private readonly header: string,
    private readonly known: StoredBody | null,
  ) {}

  /** The memo in `file`, for merges under `key`; an absent, damaged or other version's one gives nothing. Null file: remember nothing. */
  static load(file: string | null, key: string, version = mergeMemoCodeVersion()): MergeMemo {
    const header = JSON.stringify({ format: FORMAT, version, key });
    let known: StoredBody | null = null;
    if (file !== null) {
      try {
        const text = readFileSync(file, 'utf8');
        const cut = text.indexOf('\n');
        const first = text.indexOf('\n', cut + 1);
        const body = text.slice(first + 1);
        if (cut > 0 && first > cut && text.slice(0, cut) === header && text.slice(cut + 1, first) === sha256(body)) {
          const parsed = JSON.parse(body) as unknown;
          if (isStoredBody(parsed)) known = parsed;
        }
      } catch {
        // No memo yet, or one that cannot be read: the merge runs over every telling.
      }
    }
    return new MergeMemo(file, header, known);
  }

  /**
   * The last build's merge, to go on with the tellings of `articles[from]` onwards; null when the
   * last build's articles (ids and facts' keys) are not the first of `articles`, or its meetings
   * do not fit their tellings. The meetings are made afresh from the memo (sources pointing at
   * this build's tellings), so the caller may change them.
   */
  resume(articles: readonly ToldArticle[]): { merge: MeetingMerge; from: number } | null {
    const known = this.known;
    if (known === null || known.articles.length > articles.length) return null;
    for (let i = 0; i < known.articles.length; i++) {
      const [id, facts] = known.articles[i]!;
      if (articles[i]!.id !== id || articles[i]!.facts !== facts) return null;
    }
    const meetings = restoreMeetings(known.meetings, articles, known.articles.length);
    if (meetings === null) return null;
    this.resumed = known.articles.length;
    return { merge: MeetingMerge.resume(meetings), from: known.articles.length };
  }

  /** Notes this build's merge of `articles`' tellings (`merged`, in the order they were made), for the next build. */
  remember(articles: readonly ToldArticle[], merged: readonly MergedMeeting[]): void {
    const known = this.known;
    // Nothing changed: the memo on disk is this build's already.
    if (known !== null && this.resumed === articles.length && known.articles.length === articles.length) {
      this.next = null;
      return;
    }
    const place = new Map<string, number>();
    articles.forEach((a, i) => place.set(a.id, i));
    const body: StoredBody = {
      articles: articles.map((a) => [a.id, a.facts]),
      meetings: merged.map((m) => [m.kind, m.participants, m.others, m.when, m.place, m.sources.flatMap((s) => [place.get(s.articleId)!, s.index])]),
    };
    this.next = JSON.stringify(body);
  }

  /** Writes what {@link remember} noted (to a temporary file, renamed into place), unless it is the last build's. */
  save(): void {
    if (this.file === null || this.next === null) return;
    writeCacheFile(this.file, `${this.header}\n${sha256(this.next)}\n${this.next}`);
  }
}

/**
 * The stored meetings with their sources bound to this build's tellings, or null unless they are
 * a merge's of the first `count` articles' tellings: every telling exactly once, each meeting's
 * sources in file order, the meetings in the order of their first sources (the order a merge makes
 * them in), every field of the type it has.
 */
function restoreMeetings(stored: readonly StoredMeeting[], articles: readonly ToldArticle[], count: number): MergedMeeting[] | null {
  let tellings = 0;
  for (let i = 0; i < count; i++) tellings += articles[i]!.meetings.length;
  const seen = articles.slice(0, count).map((a) => new Uint8Array(a.meetings.length));
  const meetings: MergedMeeting[] = [];
  let lastFirst = -1;
  let sourced = 0;
  for (const [kind, participants, others, when, place, sources] of stored) {
    if (sources.length === 0 || sources.length % 2 !== 0) return null;
    const list: MergedMeeting['sources'] = [];
    let last = -1;
    for (let j = 0; j < sources.length; j += 2) {
      const [at, index] = [sources[j]!, sources[j + 1]!];
      const article = at < count ? articles[at] : undefined;
      const meeting = article?.meetings[index];
      if (article === undefined || meeting === undefined || seen[at]![index] !== 0) return null;
      const order = at * 2 ** 20 + index;
      if (order <= last) return null;
      last = order;
      seen[at]![index] = 1;
      list.push({ articleId: article.id, articleDate: article.date, index, meeting });
    }
    const first = sources[0]! * 2 ** 20 + sources[1]!;
    if (first <= lastFirst) return null;
    lastFirst = first;
    sourced += list.length;
    meetings.push({ kind: kind as MergedMeeting['kind'], participants: [...participants], others: [...others], when: { ...when }, place, sources: list });
  }
  return sourced === tellings ? meetings : null;
}

function isStoredBody(value: unknown): value is StoredBody {
  if (typeof value !== 'object' || value === null) return false;
  const { articles, meetings } = value as Partial<Record<keyof StoredBody, unknown>>;
  if (!Array.isArray(articles) || !Array.isArray(meetings)) return false;
  for (const a of articles) if (!Array.isArray(a) || a.length !== 2 || typeof a[0] !== 'string' || typeof a[1] !== 'string') return false;
  for (const m of meetings) {
    if (!Array.isArray(m) || m.length !== 6) return false;
    const [kind, participants, others, when, place, sources] = m as unknown[];
    if (typeof kind !== 'string' || !isStrings(participants) || !isStrings(others) || !isWhen(when)) return false;
    if (place !== null && typeof place !== 'string') return false;
    if (!Array.isArray(sources) || !sources.every((n) => Number.isInteger(n) && (n as number) >= 0 && (n as number) < 2 ** 20)) return false;
  }
  return true;
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isWhen(value: unknown): value is MeetingWhen {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const w = value as Record<string, unknown>;
  const day = (v: unknown) => v === undefined || v === null || typeof v === 'string';
  return day(w.date) && day(w.dateEnd) && day(w.approx) && (w.inferred === undefined || typeof w.inferred === 'boolean');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

let codeVersion: string | undefined;

/**
 * The version of the code that makes what the memo holds: the merge stage, which hands the meeting
 * merge its tellings (corpus-merge.ts), and every module it loads (the meeting merge and this file
 * among them), with this file's format. Made once per process.
 */
export function mergeMemoCodeVersion(): string {
  codeVersion ??= `${FORMAT}-${engineVersion(join(HERE, 'corpus-merge.ts'))}`;
  return codeVersion;
}
