import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { packagedIndex, resultRows, searchFor } from './popup-helpers';

// The toolbar popup of the built extension, opened as a page, searching the seed corpus.
let session: ExtensionSession;
let popup: Page;
const index = packagedIndex();

// Article 000: Lương Cường's online talks with Thongloun Sisoulith, and what Thongloun said there.
const meetingId = Object.values(index.meetings).find(
  (m) => m.participants.includes('luong-cuong') && m.participants.includes('thongloun-sisoulith') && m.kind === 'online_talks',
)?.id;
const quoteId = Object.values(index.quotes).find((q) => q.text.includes('tín nhiệm bầu giữ chức Chủ tịch nước'))?.id;

beforeAll(async () => {
  session = await launchExtension();
  popup = await session.openExtensionPage('popup.html');
});

afterAll(async () => {
  await session?.close();
});

describe('popup search', () => {
  it('has exactly one search box, focused on open', async () => {
    expect(await popup.locator('input[type="search"]').count()).toBe(1);
    expect(await popup.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('search');
  });

  it.each(['to lam', 'Tô Lâm', 'TO LAM', 'tô lâ'])('finds Tô Lâm first from %j', async (query) => {
    await searchFor(popup, query);
    expect((await resultRows(popup))[0]).toEqual(['leader', 'to-lam']);
  });

  it.each(['tổng bí thư', 'tong bi thu', 'general secretary'])('finds general secretaries by the title %j', async (query) => {
    await searchFor(popup, query);
    const leaders = (await resultRows(popup)).filter(([kind]) => kind === 'leader').map(([, id]) => id);
    expect(leaders).toEqual(expect.arrayContaining(['to-lam', 'nguyen-phu-trong']));
  });

  it('tolerates a typo in a longer word', async () => {
    await searchFor(popup, 'sisoulitk');
    expect((await resultRows(popup))[0]).toEqual(['leader', 'thongloun-sisoulith']);
  });

  it.each(['Lương Cường Thongloun', 'luong cuong thongloun'])('finds the meeting of Lương Cường and Thongloun from %j', async (query) => {
    expect(meetingId).toBeDefined();
    await searchFor(popup, query);
    const rows = await resultRows(popup);
    expect(rows).toContainEqual(['meeting', meetingId]);
  });

  it.each(['tín nhiệm bầu giữ chức', 'tin nhiem bau giu chuc'])('finds the quote from %j', async (query) => {
    expect(quoteId).toBeDefined();
    await searchFor(popup, query);
    expect(await resultRows(popup)).toContainEqual(['quote', quoteId]);
  });

  it.each([
    ['xi jinping', 'xi-jinping'],
    ['tap can binh', 'xi-jinping'],
    ['tran thanh man', 'tran-thanh-man'],
  ])('finds only the one leader %j names (issue 11)', async (query, id) => {
    await searchFor(popup, query);
    expect((await resultRows(popup)).filter(([kind]) => kind === 'leader')).toEqual([['leader', id]]);
  });

  it.each(['lionel messi', 'Nguyễn Văn A'])('says there is no leader by the name %j, and shows no one', async (query) => {
    await searchFor(popup, query);
    expect(await resultRows(popup)).toEqual([]);
    expect(await popup.locator('[role="status"][data-empty="everything"]').textContent()).toContain('No leader by that name');
  });

  it('lists leaders first, then meetings, then quotes', async () => {
    await searchFor(popup, 'luong cuong');
    const kinds = (await resultRows(popup)).map(([kind]) => kind);
    expect(kinds).toContain('leader');
    expect(kinds).toContain('meeting');
    expect(kinds).toContain('quote');
    const order = { leader: 0, meeting: 1, quote: 2 } as Record<string, number>;
    expect(kinds.map((k) => order[k])).toEqual([...kinds.map((k) => order[k]!)].sort());
  });
});

describe('popup keyboard use', () => {
  it('moves through the results with the arrow keys and opens the active one with Enter', async () => {
    await searchFor(popup, 'luong cuong');
    const rows = await resultRows(popup);
    const input = popup.locator('input[type="search"]');
    await input.press('ArrowDown');
    await input.press('ArrowDown');
    const activeId = await input.getAttribute('aria-activedescendant');
    expect(activeId).toBe(`result-${rows[1]![0]}-${rows[1]![1]}`);
    expect(await popup.locator(`#${activeId}`).getAttribute('aria-selected')).toBe('true');
    await input.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe(`result-${rows[0]![0]}-${rows[0]![1]}`);
    await input.press('Enter');
    // The first row is Lương Cường: his card opens in the popup, and gets the focus.
    await popup.locator('[data-leader-id="luong-cuong"][role="dialog"]').waitFor();
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-leader-id'))).toBe('luong-cuong');
    await popup.keyboard.press('Escape');
    await popup.locator('input[type="search"]').waitFor();
    expect(await popup.locator('input[type="search"]').inputValue()).toBe('luong cuong');
    expect(await popup.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('search');
  });

  it('opens a meeting with its sources, each linking to the reader page', async () => {
    await searchFor(popup, 'luong cuong thongloun');
    await popup.locator(`[data-result-kind="meeting"][data-id="${meetingId}"]`).click();
    const detail = popup.locator(`[data-meeting-id="${meetingId}"]`);
    await detail.waitFor();
    const href = await detail.locator('a.llp-source-link').first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^chrome-extension://${session.extensionId}/reader\\.html\\?article=`));
    expect(await popup.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await popup.locator('.llp-back').click();
  });

  it('opens a quote with its source in the reader page', async () => {
    await searchFor(popup, 'tin nhiem bau giu chuc');
    const input = popup.locator('input[type="search"]');
    const rows = await resultRows(popup);
    const at = rows.findIndex(([kind, id]) => kind === 'quote' && id === quoteId);
    for (let i = 0; i <= at; i++) await input.press('ArrowDown');
    await input.press('Enter');
    const detail = popup.locator(`[data-quote-id="${quoteId}"]`);
    await detail.waitFor();
    const href = await detail.locator('a.llp-source-link').getAttribute('href');
    const url = new URL(href!);
    expect(url.pathname).toBe('/reader.html');
    expect(url.searchParams.get('article')).toBe(index.quotes[quoteId!]!.articleId);
    await popup.keyboard.press('Escape');
  });
});
