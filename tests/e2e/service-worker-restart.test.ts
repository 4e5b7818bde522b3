import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { askBackground, controlServiceWorker, launchExtension, type ExtensionSession, type WorkerControl } from './harness';

let session: ExtensionSession;
let page: Page;
let worker: WorkerControl;

beforeAll(async () => {
  session = await launchExtension();
  page = await session.openExtensionPage('popup.html');
  worker = await controlServiceWorker(session, page);
});

afterAll(async () => {
  await worker?.detach();
  await session?.close();
});

/** How often the background has read a file of its packaged index folder (an extension-internal fetch). */
const indexReads = (file: string): number =>
  session.requests.filter((r) => r.from === 'service-worker' && r.url.endsWith(`/leaderlens-index/${file}`)).length;

describe('the background after Chromium stops its service worker', () => {
  it('answers the next request from a restarted worker, which reopens the index', async () => {
    expect(await askBackground(page, { type: 'search', query: 'to lam' })).toMatchObject({ ok: true });
    await askBackground(page, { type: 'search', query: 'to lam' });
    // Opened once, kept for every later request while the worker runs.
    expect(indexReads('manifest.json')).toBe(1);
    expect(indexReads('search/leaders.bin')).toBe(1);

    await worker.stop();
    expect(worker.status()).toBe('stopped');

    const card = await askBackground(page, { type: 'get-card', leaderId: 'to-lam', pageDate: null, pageLeaderIds: [] });
    expect(card).toMatchObject({ ok: true, value: { leader: { id: 'to-lam', name: 'Tô Lâm' } } });
    expect(worker.starts()).toBe(1);
    expect(worker.status()).toBe('running');
    // Nothing survived the stop: the new worker read the manifest again, and a card reads no search structure.
    expect(indexReads('manifest.json')).toBe(2);
    expect(indexReads('search/leaders.bin')).toBe(1);
  });

  it('answers after a second stop too, with the same results as before', async () => {
    const before = await askBackground(page, { type: 'search', query: 'putin' });
    await worker.stop();
    expect(await askBackground(page, { type: 'search', query: 'putin' })).toEqual(before);
    expect(worker.starts()).toBe(2);
  });

  it('makes no network request when it restarts', () => {
    expect(session.outsideRequests()).toEqual([]);
  });
});
