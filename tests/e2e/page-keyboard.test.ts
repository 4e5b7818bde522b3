import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { completeMentions, fixturePages, hover, openCard, waitForCard } from './pages/page-helpers';

// The keyboard way to the card, and the highlight style read from settings at page load, in
// Chromium with the built extension. The `open-card` shortcut itself cannot be pressed from a test
// (Playwright's keys reach the page, not the browser's shortcut handling): the message the
// background forwards for it is sent here as the background sends it, to the top frame of the tab;
// the forwarding is tested in tests/page/forward-command.test.ts.
const pages = fixturePages('vnexpress-2023.html');
let session: ExtensionSession;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  session = await launchExtension(pages);
});

afterAll(async () => {
  await session?.close();
});

async function open(path: string): Promise<Page> {
  await page?.close();
  page = await session.context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${session.origin}${path}`);
  await completeMentions(session);
  return page;
}

/** Sends the background's `open-card` message to the newest tab's top frame. */
async function sendOpenCard(): Promise<void> {
  const worker = await session.serviceWorker();
  await worker.evaluate(async () => {
    type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown, o: object): Promise<unknown> };
    const { chrome } = globalThis as unknown as { chrome: { tabs: Tabs } };
    const tabs = await chrome.tabs.query({});
    const tab = tabs.sort((a, b) => (b.id ?? 0) - (a.id ?? 0))[0]!;
    await chrome.tabs.sendMessage(tab.id!, { type: 'open-card' }, { frameId: 0 });
  });
}

/** Writes raw values into `storage.sync` from the service worker, as the options page would. */
async function setSync(values: Record<string, unknown>): Promise<void> {
  const worker = await session.serviceWorker();
  await worker.evaluate(async (v) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } };
    await chrome.storage.sync.set(v);
  }, values);
}

async function clearSync(): Promise<void> {
  const worker = await session.serviceWorker();
  await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } };
    await chrome.storage.sync.clear();
  });
}

/** What has focus inside our shadow root: its leader id if it is the card's root, else its tag and text. */
function focusInCard(p: Page): Promise<{ inCard: boolean; isRoot: boolean; label: string } | null> {
  return p.evaluate(() => {
    const host = [...document.documentElement.children].find((el) => el.tagName.startsWith('LEADERLENS-'));
    if (!host || document.activeElement !== host) return null;
    const active = host.shadowRoot!.activeElement;
    if (!active) return null;
    return {
      inCard: active.closest('[data-leader-id]') !== null,
      isRoot: active.hasAttribute('data-leader-id'),
      label: `${active.tagName}:${(active.textContent ?? '').slice(0, 30)}`,
    };
  });
}

describe('the open-card keyboard command', () => {
  it('opens the card of the selected name, with focus in the card', async () => {
    await open('/vnexpress-2023.html');
    await page.evaluate(() => {
      const text = document.getElementById('p-trong')!.lastChild as Text;
      const at = text.data.indexOf('Sonexay');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 'Sonexay'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await sendOpenCard();
    await waitForCard(page, 'sonexay-siphandone');
    await expect.poll(() => focusInCard(page)).toMatchObject({ inCard: true, isRoot: true });
  });

  it('is announced to a screen reader as a dialog named for the leader', async () => {
    const { role, name } = await page.evaluate(() => {
      const root = [...document.documentElement.children].find((el) => el.tagName.startsWith('LEADERLENS-'))!.shadowRoot!.querySelector('[data-leader-id]')!;
      const label = root.getRootNode() as ShadowRoot;
      const heading = label.getElementById(root.getAttribute('aria-labelledby')!);
      return { role: root.getAttribute('role'), name: heading?.textContent ?? '' };
    });
    expect(role).toBe('dialog');
    expect(name).toContain('Sonexay Siphandone');
    // Chromium's accessibility tree, as a screen reader gets it: one dialog, named, with focus.
    const cdp = await session.context.newCDPSession(page);
    type AXNode = { role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] };
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const dialogs = nodes.filter((n) => n.role?.value === 'dialog');
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]!.name?.value).toContain('Sonexay Siphandone');
    expect(dialogs[0]!.properties?.some((p) => p.name === 'focused' && p.value.value === true)).toBe(true);
    await cdp.detach();
  });

  it('opens the first name in view when nothing is selected', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => openCard(page)).toBeNull();
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await sendOpenCard();
    await waitForCard(page, 'nguyen-phu-trong');
  });

  it('keeps Tab and Shift+Tab inside the card, going round its links and buttons', async () => {
    await expect.poll(() => focusInCard(page)).toMatchObject({ isRoot: true });
    const count = await page.evaluate(
      () =>
        [...document.documentElement.children].find((el) => el.tagName.startsWith('LEADERLENS-'))!
          .shadowRoot!.querySelector('[data-leader-id]')!
          .querySelectorAll('a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])').length,
    );
    expect(count).toBeGreaterThan(0);
    const seen: string[] = [];
    for (let i = 0; i < count + 1; i++) {
      await page.keyboard.press('Tab');
      const focus = await focusInCard(page);
      expect(focus?.inCard).toBe(true);
      seen.push(focus!.label);
    }
    // After the last one, Tab comes back to the first.
    expect(seen[count]).toBe(seen[0]);
    await page.keyboard.press('Shift+Tab');
    expect((await focusInCard(page))?.label).toBe(seen[count - 1]);
    expect((await openCard(page))?.leaderId).toBe('nguyen-phu-trong');
  });

  it('closes on Escape from inside the card, and raises no page error', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => openCard(page)).toBeNull();
    expect(pageErrors).toEqual([]);
  });
});

describe('where the card opens', () => {
  /** The hovered name's rectangle and the card layer's, in viewport pixels. */
  const rects = (selector: string) =>
    page.evaluate((sel) => {
      const name = document.querySelector(sel)!.getBoundingClientRect();
      const layer = [...document.documentElement.children].find((el) => el.tagName.startsWith('LEADERLENS-'))!.shadowRoot!.querySelector('.leaderlens-layer')!.getBoundingClientRect();
      return { name: { left: name.left, bottom: name.bottom, top: name.top }, card: { left: layer.left, top: layer.top, bottom: layer.bottom, right: layer.right }, view: { w: document.documentElement.clientWidth, h: innerHeight } };
    }, selector);

  it('opens below the hovered name, aligned with its start, inside the viewport', async () => {
    await open('/vnexpress-2023.html');
    await hover(page, '#name-trong');
    await waitForCard(page, 'nguyen-phu-trong');
    const { name, card, view } = await rects('#name-trong');
    expect(Math.abs(card.top - (name.bottom + 6))).toBeLessThanOrEqual(1);
    expect(Math.abs(card.left - name.left)).toBeLessThanOrEqual(1);
    expect(card.right).toBeLessThanOrEqual(view.w);
  });
  // Flipping and shifting at the viewport's edges: tests/page/place-card.test.ts (same middleware).
});

describe('the highlight style from settings, at page load', () => {
  /** Which of our highlights the page has registered (CSS Custom Highlight API). */
  const highlights = (): Promise<string[]> =>
    page.evaluate(() => ['leaderlens-underline', 'leaderlens-background'].filter((name) => CSS.highlights.has(name)));

  afterAll(async () => {
    await clearSync();
  });

  it('underlines by default', async () => {
    await clearSync();
    await open('/vnexpress-2023.html');
    await expect.poll(highlights).toEqual(['leaderlens-underline']);
  });

  it('marks nothing with `none`, yet the names still open their cards', async () => {
    await setSync({ 'settings.highlightStyle': 'none' });
    await open('/vnexpress-2023.html');
    const answer = await completeMentions(session);
    expect(answer.mentions.length).toBeGreaterThan(0);
    expect(await highlights()).toEqual([]);
    await sendOpenCard();
    await waitForCard(page, 'nguyen-phu-trong');
  });

  it('shades the background with `background`', async () => {
    await setSync({ 'settings.highlightStyle': 'background' });
    await open('/vnexpress-2023.html');
    await expect.poll(highlights).toEqual(['leaderlens-background']);
  });

  it('falls back to the default for a value it cannot read', async () => {
    await setSync({ 'settings.highlightStyle': 'sparkles' });
    await open('/vnexpress-2023.html');
    await expect.poll(highlights).toEqual(['leaderlens-underline']);
    expect(pageErrors).toEqual([]);
  });
});
