import { readSettings, messageOf } from './load-settings';
import { defaultSettings } from './default-settings';
import { parseSetting } from './settings-schema';
import type { Settings } from './settings-types';
import { normalizeHostname } from './normalize-hostname';
import { withSiteEnabled } from './site-enabled';
import { withSettingsLock } from './settings-lock';
import { writeSettings, writeSettingsLocked, type SaveResult } from './write-settings';

/**
 * Validates and stores one setting. Setting a value back to its default deletes the key. Resolves
 * with `{ ok: false, problem }` instead of rejecting when the value is invalid, over the sync
 * quota, or refused by the browser; the stored value is then unchanged.
 *
 * @example
 * await saveSetting('highlightStyle', 'background'); // { ok: true }
 * await saveSetting('hoverDelayMs', -5);             // { ok: false, problem: { code: 'invalid', … } }
 */
export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<SaveResult> {
  const parsed = parseSetting(key, value);
  if (!parsed.ok) return { ok: false, problem: { code: 'invalid', field: key, reason: parsed.reason } };
  return writeSettings({ [key]: parsed.value } as Partial<Settings>);
}

/**
 * Changes one setting from its current stored value: reads it, applies `change`, validates and
 * writes the result, all inside the settings lock (settings-lock.ts), so two pages changing the
 * same setting at once both land, one after the other. The value `change` receives is the stored
 * one, repaired as loading repairs it; never a page's copy, which another tab may have outdated.
 *
 * @example
 * await updateSetting('disabledSites', (sites) => [...sites, 'vnexpress.net']);
 */
export function updateSetting<K extends keyof Settings>(key: K, change: (current: Settings[K]) => Settings[K]): Promise<SaveResult> {
  return withSettingsLock(async () => {
    let current: Settings;
    try {
      current = (await readSettings()).settings;
    } catch (error) {
      return { ok: false, problem: { code: 'storage-error', reason: messageOf(error) } };
    }
    const parsed = parseSetting(key, change(current[key]));
    if (!parsed.ok) return { ok: false, problem: { code: 'invalid', field: key, reason: parsed.reason } };
    return writeSettingsLocked({ [key]: parsed.value } as Partial<Settings>);
  });
}

/**
 * Turns Leaderlens on or off for one site (the popup's per-site switch). Off adds the site's
 * hostname to `disabledSites`; on removes every entry that covers it (see `withSiteEnabled`).
 *
 * @example
 * await setSiteEnabled(new URL(tab.url).hostname, false);
 */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<SaveResult> {
  if (normalizeHostname(hostname) === null) {
    return { ok: false, problem: { code: 'invalid', field: 'disabledSites', reason: `not a site name: ${JSON.stringify(hostname)}` } };
  }
  return updateSetting('disabledSites', (sites) => withSiteEnabled(sites, hostname, enabled));
}

/**
 * Adds one site to the disabled sites (the options page's "Add"), keeping every site another page
 * added meanwhile. A site given as a URL or with `www.` is stored as its hostname.
 *
 * @example
 * await addDisabledSite('https://www.VnExpress.net/thoi-su'); // stores 'vnexpress.net'
 */
export function addDisabledSite(site: string): Promise<SaveResult> {
  return updateSetting('disabledSites', (sites) => [...sites, site]);
}

/** Removes exactly the entry `site` from the disabled sites (the options page's "Remove"). */
export function removeDisabledSite(site: string): Promise<SaveResult> {
  return updateSetting('disabledSites', (sites) => sites.filter((s) => s !== site));
}

/**
 * Every setting back to its default, which deletes every settings key from sync (their version
 * marks stay: they are tiny, and say what shape the next value will have). A setting stored by a
 * newer Leaderlens stays as it is, reported as `newer-version` (write-settings.ts).
 */
export async function resetSettings(): Promise<SaveResult> {
  return writeSettings(defaultSettings());
}
