import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemsFromCsv } from '../../src/leader/export-csv';
import type { CorpusExport, ExportMeeting, ExportQuote } from '../../src/model/export-types';
import { seriousViolations } from './a11y-helpers';
import { launchExtension, type ExtensionSession } from './harness';
import { hoverText, waitForCard } from './pages/page-helpers';
import { openPopupFor, searchFor, waitForHighlights } from './popup-helpers';
import { expectScreenshot, screenshotDir } from './screenshot-dir';

/**
 * The leader page (`leader.html?id=…`, issue "7 of 7") in the real Chromium with the BUILT
 * extension: opened from a card's "Full record"; its counts per counterpart against the corpus
 * export (`npm run corpus -- export`); choosing a counterpart narrows the timeline and the quotes
 * to the pair; the CSV export parses back to the export's meetings; the keyboard alone; axe-core
 * in both themes; Vietnamese; and the README's screenshot (docs/screenshots/leader.png, written
 * there only by `npm run screenshots`, see screenshot-dir.ts).
 */
const root = join(import.meta.dirname, '..', '..');

const ARTICLE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Chủ tịch nước hội kiến Tổng thống Nga</title>
<meta property="article:published_time" content="2025-12-20T09:00:00+07:00"></head>
<body><article><h1>Chủ tịch nước Lương Cường hội kiến Tổng thống Liên bang Nga Vladimir Putin</h1>
<p id="lead">Chiều 19/12, Tổng Bí thư Tô Lâm và Chủ tịch nước Lương Cường tiếp Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.</p>
<p style="height: 900px">Hai bên nhất trí tăng cường hợp tác.</p>
</article></body></html>`;

let session: ExtensionSession;
let corpus: CorpusExport;

beforeAll(async () => {
  // The export, as `npm run corpus -- export` prints it (the README's command; tsx run directly so
  // npm's JSON banner setting plays no part).
  const stdout = execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli/corpus.ts', 'export'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });
  corpus = JSON.parse(stdout) as CorpusExport;
  session = await launchExtension({ '/article.html': ARTICLE });
});

afterAll(async () => {
  await session?.close();
});

function leaderUrl(params: Record<string, string>): string {
  return `leader.html?${new URLSearchParams(params).toString()}`;
}

async function openLeader(params: Record<string, string>, options: { width?: number } = {}): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: options.width ?? 1200, height: 900 });
  await page.goto(`chrome-extension://${session.extensionId}/${leaderUrl(params)}`);
  await ready(page);
  return page;
}

async function ready(page: Page): Promise<void> {
  await page.locator('[data-leader-id][data-status="ready"]').waitFor({ timeout: 20_000 });
}

/** Meetings of `leaderId` in the export, and the count per counterpart. */
function exportMeetings(leaderId: string, other?: string): ExportMeeting[] {
  return corpus.meetings.filter((m) => m.participants.includes(leaderId) && (other === undefined || m.participants.includes(other)));
}

