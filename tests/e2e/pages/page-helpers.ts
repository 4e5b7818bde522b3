import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { PageMentionsResponse } from '../../../src/messages/protocol';
import type { ExtensionSession, TestPages } from '../harness';

/** The fixture pages of this folder, served at `/<file name>`. */
export function fixturePages(...files: string[]): TestPages {
  const pages: TestPages = {};
  for (const file of files) pages[`/${file}`] = readFileSync(join(import.meta.dirname, file), 'utf8');
  return pages;
}

/**
 * A page with ONE text node of `size` characters, a name every 40 sentences. The node is built by
 * the page's own script: Chromium's HTML parser splits long text into 64 KiB nodes, so markup
 * cannot make one. `white-space: pre-line` with a newline per sentence keeps Chromium's own layout
 * of 5 MB to seconds (one 5 MB line takes it minutes to shape, extension or not).
 */
export function bigTextPage(size: number): string {
  const filler = 'Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại và đầu tư trong thời gian tới.\n';
  const named = 'Tổng Bí thư Tô Lâm phát biểu tại hội nghị.\n';
  const block = named + filler.repeat(39);
  const blocks = Math.ceil(size / block.length);
  return `<!doctype html><html><head><meta charset="utf-8"><title>5 MB</title></head><body>
<h1>Bản ghi</h1><div id="big" style="white-space: pre-line"></div><p id="count" data-names="${blocks}">end</p>
<script>
  document.getElementById('big').append(document.createTextNode(${JSON.stringify(block)}.repeat(${blocks})));
</script></body></html>`;
}

/** Sends `{ type: 'page-mentions' }` to the top frame of the newest tab, as the popup does. */
export async function pageMentions(session: ExtensionSession): Promise<PageMentionsResponse> {
  const worker = await session.serviceWorker();
  return worker.evaluate(async () => {
    type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown, o: object): Promise<unknown> };
    const { chrome } = globalThis as unknown as { chrome: { tabs: Tabs } };
    const tabs = await chrome.tabs.query({});
    const tab = tabs.sort((a, b) => (b.id ?? 0) - (a.id ?? 0))[0]!;
    return chrome.tabs.sendMessage(tab.id!, { type: 'page-mentions' }, { frameId: 0 });
  }) as Promise<PageMentionsResponse>;
}

/** `page-mentions` once the first scan is complete (polls; the scan runs in idle time). */
export async function completeMentions(session: ExtensionSession, timeoutMs = 20_000): Promise<PageMentionsResponse> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const answer = await pageMentions(session);
      if (answer?.complete) return answer;
    } catch {
      // The content script is not listening yet.
    }
    if (Date.now() > deadline) throw new Error('leaderlens e2e: page-mentions never became complete');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Occurrences per leader id. */
export function countsOf(answer: PageMentionsResponse): Record<string, { full: number; short: number }> {
  const counts: Record<string, { full: number; short: number }> = {};
  for (const m of answer.mentions) {
    const c = (counts[m.leaderId] ??= { full: 0, short: 0 });
    if (m.short) c.short++;
    else c.full++;
  }
  return counts;
}

/** Rests the pointer on the middle of the first characters of `selector`'s text. */
export async function hover(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`leaderlens e2e: ${selector} has no box`);
  await page.mouse.move(box.x + Math.min(12, box.width / 2), box.y + box.height / 2);
}

/**
 * Rests the pointer on the middle of `text` inside `selector` (looked up in `frame`, inside an open
 * shadow root of the element too), where a real reader would point at a name. `from` (0 to 1) picks
 * the first occurrence at or after that fraction of its text node (0.5: one in the middle).
 */
