import type { ArticleMeeting, MeetingWhen } from './analyse-article';
import { moreSpecificKind } from './meeting-kinds';
import { sameMeeting } from './same-meeting';

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
  const merged: MergedMeeting[] = [];
  // Candidates share a participant: looking only there keeps the merge linear in the corpus size
  // instead of comparing every meeting with every other.
  const byParticipant = new Map<string, MergedMeeting[]>();
  const order = new Map<MergedMeeting, number>();
  const file = (meeting: MergedMeeting, id: string): void => {
    const bucket = byParticipant.get(id);
    if (bucket) bucket.push(meeting);
    else byParticipant.set(id, [meeting]);
  };
  for (const item of items) {
    const m = item.meeting;
    const telling = { kind: m.kind, participants: m.participants, when: m.when, articleDate: item.articleDate };
    const days = daySpan(m.when);
    // The earliest-made meeting that is the same as this telling. A leader of the home country
    // takes part in thousands of meetings, so each candidate is first tried on its days alone
    // (both dated: they must overlap with a day's slack, as sameTime asks) before sameMeeting.
    let target: MergedMeeting | null = null;
    let targetOrder = Infinity;
    for (const id of m.participants) {
      for (const g of byParticipant.get(id) ?? []) {
        const o = order.get(g)!;
        if (o >= targetOrder) continue;
        const other = days === null ? null : daySpan(g.when);
        if (days !== null && other !== null && (days.first > other.last + 1 || other.first > days.last + 1)) continue;
        if (g.sources.some((s) => s.articleId === item.articleId)) continue;
        const articleDate = g.sources.find((s) => s.articleDate)?.articleDate ?? null;
        if (!sameMeeting(telling, { kind: g.kind, participants: g.participants, when: g.when, articleDate }, false)) continue;
        target = g;
        targetOrder = o;
      }
    }
    if (!target) {
      const created: MergedMeeting = { kind: m.kind, participants: [...m.participants], others: [...m.others], when: { ...m.when }, place: m.place, sources: [item] };
      order.set(created, merged.push(created));
      for (const id of created.participants) file(created, id);
      continue;
    }
    target.kind = moreSpecificKind(target.kind, m.kind);
    for (const id of m.participants) {
      if (target.participants.includes(id)) continue;
      target.participants.push(id);
      file(target, id);
    }
    for (const name of m.others) if (!target.others.includes(name)) target.others.push(name);
    target.when = preciser(target.when, m.when);
    target.place ??= m.place;
    target.sources.push(item);
  }
  return merged;
}

const DAY_MS = 86_400_000;
const spans = new WeakMap<MeetingWhen, { first: number; last: number } | null>();

/** The first and last day of a dated telling, as day numbers; null without a day. Remembered per `when`. */
function daySpan(when: MeetingWhen): { first: number; last: number } | null {
  let span = spans.get(when);
  if (span === undefined) {
    span = when.date ? { first: Date.parse(when.date) / DAY_MS, last: Date.parse(when.dateEnd ?? when.date) / DAY_MS } : null;
    spans.set(when, span);
  }
  return span;
}

/** The more precise of two tellings' dates: a day over a month over nothing; a non-inferred day over an inferred one. */
function preciser(a: MeetingWhen, b: MeetingWhen): MeetingWhen {
  if (a.date && b.date) {
    if (a.inferred && !b.inferred) return { ...b };
    return a.date <= b.date ? a : { ...b };
  }
  if (a.date) return a;
  if (b.date) return { ...b };
  return a.approx ? a : { ...b };
}
