import { readSettings } from './load-settings';
import type { Repair } from './repair-settings';
import { settingItems } from './setting-items';
import { SETTING_FIELDS } from './settings-schema';
import type { Settings } from './settings-types';

/**
 * Calls `cb` with the whole, validated settings whenever any of them changes in `storage.sync`
 * (from this page, another tab, the options page or another computer), so open tabs apply a
 * change at once. Returns the function that stops watching.
 *
 * Changes that arrive together (an import or reset touches several keys) are read once: while a
 * read is under way, further changes only mark it stale, and one more read follows. A failed read
 * (the extension was reloaded under the page) is skipped: the page keeps the settings it has.
 *
 * @example
 * const stop = watchSettings((settings) => applyHighlightStyle(settings.highlightStyle));
 * ctx.onInvalidated(stop);
 */
export function watchSettings(cb: (settings: Settings, repairs: Repair[]) => void): () => void {
  let stopped = false;
  let reading = false;
  let stale = false;

  const refresh = async (): Promise<void> => {
    if (reading) {
      stale = true;
      return;
    }
    reading = true;
    try {
      do {
        stale = false;
        let result: { settings: Settings; repairs: Repair[] } | null = null;
        try {
          result = await readSettings();
        } catch (error) {
          console.warn('leaderlens settings: could not read the changed settings', error);
        }
        if (result && !stale && !stopped) cb(result.settings, result.repairs);
      } while (stale && !stopped);
    } finally {
      reading = false;
    }
  };

  const items = settingItems();
  const unwatchers = SETTING_FIELDS.map((field) => items[field].watch(() => void refresh()));
  return () => {
    stopped = true;
    for (const unwatch of unwatchers) unwatch();
  };
}
