import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Card } from '../../src/lookup/card';
import type { CardViewProps } from '../../src/ui/card/card-props';
import { askBackground, launchExtension, type ExtensionSession } from './harness';
import { expectScreenshot, screenshotDir } from './screenshot-dir';

/**
 * The card in the real Chromium, in a shadow root on a page with hostile CSS, the way the content
 * script shows it: the card module and card.css are bundled here with esbuild (nothing test-only
 * goes into the extension build), the card data comes from the BUILT extension's background
 * (`get-card`). Checks the contract, that the page's CSS does not reach the card, axe-core, the
 * themes, and renders the README screenshots (light and dark; written to docs/screenshots/ only
 * by `npm run screenshots`, see screenshot-dir.ts).
 */
const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

const HOSTILE_PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Tin thời sự</title>
<style>
  html { font-size: 5px; }
  body { font: italic 40px/3 "Comic Sans MS", cursive !important; color: #ff00ff !important; letter-spacing: 6px !important;
         text-transform: uppercase !important; text-align: right !important; direction: rtl; background: #222; }
  * { line-height: 0.6 !important; word-spacing: 20px !important; }
  a { color: lime !important; }
  section, li, h2, h3, p { margin: 40px !important; padding: 40px !important; border: 5px solid red !important; }
  svg { display: none !important; }
</style></head>
<body><h1>Tổng Bí thư Tô Lâm thăm Lào</h1><p>Nội dung bài báo.</p></body></html>`;

let session: ExtensionSession;
let page: Page;
let bundle: string;
let css: string;

async function cardFromBackground(leaderId: string, pageDate: string | null, pageLeaderIds: string[]): Promise<Card> {
  const extensionPage = await session.openExtensionPage('reader.html');
  const answer = (await askBackground(extensionPage, { type: 'get-card', leaderId, pageDate, pageLeaderIds })) as { ok: boolean; value: Card };
  await extensionPage.close();
  expect(answer.ok).toBe(true);
  return answer.value;
}

/**
 * Renders the card into the open shadow root of a `card-test-host` element. Not a `leaderlens-`
 * tag: the built extension's own content script runs on this page too, with its own host.
 */
async function showCard(props: Omit<CardViewProps, 'links' | 'onClose'>, on: Page = page): Promise<void> {
  await on.evaluate(
    ({ props, css }) => {
      const w = window as unknown as { leaderlens: { renderCard(c: HTMLElement, p: unknown): void }; closeRequests?: number };
      let host = document.querySelector('card-test-host');
      if (!host) {
        host = document.createElement('card-test-host');
        document.body.append(host);
        const shadow = host.attachShadow({ mode: 'open' });
        const style = document.createElement('style');
        style.textContent = css;
        const container = document.createElement('div');
        shadow.append(style, container);
      }
      const container = host.shadowRoot!.querySelector('div')!;
      w.leaderlens.renderCard(container, {
        ...props,
        onClose: () => {
          w.closeRequests = (w.closeRequests ?? 0) + 1;
        },
        links: { href: () => '#source', open: () => {} },
      });
    },
    { props, css },
  );
}

beforeAll(async () => {
  const output = await build({
    stdin: {
      contents: "import { renderCard } from './src/ui/card/render-card'; (window as any).leaderlens = { renderCard };",
      resolveDir: root,
      loader: 'tsx',
    },
    bundle: true,
    format: 'iife',
    write: false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    target: 'chrome120',
    logLevel: 'error',
  });
  bundle = output.outputFiles[0]!.text;
  css = readFileSync(join(root, 'src', 'ui', 'card', 'card.css'), 'utf8');
  session = await launchExtension({ '/hostile.html': HOSTILE_PAGE });
  page = await session.context.newPage();
  await page.setViewportSize({ width: 900, height: 800 });
  await page.goto(`${session.origin}/hostile.html`);
  await page.addScriptTag({ content: bundle });
});

afterAll(async () => {
  await session?.close();
});

describe('the card in a shadow root on a hostile page', () => {
  it('keeps the DESIGN.md contract with real data from the built extension', async () => {
    const card = await cardFromBackground('thongloun-sisoulith', '2025-12-31', ['to-lam']);
    await showCard({ card, language: 'en', theme: 'light' });
    const cardRoot = page.locator('card-test-host [data-leader-id]');
    await expect.poll(() => cardRoot.count()).toBe(1);
    expect(await cardRoot.getAttribute('data-leader-id')).toBe('thongloun-sisoulith');
    expect(await cardRoot.getAttribute('role')).toBe('dialog');
    expect(await page.locator('card-test-host [data-section="meetings"] [data-meeting-id]').count()).toBe(card.meetings.length);
    expect(await page.locator('card-test-host [data-section="quotes"] [data-quote-id]').count()).toBe(card.quotes.length);
    expect(await page.locator('card-test-host [data-leader-id] [data-leader-id]').count()).toBe(0);
  });

  it('is not restyled by the page: explicit font size, line height, colours, direction', async () => {
    const styles = await page.evaluate(() => {
      const shadow = document.querySelector('card-test-host')!.shadowRoot!;
      const pick = (selector: string) => {
        const s = getComputedStyle(shadow.querySelector(selector)!);
        return { fontSize: s.fontSize, lineHeight: s.lineHeight, color: s.color, letterSpacing: s.letterSpacing, textTransform: s.textTransform, direction: s.direction, fontStyle: s.fontStyle, wordSpacing: s.wordSpacing };
      };
      return { card: pick('.ll-card'), name: pick('.ll-name'), link: pick('a.ll-source-link') };
    });
    expect(styles.card).toMatchObject({ fontSize: '14px', lineHeight: '20px', color: 'rgb(27, 31, 36)', letterSpacing: 'normal', textTransform: 'none', direction: 'ltr', fontStyle: 'normal', wordSpacing: '0px' });
    expect(styles.name).toMatchObject({ fontSize: '18px', lineHeight: '24px' });
    expect(styles.link.color).toBe('rgb(10, 91, 196)');
  });

  it('keeps a right-to-left override inside one name from turning the text around it (issue 10)', async () => {
    const card = await cardFromBackground('to-lam', '2025-12-31', []);
    const meeting = card.meetings.find((m) => m.others.length > 0)!;
    const odd = { ...card, meetings: [{ ...meeting, others: [{ id: 'odd', name: '\u202EOdd Name' }, { id: 'second', name: 'Second Person' }] }] };
    await showCard({ card: odd, language: 'en', theme: 'light' });
    const layout = await page.evaluate(() => {
      const shadow = document.querySelector('card-test-host')!.shadowRoot!;
      const names = [...shadow.querySelectorAll('.ll-others bdi')];
      const x = (el: Element) => el.getBoundingClientRect().x;
      return {
        isolate: getComputedStyle(names[0]!).unicodeBidi,
        // Left to right as the card's language runs: "with", the odd name, then the second name.
        secondAfterFirst: x(names[1]!) > x(names[0]!),
      };
    });
    expect(layout).toEqual({ isolate: 'isolate', secondAfterFirst: true });
  });

  it('wraps a long unbroken name and quote inside the card instead of overflowing it (issue 10)', async () => {
    const card = await cardFromBackground('to-lam', '2025-12-31', []);
    const long = 'Nguyễn'.repeat(60);
    const quote = card.quotes[0]!;
    await showCard({ card: { ...card, leader: { ...card.leader, name: long }, quotes: [{ ...quote, text: long }] }, language: 'en', theme: 'light' });
    const overflow = await page.evaluate(() => {
      const el = document.querySelector('card-test-host')!.shadowRoot!.querySelector('.ll-card')!;
      return el.scrollWidth - el.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('draws the timeline even though the page hides every svg', async () => {
    const box = await page.locator('card-test-host [data-section="timeline"] svg').boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100);
  });

  it('passes axe-core with no serious or critical violation, in light and dark', async () => {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    for (const theme of ['light', 'dark'] as const) {
      const card = await cardFromBackground('to-lam', '2025-12-31', ['thongloun-sisoulith']);
      await showCard({ card, language: 'vi', theme });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe;
        const result = await axe.run({ include: [['card-test-host']] }, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), theme).toEqual([]);
    }
  });

  it('follows the system scheme for auto, and the page\'s declared scheme over it', async () => {
    const card = await cardFromBackground('to-lam', '2025-12-31', []);
    const background = () =>
      page.evaluate(() => getComputedStyle(document.querySelector('card-test-host')!.shadowRoot!.querySelector('.ll-card')!).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    await showCard({ card, theme: 'auto', pageColorScheme: null });
    expect(await background()).toBe('rgb(28, 33, 40)');
    await showCard({ card, theme: 'auto', pageColorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'light' });
    await showCard({ card, theme: 'auto', pageColorScheme: null });
    expect(await background()).toBe('rgb(255, 255, 255)');
  });

  it('takes Tab and Escape from the keyboard', async () => {
    const card = await cardFromBackground('luong-cuong', '2025-12-31', []);
    await showCard({ card, theme: 'light', focusOnOpen: true });
    await page.keyboard.press('Tab');
    const focusedInCard = await page.evaluate(() => {
      const shadow = document.querySelector('card-test-host')!.shadowRoot!;
      return shadow.activeElement?.closest('[data-leader-id]') !== null && shadow.activeElement !== null;
    });
    expect(focusedInCard).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (window as unknown as { closeRequests?: number }).closeRequests)).toBe(1);
  });

  it('is removed from the shadow root when closed', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { leaderlens: { renderCard(c: HTMLElement, p: null): void } };
      w.leaderlens.renderCard(document.querySelector('card-test-host')!.shadowRoot!.querySelector('div')!, null);
    });
    expect(await page.locator('card-test-host [data-leader-id]').count()).toBe(0);
    // The card itself asks for nothing (the extension's own files are the content script's).
    expect(session.outsideRequests().filter(({ url }) => !url.startsWith('chrome-extension://'))).toEqual([]);
  });

  it('writes the README screenshots of the card, light and dark', async () => {
    // On an extension page, where no content script runs: on the web page the extension's own
    // highlighter would underline the names inside this test's host.
    const clean = await session.openExtensionPage('reader.html');
    await clean.setViewportSize({ width: 420, height: 900 });
    // CDP evaluation is not subject to the extension page's CSP, which refuses inline scripts.
    await clean.evaluate(bundle);
    const dir = screenshotDir();
    const card = await cardFromBackground('to-lam', '2025-12-31', ['thongloun-sisoulith']);
    for (const theme of ['light', 'dark'] as const) {
      await showCard({ card, language: 'vi', theme }, clean);
      await clean.locator('card-test-host [data-leader-id]').screenshot({ path: join(dir, `card-${theme}.png`), animations: 'disabled' });
      expectScreenshot(join(dir, `card-${theme}.png`));
    }
    await clean.close();
  });
});