function exportCounts(leaderId: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const meeting of exportMeetings(leaderId)) {
    for (const id of new Set(meeting.participants)) if (id !== leaderId) counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

/** What each of a pair said at their meetings, or jointly: the pair view's quotes. */
function exportPairQuotes(a: string, b: string): ExportQuote[] {
  const meetings = new Set(exportMeetings(a, b).map((m) => m.id));
  return corpus.quotes.filter(
    (q) => (q.speakers.includes(a) || q.speakers.includes(b)) && ((q.meetingId !== null && meetings.has(q.meetingId)) || (q.speakers.includes(a) && q.speakers.includes(b))),
  );
}

async function idsIn(page: Page, selector: string, attribute: string): Promise<string[]> {
  const ids = await page.$$eval(selector, (elements, name) => elements.map((element) => element.getAttribute(name)!), attribute);
  return [...new Set(ids)].sort();
}

async function counterpartCounts(page: Page): Promise<Record<string, number>> {
  return page.$$eval('[data-section="counterparts"] [data-leader-id]', (elements) =>
    Object.fromEntries(elements.map((element) => [element.getAttribute('data-leader-id')!, Number(element.getAttribute('data-count'))])),
  );
}

describe('from a card to the full record', () => {
  it('opens the leader page in a new tab from the card\'s "Full record", at the page\'s date, with no extension address in the page', async () => {
    const article = await session.context.newPage();
    await article.setViewportSize({ width: 1000, height: 700 });
    await article.goto(`${session.origin}/article.html`);
    await waitForHighlights(article, 'some');
    await hoverText(article, '#lead', 'Lương Cường');
    await waitForCard(article, 'luong-cuong', 10_000);
    const link = article.locator('a[data-action="full-record"]');
    expect(await link.getAttribute('href')).toBe('#');
    // A page's script clicking the link (the shadow root is open) opens nothing and follows nothing.
    const leaderTabs = (): number => session.context.pages().filter((p) => p.url().includes('/leader.html')).length;
    await article.evaluate(() => {
      const host = [...document.documentElement.children].find((el) => el.tagName.startsWith('LEADERLENS-') && el.shadowRoot);
      const found = host?.shadowRoot?.querySelector<HTMLAnchorElement>('a[data-action="full-record"]');
      for (let i = 0; i < 20; i++) {
        found?.click();
        found?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      }
    });
    await article.waitForTimeout(1000);
    expect(leaderTabs()).toBe(0);
    expect(await article.evaluate(() => location.hash)).toBe('');
    const opened = session.context.waitForEvent('page', { predicate: (page) => page.url().includes('/leader.html?') });
    await link.click();
    const page = await opened;
    const url = new URL(page.url());
    expect(url.host).toBe(session.extensionId);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ id: 'luong-cuong', date: '2025-12-20' });
    await ready(page);
    expect(await page.locator('[data-status="ready"]').getAttribute('data-leader-id')).toBe('luong-cuong');
    // The page's date is marked on the timeline.
    expect(await page.locator('[data-section="timeline"] .lp-page-mark').count()).toBe(1);
    expect(await article.content()).not.toContain(session.extensionId);
    expect(leaderTabs()).toBe(1);
    await page.close();
    await article.close();
  });

  it('opens from the popup: the leader\'s card there links to the page directly', async () => {
    const article = await session.context.newPage();
    await article.goto(`${session.origin}/article.html`);
    const popup = await openPopupFor(session, `${session.origin}/article.html`);
    await searchFor(popup, 'to lam');
    await popup.locator('[data-result-kind="leader"][data-id="to-lam"]').click();
    const link = popup.locator('a[data-action="full-record"]');
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^chrome-extension://${session.extensionId}/leader\\.html\\?id=to-lam`));
    const opened = session.context.waitForEvent('page', { predicate: (page) => page.url().includes('/leader.html?id=to-lam') });
    await link.click();
    const page = await opened;
    await ready(page);
    await page.close();
    await popup.close();
    await article.close();
  });
});

