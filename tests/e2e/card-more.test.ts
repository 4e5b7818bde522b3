import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Card } from '../../src/lookup/card';
import { askBackground, launchExtension, type ExtensionSession } from './harness';
import { completeMentions, fixturePages } from './pages/page-helpers';

/**
 * "More" on a busy card, in the real Chromium with the built extension: the card opens brief
 * (`get-brief-card`: the rows "More" hides come as stubs), so before "More" every meeting and quote
 * is there as its element with its id, the hidden ones without their text; the reader's click on
 * "More" fills them in place; a click a page's script makes does nothing. Thongloun Sisoulith's
 * card on card-undated.html (no date: "earlier" is before today) lists five rows of meetings.
 */
const pages = fixturePages('card-undated.html');
let session: ExtensionSession;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  session = await launchExtension(pages);
}, 60_000);

afterAll(async () => {
  await session?.close();
});

interface Row {
  id: string;
  hidden: boolean;
  /** Inside `[data-group="undated"]`, which has its own "More". */
  undated: boolean;
  text: string;
  origin: string | null;
}

/** The open card's meetings section: each `[data-meeting-id]`, whether it is hidden, its text; and its "More". */
async function meetingRows(): Promise<{ rows: Row[]; more: boolean } | null> {
  return page.evaluate(() => {
    const host = [...document.documentElement.children, ...(document.body?.children ?? [])].find((el) => el.tagName.startsWith('LEADERLENS-'));
    const section = host?.shadowRoot?.querySelector('[data-leader-id] [data-section="meetings"]');
    if (!section) return null;
    return {
      rows: [...section.querySelectorAll<HTMLElement>('[data-meeting-id]')].map((el) => ({
        id: el.getAttribute('data-meeting-id')!,
        hidden: el.closest('[hidden]') !== null,
        undated: el.closest('[data-group="undated"]') !== null,
        text: (el.textContent ?? '').trim(),
        origin: el.getAttribute('data-origin'),
      })),
      // The earlier meetings' "More" (the undated group has its own, inside it).
      more: section.querySelector(':scope > [data-action="more"]') !== null,
    };
  });
}

async function openThongloun(): Promise<{ rows: Row[]; more: boolean }> {
  await page?.close();
  page = await session.context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${session.origin}/card-undated.html`);
  await completeMentions(session);
  // The name's first line (it may wrap: its bounding box then spans two lines).
  const point = await page.evaluate(() => {
    const r = document.getElementById('name-thongloun')!.getClientRects()[0]!;
    return { x: r.x + Math.min(12, r.width / 2), y: r.y + r.height / 2 };
  });
  await page.mouse.move(point.x, point.y);
  await expect.poll(meetingRows, { timeout: 10_000 }).not.toBeNull();
  return (await meetingRows())!;
}

/** The whole card as the background gives it (`get-card`), for the ids the brief card must list. */
async function wholeCard(): Promise<Card> {
  const extensionPage = await session.openExtensionPage('options.html');
  try {
    const answer = (await askBackground(extensionPage, { type: 'get-card', leaderId: 'thongloun-sisoulith', pageDate: null, pageLeaderIds: ['to-lam', 'thongloun-sisoulith', 'vladimir-putin', 'luong-cuong'] })) as { ok: boolean; value: Card };
    return answer.value;
  } finally {
    await extensionPage.close();
  }
}

describe('"More" on a card with more than three meetings', () => {
  it('has every meeting as its element with its id before "More", the hidden ones without their text', async () => {
    const { rows, more } = await openThongloun();
    const whole = await wholeCard();
    expect(rows.map((r) => r.id).sort()).toEqual(whole.meetings.map((m) => m.id).sort());
    const hidden = rows.filter((r) => r.hidden);
    expect(hidden.filter((r) => !r.undated).length).toBeGreaterThan(0);
    expect(more).toBe(true);
    for (const row of hidden) expect(row.text, row.id).toBe('');
    for (const row of rows.filter((r) => !r.hidden)) expect(row.text.length, row.id).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('does nothing for a click a page script makes on "More"', async () => {
    const before = await openThongloun();
    await page.evaluate(() => {
      const host = [...document.documentElement.children, ...document.body.children].find((el) => el.tagName.startsWith('LEADERLENS-'))!;
      const more = host.shadowRoot!.querySelector<HTMLButtonElement>('[data-section="meetings"] [data-action="more"]')!;
      more.click();
      more.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    await page.waitForTimeout(500);
    expect(await meetingRows()).toEqual(before);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('fills the hidden meetings in place with their text for the reader\'s click on "More"', async () => {
    const before = await openThongloun();
    await page.locator('[data-section="meetings"] [data-action="more"]').click();
    await expect.poll(async () => (await meetingRows())?.more, { timeout: 5000 }).toBe(false);
    const after = (await meetingRows())!;
    expect(after.rows.map((r) => r.id)).toEqual(before.rows.map((r) => r.id));
    // Every earlier meeting shows, each with its row's text, the saved origin kept.
    const earlier = after.rows.filter((r) => !r.undated);
    expect(earlier.filter((r) => r.hidden)).toEqual([]);
    for (const row of earlier) expect(row.text.length, row.id).toBeGreaterThan(0);
    expect(after.rows.map((r) => r.origin)).toEqual(before.rows.map((r) => r.origin));
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('marks as wrong a meeting that was hidden, once "More" filled it', async () => {
    const before = await openThongloun();
    const wasHidden = before.rows.find((r) => r.hidden && !r.undated)!;
    await page.locator('[data-section="meetings"] [data-action="more"]').click();
    await expect.poll(async () => (await meetingRows())?.more, { timeout: 5000 }).toBe(false);
    await page.locator(`[data-meeting-id="${wasHidden.id}"] [data-action="mark-wrong"]`).click();
    await expect.poll(async () => (await meetingRows())?.rows.map((r) => r.id), { timeout: 5000 }).not.toContain(wasHidden.id);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
