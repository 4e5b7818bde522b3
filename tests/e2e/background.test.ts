import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { INDEX_FORMAT_VERSION } from '../../src/index-data/format';
import { loadNameTable } from '../../src/names/name-table';
import type { BackgroundResponses } from '../../src/messages/protocol';
import { askBackground, launchExtension, type ExtensionSession } from './harness';

// The built extension with the index built from the real seed corpus (corpus/), in real Chromium.
let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  session = await launchExtension({
    '/article.html': '<!doctype html><meta charset="utf-8"><title>Tin</title><p>Tổng Bí thư Tô Lâm hội đàm với Tổng thống Vladimir Putin.</p>',
  });
  page = await session.openExtensionPage('popup.html');
});

afterAll(async () => {
  await session?.close();
});

async function ask<T extends keyof BackgroundResponses>(message: { type: T } & Record<string, unknown>): Promise<BackgroundResponses[T]> {
  const envelope = (await askBackground(page, message)) as { ok: boolean; value?: BackgroundResponses[T]; error?: string };
  expect(envelope, `answer to ${message.type}`).toMatchObject({ ok: true });
  return envelope.value!;
}

describe('the background of the built extension', () => {
  it('answers ping with what the packaged index holds', async () => {
    const ping = await ask({ type: 'ping' });
    expect(ping.formatVersion).toBe(INDEX_FORMAT_VERSION);
    expect(ping.leaders).toBeGreaterThanOrEqual(10);
    expect(ping.meetings).toBeGreaterThan(0);
    expect(ping.quotes).toBeGreaterThan(0);
  });

  it('finds Tô Lâm from "to lam", and general secretaries from the title', async () => {
    expect((await ask({ type: 'search', query: 'to lam' })).leaders[0]?.id).toBe('to-lam');
    expect((await ask({ type: 'search', query: 'Tô Lâm' })).leaders[0]?.id).toBe('to-lam');
    const bySecretary = (await ask({ type: 'search', query: 'tổng bí thư' })).leaders.map((hit) => hit.id);
    expect(bySecretary).toEqual(expect.arrayContaining(['to-lam', 'nguyen-phu-trong', 'thongloun-sisoulith']));
  });

  it('answers get-card with the leader, the office on the page date and meetings from the seed articles', async () => {
    const card = await ask({ type: 'get-card', leaderId: 'luong-cuong', pageDate: '2026-06-01', pageLeaderIds: ['vladimir-putin'] });
    expect(card?.leader).toMatchObject({ id: 'luong-cuong', name: 'Lương Cường', country: 'VN' });
    // Article 004 tells of Lương Cường meeting Vladimir Putin (who is on this page); article 000 of
    // his talks with Thongloun Sisoulith.
    const withPutin = card?.meetings.find((m) => m.others.some((p) => p.id === 'vladimir-putin'));
    expect(withPutin).toMatchObject({ withPageLeaders: true, sources: [expect.objectContaining({ evidence: expect.stringMatching(/Putin/) })] });
    expect(card?.meetings.some((m) => m.others.some((p) => p.id === 'thongloun-sisoulith'))).toBe(true);
    const trong = await ask({ type: 'get-card', leaderId: 'nguyen-phu-trong', pageDate: '2023-06-01', pageLeaderIds: [] });
    expect(trong?.offices.map((o) => o.office)).toContain('general-secretary');
  });

  it('answers get-matcher with a compiled matcher the content script can load', async () => {
    const names = loadNameTable(await ask({ type: 'get-matcher' }));
    const found = names.matcher.find('Tổng Bí thư Tô Lâm hội đàm với Tổng thống Vladimir Putin').map((m) => names.meanings[m.id]);
    expect(found).toContainEqual({ kind: 'leader', leaderId: 'to-lam' });
    expect(found).toContainEqual({ kind: 'leader', leaderId: 'vladimir-putin' });
  });

  it('drops an invalid message without answering', async () => {
    // Chrome resolves with undefined when no listener answered.
    expect(await askBackground(page, { type: 'get-card', leaderId: 42 })).toBeUndefined();
    expect((await ask({ type: 'ping' })).formatVersion).toBe(INDEX_FORMAT_VERSION);
  });

  it('answers "unknown" (null), not an internal error, for ids that are names of Object.prototype', async () => {
    for (const id of ['constructor', '__proto__', 'toString']) {
      expect(await ask({ type: 'get-card', leaderId: id, pageDate: null, pageLeaderIds: [id] })).toBeNull();
      expect(await ask({ type: 'get-article', articleId: id })).toBeNull();
    }
  });

  it('drops a message with an over-long field (every field has a length limit)', async () => {
    expect(await askBackground(page, { type: 'get-card', leaderId: 'x'.repeat(1_000_000), pageDate: null, pageLeaderIds: [] })).toBeUndefined();
    expect(await askBackground(page, { type: 'get-card', leaderId: 'to-lam', pageDate: null, pageLeaderIds: Array(2000).fill('to-lam') })).toBeUndefined();
  });

  it('opens no reader tab for open-reader without a gesture token, and one tab per token', async () => {
    const before = session.context.pages().length;
    expect(await askBackground(page, { type: 'open-reader', articleId: 'a', evidence: 'e' })).toBeUndefined();
    const request = { type: 'open-reader' as const, articleId: 'a', evidence: 'e', gesture: 'e2e-gesture-0123456789' };
    const answers = await Promise.all(Array.from({ length: 10 }, () => ask(request)));
    expect(answers.filter(Boolean)).toHaveLength(1);
    await expect.poll(() => session.context.pages().length).toBe(before + 1);
    await page.waitForTimeout(500);
    expect(session.context.pages().length).toBe(before + 1);
    for (const tab of session.context.pages().filter((p) => p.url().includes('/reader.html'))) await tab.close();
  });

  it('lets its pages fetch the extension\'s own files and nothing else (CSP connect-src \'self\')', async () => {
    const results = await page.evaluate(async (outside) => {
      const tryFetch = (url: string) => fetch(url).then((r) => `ok ${r.status}`, () => 'refused');
      return { own: await tryFetch('/leaderlens-index/manifest.json'), outside: await tryFetch(outside) };
    }, `${session.origin}/article.html`);
    expect(results).toEqual({ own: 'ok 200', outside: 'refused' });
  });

  it('shows the corpus status in the placeholder popup', async () => {
    await page.reload();
    await expect.poll(() => page.locator('[data-status]').getAttribute('data-status')).toBe('ready');
  });

  it('makes no network request: nothing leaves the machine', async () => {
    const tab = await session.context.newPage();
    await tab.goto(`${session.origin}/article.html`);
    await ask({ type: 'search', query: 'putin' });
    expect(session.requests.length).toBeGreaterThan(0); // the recorder works: it saw the test page
    expect(session.outsideRequests()).toEqual([]);
    await tab.close();
  });
});
