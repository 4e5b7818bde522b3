import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { coverageOf } from '../../src/lookup/coverage';
import { seriousViolations } from './a11y-helpers';
import { launchExtension, reloadExtension, welcomePage, type ExtensionSession } from './harness';
import { highlightedRanges, packagedIndex, tabIdOf, waitForHighlights } from './popup-helpers';

// First run in the real Chromium (issue 11, "First run and coverage"): the welcome page a fresh
// profile opens, its figures against the packaged index, its accessibility in both themes; the
// icons in the manifest; and a tab open while the extension reloads getting highlights without a
// page reload, with never two live content scripts in it.
const ARTICLE = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Tin</title>
<p>Chủ tịch nước Lương Cường hội kiến Tổng thống Vladimir Putin. Chủ tịch nước Lương Cường cảm ơn.</p></html>`;

let session: ExtensionSession;
let welcome: Page;

beforeAll(async () => {
  session = await launchExtension({ '/article.html': ARTICLE }, { keepWelcomePage: true });
  const page = await welcomePage(session.context, session.extensionId);
  if (!page) throw new Error('leaderlens e2e: no welcome page opened on install');
  welcome = page;
});

afterAll(async () => {
  await session?.close();
});

async function ready(page: Page): Promise<void> {
  await page.locator('main[data-status="ready"]').waitFor({ timeout: 15_000 });
}

async function figures(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-figure]', (els) => Object.fromEntries(els.map((el) => [el.getAttribute('data-figure')!, el.getAttribute('data-value')!])));
}

async function writeSync(page: Page, values: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (v) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void>; clear(): Promise<void> } } } };
    await chrome.storage.sync.clear();
    await chrome.storage.sync.set(v);
  }, values);
}

describe('the welcome page', () => {
  it('opens on install, in the browser’s language, and shows the packaged index’s coverage', async () => {
    await ready(welcome);
    const expected = coverageOf(packagedIndex());
    expect(await welcome.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await figures(welcome)).toMatchObject({
      'people-registry': String(expected.people.registry),
      'people-found': String(expected.people.foundInCorpus),
      'people-with-records': String(expected.people.withRecords),
      articles: String(expected.articles),
      'registry-as-of': expected.registryAsOf,
      sources: String(expected.sources.length),
      ...(expected.dateRange ? { 'date-from': expected.dateRange.from, 'date-to': expected.dateRange.to } : {}),
    });
    expect(await welcome.locator('[data-warning="registry-stale"]').count()).toBe(expected.registryStale ? 1 : 0);
    // How to add articles, and the settings with a link to them.
    await expect.poll(() => welcome.locator('[data-section="add-articles"]').innerText()).toContain('corpus/articles/');
    expect(await welcome.locator('a[data-action="open-settings"]').getAttribute('href')).toBe('options.html');
  });

  it('follows the reader’s interface language setting', async () => {
    await writeSync(welcome, { 'settings.language': 'vi' });
    await welcome.reload();
    await ready(welcome);
    expect(await welcome.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await welcome.locator('h1').innerText()).toBe('Chào mừng bạn đến với Leaderlens');
    await writeSync(welcome, {});
  });

  it.each([
    ['light', 'rgb(255, 255, 255)'],
    ['dark', 'rgb(30, 31, 34)'],
  ])('has no serious or critical axe violation in the %s theme', async (theme, background) => {
    await writeSync(welcome, { 'settings.theme': theme });
    await welcome.reload();
    await ready(welcome);
    expect(await welcome.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
    expect(await seriousViolations(welcome)).toEqual([]);
    await writeSync(welcome, {});
  });

  it('the popup’s empty state says the same coverage in one line', async () => {
    const popup = await session.openExtensionPage('popup.html');
    const expected = coverageOf(packagedIndex());
    const line = popup.locator('[data-section="coverage"]');
    await line.waitFor({ timeout: 15_000 });
    expect(await line.innerText()).toContain(`${expected.articles.toLocaleString('en-GB')} articles`);
    await popup.close();
  });

  it('the manifest names an icon at every store size, and each is a PNG of that size', async () => {
    const manifest = await welcome.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }).chrome.runtime.getManifest());
    const icons = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
    expect(manifest['icons']).toEqual(icons);
    expect((manifest['action'] as { default_icon: unknown }).default_icon).toEqual(icons);
    const sizes = await welcome.evaluate(async (paths) => {
      const load = (path: string) => new Promise<number[]>((resolve, reject) => {
        const img = new Image();
        img.onload = () => resolve([img.naturalWidth, img.naturalHeight]);
        img.onerror = () => reject(new Error(`cannot load ${path}`));
        img.src = `/${path}`;
      });
      return Promise.all(paths.map(load));
    }, Object.values(icons));
    expect(sizes).toEqual([[16, 16], [32, 32], [48, 48], [128, 128]]);
  });
});

/** The tab's top-frame hosts (`leaderlens-ui-…` elements) after asking every live copy to open a card. */
async function hostsAfterOpenCard(worker: Worker, tabId: number, article: Page): Promise<number> {
  await worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown> } } };
    await chrome.tabs.sendMessage(id, { type: 'open-card' }, { frameId: 0 });
  }, tabId);
  await article.waitForFunction(() => [...document.documentElement.children].some((el) => el.tagName.startsWith('LEADERLENS-')), undefined, { timeout: 10_000 });
  await article.waitForTimeout(500); // a second copy would answer in the same turn; give it time anyway
  const count = await article.evaluate(() => [...document.documentElement.children].filter((el) => el.tagName.startsWith('LEADERLENS-')).length);
  await article.keyboard.press('Escape');
  await article.waitForFunction(() => ![...document.documentElement.children].some((el) => el.tagName.startsWith('LEADERLENS-') && el.shadowRoot?.querySelector('[data-leader-id]')), undefined, { timeout: 5_000 }).catch(() => undefined);
  return count;
}

async function injectAgain(worker: Worker, tabId: number): Promise<void> {
  await worker.evaluate(async (id) => {
    type Manifest = { content_scripts?: { js?: string[] }[] };
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { getManifest(): Manifest }; scripting: { executeScript(i: object): Promise<unknown> } };
    };
    const files = (chrome.runtime.getManifest().content_scripts ?? []).flatMap((s) => s.js ?? []);
    await chrome.scripting.executeScript({ target: { tabId: id, allFrames: true }, files });
  }, tabId);
}

describe('open tabs across a reload of the extension', () => {
  let article: Page;
  let tabId: number;

  beforeAll(async () => {
    await welcome.close();
    article = await session.context.newPage();
    await article.goto(`${session.origin}/article.html`);
    await waitForHighlights(article, 'some');
    const finder = await session.openExtensionPage('popup.html');
    tabId = await tabIdOf(finder, article.url());
    await finder.close();
  });

  it('injecting the content script again into a tab with a live copy adds no second copy', async () => {
    const worker = await session.serviceWorker();
    await injectAgain(worker, tabId);
    expect(await hostsAfterOpenCard(worker, tabId, article)).toBe(1);
  });

  it('a tab open while the extension reloads gets highlights without a page reload, from the new copy alone', async () => {
    await article.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    const worker = await reloadExtension(session);

    // Only a content script of the reloaded extension can answer a page of the reloaded extension.
    const finder = await session.openExtensionPage('popup.html');
    await expect.poll(() => tabIdOf(finder, article.url()).catch(() => null), { timeout: 20_000 }).toBe(tabId);
    await finder.close();
    expect(await waitForHighlights(article, 'some')).toBeGreaterThan(0);
    expect(await article.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(await highlightedRanges(article)).toBeGreaterThan(0);
    expect(await hostsAfterOpenCard(worker, tabId, article)).toBe(1);
  });

  it('opens no welcome page on an update (a reload is one)', async () => {
    expect(await welcomePage(session.context, session.extensionId, 2_000)).toBeNull();
  });
});