describe('the record against the corpus export', () => {
  it.each(['to-lam', 'thongloun-sisoulith', 'luong-cuong'])('counts the meetings per counterpart of %s exactly as the export does', async (leaderId) => {
    const page = await openLeader({ id: leaderId, lang: 'en' });
    expect(await page.locator('[data-leader-id]').first().getAttribute('data-leader-id')).toBe(leaderId);
    expect(await counterpartCounts(page)).toEqual(exportCounts(leaderId));
    for (const section of ['offices', 'timeline', 'counterparts', 'quotes']) expect(await page.locator(`[data-section="${section}"]`).count()).toBe(1);
    // Every meeting of the leader is in the timeline (its table and its chart carry the same ids).
    expect(await idsIn(page, '[data-section="timeline"] [data-meeting-id]', 'data-meeting-id')).toEqual(exportMeetings(leaderId).map((m) => m.id).sort());
    await page.close();
  });

  it('narrows the timeline and the quotes to the pair when a counterpart is chosen', async () => {
    const page = await openLeader({ id: 'thongloun-sisoulith', lang: 'en' });
    await page.locator('[data-section="counterparts"] button[data-leader-id="to-lam"]').click();
    await ready(page);
    expect(new URL(page.url()).searchParams.get('with')).toBe('to-lam');
    // The page re-renders its timeline after the status it had already reports ready: wait for the filter, not the status.
    await expect
      .poll(() => idsIn(page, '[data-section="timeline"] [data-meeting-id]', 'data-meeting-id'))
      .toEqual(exportMeetings('thongloun-sisoulith', 'to-lam').map((m) => m.id).sort());
    const quotes = exportPairQuotes('thongloun-sisoulith', 'to-lam');
    expect(await page.locator('[data-section="quotes"] h2 .lp-count').textContent()).toContain(`of ${quotes.length}`);
    const shown = await idsIn(page, '[data-section="quotes"] [data-quote-id]', 'data-quote-id');
    expect(shown.length).toBe(Math.min(50, quotes.length));
    expect(shown.every((id) => quotes.some((q) => q.id === id))).toBe(true);
    expect(await page.locator('#lp-pair-title').textContent()).toBe('Thongloun Sisoulith and Tô Lâm');
    // The browser's Back returns to the whole record.
    await page.goBack();
    await ready(page);
    await expect.poll(() => page.locator('[data-pair]').count()).toBe(0);
    // The pair's timeline leaves first; the whole record's arrives with the background's answer.
    await expect
      .poll(() => idsIn(page, '[data-section="timeline"] [data-meeting-id]', 'data-meeting-id'))
      .toEqual(exportMeetings('thongloun-sisoulith').map((m) => m.id).sort());
    await page.close();
  });

  it('opens the pair view from the address (leader.html?id=A&with=B)', async () => {
    const page = await openLeader({ id: 'to-lam', with: 'thongloun-sisoulith', lang: 'en' });
    expect(await page.locator('#lp-pair-title').textContent()).toBe('Tô Lâm and Thongloun Sisoulith');
    expect(await idsIn(page, '[data-section="timeline"] [data-meeting-id]', 'data-meeting-id')).toEqual(exportMeetings('to-lam', 'thongloun-sisoulith').map((m) => m.id).sort());
    await page.close();
  });

  it('opens a source in the reader page at its evidence sentence', async () => {
    const page = await openLeader({ id: 'to-lam', lang: 'en' });
    const link = page.locator('[data-section="timeline"] a.llp-source-link').first();
    const href = (await link.getAttribute('href'))!;
    const evidence = new URL(href).searchParams.get('evidence')!;
    const opened = session.context.waitForEvent('page', { predicate: (p) => p.url().includes('/reader.html?') });
    await link.click();
    const reader = await opened;
    const mark = reader.locator('mark[data-evidence]');
    await mark.waitFor();
    expect((await mark.textContent())!.replace(/\s+/g, ' ')).toBe(evidence.replace(/\s+/g, ' '));
    await reader.close();
    await page.close();
  });
});

