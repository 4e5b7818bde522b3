import type { ArticleMeeting } from '../corpus/analyse-article';
import { sameMeeting, type MeetingTelling } from '../corpus/same-meeting';
import type { ArticleMeta } from '../index-data/folder-format';
import type { MarkableIndex } from '../marks/mark-from-index';
import type { ExportMeeting } from '../model/export-types';
import type { BundledMatch } from './saved-types';

/** What finding matches reads of the packaged index: a leader's part of it (IndexLookups.cardFacts). */
export type LeaderFacts = (leaderId: string) => Promise<MarkableIndex | null>;

/**
 * For each meeting a saved article tells, the meeting of the packaged index it is one with, or
 * null: the corpus build's own test (`sameMeeting` across articles: compatible kinds, one set of
 * participants within the other, the same days give or take one), against the index's meetings of
 * each participant, in the index's order, the first that fits. Worked out once, when the article is
 * saved (or read again after an update), and kept with its reading: a card then costs no more
 * reads of the index than without saved articles, and a meeting the index holds in another
 * leader's part still shows as one meeting.
 *
 * @example
 * await bundledMatches(reading.facts.meetings, reading.date, (id) => lookups.cardFacts(id));
 * // [{ meeting: { id: 'm-…', sources: […the index's sources] }, articles: {…} }, null]
 */
export async function bundledMatches(meetings: readonly ArticleMeeting[], articleDate: string | null, leaderFacts: LeaderFacts): Promise<(BundledMatch | null)[]> {
  const parts = new Map<string, Promise<MarkableIndex | null>>();
  const part = (leaderId: string) => {
    let pending = parts.get(leaderId);
    if (!pending) parts.set(leaderId, (pending = leaderFacts(leaderId)));
    return pending;
  };
  const out: (BundledMatch | null)[] = [];
  for (const meeting of meetings) {
    const telling: MeetingTelling = { kind: meeting.kind, participants: meeting.participants, when: meeting.when, articleDate };
    let found: BundledMatch | null = null;
    for (const leaderId of meeting.participants) {
      const facts = await part(leaderId);
      const ids = facts?.cards[leaderId]?.meetingIds ?? [];
      for (const id of ids) {
        const candidate = facts!.meetings[id];
        if (!candidate || !sameMeeting(telling, tellingOf(candidate, facts!.articles), false)) continue;
        found = { meeting: candidate, articles: citedArticles(candidate, facts!.articles) };
        break;
      }
      if (found) break;
    }
    out.push(found);
  }
  return out;
}

/** An index meeting as a telling, dated like a merged meeting (its first source with a date). */
function tellingOf(meeting: ExportMeeting, articles: Record<string, ArticleMeta>): MeetingTelling {
  const articleDate = meeting.sources.map((s) => articles[s.articleId]?.date ?? null).find((d) => d !== null) ?? null;
  return {
    kind: meeting.kind,
    participants: meeting.participants,
    when: { date: meeting.date, dateEnd: meeting.dateEnd ?? null, approx: meeting.approxDate ?? null, inferred: meeting.dateInferred },
    articleDate,
  };
}

function citedArticles(meeting: ExportMeeting, articles: Record<string, ArticleMeta>): Record<string, ArticleMeta> {
  const out: Record<string, ArticleMeta> = {};
  for (const s of meeting.sources) {
    const meta = articles[s.articleId];
    if (meta) out[s.articleId] = meta;
  }
  return out;
}
