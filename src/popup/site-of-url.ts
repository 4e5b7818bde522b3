/**
 * The site the per-site switch turns Leaderlens off for: the host name of an http(s) address
 * ("vnexpress.net", "www.bbc.com"), lower-cased; null for anything else (browser pages, files,
 * addresses the browser hides from us).
 *
 * @example
 * siteOfUrl('https://vnexpress.net/the-gioi'); // 'vnexpress.net'
 * siteOfUrl('chrome://extensions');          // null
 */
export function siteOfUrl(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** Hosts of the extension stores: browsers keep every extension's content scripts out of them. */
const STORE_HOSTS = new Set(['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com']);

/**
 * Why a tab whose content script did not answer cannot be read: `browser-page` for the browser's
 * own pages and the extension stores (no extension may read them, so reloading will not help),
 * `page` for anything else (a site that blocks content scripts, or a page opened before the
 * extension was installed, which a reload fixes). An unknown address counts as a browser page: the
 * browser hides exactly those addresses from an extension without host access to them.
 *
 * @example
 * unscannableReason('chrome://newtab/');                  // 'browser-page'
 * unscannableReason('https://chromewebstore.google.com/'); // 'browser-page'
 * unscannableReason('https://example.com/');             // 'page'
 */
export function unscannableReason(url: string | undefined): 'browser-page' | 'page' {
  if (!url) return 'browser-page';
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
    if (STORE_HOSTS.has(parsed.hostname)) return 'browser-page';
    return 'page';
  } catch {
    return 'browser-page';
  }
}
