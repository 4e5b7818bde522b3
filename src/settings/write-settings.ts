import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { sameValue } from './default-settings';
import { messageOf } from './load-settings';
import { ITEM_VERSIONS, settingItems, storageKeyOf } from './setting-items';
import { SETTING_FIELDS } from './settings-schema';
import { DEFAULT_SETTINGS, type Settings } from './settings-types';
import { withSettingsLock } from './settings-lock';
import { checkSyncQuota, describeQuotaProblem } from './sync-quota';

/**
 * Why a write was refused. Nothing was changed in any case, except with `newer-version`.
 * - `invalid`: the value does not fit the setting (`field` says which).
 * - `quota-item`, `quota-total`, `quota-items`: storage.sync would go over one of its limits.
 * - `storage-error`: the browser refused the write (rate limit, extension reloaded, …).
 * - `newer-version`: a newer Leaderlens stored this setting (its version mark is above ours), so
 *   it is left as it is; the other settings of the same write were written.
 */
export type SaveProblemCode = 'invalid' | 'quota-item' | 'quota-total' | 'quota-items' | 'storage-error' | 'newer-version';

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
 * it, nothing is written and the old values stay. Runs inside the settings lock, after any
 * read-modify-write another page has started (settings-lock.ts).
 *
 * A setting whose stored version mark is newer than this build's is never written or removed: it
 * came from a newer Leaderlens through sync, and overwriting it would both lose the reader's
 * choice there and leave a value under a mark that lies about its shape (issue 10). It is
 * reported as `newer-version`; the rest of the change is still written.
 */
export function writeSettings(changes: Partial<Settings>): Promise<SaveResult> {
  return withSettingsLock(() => writeSettingsLocked(changes));
}

/**
 * {@link writeSettings} for a caller that already holds the settings lock (a read-modify-write,
 * `updateSetting` in save-setting.ts): taking it again would wait for itself.
 */
export async function writeSettingsLocked(changes: Partial<Settings>): Promise<SaveResult> {
  try {
    const items = settingItems();
    const asked = SETTING_FIELDS.filter((field) => field in changes);
    // Reading the metadata waits for each item's migration, which would otherwise finish after this
    // write and put the migrated old value back over the new one.
    const askedMetas = await Promise.all(asked.map((field) => items[field].getMeta()));
    const newer = asked.filter((field, i) => isNewer(field, askedMetas[i]));
    const fields = asked.filter((field) => !newer.includes(field));
    const metas = askedMetas.filter((_, i) => !newer.includes(asked[i]!));
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
    const first = newer[0];
    if (first !== undefined) {
      return {
        ok: false,
        problem: {
          code: 'newer-version',
          field: first,
          reason: `${newer.map(storageKeyOf).join(', ')}: stored by a newer Leaderlens (version ${newer.map((f) => String(askedMetas[asked.indexOf(f)]?.['v'])).join(', ')}; this one writes version ${newer.map((f) => ITEM_VERSIONS[f]).join(', ')}), left as it is`,
        },
      };
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: { code: 'storage-error', reason: messageOf(error) } };
  }
}

/** Whether the stored version mark of `field` is above the version this build writes. */
function isNewer(field: keyof Settings, meta: Record<string, unknown> | undefined): boolean {
  const version = meta?.['v'];
  return typeof version === 'number' && version > ITEM_VERSIONS[field];
}

function fieldOf(quota: { code: string; key?: string }): { field?: keyof Settings } {
  if (quota.key === undefined) return {};
  const field = SETTING_FIELDS.find((f) => storageKeyOf(f) === quota.key);
  return field ? { field } : {};
}
