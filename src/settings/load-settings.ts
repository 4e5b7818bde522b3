import { storage } from 'wxt/utils/storage';
import { defaultSettings } from './default-settings';
import { repairSettings, type Repair, type StoredValues } from './repair-settings';
import { ITEM_VERSIONS, settingItems } from './setting-items';
import { SETTING_FIELDS } from './settings-schema';
import type { Settings } from './settings-types';

/**
 * The reader's settings, every value validated, with the list of what had to be reset.
 * Never rejects: if storage itself fails (the extension was reloaded under a page, say), the
 * defaults come back with one `unreadable` repair, so a page keeps working.
 *
 * Nothing is written back. A value this build cannot read may come from a newer Leaderlens on
 * another computer; deleting it here would sync the deletion there. It is replaced when the reader
 * changes that setting, or resets.
 *
 * @example
 * const { settings, repairs } = await loadSettings();
 * if (isSiteEnabled(settings, location.hostname)) start(settings);
 */
export async function loadSettings(): Promise<{ settings: Settings; repairs: Repair[] }> {
  try {
    return await readSettings();
  } catch (error) {
    return { settings: defaultSettings(), repairs: [{ field: '*', reason: `storage failed: ${messageOf(error)}`, code: 'unreadable' }] };
  }
}

/** `loadSettings` without the safety net: rejects when storage fails (for watchers, which then keep what they have). */
export async function readSettings(): Promise<{ settings: Settings; repairs: Repair[] }> {
  const items = settingItems();
  // `getValue` waits for the item's migration; `getMetas` tells values from a newer version.
  const [values, metas] = await Promise.all([
    Promise.all(SETTING_FIELDS.map((field) => items[field].getValue())),
    storage.getMetas(SETTING_FIELDS.map((field) => items[field])),
  ]);
  const stored: StoredValues = {};
  const newer = new Set<keyof Settings>();
  SETTING_FIELDS.forEach((field, i) => {
    stored[field] = values[i];
    const version = metas[i]?.meta['v'];
    if (typeof version === 'number' && version > ITEM_VERSIONS[field]) newer.add(field);
  });
  return repairSettings(stored, newer);
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
