import type { ArticleMeeting, MeetingWhen } from './analyse-article';
import { moreSpecificKind } from './meeting-kinds';
import { periodDays, sameMeeting, UNDATED_WINDOW_DAYS } from './same-meeting';

/** A meeting as one article tells it, with that article's id and date. */
export interface SourcedMeeting {
  articleId: string;
  articleDate: string | null;
  /** Index of the meeting inside its article. */
  index: number;
  meeting: ArticleMeeting;
}

/** One meeting of the corpus, told by one or more articles. */
export interface MergedMeeting {
  kind: ArticleMeeting['kind'];
  participants: string[];
  others: string[];
  when: MeetingWhen;
  place: string | null;
  sources: SourcedMeeting[];
}

/**
 * Merges the meetings all articles tell into the corpus's meetings: the same meeting told by two
 * articles is one meeting with two sources. Two meetings of one article stay two (the article
 * already told them apart).
 */
export function mergeMeetings(items: readonly SourcedMeeting[]): MergedMeeting[] {
  const merge = new MeetingMerge();
  for (const item of items) merge.add(item);
  return merge.meetings;
}

/**
 * The merge of {@link mergeMeetings} one telling at a time, so that it can go on from where an
 * earlier merge ended ({@link MeetingMerge.resume}). The merge is sequential and order-dependent
 * (the earliest-made matching meeting wins, and a merged meeting's date, kind and participants
 * change what later tellings match), so the only state a telling meets is the meetings made of the
 * tellings before it. Tellings appended after the last one of an earlier merge therefore meet
 * exactly that merge's meetings: an incremental build that only adds articles at the end of the
 * file order resumes the last build's merge instead of merging every telling again (merge-memo.ts).
 *
 * @example
 * const merge = MeetingMerge.resume(lastBuildsMeetings);
 * for (const item of addedTellings) merge.add(item);
 * merge.meetings; // what mergeMeetings gives for all the tellings in order
 */
export class MeetingMerge {
  /** The meetings made so far, in the order they were made. */
  readonly meetings: MergedMeeting[] = [];
  // Candidates share a participant and, both being dated, overlap within a day: each participant's
  // meetings are filed by day ({@link MeetingsByDay}), so a telling looks at the few of its
  // days instead of the thousands a leader of the home country takes part in. A meeting's number
  // in `meetings` is the order it was made in: the earliest match wins.
  private readonly byParticipant = new Map<string, MeetingsByDay>();
  private readonly filedSpans: (Span | null)[] = [];

  /**
   * A merge that goes on from `meetings`, the result of an earlier merge (its objects are taken
   * over and changed by later tellings). Each participant's filing is rebuilt from each meeting's
   * final days and participants: the same meetings under the same days as the earlier merge left
   * them (which one a telling picks does not depend on the order candidates are visited in: the
   * earliest-made match wins).
   */
  static resume(meetings: readonly MergedMeeting[]): MeetingMerge {
    const merge = new MeetingMerge();
    for (const meeting of meetings) {
      const k = merge.meetings.push(meeting) - 1;
      merge.filedSpans[k] = fileable(daySpan(meeting.when));
      for (const id of meeting.participants) merge.file(k, id);
    }
    return merge;
  }

  /** Adds one telling: to the earliest-made meeting it is the same as, else as a meeting of its own. */
  add(item: SourcedMeeting): void {
    const merged = this.meetings;
    const m = item.meeting;
    const telling = { kind: m.kind, participants: m.participants, when: m.when, articleDate: item.articleDate, host: m.host, others: m.others };
    const days = daySpan(m.when);
    // A telling without a day looks only at the days it could be of (see undatedWindow).
    const span = fileable(days) ?? undatedWindow(m.when, item.articleDate);
    // The earliest-made meeting that is the same as this telling. Each candidate is first tried on
    // its days alone (both dated: they must overlap with a day's slack, as sameTime asks) before
    // sameMeeting.
    let target = -1;
    const consider = (k: number): void => {
      if (target !== -1 && k >= target) return;
      const g = merged[k]!;
      const other = days === null ? null : daySpan(g.when);
      if (days !== null && other !== null && (days.first > other.last + 1 || other.first > days.last + 1)) return;
      if (g.sources.some((s) => s.articleId === item.articleId)) return;
      const articleDate = g.sources.find((s) => s.articleDate)?.articleDate ?? null;
      const host = g.sources.flatMap((s) => s.meeting.host);
      if (!sameMeeting(telling, { kind: g.kind, participants: g.participants, when: g.when, articleDate, host, others: g.others }, false)) return;
      target = k;
    };
    for (const id of m.participants) this.byParticipant.get(id)?.forCandidates(span, consider);
    if (target === -1) {
      const created: MergedMeeting = { kind: m.kind, participants: [...m.participants], others: [...m.others], when: { ...m.when }, place: m.place, sources: [item] };
      const k = merged.push(created) - 1;
      this.filedSpans[k] = fileable(daySpan(created.when));
      for (const id of created.participants) this.file(k, id);
      return;
    }
    const g = merged[target]!;
    g.kind = moreSpecificKind(g.kind, m.kind);
    g.when = preciser(g.when, m.when);
    const before = this.filedSpans[target]!;
    const after = fileable(daySpan(g.when));
    if (!sameSpan(before, after)) {
      // Its days changed: filed again under every participant it had, before new ones join.
      for (const id of g.participants) this.byParticipant.get(id)!.move(target, before, after);
      this.filedSpans[target] = after;
    }
    for (const id of m.participants) {
      if (g.participants.includes(id)) continue;
      g.participants.push(id);
      this.file(target, id);
    }
    for (const name of m.others) if (!g.others.includes(name)) g.others.push(name);
    g.place ??= m.place;
    g.sources.push(item);
  }

