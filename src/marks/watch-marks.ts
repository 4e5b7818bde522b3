import { browser } from 'wxt/browser';
import { isMarksChange } from './marks-storage-key';

/** `storage.onChanged`, reduced to what the watcher needs (the real one, or a test's stand-in). */
export interface StorageChangeEvent {
  addListener(cb: (changes: Record<string, unknown>, areaName: string) => void): void;
  removeListener(cb: (changes: Record<string, unknown>, areaName: string) => void): void;
}

/**
 * Calls `cb` whenever the reader's marks change in `storage.local`: a card marked an item (in any
 * tab), or another options tab undid one. The options page reads the marks again then, so its list
 * is never older than what the cards leave out. Returns the function that stops watching.
 *
 * @example
 * useEffect(() => watchMarks(() => void reload()), []);
 */
export function watchMarks(cb: () => void, onChanged: StorageChangeEvent = browser.storage.onChanged): () => void {
  const listener = (changes: Record<string, unknown>, areaName: string): void => {
    if (isMarksChange(changes, areaName)) cb();
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}
