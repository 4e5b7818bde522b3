import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedFolder, INDEX_BENCH_LEADERS, INDEX_BENCH_SEED } from '../../bench/index-folder-cache';
import { cachedCorpus } from '../../bench/synthetic-corpus';
import { INDEX_DIR_NAME } from '../../src/index-data/format';
import type { IndexManifest } from '../../src/index-data/folder-format';
import type { Card } from '../../src/lookup/card';
import type { SearchResults } from '../../src/lookup/search';
import { searchWords } from '../../src/lookup/search-text';
import type { ArticleForReader } from '../../src/messages/protocol';
import { askBackground, controlServiceWorker, extensionDir, launchExtension, type ExtensionSession, type WorkerControl } from './harness';
import { completeMentions, hoverText, waitForCard } from './pages/page-helpers';
import { resultRows, searchFor } from './popup-helpers';

// Issue "5 of 7": the extension with a 10,000-article index. The synthetic corpus (the bench's
// generator, 1,000 leaders) is generated and built by this test into `.bench-out/` (not committed;
// reused while the sources that build it are unchanged, since the build takes minutes), and its
// index folder replaces the packaged one in a copy of the built extension under
// `.output/e2e-index-10k/`, so the other e2e files keep `.output/chrome-mv3`. Chromium then runs the
// copy: a card, a search and the reader, each right after the service worker was stopped.
const ARTICLES = Number(process.env.LEADERLENS_E2E_SCALE_ARTICLES ?? 10_000);
const root = join(import.meta.dirname, '..', '..');
const extension = join(root, '.output', `e2e-index-${ARTICLES / 1000}k`);

let session: ExtensionSession;
let helper: Page;
let worker: WorkerControl;
let leader: { id: string; name: string };
let manifest: IndexManifest;

async function ask<T>(message: unknown): Promise<T> {
  const answer = (await askBackground(helper, message)) as { ok: boolean; value: T; error?: string };
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

beforeAll(async () => {
  const out = join(root, '.bench-out');
  const corpus = cachedCorpus(out, { articles: ARTICLES, seed: INDEX_BENCH_SEED, leaders: INDEX_BENCH_LEADERS });
  const folder = await cachedFolder(out, corpus.dir, ARTICLES, (line) => process.stderr.write(`index-at-scale: ${line}\n`));
  rmSync(extension, { recursive: true, force: true });
  cpSync(extensionDir, extension, { recursive: true, filter: (src) => !src.startsWith(join(extensionDir, INDEX_DIR_NAME)) });
  cpSync(folder.dir, join(extension, INDEX_DIR_NAME), { recursive: true });
  manifest = JSON.parse(readFileSync(join(extension, INDEX_DIR_NAME, 'manifest.json'), 'utf8')) as IndexManifest;
  const leaders = JSON.parse(readFileSync(join(extension, INDEX_DIR_NAME, 'leaders.json'), 'utf8')) as {
    data: { leaders: Record<string, { name: string; offices: { title: { vi: string } }[] }> };
  };
  const [id, { name, offices }] = Object.entries(leaders.data.leaders)[0]!;
  leader = { id, name };
  // Named as the press names a leader, title and name ("Thủ tướng Lâm Viết Hùng").
  const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin</title>
<meta property="article:published_time" content="2026-11-01T08:00:00+07:00"></head><body>
<p id="lead" style="font-size:20px">Hôm nay, ${offices[0]?.title.vi ?? ''} ${name} phát biểu tại hội nghị.</p></body></html>`;
  session = await launchExtension({ '/news.html': page }, { extensionDir: extension });
  helper = await session.openExtensionPage('reader.html');
  worker = await controlServiceWorker(session, helper);
}, 900_000);

afterAll(async () => {
  await worker?.detach();
  await session?.close();
  rmSync(extension, { recursive: true, force: true });
});

describe(`the extension with a ${ARTICLES}-article index`, () => {
  it('is the folder of that corpus', () => {
    expect(manifest.counts.articles).toBe(ARTICLES);
    expect(manifest.search.quotes.blocks).toBeGreaterThan(1);
  });

  it('opens a card on a page after the worker was stopped', async () => {
    await worker.stop();
    const page = await session.context.newPage();
    await page.goto(`${session.origin}/news.html`);
    // The stopped worker starts for the matcher, then the page asks it for the card.
    const mentions = await completeMentions(session);
    expect(mentions.mentions.map((m) => m.leaderId)).toContain(leader.id);
    await hoverText(page, '#lead', leader.name);
    const card = await waitForCard(page, leader.id, 20_000);
    expect(card.meetings + card.quotes).toBeGreaterThan(0);
    await page.close();
  });

  it('finds the leader and their meetings and quotes in the popup after the worker was stopped', async () => {
    await worker.stop();
    const popup = await session.openExtensionPage('popup.html');
    await searchFor(popup, leader.name);
    const rows = await resultRows(popup);
    expect(rows[0]).toEqual(['leader', leader.id]);
    expect(rows.some(([kind]) => kind === 'quote')).toBe(true);
    await popup.close();
  });

  it('answers a search of a quote\'s words with quotes saying them, worker stopped', async () => {
    const card = await ask<Card>({ type: 'get-card', leaderId: leader.id, pageDate: null, pageLeaderIds: [] });
    const words = searchWords(card.quotes[0]!.text).join(' ');
    await worker.stop();
    const results = await ask<SearchResults>({ type: 'search', query: words, limit: 10 });
    // The synthetic press repeats its phrases, so other quotes may say the same (the newest first).
    expect(results.quotes.some((hit) => searchWords(hit.text).join(' ').includes(words))).toBe(true);
  });

  it('opens an article of the index in the reader after the worker was stopped, its sentence marked', async () => {
    const card = await ask<Card>({ type: 'get-card', leaderId: leader.id, pageDate: null, pageLeaderIds: [] });
    const source = card.quotes[0]!.source;
    await worker.stop();
    const article = await ask<ArticleForReader>({ type: 'get-article', articleId: source.articleId });
    expect(article.paragraphs.some((p) => p.text.includes(source.evidence))).toBe(true);
    await worker.stop();
    const reader = await session.openExtensionPage(`reader.html?${new URLSearchParams({ article: source.articleId, evidence: source.evidence }).toString()}`);
    await expect.poll(() => reader.locator('mark').textContent(), { timeout: 20_000 }).toBe(source.evidence);
    await reader.close();
  });

  it('made no network request', () => {
    expect(session.outsideRequests()).toEqual([]);
  });
});
