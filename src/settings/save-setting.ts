import { readSettings, messageOf } from './load-settings';
import { defaultSettings } from './default-settings';
import { parseSetting } from './settings-schema';
import type { Settings } from './settings-types';
import { normalizeHostname } from './normalize-hostname';
import { withSiteEnabled } from './site-enabled';
import { writeSettings, type SaveResult } from './write-settings';

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
  let current: Settings;
  try {
    current = (await readSettings()).settings;
  } catch (error) {
    return { ok: false, problem: { code: 'storage-error', reason: messageOf(error) } };
  }
  return saveSetting('disabledSites', withSiteEnabled(current.disabledSites, hostname, enabled));
}

/**
 * Every setting back to its default, which deletes every settings key from sync (their version
 * marks stay: they are tiny, and say what shape the next value will have).
 */
export async function resetSettings(): Promise<SaveResult> {
  return writeSettings(defaultSettings());
}
