import { defaultSettings } from './default-settings';
import { SETTINGS_KEY_PREFIX } from './settings-key-prefix';
import type { Settings } from './settings-types';

/**
 * Settings for content scripts, without zod and without WXT's storage items: the background reads
 * and validates them (`loadSettings`, answering `get-settings`) and hands out one snapshot with
 * defaults filled in, as 10ten does. Validation stays in one place, and every page does not bundle
 * ~28 KB (gzip) of schema code to read nine values.
 */

/** Asks the background for the settings (in the extension: `sendToBackground({ type: 'get-settings' })`). */
export type FetchSettings = () => Promise<Settings>;

/** `storage.onChanged`, reduced to what the watcher needs (the real one, or a test's stand-in). */
export interface StorageChangeEvent {
  addListener(cb: (changes: Record<string, unknown>, areaName: string) => void): void;
  removeListener(cb: (changes: Record<string, unknown>, areaName: string) => void): void;
}

/**
 * Whether a `storage.onChanged` event touches the settings: area `sync`, a key starting with the
 * settings prefix (WXT's version marks, `settings.theme$`, included: a migration changes them).
 *
 * @example
 * isSettingsChange({ 'settings.theme': {} }, 'sync'); // true
 * isSettingsChange({ 'settings.theme': {} }, 'local'); // false
 */
export function isSettingsChange(changes: Record<string, unknown>, areaName: string): boolean {
  return areaName === 'sync' && Object.keys(changes).some((key) => key.startsWith(SETTINGS_KEY_PREFIX));
}

/**
 * The settings snapshot from the background. Never rejects: when the background cannot answer
 * (the extension was reloaded under the page), the defaults come back, as `loadSettings` does when
 * storage fails, so the page keeps working; `onError` hears why.
 *
 * @example
 * const settings = await fetchSettingsSnapshot(() => sendToBackground({ type: 'get-settings' }));
 */
export async function fetchSettingsSnapshot(fetch: FetchSettings, onError: (error: unknown) => void = () => undefined): Promise<Settings> {
  try {
    return await fetch();
  } catch (error) {
    onError(error);
    return defaultSettings();
  }
}

/**
 * Calls `cb` with a fresh snapshot whenever the settings change in `storage.sync`. Changes that
 * arrive together (an import or reset touches several keys, each its own event in Chrome) are
 * asked for once: while a request is under way, further changes only mark it stale, and one more
 * request follows. A failed request keeps the settings the page has. Returns the function that
 * stops watching.
 *
 * @example
 * ctx.onInvalidated(watchSettingsSnapshot(browser.storage.onChanged, fetchSettings, apply));
 */
export function watchSettingsSnapshot(
  onChanged: StorageChangeEvent,
  fetch: FetchSettings,
  cb: (settings: Settings) => void,
  onError: (error: unknown) => void = () => undefined,
): () => void {
  let stopped = false;
  let asking = false;
  let stale = false;

  const ask = async (): Promise<void> => {
    if (asking) {
      stale = true;
      return;
    }
    asking = true;
    try {
      do {
        stale = false;
        let settings: Settings | null = null;
        try {
          settings = await fetch();
        } catch (error) {
          onError(error);
        }
        if (settings && !stale && !stopped) cb(settings);
      } while (stale && !stopped);
    } finally {
      asking = false;
    }
  };

  const listener = (changes: Record<string, unknown>, areaName: string): void => {
    if (!stopped && isSettingsChange(changes, areaName)) void ask();
  };
  onChanged.addListener(listener);
  return () => {
    stopped = true;
    onChanged.removeListener(listener);
  };
}
