/**
 * A reader's mark on a meeting or quote they found wrong ("Mark as wrong" on the card). The item
 * leaves their cards, is listed on the options page, and can be exported for whoever keeps the
 * corpus. A mark keeps a copy of what the item said (its date, people, sentence and article file),
 * not only its id: ids are stable across builds of the SAME corpus (DESIGN.md), but a corpus that
 * changed can give the item a new id, and the maintainer must still be able to find it.
 */

/** What was marked. */
export type MarkKind = 'meeting' | 'quote';

/** Which item a card asks to mark (or unmark): sent by the card, looked up by the background. */
export interface MarkTarget {
  kind: MarkKind;
  /** The meeting's or quote's id in the index (`data-meeting-id`, `data-quote-id`). */
  itemId: string;
  /** The leader whose card it was marked from. */
  leaderId: string;
}

/** The index a mark was made in: what a maintainer needs to know which build the ids belong to. */
export interface IndexStamp {
  /** `formatVersion` of the packaged index. */
  formatVersion: number;
  /** The registry's `asOf` day the index was built with; null where it could not be read. */
  registryAsOf: string | null;
  /** The extension's version, which ships the index (there is no separate build id). */
  extensionVersion: string;
}

/** One article that tells of the marked item, and the sentence it does so in. */
export interface MarkSource {
  articleId: string;
  /** The article's file name inside `corpus/articles/`: what a maintainer opens. */
  file: string;
  title: string;
  /** The article's date (`YYYY-MM-DD`) or null. */
  date: string | null;
  /** The sentence, as the index holds it (at most 2,000 characters, DESIGN.md). */
  evidence: string;
}

/** What the item said when it was marked. */
export interface MarkedItem {
  /** `YYYY-MM-DD`, or null when the text gives no day. */
  date: string | null;
  /** A meeting's participants, or a quote's speakers, with their names as the registry writes them. */
  people: { id: string; name: string }[];
  /** A meeting's kind (`talks`, `visit`, …) or a quote's (`direct`, `reported`, `joint`). */
  itemKind: string;
  /** A meeting's place as written; null for a quote or a meeting without one. */
  place: string | null;
  /** A quote's text; null for a meeting. */
  text: string | null;
  /** The first sources (at most `MAX_MARK_SOURCES`), in the index's order. */
  sources: MarkSource[];
  /** How many sources the item had (a meeting told by many articles keeps only the first few). */
  sourceCount: number;
}

/** One mark, as stored in `storage.local` and exported. */
export interface WrongMark {
  kind: MarkKind;
  /** The item's id in the index it was marked in (see `index`). */
  id: string;
  /** The leader whose card it was marked from, and their name. */
  leaderId: string;
  leaderName: string;
  /** When it was marked: an ISO 8601 timestamp (UTC). */
  markedAt: string;
  index: IndexStamp;
  item: MarkedItem;
}

/** Sources a mark keeps of a meeting told by many articles: enough to find it, without filling storage. */
export const MAX_MARK_SOURCES = 3;

/** How many marks are kept: far more than a reader makes, and well inside `storage.local`'s 10 MB. */
export const MAX_MARKS = 5000;

/** The key of one mark: a meeting and a quote may in principle share an id. */
export function markKey(kind: MarkKind, id: string): string {
  return `${kind}:${id}`;
}
