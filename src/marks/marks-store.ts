import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { withStorageLock } from '../storage/storage-lock';
import { readStoredMarks, type StoredMarks } from './mark-schema';
import { markKey, MAX_MARKS, type MarkKind, type WrongMark } from './mark-types';
import { MARKS_STORAGE_KEY } from './marks-storage-key';

/**
 * The reader's wrong-item marks in `storage.local`, one key holding the list, newest first.
 *
 * Every change is a read-modify-write inside the Web Lock `leaderlens-marks`
 * (src/storage/storage-lock.ts, the mechanism the settings use): the worker adds a mark for a
 * card's click while an options tab undoes another, and neither may lose the other's write. Only
 * the worker and extension pages write; content scripts ask the worker (`mark-wrong`).
 *
 * A stored value is validated on every read (mark-schema.ts): bad entries are left out with one
 * console warning, and the next write stores the list without them.
 */

/** The lock every writer of the marks takes. */
export const MARKS_LOCK = 'leaderlens-marks';
/** The stored list's shape version (WXT's metadata key `marks.wrong$`); bump with a migration. */
export const MARKS_VERSION = 1;

/**
 * Why a change was refused; nothing was changed in any case.
 * - `full`: `MAX_MARKS` marks are kept already (undo some, after exporting them).
 * - `newer-version`: a newer Leaderlens stored the list in a shape this one does not write.
 * - `storage-error`: the browser refused (storage full, extension reloaded, …).
 */
export type MarksProblemCode = 'full' | 'newer-version' | 'storage-error';

export type MarksWriteResult = { ok: true; changed: boolean } | { ok: false; code: MarksProblemCode; reason: string };

let item: WxtStorageItem<unknown, Record<string, unknown>> | null = null;

/** Defined on first use, not at import: the build imports modules in Node, without extension storage. */
function marksItem(): WxtStorageItem<unknown, Record<string, unknown>> {
  item ??= storage.defineItem<unknown>(`local:${MARKS_STORAGE_KEY}`, { fallback: [], version: MARKS_VERSION });
  return item;
}

const warned = new Set<string>();

/**
 * The stored marks, validated, newest first. Never rejects: when storage itself fails, no marks
 * come back with the reason in `problems` (cards then show everything, which is what they did
 * before the reader marked anything). Each distinct problem is logged once per page or worker.
 *
 * @example
 * const { marks } = await loadMarks();
 * marks.filter((mark) => mark.kind === 'meeting').map((mark) => mark.id);
 */
export async function loadMarks(): Promise<StoredMarks> {
  try {
    return warnOnce(readStoredMarks(await marksItem().getValue()));
  } catch (error) {
    return warnOnce({ marks: [], problems: [`storage failed: ${messageOf(error)}`] });
  }
}

/**
 * Adds `mark` at the head of the list. Marking an item already marked changes nothing
 * (`changed: false`); over `MAX_MARKS` the mark is refused (`full`), never an older one dropped:
 * a dropped mark would bring its wrong item back to the reader's cards without a word.
 *
 * @example
 * await addMark(markFromIndex(index, { kind: 'meeting', itemId: 'm-1', leaderId: 'to-lam' }, stamp)!);
 */
export function addMark(mark: WrongMark): Promise<MarksWriteResult> {
  return changeMarks((marks) => {
    if (marks.some((m) => m.kind === mark.kind && m.id === mark.id)) return marks;
    if (marks.length >= MAX_MARKS) return 'full';
    return [mark, ...marks];
  });
}

/**
 * Removes the mark of one item (undo): the item comes back to the reader's cards. Removing a mark
 * that is not there changes nothing (`changed: false`).
 *
 * @example
 * await removeMark('quote', 'q-17wj6im9uq111');
 */
export function removeMark(kind: MarkKind, id: string): Promise<MarksWriteResult> {
  const key = markKey(kind, id);
  return changeMarks((marks) => {
    const kept = marks.filter((m) => markKey(m.kind, m.id) !== key);
    return kept.length === marks.length ? marks : kept;
  });
}

/**
 * One read-modify-write inside the marks lock. `change` gets the stored, validated marks and
 * returns the new list (the same array for no change) or `'full'`. A list read with problems is
 * written back repaired even when `change` changed nothing.
 */
function changeMarks(change: (marks: WrongMark[]) => WrongMark[] | 'full'): Promise<MarksWriteResult> {
  return withStorageLock(MARKS_LOCK, async (): Promise<MarksWriteResult> => {
    try {
      const stored = marksItem();
      const version = (await stored.getMeta())['v'];
      if (typeof version === 'number' && version > MARKS_VERSION) {
        return { ok: false, code: 'newer-version', reason: `the marks were stored by a newer Leaderlens (version ${version}; this one writes version ${MARKS_VERSION}); left as they are` };
      }
      const read = warnOnce(readStoredMarks(await stored.getValue()));
      const next = change(read.marks);
      if (next === 'full') return { ok: false, code: 'full', reason: `${MAX_MARKS} marks are kept already; undo some to mark more` };
      const changed = next !== read.marks;
      if (changed || read.problems.length > 0) await stored.setValue(next);
      return { ok: true, changed };
    } catch (error) {
      return { ok: false, code: 'storage-error', reason: messageOf(error) };
    }
  });
}

function warnOnce(stored: StoredMarks): StoredMarks {
  for (const problem of stored.problems) {
    if (warned.has(problem)) continue;
    warned.add(problem);
    console.warn(`leaderlens marks: ${problem}`);
  }
  return stored;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
