import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { sameValue } from './default-settings';
import { messageOf } from './load-settings';
import { ITEM_VERSIONS, settingItems, storageKeyOf } from './setting-items';
import { SETTING_FIELDS } from './settings-schema';
import { DEFAULT_SETTINGS, type Settings } from './settings-types';
import { checkSyncQuota, describeQuotaProblem } from './sync-quota';

/**
 * Why a write was refused. Nothing was changed in any case.
 * - `invalid`: the value does not fit the setting (`field` says which).
 * - `quota-item`, `quota-total`, `quota-items`: storage.sync would go over one of its limits.
 * - `storage-error`: the browser refused the write (rate limit, extension reloaded, …).
 */
export type SaveProblemCode = 'invalid' | 'quota-item' | 'quota-total' | 'quota-items' | 'storage-error';

export interface SaveProblem {
  code: SaveProblemCode;
  field?: keyof Settings;
  /** In English, for logs and the detail line on the options page. */
  reason: string;
}

export type SaveResult = { ok: true } | { ok: false; problem: SaveProblem };

/**
 * Writes already-validated values. A value equal to its default deletes the key instead, so only
 * what the reader changed is synced. The whole change is checked against the sync quota first; over
 * it, nothing is written and the old values stay.
 */
export async function writeSettings(changes: Partial<Settings>): Promise<SaveResult> {
  try {
    const items = settingItems();
    const fields = SETTING_FIELDS.filter((field) => field in changes);
    // Reading the metadata waits for each item's migration, which would otherwise finish after this
    // write and put the migrated old value back over the new one.
    const metas = await Promise.all(fields.map((field) => items[field].getMeta()));
    const current = await browser.storage.sync.get(null);

    const writes: Record<string, unknown> = {};
    const toSet: { field: keyof Settings; value: unknown }[] = [];
    const toMark: (keyof Settings)[] = [];
    const toRemove: (keyof Settings)[] = [];
    fields.forEach((field, i) => {
      const value = changes[field];
      if (sameValue(value, DEFAULT_SETTINGS[field])) {
        toRemove.push(field);
        return;
      }
      toSet.push({ field, value });
      writes[storageKeyOf(field)] = value;
      if (ITEM_VERSIONS[field] > 1 && metas[i]?.['v'] !== ITEM_VERSIONS[field]) {
        toMark.push(field);
        // WXT keeps an item's metadata under `<key>$`; it counts against the quota like any item.
        writes[`${storageKeyOf(field)}$`] = { ...metas[i], v: ITEM_VERSIONS[field] };
      }
    });

    const quota = checkSyncQuota(current, writes, toRemove.map(storageKeyOf));
    if (quota) return { ok: false, problem: { code: quota.code, reason: describeQuotaProblem(quota), ...fieldOf(quota) } };

    // The version mark goes first, so no other page can find the new value unmarked and migrate it.
    if (toMark.length > 0) await storage.setMetas(toMark.map((field) => ({ item: items[field], meta: { v: ITEM_VERSIONS[field] } })));
    if (toSet.length > 0) await storage.setItems(toSet.map(({ field, value }) => ({ item: items[field], value })));
    if (toRemove.length > 0) await storage.removeItems(toRemove.map((field) => items[field]));
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: { code: 'storage-error', reason: messageOf(error) } };
  }
}

function fieldOf(quota: { code: string; key?: string }): { field?: keyof Settings } {
  if (quota.key === undefined) return {};
  const field = SETTING_FIELDS.find((f) => storageKeyOf(f) === quota.key);
  return field ? { field } : {};
}
