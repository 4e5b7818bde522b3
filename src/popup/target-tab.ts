/** The tab the popup reports on: its id, and its address where the browser lets us see it. */
export interface TargetTab {
  id: number;
  /** Undefined where the extension has no access to the address (browser pages, the web store). */
  url: string | undefined;
}

/** The part of `browser.tabs` this module uses, so tests can pass a stand-in. */
export interface TabsApi {
  query(query: { active: true; currentWindow: true }): Promise<{ id?: number; url?: string }[]>;
  get(tabId: number): Promise<{ id?: number; url?: string }>;
}

/**
 * The `tab` query parameter of the popup's address: `popup.html?tab=42` reports on tab 42 instead of
 * the active tab. The end-to-end tests open the popup as a page in a tab of its own, where "the
 * active tab" would be the popup itself; the parameter only chooses which tab to ask, and gives no
 * access the popup does not already have (any extension page may message any tab's content script).
 * The toolbar opens `popup.html` without it.
 */
export function tabIdFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  return Number(value);
}

/**
 * The tab to report on: the one named by `?tab=` or else the active tab of the popup's window.
 * Null when there is none (a window without tabs, a closed tab).
 */
export async function findTargetTab(tabs: TabsApi, search: string): Promise<TargetTab | null> {
  const wanted = tabIdFromSearch(search);
  try {
    const tab = wanted === null ? (await tabs.query({ active: true, currentWindow: true }))[0] : await tabs.get(wanted);
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  } catch {
    return null; // tabs.get rejects for a tab that no longer exists
  }
}
