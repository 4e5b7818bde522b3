import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { openPopupFor, tabIdOf, waitForHighlights } from './popup-helpers';

// "On this page" and the per-site switch: the popup asks a real tab's content script.
const ARTICLE = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Tin</title>
<meta property="article:published_time" content="2025-12-05T08:00:00+07:00">
<article>
<p>Tổng Bí thư Tô Lâm hội đàm với Tổng thống Vladimir Putin tại Hà Nội.</p>
<p>Sau hội đàm, Tổng Bí thư Tô Lâm và Tổng thống Vladimir Putin gặp gỡ báo chí.</p>
<p>Tổng Bí thư Tô Lâm nhấn mạnh quan hệ hai nước.</p>
</article></html>`;

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension({ '/article.html': ARTICLE, '/other.html': ARTICLE });
  // The persistent context starts with a blank tab; closing it leaves only the tabs tests open.
  for (const page of session.context.pages()) await page.close();
});

afterAll(async () => {
  await session?.close();
});

async function openArticle(origin: string, path = '/article.html'): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${origin}${path}`);
  await waitForHighlights(page, 'some');
  return page;
}

describe('popup: on this page', () => {
  it("lists the tab's leaders with their counts, most named first, without result attributes", async () => {
    const article = await openArticle(session.origin);
    const popup = await openPopupFor(session, article.url());
    const list = popup.locator('[data-section="on-this-page"]');
    await list.locator('[data-leader-id="vladimir-putin"]').waitFor();
    const items = await list.locator('[data-leader-id]').evaluateAll((els) =>
      els.map((el) => ({ id: el.getAttribute('data-leader-id'), count: el.getAttribute('data-count'), kind: el.getAttribute('data-result-kind'), text: el.textContent })),
    );
    expect(items.map(({ id, count }) => [id, count])).toEqual([
      ['to-lam', '3'],
      ['vladimir-putin', '2'],
    ]);
    expect(items.every(({ kind }) => kind === null)).toBe(true);
    expect(items[0]?.text).toContain('Tô Lâm');
    // Each opens its card, as of the page's date.
    await list.locator('[data-leader-id="to-lam"] button').click();
    await popup.locator('[role="dialog"][data-leader-id="to-lam"]').waitFor();
    await popup.close();
    await article.close();
  });

  it('says clearly when the tab cannot be read (a browser page)', async () => {
    const browserPage = await session.context.newPage();
    await browserPage.goto('chrome://version/');
    // The one tab whose content script does not answer (no extension may script chrome:// pages).
    const finder = await session.openExtensionPage('popup.html');
    const tabId = await tabIdOf(finder, null);
    await finder.close();
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.getByText('Leaderlens cannot read this tab').waitFor();
    expect(await popup.locator('[data-section="on-this-page"] [data-leader-id]').count()).toBe(0);
    // No site to switch on a browser page.
    expect(await popup.locator('[role="switch"]').count()).toBe(0);
    await popup.close();
    await browserPage.close();
  });
});

describe('popup: per-site switch', () => {
  it('stops highlighting on that site and only there, and turns it back on', async () => {
    // 127.0.0.1 and localhost are two sites served by the same test server.
    const here = await openArticle(session.origin);
    const elsewhereOrigin = session.origin.replace('127.0.0.1', 'localhost');
    const elsewhere = await openArticle(elsewhereOrigin, '/other.html');

    const popup = await openPopupFor(session, here.url());
    const toggle = popup.getByRole('switch');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    expect(await popup.locator('.llp-switch').getAttribute('data-site')).toBe('127.0.0.1');
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(false);

    // At once in the open tab, without a reload: its highlights go; the other site keeps its own.
    expect(await waitForHighlights(here, 'none')).toBe(0);
    expect(await waitForHighlights(elsewhere, 'some')).toBeGreaterThan(0);

    // And after a reload: the content script reads the site list when it starts.
    await here.reload();
    // The scan of an enabled page shows highlights within a few hundred ms (see openArticle);
    // a second is ample for "none" to be a real absence and not a scan still under way.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await waitForHighlights(here, 'none')).toBe(0);
    await elsewhere.reload();
    expect(await waitForHighlights(elsewhere, 'some')).toBeGreaterThan(0);

    // (A popup opened now on the switched-off site would say "off on this site": that needs the
    // tab's address, which the browser gives the popup only through activeTab on a toolbar click,
    // never to a popup opened as a page. tests/popup/Popup.test.tsx covers it.)

    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    // Back on in the open tab (the page had been reloaded switched off: its side starts now).
    expect(await waitForHighlights(here, 'some')).toBeGreaterThan(0);
    await here.reload();
    expect(await waitForHighlights(here, 'some')).toBeGreaterThan(0);
    await popup.close();
  });
});
