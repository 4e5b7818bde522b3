import { browser } from 'wxt/browser';
import type { LeftOut } from '../lookup/card';
import type { StoredMarks } from './mark-schema';
import type { MarkKind, WrongMark } from './mark-types';
import { addMark, loadMarks, removeMark, type MarksWriteResult } from './marks-store';
import { isMarksChange } from './marks-storage-key';

/** The store as the background uses it (the real one, or a test's stand-in). */
export interface MarksStore {
  load(): Promise<StoredMarks>;
  add(mark: WrongMark): Promise<MarksWriteResult>;
  remove(kind: MarkKind, id: string): Promise<MarksWriteResult>;
}

/** `storage.onChanged`, reduced to what the cache needs. */
export interface StorageChanges {
  addListener(cb: (changes: Record<string, unknown>, areaName: string) => void): void;
}

const realStore: MarksStore = { load: loadMarks, add: addMark, remove: removeMark };

/**
 * The marks as the background needs them: which items every card and search leaves out, kept in
 * memory between requests (a page asks for a card per leader it names, and reading and validating
 * thousands of marks for each would cost more than the card). The memory is dropped whenever the
 * marks change in storage, from this worker or an options tab (`storage.onChanged`), and after the
 * worker's own writes, so a card asked for right after a mark never shows it. A worker that was
 * stopped starts with nothing and reads storage again.
 *
 * @example
 * const marks = createBackgroundMarks();
 * cardFor(index, leaderId, pageDate, pageLeaderIds, { leaveOut: await marks.leftOut() });
 */
export function createBackgroundMarks(store: MarksStore = realStore, changes: StorageChanges = browser.storage.onChanged) {
  let cached: Promise<LeftOut> | null = null;
  changes.addListener((changed, areaName) => {
    if (isMarksChange(changed, areaName)) cached = null;
  });
  const written = (result: MarksWriteResult): MarksWriteResult => {
    cached = null;
    return result;
  };
  return {
    /** The ids of the marked meetings and quotes. Never rejects (`loadMarks` does not). */
    leftOut(): Promise<LeftOut> {
      cached ??= store.load().then(({ marks }) => leftOutBy(marks));
      return cached;
    },
    async add(mark: WrongMark): Promise<MarksWriteResult> {
      return written(await store.add(mark));
    },
    async remove(kind: MarkKind, id: string): Promise<MarksWriteResult> {
      return written(await store.remove(kind, id));
    },
  };
}

export type BackgroundMarks = ReturnType<typeof createBackgroundMarks>;

/**
 * The items `marks` leave out of cards and search.
 *
 * @example
 * leftOutBy([{ kind: 'meeting', id: 'm-1', … }]); // { meetings: Set { 'm-1' }, quotes: Set {} }
 */
export function leftOutBy(marks: readonly Pick<WrongMark, 'kind' | 'id'>[]): LeftOut {
  const meetings = new Set<string>();
  const quotes = new Set<string>();
  for (const mark of marks) (mark.kind === 'meeting' ? meetings : quotes).add(mark.id);
  return { meetings, quotes };
}
