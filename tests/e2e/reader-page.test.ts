import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Card } from '../../src/lookup/card';
import type { ArticleForReader } from '../../src/messages/protocol';
import { askBackground, launchExtension, type ExtensionSession } from './harness';

/**
 * The reader page of the BUILT extension ("read the source"): it shows the corpus article the
 * card links to, with the evidence sentence highlighted and scrolled into view.
 */
const require = createRequire(import.meta.url);
let session: ExtensionSession;
let helper: Page;

async function ask<T>(message: unknown): Promise<T> {
  const answer = (await askBackground(helper, message)) as { ok: boolean; value: T; error?: string };
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

/** A real source whose sentence is far down its article, so the page has to scroll to it. */
async function deepSource(): Promise<{ articleId: string; evidence: string }> {
  const card = await ask<Card>({ type: 'get-card', leaderId: 'to-lam', pageDate: '2025-12-31', pageLeaderIds: [] });
  let best: { articleId: string; evidence: string; depth: number } | null = null;
  for (const quote of card.quotes) {
    const article = await ask<ArticleForReader>({ type: 'get-article', articleId: quote.source.articleId });
    const depth = article.paragraphs.findIndex((p) => p.text.includes(quote.source.evidence));
    if (depth > (best?.depth ?? -1)) best = { articleId: quote.source.articleId, evidence: quote.source.evidence, depth };
  }
  expect(best?.depth).toBeGreaterThan(10);
  return best!;
}

function readerPath(params: Record<string, string>): string {
  return `reader.html?${new URLSearchParams(params).toString()}`;
}

async function markInView(page: Page): Promise<{ text: string; top: number; bottom: number; height: number; scrollY: number; focused: boolean }> {
  const mark = page.locator('mark');
  await mark.waitFor();
  return mark.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { text: element.textContent ?? '', top: box.top, bottom: box.bottom, height: window.innerHeight, scrollY: window.scrollY, focused: document.activeElement === element };
  });
}

beforeAll(async () => {
  session = await launchExtension();
  helper = await session.openExtensionPage('reader.html');
});

afterAll(async () => {
  await session?.close();
});

describe('reader.html', () => {
  it('shows the article with the evidence sentence highlighted, scrolled into view and focused', async () => {
    const source = await deepSource();
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 800, height: 500 });
    await page.goto(`chrome-extension://${session.extensionId}/${readerPath({ article: source.articleId, evidence: source.evidence, lang: 'en' })}`);
    const mark = await markInView(page);
    expect(mark.text.replace(/\s+/g, ' ')).toBe(source.evidence.replace(/\s+/g, ' '));
    expect(mark.scrollY).toBeGreaterThan(0);
    expect(mark.top).toBeGreaterThanOrEqual(0);
    expect(mark.top).toBeLessThan(mark.height);
    expect(mark.focused).toBe(true);
    expect(await page.locator('mark').count()).toBe(1);
    expect(await page.locator(`[data-article-id="${source.articleId}"] h1`).textContent()).not.toBe('');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The seed articles give no original address, so there is no link to one.
    expect(await page.locator('[data-original-url]').count()).toBe(0);
    await page.close();
  });

  it('says clearly that an article id is unknown', async () => {
    const page = await session.openExtensionPage(readerPath({ article: 'no-such-article', evidence: 'x', lang: 'en' }));
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toBe('The corpus has no article with the id “no-such-article”.');
    await page.close();
  });

  it('says so in Vietnamese when the address names no article', async () => {
    const page = await session.openExtensionPage(readerPath({ lang: 'vi' }));
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toBe('Không có bài viết nào được yêu cầu: địa chỉ thiếu mã bài viết.');
    await page.close();
  });

  it('is opened by the open-reader request in a new tab, at the sentence', async () => {
    const source = await deepSource();
    const opened = session.context.waitForEvent('page', { predicate: (page) => page.url().includes('/reader.html?') });
    await ask({ type: 'open-reader', articleId: source.articleId, evidence: source.evidence, lang: 'vi', gesture: 'e2e-reader-gesture-0001' });
    const page = await opened;
    const url = new URL(page.url());
    expect(url.host).toBe(session.extensionId);
    expect(url.searchParams.get('article')).toBe(source.articleId);
    expect((await markInView(page)).text.replace(/\s+/g, ' ')).toBe(source.evidence.replace(/\s+/g, ' '));
    await page.close();
  });

  it('passes axe-core with no serious or critical violation', async () => {
    const source = await deepSource();
    const page = await session.openExtensionPage(readerPath({ article: source.articleId, evidence: source.evidence }));
    await page.locator('mark').waitFor();
    // CDP evaluation is not bound by the extension page's CSP (no inline scripts), so axe goes in that way.
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
      return (await axe.run()).violations.map((v) => ({ id: v.id, impact: v.impact }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
  });

  it('asks nothing of the network', () => {
    expect(session.outsideRequests()).toEqual([]);
  });
});
