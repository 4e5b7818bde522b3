import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readArticles } from '../../src/corpus/read-articles';
import type { CorpusExport } from '../../src/model/export-types';
import { seriousViolations } from './a11y-helpers';
import { askBackground, controlServiceWorker, launchExtension, type ExtensionSession } from './harness';
import { hoverText, waitForCard } from './pages/page-helpers';
import { highlightedRanges, openPopupFor, resultRows, searchFor, waitForHighlights } from './popup-helpers';
import { EN_ARTICLE, EN_ARTICLE_STOPPED, FOUND_ARTICLE, FOUND_LATER, IMPORT_LAOS, IMPORT_PRABOWO_2024, LATER_PAGE, NOT_AN_ARTICLE, VI_ARTICLE } from './saved-pages';

// The reader's own corpus (issue "6 of 7"), end to end in the built extension: a page saved from
// the popup is read by the corpus engine in the worker, kept in IndexedDB, and its meetings show
// on cards of other pages at once, marked data-origin="saved"; removed, they are gone.

let session: ExtensionSession;
const work = mkdtempSync(join(tmpdir(), 'leaderlens-saved-e2e-'));
const root = join(import.meta.dirname, '..', '..');

beforeAll(async () => {
  session = await launchExtension({
    '/vi-article.html': VI_ARTICLE,
    '/en-article.html': EN_ARTICLE,
    '/stopped.html': EN_ARTICLE_STOPPED,
    '/later.html': LATER_PAGE,
    '/login.html': NOT_AN_ARTICLE,
    '/found-article.html': FOUND_ARTICLE,
    '/found-later.html': FOUND_LATER,
  });
  for (const page of session.context.pages()) await page.close();
});

afterAll(async () => {
  await session?.close();
  rmSync(work, { recursive: true, force: true });
});

/** `npm run corpus -- export --corpus DIR`, as a reader would run it: the JSON on stdout. */
function cliExport(dir: string): CorpusExport {
  const out = execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli/corpus.ts', 'export', '--corpus', dir], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out) as CorpusExport;
}

/** Asks the background from an extension page, unwrapping the answer. */
async function ask<T>(message: unknown): Promise<T> {
  const page = await session.openExtensionPage('options.html');
  try {
    const answer = (await askBackground(page, message)) as { ok: boolean; value: T; error?: string };
    if (!answer.ok) throw new Error(answer.error);
    return answer.value;
  } finally {
    await page.close();
  }
}

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
    expect(card.quotes.filter((q) => q.origin === 'saved').length).toBeGreaterThan(0);
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
    // The index's own items carry no origin.
    expect(card.meetings.filter((m) => m.origin === null).length).toBeGreaterThan(0);
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

describe('export', () => {
  it('downloads a .zip laid out like corpus/ that the CLI reads as it is, giving the same meetings', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.locator('[data-section="saved-articles"] [data-article-id]').first().waitFor();
    const download = options.waitForEvent('download');
    await options.locator('button[data-action="export-saved"]').click();
    const file = join(work, (await download).suggestedFilename());
    await (await download).saveAs(file);
    await options.close();
    expect(file).toMatch(/leaderlens-saved-articles-\d{4}-\d{2}-\d{2}\.zip$/);

    // Unzipped as a reader would, into a folder of its own.
    const dir = join(work, 'unzipped');
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(file)))) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { articles: { file: string; url: string }[] };
    expect(manifest.articles.map((a) => a.url).sort()).toEqual([`${session.origin}/en-article.html`, `${session.origin}/vi-article.html`]);

    const cli = cliExport(dir);
    expect(cli.skipped).toEqual([]);
    expect(cli.articles.map((a) => a.url).sort()).toEqual(manifest.articles.map((a) => a.url).sort());
    const pairs = cli.meetings.map((m) => [...m.participants].sort().join('+'));
    expect(pairs).toContain('lawrence-wong+pham-minh-chinh');
    expect(pairs).toContain('luong-cuong+prabowo-subianto');
    // The same meetings the extension shows: same ids, dates, kinds, people and sentences.
    for (const meeting of cli.meetings) {
      const card = await ask<{ meetings: { id: string; date: string | null; kind: string; others: { id: string }[]; sources: { evidence: string }[]; origin?: string }[] }>({
        type: 'get-card', leaderId: meeting.participants[0], pageDate: '2030-01-01', pageLeaderIds: [],
      });
      const shown = card.meetings.find((m) => m.id === meeting.id);
      expect(shown, meeting.id).toMatchObject({ date: meeting.date, kind: meeting.kind, origin: 'saved' });
      expect(shown!.others.map((o) => o.id).sort()).toEqual(meeting.participants.slice(1).sort());
      expect(shown!.sources.map((s) => s.evidence)).toEqual(meeting.sources.map((s) => s.evidence));
    }
  });
});

