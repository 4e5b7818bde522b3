import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { askBackground, launchExtension, type ExtensionSession } from './harness';
import { hoverText, waitForCard } from './pages/page-helpers';
import { openPopupFor, resultRows, searchFor, waitForHighlights } from './popup-helpers';
import { EN_ARTICLE, LATER_PAGE, NOT_AN_ARTICLE, VI_ARTICLE } from './saved-pages';

// The reader's own corpus (issue "6 of 7"), end to end in the built extension: a page saved from
// the popup is read by the corpus engine in the worker, kept in IndexedDB, and its meetings show
// on cards of other pages at once, marked data-origin="saved"; removed, they are gone.

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension({
    '/vi-article.html': VI_ARTICLE,
    '/en-article.html': EN_ARTICLE,
    '/later.html': LATER_PAGE,
    '/login.html': NOT_AN_ARTICLE,
  });
  for (const page of session.context.pages()) await page.close();
});

afterAll(async () => {
  await session?.close();
});

async function openPage(path: string, highlights = true): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${session.origin}${path}`);
  if (highlights) await waitForHighlights(page, 'some');
  else await page.waitForTimeout(300);
  return page;
}

/** Clicks "Save this article" in the popup for the tab showing `page`; returns the status and its text. */
async function saveFromPopup(page: Page): Promise<{ status: string | null; text: string }> {
  const popup = await openPopupFor(session, page.url());
  await popup.locator('button[data-action="save-page"]').click();
  const status = popup.locator('[data-save-status]');
  await status.waitFor({ timeout: 30_000 });
  const result = { status: await status.getAttribute('data-save-status'), text: (await status.textContent()) ?? '' };
  await popup.close();
  return result;
}

/** The items of the open card with their origin. */
async function cardItems(page: Page): Promise<{ meetings: { id: string; origin: string | null; text: string }[]; quotes: { id: string; origin: string | null }[] }> {
  return page.evaluate(() => {
    const hosts = [...document.documentElement.children, ...(document.body?.children ?? [])].filter((el) => el.tagName.startsWith('LEADERLENS-'));
    const root = hosts[0]?.shadowRoot?.querySelector('[data-leader-id]');
    return {
      meetings: [...(root?.querySelectorAll('[data-section="meetings"] [data-meeting-id]') ?? [])].map((el) => ({
        id: el.getAttribute('data-meeting-id')!,
        origin: el.getAttribute('data-origin'),
        text: el.textContent ?? '',
      })),
      quotes: [...(root?.querySelectorAll('[data-section="quotes"] [data-quote-id]') ?? [])].map((el) => ({ id: el.getAttribute('data-quote-id')!, origin: el.getAttribute('data-origin') })),
    };
  });
}

async function cardOf(page: Page, selector: string, name: string, leaderId: string) {
  await page.mouse.move(1, 1);
  await page.waitForTimeout(100);
  await hoverText(page, selector, name);
  await waitForCard(page, leaderId);
  return cardItems(page);
}

async function listSaved(): Promise<{ articles: { id: string; title: string; meetings: number; quotes: number }[]; interrupted: unknown[] }> {
  const page = await session.openExtensionPage('options.html');
  const answer = (await askBackground(page, { type: 'list-saved' })) as { ok: boolean; value: { articles: { id: string; title: string; meetings: number; quotes: number }[]; interrupted: unknown[] } };
  await page.close();
  return answer.value;
}

describe('saving a page from the popup', () => {
  it('saves a Vietnamese news page, and a card on another page shows its meeting, marked as saved', async () => {
    const article = await openPage('/vi-article.html');
    const saved = await saveFromPopup(article);
    expect(saved.status).toBe('saved');
    expect(saved.text).toMatch(/1 meetings and \d+ quotes found/);

    const later = await openPage('/later.html');
    const card = await cardOf(later, '#pm', 'Phạm Minh Chính', 'pham-minh-chinh');
    const fromSaved = card.meetings.filter((m) => m.origin === 'saved');
    expect(fromSaved).toHaveLength(1);
    expect(fromSaved[0]!.text).toContain('Lawrence Wong');
    expect(card.quotes.filter((q) => q.origin === 'saved')).toHaveLength(1);
    // The index's own items carry no origin.
    expect(card.meetings.filter((m) => m.origin === null).length).toBeGreaterThan(0);
    await later.close();
    await article.close();
  });

  it('saves an English news page the same way', async () => {
    const article = await openPage('/en-article.html');
    expect((await saveFromPopup(article)).status).toBe('saved');
    const later = await openPage('/later.html');
    const card = await cardOf(later, '#president', 'Lương Cường', 'luong-cuong');
    const fromSaved = card.meetings.filter((m) => m.origin === 'saved');
    expect(fromSaved.map((m) => m.text).join(' ')).toContain('Prabowo');
    await later.close();
    await article.close();
  });

  it('says "already-saved" for the same page again, and keeps it once', async () => {
    const article = await openPage('/vi-article.html');
    const again = await saveFromPopup(article);
    expect(again.status).toBe('already-saved');
    const { articles } = await listSaved();
    expect(articles.filter((a) => a.title.includes('Lawrence Wong'))).toHaveLength(1);
    await article.close();
  });

  it('finds saved meetings and quotes in the popup search, marked as saved', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await searchFor(popup, 'lawrence wong');
    const rows = await popup.$$eval('[data-result-kind="meeting"], [data-result-kind="quote"]', (els) => els.map((el) => el.getAttribute('data-origin')));
    expect(rows).toContain('saved');
    expect((await resultRows(popup)).some(([kind]) => kind === 'meeting')).toBe(true);
    await popup.close();
  });

  it('says clearly when reader mode finds no article on a page', async () => {
    const login = await openPage('/login.html', false);
    const failed = await saveFromPopup(login);
    expect(failed.status).toBe('failed');
    expect(failed.text).toMatch(/no article/i);
    await login.close();
  });
});

describe('removing a saved article', () => {
  it('lists it on the options page, and once removed its meeting leaves the card', async () => {
    const options = await session.openExtensionPage('options.html');
    const section = options.locator('[data-section="saved-articles"]');
    await section.locator('[data-article-id]').first().waitFor();
    const item = section.locator('[data-article-id]', { hasText: 'Lawrence Wong' });
    await expect.poll(() => item.count()).toBe(1);
    await item.locator('button[data-action="remove-saved"]').click();
    await expect.poll(() => item.count()).toBe(0);
    await options.close();

    const later = await openPage('/later.html');
    const card = await cardOf(later, '#pm', 'Phạm Minh Chính', 'pham-minh-chinh');
    expect(card.meetings.filter((m) => m.origin === 'saved')).toHaveLength(0);
    expect(card.meetings.map((m) => m.text).join(' ')).not.toContain('Lawrence Wong');
    await later.close();
  });
});