  private file(k: number, id: string): void {
    let meetings = this.byParticipant.get(id);
    if (!meetings) this.byParticipant.set(id, (meetings = new MeetingsByDay()));
    meetings.add(k, this.filedSpans[k]!);
  }
}

/** A meeting's days as day numbers, first to last. */
interface Span {
  first: number;
  last: number;
}

/** Longer than this, a meeting is not filed by day but looked at by every telling (few are). */
const MAX_FILED_DAYS = 62;

/** The span a meeting is filed under by day, or null for one looked at by every telling: undated, odd, or long. */
function fileable(days: Span | null): Span | null {
  if (days === null || !Number.isFinite(days.first) || !Number.isFinite(days.last)) return null;
  return days.last >= days.first && days.last - days.first <= MAX_FILED_DAYS ? days : null;
}

/**
 * The days a telling without a day can match a dated meeting on (same-meeting.ts, sameTime): a
 * month or year it is dated by, else the two weeks before its article appeared (none without an
 * article date). Meetings without a filed span are looked at whatever the window. Null (look at
 * every meeting) for a dated telling, or a date or month this cannot read. Half the merge's
 * comparisons at 10k articles were of undated tellings with every meeting of their participants.
 */
function undatedWindow(when: MeetingWhen, articleDate: string | null): Span | null {
  if (when.date) return null;
  if (when.approx) return periodDays(when.approx);
  if (articleDate === null) return { first: 0, last: -1 };
  const day = Date.parse(articleDate) / DAY_MS;
  return Number.isInteger(day) ? { first: day - UNDATED_WINDOW_DAYS, last: day } : null;
}

function sameSpan(a: Span | null, b: Span | null): boolean {
  return a === b || (a !== null && b !== null && a.first === b.first && a.last === b.last);
}

/**
 * One participant's meetings (numbers into the merge's list), filed under each day they cover, and
 * those without a filed span kept aside. A telling with a filed span looks at the meetings of its
 * days and the day either side, and at those aside; any other telling at every meeting. That is
 * every meeting the day test in `mergeMeetings` can let through, and some it then turns away.
 */
class MeetingsByDay {
  private readonly byDay = new Map<number, number[]>();
  private readonly aside: number[] = [];
  private readonly all: number[] = [];

  add(k: number, span: Span | null): void {
    this.all.push(k);
    this.place(k, span);
  }

  move(k: number, from: Span | null, to: Span | null): void {
    if (from === null) this.aside.splice(this.aside.indexOf(k), 1);
    else for (let day = from.first; day <= from.last; day++) {
      const list = this.byDay.get(day)!;
      list.splice(list.indexOf(k), 1);
    }
    this.place(k, to);
  }

  forCandidates(span: Span | null, visit: (k: number) => void): void {
    if (span === null) {
      for (const k of this.all) visit(k);
      return;
    }
    for (const k of this.aside) visit(k);
    for (let day = span.first - 1; day <= span.last + 1; day++) {
      const list = this.byDay.get(day);
      if (list) for (const k of list) visit(k);
    }
  }

  private place(k: number, span: Span | null): void {
    if (span === null) {
      this.aside.push(k);
      return;
    }
    for (let day = span.first; day <= span.last; day++) {
      const list = this.byDay.get(day);
      if (list) list.push(k);
      else this.byDay.set(day, [k]);
    }
  }
}

const DAY_MS = 86_400_000;
const spans = new WeakMap<MeetingWhen, { first: number; last: number } | null>();

/**
 * The first and last day of a dated telling, as day numbers; null without a day. Remembered per
 * `when`. Exported for tests/corpus/merge-meetings.test.ts, whose oracle merges the same way.
 */
export function daySpan(when: MeetingWhen): { first: number; last: number } | null {
  let span = spans.get(when);
  if (span === undefined) {
    span = when.date ? { first: Date.parse(when.date) / DAY_MS, last: Date.parse(when.dateEnd ?? when.date) / DAY_MS } : null;
    spans.set(when, span);
  }
  return span;
}

/** The more precise of two tellings' dates: a day over a month over nothing; a non-inferred day over an inferred one. */
export function preciser(a: MeetingWhen, b: MeetingWhen): MeetingWhen {
  if (a.date && b.date) {
    if (a.inferred && !b.inferred) return { ...b };
    return a.date <= b.date ? a : { ...b };
  }
  if (a.date) return a;
  if (b.date) return { ...b };
  return a.approx ? a : { ...b };
}
