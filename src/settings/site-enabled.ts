import { normalizeHostname } from './normalize-hostname';
import type { Settings } from './settings-types';

/**
 * Whether `disabledSites` turns Leaderlens off on `hostname`: an entry covers its own host and
 * every subdomain (`vnexpress.net` covers `e.vnexpress.net`), as site lists in browsers do.
 */
export function isSiteListedAsDisabled(disabledSites: readonly string[], hostname: string): boolean {
  const host = normalizeHostname(hostname);
  if (host === null) return false;
  return disabledSites.some((site) => covers(site, host));
}

/**
 * Whether Leaderlens should run on a page of `hostname`: it is on everywhere (`enabled`) and the
 * site is not in `disabledSites`. This is the question a content script asks before scanning.
 *
 * @example
 * isSiteEnabled({ ...DEFAULT_SETTINGS, disabledSites: ['vnexpress.net'] }, 'www.vnexpress.net') // false
 */
export function isSiteEnabled(settings: Pick<Settings, 'enabled' | 'disabledSites'>, hostname: string): boolean {
  return settings.enabled && !isSiteListedAsDisabled(settings.disabledSites, hostname);
}

/**
 * The disabled-sites list after turning `hostname` on or off. Turning a site off adds it (once);
 * turning it on removes every entry that covers it, so the answer of `isSiteListedAsDisabled` flips
 * as the reader expects even when a parent domain was listed. An unusable hostname leaves the list.
 */
export function withSiteEnabled(disabledSites: readonly string[], hostname: string, enabled: boolean): string[] {
  const host = normalizeHostname(hostname);
  if (host === null) return [...disabledSites];
  if (enabled) return disabledSites.filter((site) => !covers(site, host));
  if (disabledSites.some((site) => covers(site, host))) return [...disabledSites];
  return [...disabledSites, host].sort();
}

function covers(site: string, host: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}
