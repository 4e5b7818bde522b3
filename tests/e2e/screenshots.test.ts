import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, welcomePage, type ExtensionSession } from './harness';
import { openPopupFor, searchFor, waitForHighlights } from './popup-helpers';
import { expectScreenshot, screenshotDir } from './screenshot-dir';

/**
 * The README's screenshots, made from the built extension: the welcome page, the card on a news
 * page, and the toolbar popup. Every run renders them, so a change that breaks what they show fails here;
 * `npm run screenshots` writes them to docs/screenshots/ (committed), `npm test` to the
 * git-ignored .screenshots/ (see screenshot-dir.ts).
 */
let OUT: string;

const ARTICLE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Chủ tịch nước hội kiến Tổng thống Nga</title>
<meta property="article:published_time" content="2025-12-20T09:00:00+07:00">
<style>
  body { margin: 0; font: 17px/1.6 Georgia, 'Times New Roman', serif; color: #222; background: #fff; }
  header { padding: 14px 32px; border-bottom: 3px solid #9f224e; font: 700 22px/1 system-ui, sans-serif; color: #9f224e; }
  article { max-width: 640px; padding: 12px 32px 420px; }
  h1 { font-size: 26px; line-height: 1.3; }
  .date { color: #666; font: 14px system-ui, sans-serif; }
</style></head>
<body><header>Báo Mẫu</header><article>
<h1>Chủ tịch nước Lương Cường hội kiến Tổng thống Liên bang Nga Vladimir Putin</h1>
<p class="date">Thứ Bảy, 20/12/2025, 09:00 (GMT+7)</p>
<p>Chiều 19/12, Chủ tịch nước Lương Cường hội kiến Tổng thống Liên bang Nga Vladimir Putin. Hai bên nhất trí
tăng cường hợp tác trên các lĩnh vực năng lượng, giáo dục và khoa học.</p>
<p>Tổng Bí thư Tô Lâm trước đó đã gửi lời chào tới Tổng thống Vladimir Putin.</p>
</article></body></html>`;

let session: ExtensionSession;

beforeAll(async () => {
  OUT = screenshotDir();
  // The welcome tab of this fresh install is kept for its screenshot (the harness closes it otherwise).
  session = await launchExtension({ '/article.html': ARTICLE }, { keepWelcomePage: true });
});

afterAll(async () => {
  await session?.close();
});

/** Moves the pointer onto the first occurrence of `text` in the page's paragraphs. */
async function hoverText(page: Page, text: string): Promise<void> {
  const point = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.querySelector('article p:not(.date)')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + 1);
      range.setEnd(node, at + 2);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`leaderlens e2e: "${text}" is not on the page`);
  await page.mouse.move(point.x, point.y);
}

describe('README screenshots', () => {
  it('the welcome page a fresh install opens', async () => {
    const page = await welcomePage(session.context, session.extensionId);
    if (!page) throw new Error('leaderlens e2e: no welcome page opened on install');
    await page.setViewportSize({ width: 900, height: 900 });
    await page.locator('main[data-status="ready"]').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(OUT, 'welcome.png'), fullPage: true });
    expectScreenshot(join(OUT, 'welcome.png'));
    await page.close();
  });

  it('the card on a news page', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 760 });
    await page.goto(`${session.origin}/article.html`);
    await waitForHighlights(page, 'some');
    await hoverText(page, 'Lương Cường hội kiến Tổng thống Liên bang Nga Vladimir Putin. Hai');
    // The card renders in the open shadow root of our one `leaderlens-` host.
    await page.waitForFunction(() => {
      const host = [...document.documentElement.children, ...document.body.children].find((el) => el.tagName.toLowerCase().startsWith('leaderlens-'));
      return host?.shadowRoot?.querySelector('[data-leader-id="luong-cuong"]') ?? null;
    }, undefined, { timeout: 10_000 });
    await page.waitForTimeout(300); // the card's entrance
    await page.screenshot({ path: join(OUT, 'card.png') });
    expectScreenshot(join(OUT, 'card.png'));
    await page.close();
  });

  it('the toolbar popup: results grouped by kind, and the leaders of the tab', async () => {
    const article = await session.context.newPage();
    await article.goto(`${session.origin}/article.html`);
    await waitForHighlights(article, 'some');
    const popup = await openPopupFor(session, article.url());
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.locator('[data-section="on-this-page"] [data-leader-id]').first().waitFor();
    await searchFor(popup, 'luong cuong');
    await popup.locator('input[type="search"]').press('ArrowDown');
    expect(await popup.locator('[data-result-kind]').count()).toBeGreaterThan(0);
    await popup.screenshot({ path: join(OUT, 'popup.png'), fullPage: true });
    expectScreenshot(join(OUT, 'popup.png'));

    await popup.locator('[data-result-kind="meeting"]').first().click();
    await popup.locator('[data-meeting-id]').waitFor();
    await popup.screenshot({ path: join(OUT, 'popup-meeting.png'), fullPage: true });
    expectScreenshot(join(OUT, 'popup-meeting.png'));
    await popup.close();
    await article.close();
  });
});
