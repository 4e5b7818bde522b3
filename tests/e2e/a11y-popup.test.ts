import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './a11y-helpers';
import { extensionDir, launchExtension, type ExtensionSession } from './harness';
import { openPopupFor, searchFor, waitForHighlights } from './popup-helpers';

// axe-core in real Chromium over the popup in each of its states, and the options page once built.
const ARTICLE = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Tin</title>
<p>Chủ tịch nước Lương Cường hội kiến Tổng thống Vladimir Putin. Chủ tịch nước Lương Cường cảm ơn.</p></html>`;

let session: ExtensionSession;
let popup: Page;

beforeAll(async () => {
  session = await launchExtension({ '/article.html': ARTICLE });
  const article = await session.context.newPage();
  await article.goto(`${session.origin}/article.html`);
  await waitForHighlights(article, 'some');
  popup = await openPopupFor(session, article.url());
  await popup
    .locator('[data-section="on-this-page"] [data-leader-id]')
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(async (error: unknown) => {
      throw new Error(`the popup did not list the tab's leaders; it shows: ${await popup.locator('main').innerText()}`, { cause: error });
    });
});

afterAll(async () => {
  await session?.close();
});

describe('accessibility (axe-core, no serious or critical violation)', () => {
  it('popup on open, with the tab’s leaders and the site switch', async () => {
    expect(await seriousViolations(popup)).toEqual([]);
  });

  it('popup with grouped results and an active row', async () => {
    await searchFor(popup, 'luong cuong');
    await popup.locator('input[type="search"]').press('ArrowDown');
    expect(await seriousViolations(popup)).toEqual([]);
  });

  it('popup with no result', async () => {
    await searchFor(popup, 'zzzzqqq');
    expect(await seriousViolations(popup)).toEqual([]);
  });

  it('a leader’s card in the popup', async () => {
    await searchFor(popup, 'luong cuong');
    await popup.locator('input[type="search"]').press('Enter');
    await popup.locator('[role="dialog"][data-leader-id]').waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.keyboard.press('Escape');
  });

  it('a meeting and a quote in the popup', async () => {
    await searchFor(popup, 'luong cuong');
    await popup.locator('[data-result-kind="meeting"]').first().click();
    await popup.locator('[data-meeting-id]').waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.keyboard.press('Escape');
    await searchFor(popup, 'luong cuong');
    await popup.locator('[data-result-kind="quote"]').first().click();
    await popup.locator('[data-quote-id]').waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.keyboard.press('Escape');
  });

  it('the popup is usable from the keyboard alone: Tab reaches every control in order', async () => {
    const fresh = await openPopupFor(session, `${session.origin}/article.html`);
    await fresh.locator('[data-section="on-this-page"] [data-leader-id]').first().waitFor();
    const stops: string[] = [];
    for (let i = 0; i < 6; i++) {
      stops.push(
        await fresh.evaluate(() => {
          const el = document.activeElement;
          return el ? `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''}` : 'none';
        }),
      );
      await fresh.keyboard.press('Tab');
    }
    // Search box first (focused on open), then the tab's leaders, then around to the site switch.
    expect(stops[0]).toBe('input[combobox]');
    expect(stops).toContain('button');
    expect(stops).toContain('input[switch]');
    // A leader of the tab opens its card with Enter, and Escape comes back.
    await fresh.locator('[data-section="on-this-page"] button').first().focus();
    await fresh.keyboard.press('Enter');
    await fresh.locator('[role="dialog"][data-leader-id]').waitFor();
    await fresh.keyboard.press('Escape');
    await fresh.locator('input[type="search"]').waitFor();
    await fresh.close();
  });

  const optionsBuilt = existsSync(join(extensionDir, 'options.html'));
  it.skipIf(!optionsBuilt)('the options page', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.waitForLoadState('load');
    await options.waitForTimeout(500);
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });
});
