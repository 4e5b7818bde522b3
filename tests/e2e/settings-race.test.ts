import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';

/** Runs in an extension page, where `chrome.storage.sync` is the extension's real sync area. */
type Chrome = { storage: { sync: { get(k: null): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> } } };

const readSync = (page: Page) => page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.get(null));
const writeSync = (page: Page, values: Record<string, unknown>) =>
  page.evaluate((v) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.set(v), values);
const clearSync = (page: Page) => page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.clear());

/** The sites an options page lists, as the reader sees them. */
const listedSites = (page: Page) => page.locator('.site-list li span').allTextContents();

/**
 * Issue 10: two options tabs adding a site at once both said "Saved" and only one site survived
 * (3 of 3 rounds): each saved its own copy of the list. Each tab now adds its one site to the
 * stored list under the settings lock (src/settings/settings-lock.ts).
 */
describe('two options pages changing the settings at once', () => {
  let session: ExtensionSession;
  let first: Page;
  let second: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    session = await launchExtension();
    first = await session.openExtensionPage('options.html');
    second = await session.openExtensionPage('options.html');
    for (const page of [first, second]) {
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
    }
  });
  afterAll(async () => session?.close());

  /** Both pages freshly loaded on an empty sync area, each with `site` typed into its field. */
  async function ready(sites: [string, string]): Promise<void> {
    await clearSync(first);
    for (const [i, page] of [first, second].entries()) {
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Leaderlens settings' }).waitFor();
      await page.getByRole('textbox', { name: /Site to turn off/ }).fill(sites[i]!);
    }
    pageErrors.length = 0;
  }

  it.each([1, 2, 3])('keeps the sites both pages add at the same moment (round %i)', async (round) => {
    const sites: [string, string] = [`first-${round}.example`, `second-${round}.example`];
    await ready(sites);
    // Both submits are dispatched before either page's save can have finished.
    await Promise.all([first, second].map((page) => page.getByRole('textbox', { name: /Site to turn off/ }).press('Enter')));
    await expect.poll(async () => (await readSync(first))['settings.disabledSites']).toEqual([...sites].sort());
    for (const page of [first, second]) {
      await expect.poll(() => listedSites(page)).toEqual([...sites].sort());
      expect(await page.getByTestId('status').textContent()).toBe('Saved.');
    }
    expect(pageErrors).toEqual([]);
  });

  it('leaves a setting stored by a newer version untouched, and says so instead of "Saved"', async () => {
    await ready(['a.example', 'b.example']);
    await writeSync(first, { 'settings.disabledSites': { sites: ['newer.example'] }, 'settings.disabledSites$': { v: 99 } });
    await first.reload();
    await first.getByRole('textbox', { name: /Site to turn off/ }).fill('a.example');
    await first.getByRole('textbox', { name: /Site to turn off/ }).press('Enter');
    await expect.poll(() => first.getByTestId('error').textContent()).toMatch(/newer version of Leaderlens/);
    expect(await readSync(first)).toEqual({ 'settings.disabledSites': { sites: ['newer.example'] }, 'settings.disabledSites$': { v: 99 } });
  });
});