describe('export', () => {
  it('downloads CSV (UTF-8 with a byte-order mark) that parses back to the same meetings and quotes as the export', async () => {
    const page = await openLeader({ id: 'thongloun-sisoulith', lang: 'en' });
    const download = page.waitForEvent('download');
    await page.locator('[data-action="export-csv"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^leaderlens-thongloun-sisoulith-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const items = itemsFromCsv(text);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect([...items.meetings].sort(byId)).toEqual([...exportMeetings('thongloun-sisoulith')].sort(byId));
    expect([...items.quotes].sort(byId)).toEqual(corpus.quotes.filter((q) => q.speakers.includes('thongloun-sisoulith')).sort(byId));
    await expect.poll(() => page.locator('[data-export-status]').getAttribute('data-export-status')).toBe('done');
    await page.close();
  });

  it('downloads JSON with the corpus export\'s fields for the pair in view', async () => {
    const page = await openLeader({ id: 'to-lam', with: 'thongloun-sisoulith', lang: 'en' });
    const download = page.waitForEvent('download');
    await page.locator('[data-action="export-json"]').click();
    const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as CorpusExport;
    expect(Object.keys(file).sort()).toEqual(['articles', 'leaders', 'meetings', 'quotes', 'skipped', 'unknown']);
    const exported = new Map(corpus.meetings.map((m) => [m.id, m]));
    expect(file.meetings.map((m) => m.id).sort()).toEqual(exportMeetings('to-lam', 'thongloun-sisoulith').map((m) => m.id).sort());
    for (const meeting of file.meetings) expect(meeting).toEqual(exported.get(meeting.id));
    for (const article of file.articles) expect(article).toEqual(corpus.articles.find((a) => a.id === article.id));
    await page.close();
  });
});

describe('the keyboard alone', () => {
  it('reaches and works the sections, the zoom, a counterpart and the export with Tab and Enter', async () => {
    const page = await openLeader({ id: 'thongloun-sisoulith', lang: 'en' });
    /** Presses Tab until the focused element matches `selector` (at most `max` times). */
    const tabTo = async (selector: string, max = 200): Promise<void> => {
      for (let i = 0; i < max; i++) {
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`leaderlens e2e: Tab never reached ${selector}`);
    };
    // The first stop is the sections' navigation.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('nav') !== null)).toBe(true);
    await tabTo('[data-section="counterparts"] button[data-leader-id="to-lam"]');
    await page.keyboard.press('Enter');
    await ready(page);
    expect(await page.locator('button[data-leader-id="to-lam"]').getAttribute('aria-pressed')).toBe('true');
    // The page re-renders its timeline after the status it had already reports ready: wait for the filter, not the status.
    await expect
      .poll(() => idsIn(page, '[data-section="timeline"] [data-meeting-id]', 'data-meeting-id'))
      .toEqual(exportMeetings('thongloun-sisoulith', 'to-lam').map((m) => m.id).sort());
    await tabTo('[data-action="zoom-in"]');
    const before = Number(await page.locator('.lp-timeline-svg').getAttribute('data-zoom'));
    await page.keyboard.press('Enter');
    await expect.poll(async () => Number(await page.locator('.lp-timeline-svg').getAttribute('data-zoom'))).toBeGreaterThan(before);
    await tabTo('[data-action="export-csv"]');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toContain('-with-to-lam-');
    await page.close();
  });
});

describe('accessibility, themes and languages', () => {
  async function setTheme(theme: 'light' | 'dark' | 'auto'): Promise<void> {
    const page = await session.openExtensionPage('reader.html');
    await page.evaluate((value) => (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set({ 'settings.theme': value }), theme);
    await page.close();
  }

  it.each(['light', 'dark'] as const)('passes axe-core with no serious or critical violation in the %s theme, whole record and pair view', async (theme) => {
    await setTheme(theme);
    const views: Record<string, string>[] = [{ id: 'thongloun-sisoulith' }, { id: 'to-lam', with: 'thongloun-sisoulith', date: '2025-12-20' }];
    for (const params of views) {
      const page = await openLeader({ ...params, lang: 'en' });
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    }
    await setTheme('auto');
  });

  it('speaks Vietnamese', async () => {
    const page = await openLeader({ id: 'to-lam', lang: 'vi' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await page.locator('#lp-timeline-title').textContent()).toBe('Các cuộc gặp theo thời gian');
    expect(await page.locator('[data-action="export-csv"]').textContent()).toBe('Tải CSV');
    await page.close();
  });

  it('says clearly that a leader id is unknown', async () => {
    const page = await session.openExtensionPage(leaderUrl({ id: 'no-such-leader', lang: 'en' }));
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toBe('The corpus has no leader with the id “no-such-leader”.');
    await page.close();
  });

  it('writes the README screenshot', async () => {
    await setTheme('light');
    const page = await openLeader({ id: 'thongloun-sisoulith', date: '2025-12-20', lang: 'en' }, { width: 1200 });
    const path = join(screenshotDir(), 'leader.png');
    await page.screenshot({ path, clip: { x: 0, y: 0, width: 1200, height: 2000 }, fullPage: true });
    expectScreenshot(path);
    await page.close();
    await setTheme('auto');
  });

  it('asks nothing of the network', () => {
    expect(session.outsideRequests()).toEqual([]);
  });
});