describe('import', () => {
  it('imports the good files of a zip, refuses a bad one beside them in the CLI words, and shows an index meeting told again as one meeting with two sources', async () => {
    const files: Record<string, Uint8Array> = {
      'corpus/articles/laos.txt': strToU8(IMPORT_LAOS),
      'corpus/articles/prabowo-2024.txt': strToU8(IMPORT_PRABOWO_2024),
      'corpus/articles/scan.pdf': strToU8('%PDF-1.4 binary'),
      'corpus/articles/empty.txt': new Uint8Array(0),
      'corpus/articles/page.txt': strToU8('<!doctype html><html><body><p>Tin</p></body></html>'),
      'corpus/manifest.json': strToU8('{}'),
    };
    const zip = join(work, 'import.zip');
    writeFileSync(zip, zipSync(files));
    // The CLI's own reasons for the same files, the oracle.
    const cliDir = join(work, 'cli-import', 'articles');
    mkdirSync(cliDir, { recursive: true });
    for (const [path, bytes] of Object.entries(files)) if (path.includes('/articles/')) writeFileSync(join(cliDir, path.split('/').pop()!), bytes);
    const cliSkipped = readArticles(cliDir).skipped;
    expect(cliSkipped.map((s) => s.file).sort()).toEqual(['empty.txt', 'page.txt', 'scan.pdf']);

    const options = await session.openExtensionPage('options.html');
    await options.locator('input[data-action="import-saved"]').setInputFiles(zip);
    const report = options.locator('[data-import-report]');
    await report.waitFor({ timeout: 30_000 });
    expect(await report.getAttribute('data-import-report')).toBe('2/0/3');
    const refused = await options.$$eval('[data-import-outcome="refused"]', (els) => els.map((el) => [el.getAttribute('data-import-file'), el.textContent]));
    expect(refused.sort()).toEqual(cliSkipped.map((s) => [s.file, s.reason]).sort());
    await expect.poll(() => options.locator('[data-section="saved-articles"] [data-article-id]').count()).toBe(4);
    await options.close();

    const card = await ask<{ meetings: { id: string; origin?: string; sources: { articleId: string }[] }[] }>({ type: 'get-card', leaderId: 'to-lam', pageDate: '2030-01-01', pageLeaderIds: [] });
    const talks = card.meetings.filter((m) => m.sources.some((s) => s.articleId.startsWith('saved-')));
    expect(talks).toHaveLength(1);
    expect(talks[0]!.origin).toBe('saved');
    expect(talks[0]!.sources).toHaveLength(2);
    expect(talks[0]!.sources.filter((s) => s.articleId.startsWith('saved-'))).toHaveLength(1);
  });

  it('imports nothing twice: the same zip again is all "already saved"', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.locator('input[data-action="import-saved"]').setInputFiles({ name: 'again.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync({ 'articles/laos.txt': strToU8(IMPORT_LAOS) })) });
    await options.locator('[data-import-report]').waitFor({ timeout: 30_000 });
    expect(await options.locator('[data-import-report]').getAttribute('data-import-report')).toBe('0/1/0');
    await options.close();
  });
});

describe('a worker stopped during a save', () => {
  it('leaves the whole article or none, and the popup says which', async () => {
    const article = await openPage('/stopped.html');
    const popup = await openPopupFor(session, article.url());
    const worker = await controlServiceWorker(session, popup);
    await popup.locator('button[data-action="save-page"]').click();
    // Stopped while the save runs: the engine, the registry's first load and the write take
    // tens of milliseconds in a fresh worker; the stop lands before or after the write.
    await popup.waitForTimeout(15);
    // The popup asks again at once when its answer is lost, which starts the worker again before
    // DevTools may report it stopped: a start after the stop is the stop's proof too.
    await Promise.race([
      worker.stop(),
      (async () => {
        while (worker.starts() === 0) await popup.waitForTimeout(20);
      })(),
    ]);
    const status = popup.locator('[data-save-status]');
    await status.waitFor({ timeout: 30_000 });
    const said = await status.getAttribute('data-save-status');
    const text = (await status.textContent()) ?? '';
    await worker.detach();
    await popup.close();

    const { articles, interrupted } = await ask<{ articles: { title: string; meetings: number; quotes: number }[]; interrupted: unknown[] }>({ type: 'list-saved' });
    const kept = articles.filter((a) => a.title.includes('courtesy call'));
    expect(interrupted).toEqual([]);
    if (said === 'saved') {
      // Whole: the article, its reading and its meeting on the card.
      expect(kept).toHaveLength(1);
      expect(kept[0]!.meetings).toBeGreaterThan(0);
      const card = await ask<{ meetings: { origin?: string; others: { id: string }[] }[] }>({ type: 'get-card', leaderId: 'luong-cuong', pageDate: '2030-01-01', pageLeaderIds: [] });
      expect(card.meetings.some((m) => m.origin === 'saved' && m.others.some((o) => o.id === 'lawrence-wong'))).toBe(true);
    } else {
      // None: nothing of it kept, and the popup said the save was cut off.
      expect(said).toBe('failed');
      expect(text).toMatch(/cut off/);
      expect(kept).toEqual([]);
      const card = await ask<{ meetings: { others: { id: string }[] }[] }>({ type: 'get-card', leaderId: 'luong-cuong', pageDate: '2030-01-01', pageLeaderIds: [] });
      expect(card.meetings.some((m) => m.others.some((o) => o.id === 'lawrence-wong'))).toBe(false);
    }
    await article.close();
  });
});

describe('the options page with saved articles', () => {
  it('lists each with its counts, opens it in the reader page, says the storage used, and has no serious accessibility problem', async () => {
    const options = await session.openExtensionPage('options.html');
    const section = options.locator('[data-section="saved-articles"]');
    const item = section.locator('[data-article-id]', { hasText: 'Prabowo Subianto' }).first();
    await item.waitFor();
    expect(await item.textContent()).toMatch(/\d+ meetings · \d+ quotes/);
    expect(await section.locator('[data-storage-used]').count()).toBe(1);
    const reader = options.context().waitForEvent('page');
    await item.locator('a[data-action="open-saved"]').click();
    const page = await reader;
    await page.waitForLoadState();
    await expect.poll(() => page.locator('h1, h2').first().textContent(), { timeout: 10_000 }).toContain('Prabowo Subianto');
    await page.close();
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });
});

describe('removing a saved article', () => {
  it('lists it on the options page, and once removed its meeting leaves the card', async () => {
    const options = await session.openExtensionPage('options.html');
    const section = options.locator('[data-section="saved-articles"]');
    await section.locator('[data-article-id]').first().waitFor();
    const item = section.locator('[data-article-id]', { hasText: 'Thủ tướng Phạm Minh Chính hội đàm' });
    await expect.poll(() => item.count()).toBe(1);
    await item.locator('button[data-action="remove-saved"]').click();
    await expect.poll(() => item.count()).toBe(0);
    await options.close();

    const later = await openPage('/later.html');
    const card = await cardOf(later, '#pm', 'Phạm Minh Chính', 'pham-minh-chinh');
    expect(card.meetings.filter((m) => m.text.includes('Lawrence Wong'))).toEqual([]);
    await later.close();
  });
});

describe('a person found only in a saved article', () => {
  it('lights up on another page with a card that says so, is found by the popup, and is gone with the article', async () => {
    const before = await openPage('/found-later.html');
    const unknown = await highlightedRanges(before); // the Prime Minister's name, not Marles's
    await before.close();

    const article = await openPage('/found-article.html');
    expect((await saveFromPopup(article)).status).toBe('saved');
    await article.close();

    const later = await openPage('/found-later.html');
    await expect.poll(() => highlightedRanges(later)).toBeGreaterThan(unknown);
    const card = await cardOf(later, '#marles', 'Richard Marles', 'richard-marles');
    expect(card.meetings.filter((m) => m.origin === 'saved').map((m) => m.text).join(' ')).toContain('Phan Văn Giang');
    const found = await later.evaluate(() => {
      const host = [...document.documentElement.children, ...(document.body?.children ?? [])].find((el) => el.tagName.startsWith('LEADERLENS-'));
      return host?.shadowRoot?.querySelector('[data-found-in-saved]')?.textContent ?? null;
    });
    expect(found).toContain('Bộ trưởng Quốc phòng Australia');
    await later.close();

    const popup = await session.openExtensionPage('popup.html');
    await searchFor(popup, 'marles');
    await expect.poll(async () => (await resultRows(popup)).filter(([kind]) => kind === 'leader').map(([, id]) => id)).toContain('richard-marles');
    await popup.close();

    const { articles } = await listSaved();
    const id = articles.find((a) => a.title.includes('Australia'))?.id;
    expect(id, JSON.stringify(articles.map((a) => a.title))).toBeDefined();
    expect(await ask<boolean>({ type: 'remove-saved', id: id! })).toBe(true);
    const after = await openPage('/found-later.html');
    await after.waitForTimeout(300);
    expect(await highlightedRanges(after)).toBe(unknown);
    expect(await ask<unknown>({ type: 'get-card', leaderId: 'richard-marles', pageDate: null, pageLeaderIds: [] })).toBeNull();
    await after.close();
  });
});

describe('privacy', () => {
  it('sent nothing off the machine through all of it', () => {
    expect(session.outsideRequests()).toEqual([]);
  });
});