export async function hoverText(page: Page, selector: string, text: string, frame: Frame | Page = page, from = 0): Promise<void> {
  const point = await frame.evaluate(
    ([sel, wanted, fraction]) => {
      const el = document.querySelector(sel as string)!;
      const root: Node = el.shadowRoot ?? el;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const data = (node as Text).data;
        const at = data.indexOf(wanted as string, Math.floor(data.length * (fraction as number)));
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + (wanted as string).length);
        // The range, not its parent element, goes to the middle of the view: the parent of a name
        // in a 5 MB text node is taller than the view, and centring it puts the name far off-screen.
        const before = range.getBoundingClientRect();
        if (before.top < 0 || before.bottom > innerHeight) window.scrollBy(0, before.top - innerHeight / 2);
        const r = range.getClientRects()[0]!;
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
      throw new Error(`no "${wanted}" in ${sel}`);
    },
    [selector, text, from] as const,
  );
  let offsetX = 0;
  let offsetY = 0;
  if (frame !== page) {
    const box = await (frame as Frame).frameElement().then((el) => el.boundingBox());
    offsetX = box!.x;
    offsetY = box!.y;
  }
  await page.mouse.move(point.x + offsetX, point.y + offsetY);
}

/** The open card's `data-leader-id` and text, or null when no card is open. */
export async function openCard(page: Page): Promise<{ leaderId: string; text: string; meetings: number; quotes: number } | null> {
  return page.evaluate(() => {
    const hosts = [...document.documentElement.children, ...(document.body?.children ?? [])].filter((el) => el.tagName.startsWith('LEADERLENS-'));
    const root = hosts[0]?.shadowRoot?.querySelector('[data-leader-id]');
    if (!root) return null;
    return {
      leaderId: root.getAttribute('data-leader-id')!,
      text: root.textContent ?? '',
      meetings: root.querySelectorAll('[data-section="meetings"] [data-meeting-id]').length,
      quotes: root.querySelectorAll('[data-section="quotes"] [data-quote-id]').length,
    };
  });
}

/** The items of the open card, in the card's order: meetings (with whether they involve another leader of the page) and quotes. */
export async function openCardItems(page: Page): Promise<{ meetings: { id: string; shared: boolean }[]; quotes: string[] }> {
  return page.evaluate(() => {
    const hosts = [...document.documentElement.children, ...(document.body?.children ?? [])].filter((el) => el.tagName.startsWith('LEADERLENS-'));
    const root = hosts[0]?.shadowRoot?.querySelector('[data-leader-id]');
    const meetings = [...(root?.querySelectorAll('[data-section="meetings"] [data-meeting-id]') ?? [])].map((el) => ({
      id: el.getAttribute('data-meeting-id')!,
      shared: el.classList.contains('ll-shared'),
    }));
    const quotes = [...(root?.querySelectorAll('[data-section="quotes"] [data-quote-id]') ?? [])].map((el) => el.getAttribute('data-quote-id')!);
    return { meetings, quotes };
  });
}

/** Waits for a card of `leaderId` to be open. */
export async function waitForCard(page: Page, leaderId: string, timeoutMs = 5000): Promise<{ leaderId: string; text: string; meetings: number; quotes: number }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const card = await openCard(page);
    if (card?.leaderId === leaderId) return card;
    if (Date.now() > deadline) throw new Error(`leaderlens e2e: no card for ${leaderId} (open: ${card?.leaderId ?? 'none'})`);
    await page.waitForTimeout(50);
  }
}

/**
 * The page's DOM as the parser made it from `html` and as it is now, both serialised the same
 * way, with our host (a `leaderlens-` element under html or body) left out of the live one.
 */
export async function domBeforeAndAfter(page: Page, html: string): Promise<{ before: string; after: string; hosts: number }> {
  return page.evaluate((source) => {
    const parsed = new DOMParser().parseFromString(source, 'text/html');
    const live = document.documentElement.cloneNode(true) as HTMLElement;
    let hosts = 0;
    for (const el of [...live.querySelectorAll('*')]) {
      if (el.tagName.startsWith('LEADERLENS-')) {
        hosts++;
        el.remove();
      }
    }
    // Declarative shadow roots leave no <template> in the live DOM; compare without them on both sides.
    for (const t of [...parsed.querySelectorAll('template[shadowrootmode]')]) t.remove();
    return { before: parsed.documentElement.outerHTML, after: live.outerHTML, hosts };
  }, html);
}
