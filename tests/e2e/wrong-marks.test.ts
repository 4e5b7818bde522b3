import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cardFor } from '../../src/lookup/card';
import type { WrongMark } from '../../src/marks/mark-types';
import { seriousViolations } from './a11y-helpers';
import { askBackground, launchExtension, type ExtensionSession } from './harness';
import { completeMentions, countsOf, fixturePages, hover, openCard, openCardItems, waitForCard } from './pages/page-helpers';
import { packagedIndex } from './popup-helpers';

/**
 * "Mark as wrong" in the real Chromium, end to end: a reader's real click on a card's meeting
 * marks it (the background stores it in storage.local), it leaves the card at once and stays gone
 * when the card opens again, and the background's cards and search leave it out; a page's script
 * clicking the same button marks nothing; the options page, open all along, lists the mark without
 * a reload, exports the documented JSON, passes axe, and its Undo brings the meeting back to the
 * card in the page's tab.
 *
 * The page (vnexpress-international.html) is dated 1 Dec 2025 and names To Lam, whose card there
 * has earlier meetings in the seed corpus (page-content.test.ts).
 */
const pages = fixturePages('vnexpress-international.html');
let session: ExtensionSession;
let page: Page;
let extensionPage: Page;
/** Opened before anything is marked, and never reloaded: it must follow the marks by itself. */
let options: Page;
let pageLeaders: string[];
const pageErrors: string[] = [];

/** The marks as stored, read from an extension page (storage.local is the extension's). */
async function storedMarks(): Promise<WrongMark[]> {
  const stored = await extensionPage.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
    return chrome.storage.local.get('marks.wrong');
  });
  return (stored['marks.wrong'] as WrongMark[] | undefined) ?? [];
}

/** The meetings the popup's search finds by the name of one of `meetingId`'s other participants. */
async function searchIds(meetingId: string): Promise<string[]> {
  const index = packagedIndex();
  const other = index.meetings[meetingId]!.participants.find((id) => id !== 'to-lam') ?? 'to-lam';
  const answer = (await askBackground(extensionPage, { type: 'search', query: index.leaders[other]!.name, limit: 100 })) as { value: { meetings: { id: string }[] } };
  return answer.value.meetings.map((m) => m.id);
}

/** Closes any card, then rests the pointer on To Lam's name and waits for his card. */
async function openToLam(): Promise<void> {
  await page.bringToFront();
  if (await openCard(page)) {
    await page.keyboard.press('Escape');
    await expect.poll(() => openCard(page)).toBeNull();
  }
  await page.mouse.move(2, 2);
  await hover(page, '#name-to-lam');
  await waitForCard(page, 'to-lam');
}

/** What the page's own script sees: our host's open shadow root. */
const cardSelector = (selector: string) => `[data-leader-id="to-lam"] ${selector}`;

