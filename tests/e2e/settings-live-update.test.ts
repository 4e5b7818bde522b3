import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { completeMentions, fixturePages, hover, openCard, waitForCard } from './pages/page-helpers';

// "A setting changed in options changes the behaviour in an open tab": the news tab is opened
// first and never reloaded; the options page changes the setting in another tab.
describe('settings changed in options reach an already-open tab', () => {
  let session: ExtensionSession;
  let news: Page;
  let options: Page;
  const pageErrors: string[] = [];

  /** Which of our highlights the news page has registered (CSS Custom Highlight API). */
  const highlights = () =>
    news.evaluate(() => ['leaderlens-underline', 'leaderlens-background'].filter((name) => CSS.highlights.has(name)));

  beforeAll(async () => {
    session = await launchExtension(fixturePages('vnexpress-2023.html'));
    news = await session.context.newPage();
    news.on('pageerror', (error) => pageErrors.push(error.message));
    await news.goto(`${session.origin}/vnexpress-2023.html`);
    await completeMentions(session);
    options = await session.openExtensionPage('options.html');
    options.on('pageerror', (error) => pageErrors.push(error.message));
    await options.getByRole('heading', { level: 1, name: 'Leaderlens settings' }).waitFor();
  });
  afterAll(async () => session?.close());

  it('switches the highlight style of the names on the page', async () => {
    await expect.poll(highlights).toEqual(['leaderlens-underline']);
    await options.getByRole('radio', { name: 'Shaded background' }).check();
    await expect.poll(highlights).toEqual(['leaderlens-background']);
    await options.getByRole('radio', { name: 'Not marked' }).check();
    await expect.poll(highlights).toEqual([]);
    await options.getByRole('radio', { name: 'Underlined' }).check();
    await expect.poll(highlights).toEqual(['leaderlens-underline']);
  });

  it('waits the new hover delay before opening a card', async () => {
    const delay = options.getByRole('spinbutton');
    await delay.fill('1500');
    await delay.press('Enter');
    await expect.poll(() => options.getByTestId('status').textContent()).toBe('Saved.');

    await news.bringToFront();
    await hover(news, '#name-trong');
    const start = Date.now();
    await news.waitForTimeout(800);
    expect(await openCard(news)).toBeNull(); // the default 300 ms would have opened it by now
    await waitForCard(news, 'nguyen-phu-trong', 5000);
    expect(Date.now() - start).toBeGreaterThanOrEqual(1400);
    expect(pageErrors).toEqual([]);
  });
});
