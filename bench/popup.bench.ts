/**
 * The popup's time to first result, in the real Chromium with the built extension
 * (`npm run build` first, so the figures are about the current sources): from the moment the
 * popup's page starts loading until the first result row for a typed query is on screen.
 *
 * Measured for the design the popup uses — the query goes to the background service worker, which
 * keeps the index loaded — with the worker already running (warm) and just stopped (cold: the
 * first request loads the index), and for the alternative — the popup fetching and loading the
 * packaged index itself, as it would on every opening, since a popup's page is discarded when it
 * closes (MiniSearch's own bundle injected into the popup page, the same `loadJS` the extension uses).
 *
 * Baseline, in the same run: the popup page's own DOMContentLoaded, the floor under any result.
 */
import { execFileSync } from 'node:child_process';

import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { controlServiceWorker, launchExtension } from '../tests/e2e/harness';
import type { BenchRow } from './types';

const RUNS = 15;
const QUERY = 'luong cuong';
const root = fileURLToPath(new URL('..', import.meta.url));

export default async function popupBench(): Promise<BenchRow[]> {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' });
  const session = await launchExtension();
  try {
    const control = await controlServiceWorker(session, await session.openExtensionPage('popup.html'));
    const warm: number[] = [];
    const cold: number[] = [];
    const domReady: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const run = await firstResult(session.openExtensionPage.bind(session));
      // The first run pays for Chromium compiling the popup's scripts once; not what a reader sees.
      if (i > 0) {
        warm.push(run.firstResultMs);
        domReady.push(run.domContentLoadedMs);
      }
    }
    for (let i = 0; i < RUNS; i++) {
      await control.stop();
      cold.push((await firstResult(session.openExtensionPage.bind(session))).firstResultMs);
    }
    await control.detach();
    const local = await popupLocalLoad(session.openExtensionPage.bind(session));
    const roundTrip = await searchRoundTrips(session.openExtensionPage.bind(session));

    const floor = median(domReady);
    return [
      {
        name: `popup time to first result, background search, worker running (median of ${RUNS}); ratio = / popup DOMContentLoaded`,
        value: median(warm),
        unit: 'ms',
        baseline: { name: 'popup DOMContentLoaded', value: floor },
        ratio: median(warm) / floor,
      },
      { name: 'popup time to first result, background search, worker running: p95', value: percentile(warm, 0.95), unit: 'ms' },
      {
        name: `popup time to first result, background search, worker stopped first (median of ${RUNS})`,
        value: median(cold),
        unit: 'ms',
        baseline: { name: 'popup DOMContentLoaded', value: floor },
        ratio: median(cold) / floor,
      },
      {
        name: `search message round trip popup → background → popup, worker running (median of ${roundTrip.length} keystrokes)`,
        value: median(roundTrip),
        unit: 'ms',
      },
      {
        name: `alternative: the popup fetching the packaged index's manifest and search vocabularies itself (blocks not yet read), per opening (median of ${RUNS}); ratio = / round trip`,
        value: median(local),
        unit: 'ms',
        baseline: { name: 'one background search round trip', value: median(roundTrip) },
        ratio: median(local) / median(roundTrip),
      },
    ];
  } finally {
    await session.close();
  }
}

type OpenPage = (path: string) => Promise<Page>;

/**
 * Opens the popup, types the query as soon as the box exists, and reads `performance.now()` (time
 * since the page's navigation started) when the first result row appears.
 */
async function firstResult(open: OpenPage): Promise<{ firstResultMs: number; domContentLoadedMs: number }> {
  const page = await open('popup.html');
  // tsx compiles this file with esbuild's keepNames, which wraps named inner functions in a
  // `__name` helper that exists in Node but not in the page the function is sent to.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  const result = await page.evaluate(
    (query) =>
      new Promise<{ firstResultMs: number; domContentLoadedMs: number }>((resolve) => {
        const typeWhenReady = () => {
          const box = document.querySelector<HTMLInputElement>('input[type="search"]');
          if (!box) {
            requestAnimationFrame(typeWhenReady);
            return;
          }
          const done = () => {
            if (!document.querySelector('[data-result-kind]')) return false;
            const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
            resolve({ firstResultMs: performance.now(), domContentLoadedMs: nav?.domContentLoadedEventEnd ?? NaN });
            return true;
          };
          const observer = new MutationObserver(() => done() && observer.disconnect());
          observer.observe(document.body, { childList: true, subtree: true });
          box.value = query;
          box.dispatchEvent(new Event('input', { bubbles: true }));
        };
        typeWhenReady();
      }),
    QUERY,
  );
  await page.close();
  return result;
}

/**
 * The alternative placement: what a popup would pay before its first search if it searched
 * itself, measured in its page: fetching the packaged index folder's manifest and the search
 * structures every search reads (the leaders' pack and the two vocabularies). The blocks a query
 * needs and the result chunks come on top.
 */
async function popupLocalLoad(open: OpenPage): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const page = await open('popup.html');
    const ms = await page.evaluate(async () => {
      const started = performance.now();
      await (await fetch('/leaderlens-index/manifest.json')).json();
      await Promise.all(['leaders', 'meetings', 'quotes'].map(async (kind) => (await fetch(`/leaderlens-index/search/${kind}.bin`)).arrayBuffer()));
      return performance.now() - started;
    });
    if (i > 0) times.push(ms);
    await page.close();
  }
  return times;
}

/** Time of `search` requests sent from the popup page, the way the popup sends them, worker warm. */
async function searchRoundTrips(open: OpenPage): Promise<number[]> {
  const page = await open('popup.html');
  const times = await page.evaluate(async (queries) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    const out: number[] = [];
    for (const query of queries) {
      const started = performance.now();
      await chrome.runtime.sendMessage({ type: 'search', query, limit: 8 });
      out.push(performance.now() - started);
    }
    return out;
  }, [...'luong cuong thongloun'].map((_, i, all) => all.slice(0, i + 1).join('')).filter((q) => q.trim() !== ''));
  await page.close();
  return times.slice(2); // the first requests load the index if the worker just started
}

function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

