import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { INDEX_DIR_NAME, type LeaderlensIndex } from '../../src/index-data/format';
import type { ArticleShard, CardShard, IndexManifest, LeadersFile, MatcherFile } from '../../src/index-data/folder-format';
import type { ExtensionSession } from './harness';

/**
 * The index the e2e build packaged (the global setup ran `npm run build`), put back together from
 * its folder's shards, so tests pick real meeting and quote ids by what they say rather than
 * hard-coding ids the corpus engine may renumber. (`searchForms` is not in the folder: left empty.)
 */
export function packagedIndex(dir = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3', INDEX_DIR_NAME)): LeaderlensIndex {
  // Read once per test file: the global setup built the extension before any file runs.
  if (packaged?.dir === dir) return packaged.index;
  const read = <T>(path: string): T => {
    const bytes = readFileSync(join(dir, path));
    return (JSON.parse((path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')) as { data: T }).data;
  };
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as IndexManifest;
  const { leaders, placeCountries } = read<LeadersFile>('leaders.json');
  const index: LeaderlensIndex = {
    formatVersion: manifest.formatVersion,
    registryAsOf: manifest.registryAsOf,
    matcher: read<MatcherFile>('matcher.json').matcher,
    leaders,
    meetings: {},
    quotes: {},
    articles: {},
    cards: {},
    searchForms: {},
    ...(placeCountries ? { placeCountries } : {}),
  };
  for (const file of readdirSync(join(dir, 'cards'))) {
    const shard = read<CardShard>(`cards/${file}`);
    Object.assign(index.cards, shard.cards);
    Object.assign(index.meetings, shard.meetings);
    Object.assign(index.quotes, shard.quotes);
  }
  for (const file of readdirSync(join(dir, 'articles'))) Object.assign(index.articles, read<ArticleShard>(`articles/${file}`).articles);
  packaged = { dir, index };
  return index;
}

let packaged: { dir: string; index: LeaderlensIndex } | undefined;

/** Types `query` into the popup's search box and waits until the results for it are shown. */
export async function searchFor(popup: Page, query: string): Promise<void> {
  const input = popup.locator('input[type="search"]');
  await input.fill(query);
  // `done` is set in the same render as the query, so a finished search for an older query never
  // passes for this one.
  await popup.waitForFunction((wanted) => {
    const section = document.querySelector('section[data-state]');
    const box = document.querySelector<HTMLInputElement>('input[type="search"]');
    return box?.value === wanted && (section?.getAttribute('data-state') === 'done' || section?.getAttribute('data-state') === 'failed');
  }, query);
}

/** `[kind, id]` of every result row, in the order the popup shows them. */
export async function resultRows(popup: Page): Promise<[string, string][]> {
  return popup.$$eval('[data-result-kind]', (rows) => rows.map((row) => [row.getAttribute('data-result-kind') ?? '', row.getAttribute('data-id') ?? ''] as [string, string]));
}

/**
 * The browser's id of the tab showing `url` (or, with `url` null, of the one tab whose content
 * script does not answer), asked from an extension page. Without the `tabs` permission the browser
 * hides every tab's address from us, so each tab is asked `page-mentions`, whose answer carries the
 * page's address.
 */
export async function tabIdOf(extensionPage: Page, url: string | null): Promise<number> {
  const id = await extensionPage.evaluate(async (wanted) => {
    type Tab = { id?: number };
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<Tab[]>; getCurrent(): Promise<Tab>; sendMessage(id: number, m: unknown, o: object): Promise<unknown> } };
    };
    const self = (await chrome.tabs.getCurrent()).id;
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined || tab.id === self) continue;
      const answer = await chrome.tabs.sendMessage(tab.id, { type: 'page-mentions' }, { frameId: 0 }).catch(() => null);
      const answeredUrl = (answer as { url?: string } | null)?.url ?? null;
      if (answeredUrl === wanted) return tab.id;
    }
    return null;
  }, url);
  if (id === null) throw new Error(`leaderlens e2e: no tab shows ${url ?? 'a page without a content script'}`);
  return id;
}

/** Opens the popup as a page reporting on the tab that shows `url` (the `?tab=` test hook). */
export async function openPopupFor(session: ExtensionSession, url: string): Promise<Page> {
  const finder = await session.openExtensionPage('popup.html');
  const tabId = await tabIdOf(finder, url);
  await finder.close();
  return session.openExtensionPage(`popup.html?tab=${tabId}`);
}

/** How many name ranges the content script highlighted in `page` (CSS Custom Highlight API). */
export async function highlightedRanges(page: Page): Promise<number> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    if (!registry) return 0;
    let ranges = 0;
    for (const [name, highlight] of registry) if (name.startsWith('leaderlens')) ranges += highlight.size;
    return ranges;
  });
}

/** Waits until `page` has (or, with `none`, no longer has) highlighted names. */
export async function waitForHighlights(page: Page, want: 'some' | 'none', timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ranges = await highlightedRanges(page);
    if (want === 'some' ? ranges > 0 : ranges === 0) return ranges;
    if (Date.now() > deadline) throw new Error(`leaderlens e2e: ${page.url()} still has ${ranges} highlighted names (wanted ${want})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
