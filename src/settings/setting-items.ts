import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { disabledSitesV1toV2 } from './migrations';
import { DEFAULT_SETTINGS, type Settings } from './settings-types';
import { SETTING_FIELDS } from './settings-schema';
import { SETTINGS_KEY_PREFIX } from './settings-key-prefix';

export { SETTINGS_KEY_PREFIX };

/**
 * One `sync:` storage item per setting. Why one per key rather than one versioned object:
 * - sync merges per key, last writer wins. With one object, changing the theme on one computer
 *   would overwrite a site disabled on another; with one key per setting both survive.
 * - "store only what the reader changed" becomes "delete the key", and a fresh install writes
 *   nothing, so it cannot sync its defaults over choices made elsewhere.
 * - the sync quota is per item (8 KiB): only `disabledSites` can grow, and it has a key to itself.
 * - each setting is validated and repaired on its own, so one bad value costs only itself.
 *
 * `fallback`, never `init`: `init` writes the default at once, which is exactly what sync must not
 * receive. An item's version lives in WXT's metadata key (`<key>$`, `{ v }`); a value without one is
 * version 1, so items without migrations need no mark at all.
 */

/** The version each item is stored at. Bump it and add a step in `MIGRATIONS` to change a shape. */
export const ITEM_VERSIONS: { readonly [K in keyof Settings]: number } = Object.freeze({
  enabled: 1,
  disabledSites: 2,
  trigger: 1,
  modifier: 1,
  hoverDelayMs: 1,
  highlightStyle: 1,
  sections: 1,
  theme: 1,
  language: 1,
});

const MIGRATIONS: { readonly [K in keyof Settings]?: Record<number, (value: unknown) => unknown> } = {
  disabledSites: { 2: disabledSitesV1toV2 },
};

/** Stored values are `unknown` until validated: sync can bring anything, from any version. */
export type SettingItems = { readonly [K in keyof Settings]: WxtStorageItem<unknown, Record<string, unknown>> };

let items: SettingItems | null = null;

/**
 * The storage items, defined on first use rather than at import: defining an item starts its
 * migration, and the build imports entrypoints in Node where there is no extension storage.
 */
export function settingItems(): SettingItems {
  items ??= Object.fromEntries(
    SETTING_FIELDS.map((field) => [
      field,
      storage.defineItem<unknown>(`sync:${SETTINGS_KEY_PREFIX}${field}`, {
        fallback: structuredClone(DEFAULT_SETTINGS[field]),
        version: ITEM_VERSIONS[field],
        ...(MIGRATIONS[field] ? { migrations: MIGRATIONS[field] } : {}),
      }),
    ]),
  ) as unknown as SettingItems;
  return items;
}

/** The raw `storage.sync` key of a setting, e.g. `settings.theme`. */
export function storageKeyOf(field: keyof Settings): string {
  return `${SETTINGS_KEY_PREFIX}${field}`;
}
