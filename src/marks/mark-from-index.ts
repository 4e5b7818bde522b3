import type { CardFacts } from '../lookup/card';
import { ownEntry } from '../lookup/own-entry';
import type { MeetingSource } from '../model/export-types';
import { MAX_MARK_SOURCES, type IndexStamp, type MarkSource, type MarkTarget, type WrongMark } from './mark-types';

/** What of the loaded index a mark reads: its facts and what identifies the build. */
export type MarkableIndex = CardFacts & { formatVersion: number; registryAsOf: string };

/**
 * The stamp of the index marks are made in (see `IndexStamp`).
 *
 * @example
 * indexStamp(index, browser.runtime.getManifest().version); // { formatVersion: 2, registryAsOf: '2026-11-23', extensionVersion: '0.1.0' }
 */
export function indexStamp(index: Pick<MarkableIndex, 'formatVersion' | 'registryAsOf'> | null, extensionVersion: string): IndexStamp {
  return { formatVersion: index?.formatVersion ?? 0, registryAsOf: index?.registryAsOf ?? null, extensionVersion };
}

/**
 * The mark of `target` as the background stores it: the item copied from the index (date, people
 * with their names, kind, place or text, the first sources with article file, title, date and
 * sentence), so a corpus maintainer can find it even after a rebuild changed its id. Null when the
 * index does not know the leader or the item, or when the item is not on that leader's card: a
 * card only marks its own items, and nothing else is taken on trust from a message.
 *
 * @example
 * markFromIndex(index, { kind: 'quote', itemId: 'q-1', leaderId: 'to-lam' }, { at: new Date(), extensionVersion: '0.1.0' });
 */
export function markFromIndex(index: MarkableIndex, target: MarkTarget, context: { at: Date; extensionVersion: string }): WrongMark | null {
  const leader = ownEntry(index.leaders, target.leaderId);
  const card = ownEntry(index.cards, target.leaderId);
  if (!leader || !card) return null;
  const base = {
    kind: target.kind,
    id: target.itemId,
    leaderId: leader.id,
    leaderName: leader.name,
    markedAt: context.at.toISOString(),
    index: indexStamp(index, context.extensionVersion),
  };
  const people = (ids: readonly string[]) => ids.map((id) => ({ id, name: ownEntry(index.leaders, id)?.name ?? id }));

  if (target.kind === 'meeting') {
    const meeting = card.meetingIds.includes(target.itemId) ? ownEntry(index.meetings, target.itemId) : undefined;
    if (!meeting) return null;
    return {
      ...base,
      item: {
        date: meeting.date,
        people: people(meeting.participants),
        itemKind: meeting.kind,
        place: meeting.place,
        text: null,
        sources: meeting.sources.slice(0, MAX_MARK_SOURCES).map((source) => sourceOf(index, source)),
        sourceCount: meeting.sources.length,
      },
    };
  }
  const quote = card.quoteIds.includes(target.itemId) ? ownEntry(index.quotes, target.itemId) : undefined;
  if (!quote) return null;
  return {
    ...base,
    item: {
      date: quote.date,
      people: people(quote.speakers),
      itemKind: quote.kind,
      place: null,
      text: quote.text,
      sources: [sourceOf(index, { articleId: quote.articleId, evidence: quote.evidence })],
      sourceCount: 1,
    },
  };
}

function sourceOf(index: CardFacts, { articleId, evidence }: Pick<MeetingSource, 'articleId' | 'evidence'>): MarkSource {
  const article = ownEntry(index.articles, articleId);
  return { articleId, file: article?.file ?? '', title: article?.title ?? '', date: article?.date ?? null, evidence };
}
