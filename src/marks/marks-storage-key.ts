/**
 * Where the reader's wrong-item marks live: one key of `storage.local` (per device: marks can
 * grow to thousands, which `storage.sync`'s 100 KB could never hold, and a mark is about what this
 * device's index showed). Kept apart from the store so the content script can watch the key
 * without bundling the store's zod schemas.
 */
export const MARKS_STORAGE_KEY = 'marks.wrong';

/**
 * Whether a `storage.onChanged` event changes the marks (a card marked something, the options
 * page undid a mark, in any tab): cards seen before then may show what is now left out.
 *
 * @example
 * isMarksChange({ 'marks.wrong': { newValue: [] } }, 'local'); // true
 * isMarksChange({ 'marks.wrong': { newValue: [] } }, 'sync');  // false
 */
export function isMarksChange(changes: Record<string, unknown>, areaName: string): boolean {
  return areaName === 'local' && Object.hasOwn(changes, MARKS_STORAGE_KEY);
}
