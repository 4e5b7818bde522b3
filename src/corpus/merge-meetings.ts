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
    const candidates = [...new Set(m.participants.flatMap((id) => byParticipant.get(id) ?? []))].sort(
      (a, b) => order.get(a)! - order.get(b)!,
    );
    const telling = { kind: m.kind, participants: m.participants, when: m.when, articleDate: item.articleDate };
    const target = candidates.find(
      (g) =>
        !g.sources.some((s) => s.articleId === item.articleId) &&
        sameMeeting(telling, { ...g, articleDate: g.sources.find((s) => s.articleDate)?.articleDate ?? null }, false),
    );
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