beforeAll(async () => {
  session = await launchExtension(pages);
  extensionPage = await session.openExtensionPage('reader.html');
  options = await session.openExtensionPage('options.html');
  options.on('pageerror', (error) => pageErrors.push(error.message));
  await options.getByText('Nothing is marked as wrong.').waitFor();
  page = await session.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${session.origin}/vnexpress-international.html`);
  pageLeaders = Object.keys(countsOf(await completeMentions(session)));
});

afterAll(async () => {
  await session?.close();
});

describe('marking a meeting as wrong from a card', () => {
  let marked: string;

  it('gives each meeting and quote a "Mark as wrong" button named with what it marks', async () => {
    await openToLam();
    const shown = await openCardItems(page);
    expect(shown.meetings.length, 'To Lam has earlier meetings on this page').toBeGreaterThan(1);
    const buttons = page.getByRole('button', { name: /^Mark as wrong \S/ });
    expect(await buttons.count()).toBe(shown.meetings.length + shown.quotes.length);
  });

  it('takes the meeting out of the card at the reader\'s real click, stores the mark, and offers Undo', async () => {
    const before = await openCardItems(page);
    marked = before.meetings[0]!.id;
    expect(await searchIds(marked), 'the popup\'s search finds the meeting by one of its people before it is marked').toContain(marked);
    await page.locator(cardSelector(`[data-meeting-id="${marked}"] [data-action="mark-wrong"]`)).click();
    await expect.poll(async () => (await openCardItems(page)).meetings.map((m) => m.id)).toEqual(before.meetings.map((m) => m.id).filter((id) => id !== marked));
    expect(await page.locator(cardSelector('.ll-marked [data-action="undo-mark"]')).evaluate((button) => button === (button.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    const stored = await storedMarks();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kind: 'meeting', id: marked, leaderId: 'to-lam', leaderName: 'Tô Lâm' });
    const meeting = packagedIndex().meetings[marked]!;
    expect(stored[0]!.item).toMatchObject({ date: meeting.date, itemKind: meeting.kind });
    expect(stored[0]!.item.sources[0]).toMatchObject({ articleId: meeting.sources[0]!.articleId, evidence: meeting.sources[0]!.evidence });
    expect(stored[0]!.item.sources[0]!.file).toBe(packagedIndex().articles[meeting.sources[0]!.articleId]!.file);
  });

  it('keeps the meeting out when the card is opened again, as the background\'s card now leaves it out', async () => {
    await openToLam();
    const shown = await openCardItems(page);
    const expected = cardFor(packagedIndex(), 'to-lam', '2025-12-01', pageLeaders, { leaveOut: { meetings: new Set([marked]), quotes: new Set() } })!;
    expect(shown.meetings.map((m) => m.id)).toEqual(expected.meetings.map((m) => m.id));
    expect(shown.meetings.map((m) => m.id)).not.toContain(marked);
    // Every other card and the popup's search ask the same background.
    const other = (await askBackground(extensionPage, { type: 'get-card', leaderId: 'to-lam', pageDate: null, pageLeaderIds: [] })) as { value: { meetings: { id: string }[] } };
    expect(other.value.meetings.map((m) => m.id)).not.toContain(marked);
    expect(await searchIds(marked)).not.toContain(marked);
  });

  it('marks nothing when the page\'s script clicks the button, or dispatches a click at it', async () => {
    const next = (await openCardItems(page)).meetings[0]!.id;
    await page.evaluate((id) => {
      const host = [...document.documentElement.children, ...document.body.children].find((el) => el.tagName.startsWith('LEADERLENS-'))!;
      const button = host.shadowRoot!.querySelector<HTMLButtonElement>(`[data-meeting-id="${id}"] [data-action="mark-wrong"]`)!;
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }, next);
    await page.waitForTimeout(500);
    expect((await openCardItems(page)).meetings.map((m) => m.id)).toContain(next);
    expect((await storedMarks()).map((m) => m.id)).toEqual([marked]);
  });
});

describe('the marks on the options page', () => {
  let marked: string;

  beforeAll(async () => {
    marked = (await storedMarks())[0]!.id;
  });

  it('lists the mark, made in another tab while it was open, with its kind, leader, date, sentence and article', async () => {
    const item = options.locator(`[data-section="wrong-marks"] [data-mark-id="${marked}"]`);
    await item.waitFor();
    expect(await item.getAttribute('data-mark-kind')).toBe('meeting');
    const text = await item.textContent();
    expect(text).toContain('Meeting');
    expect(text).toContain('from the card of Tô Lâm');
    const meeting = packagedIndex().meetings[marked]!;
    expect(text).toContain(packagedIndex().articles[meeting.sources[0]!.articleId]!.file);
  });

  it('has no serious or critical accessibility violation (axe-core) with the section filled', async () => {
    expect(await seriousViolations(options)).toEqual([]);
  });

  it('exports the documented JSON: version 1, exportedAt, the installed index, the marks', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export marks to a file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^leaderlens-wrong-marks-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(Object.keys(file).sort()).toEqual(['exportedAt', 'format', 'index', 'marks', 'version']);
    expect(file).toMatchObject({
      format: 'leaderlens-wrong-marks',
      version: 1,
      index: { formatVersion: packagedIndex().formatVersion, registryAsOf: packagedIndex().registryAsOf, extensionVersion: expect.any(String) },
    });
    expect(new Date(file.exportedAt).toISOString()).toBe(file.exportedAt);
    expect(file.marks).toEqual(await storedMarks());
    expect(file.marks[0]).toMatchObject({ kind: 'meeting', id: marked, leaderId: 'to-lam' });
  });

  it('undoes the mark: it leaves the list and storage, and the meeting is back on the card in the page', async () => {
    await options.getByRole('button', { name: /^Undo: Meeting/ }).click();
    await expect.poll(() => options.locator('[data-section="wrong-marks"] [data-mark-id]').count()).toBe(0);
    await expect.poll(() => options.getByTestId('status').textContent()).toBe('Mark undone: the item is back on your cards.');
    expect(await storedMarks()).toEqual([]);
    await openToLam();
    const expected = cardFor(packagedIndex(), 'to-lam', '2025-12-01', pageLeaders)!;
    expect((await openCardItems(page)).meetings.map((m) => m.id)).toEqual(expected.meetings.map((m) => m.id));
    expect(pageErrors).toEqual([]);
  });
});
