import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { unpackCard, type PackedCard } from '../../src/messages/card-wire';

export const extensionDir = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');

/** One network request seen by the browser, with who made it. */
export interface RecordedRequest {
  url: string;
  /** `service-worker` for the extension's background, `page` for anything a frame asked for. */
  from: 'service-worker' | 'page';
  frameUrl: string | null;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Origin of the local test server, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Every request the browser made since launch, in order. */
  requests: RecordedRequest[];
  /** The extension's current service worker (a new one after a restart). */
  serviceWorker(): Promise<Worker>;
  /** Requests that left the machine: neither the local test server nor the extension's own files. */
  outsideRequests(): RecordedRequest[];
  /** Opens a page of the extension, e.g. `popup.html`. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Pages the local server answers, by path (`/article-vi.html` → HTML). Anything else is a 404. */
export type TestPages = Record<string, string>;

/**
 * Launches the BUILT extension (`.output/chrome-mv3`, made by the e2e global setup, or a copy of it
 * given as `options.extensionDir`) in Debian's
 * Chromium with exactly the DESIGN.md recipe, serves `pages` from 127.0.0.1 (content scripts do
 * not run on file:// without an extra permission), and records every request the browser makes, so
 * a test can prove that nothing leaves the machine.
 */
export async function launchExtension(
  pages: TestPages = {},
  options: { extensionDir?: string; keepWelcomePage?: boolean } = {},
): Promise<ExtensionSession> {
  const extension = options.extensionDir ?? extensionDir;
  const server = await serve(pages);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const userDataDir = await mkdtemp(join(tmpdir(), 'leaderlens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic',
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
    ],
  });

  const requests: RecordedRequest[] = [];
  // Chromium reports service-worker requests on the context too; `serviceWorker()` tells them apart.
  context.on('request', (request) => {
    const worker = request.serviceWorker();
    let frameUrl: string | null = null;
    if (!worker) {
      try {
        frameUrl = request.frame().url();
      } catch {
        frameUrl = null; // a navigation before its frame exists
      }
    }
    requests.push({ url: request.url(), from: worker ? 'service-worker' : 'page', frameUrl });
  });

  const firstWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(firstWorker.url()).host;

  const isExtensionWorker = (worker: Worker): boolean => new URL(worker.url()).host === extensionId;

  // A fresh profile is an install: the background opens the welcome page (src/first-run). Closed
  // here unless a test asks for it, so tests that pick "the newest tab" or count tabs see only theirs.
  const welcome = await welcomePage(context, extensionId);
  if (welcome && !options.keepWelcomePage) await welcome.close();

  return {
    context,
    extensionId,
    origin,
    requests,
    async serviceWorker() {
      const running = context.serviceWorkers().find(isExtensionWorker);
      return running ?? (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker }));
    },
    outsideRequests() {
      return requests.filter(({ url }) => {
        const parsed = new URL(url);
        if (parsed.protocol === 'chrome-extension:' && parsed.host === extensionId) return false;
        if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
        return parsed.origin !== origin;
      });
    },
    async openExtensionPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The welcome tab the background opens on install, or null if none came within `timeoutMs`. Polled
 * rather than awaited as a `page` event: the tab may already be open, and a new tab's first
 * reported address is `about:blank`.
 */
export async function welcomePage(context: BrowserContext, extensionId: string, timeoutMs = 10_000): Promise<Page | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = context.pages().find((p) => p.url().startsWith(`chrome-extension://${extensionId}/welcome.html`));
    if (page || Date.now() > deadline) return page ?? null;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function serve(pages: TestPages): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const body = pages[path];
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Control over the extension's service worker through the DevTools protocol. */
export interface WorkerControl {
  /** Stops the worker as Chromium stops an idle MV3 worker; resolves once DevTools reports it stopped. */
  stop(): Promise<void>;
  /** The running status DevTools last reported: `running`, `stopping`, `stopped` or `starting`. */
  status(): string;
  /** How many times the worker started again after being stopped, since `controlServiceWorker`. */
  starts(): number;
  detach(): Promise<void>;
}

/**
 * Watches and stops the extension's service worker with the DevTools `ServiceWorker` domain, on a
 * session of one of the extension's own pages (the domain sees the registrations of that page's
 * origin). What works on Debian's Chromium, tried in turn: `ServiceWorker.stopAllWorkers` and
 * `Target.closeTarget` on the worker both leave it running while Playwright is attached to it;
 * `ServiceWorker.stopWorker` with the worker's version id stops it (running → stopping → stopped),
 * and the next message starts it again (starting → running).
 */
export async function controlServiceWorker(session: ExtensionSession, extensionPage: Page): Promise<WorkerControl> {
  const cdp = await session.context.newCDPSession(extensionPage);
  const ours = `chrome-extension://${session.extensionId}/`;
  const statusByVersion = new Map<string, string>();
  const stoppedVersions = new Set<string>();
  let starts = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(ours)) continue;
      // A start is "running again after having been stopped"; DevTools repeats statuses, and the
      // first report may already catch the initial start half-way.
      if (version.runningStatus === 'stopped') stoppedVersions.add(version.versionId);
      if (version.runningStatus === 'running' && stoppedVersions.delete(version.versionId)) starts++;
      statusByVersion.set(version.versionId, version.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  await waitFor(() => statusByVersion.size > 0, 'the extension service worker to be reported');
  const status = (): string => [...statusByVersion.values()].at(-1) ?? 'unknown';
  return {
    async stop() {
      for (const [versionId, runningStatus] of statusByVersion) {
        if (runningStatus !== 'stopped') await cdp.send('ServiceWorker.stopWorker', { versionId });
      }
      await waitFor(() => [...statusByVersion.values()].every((s) => s === 'stopped'), 'the service worker to stop');
    },
    status,
    starts: () => starts,
    detach: () => cdp.detach(),
  };
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`leaderlens e2e: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Sends `message` to the background from an extension page with `runtime.sendMessage`, as the popup
 * and content script do, and returns the answer (the `{ ok, value | error }` envelope; a card
 * unpacked, as `sendToBackground` unpacks it).
 */
export async function askBackground(page: Page, message: unknown): Promise<unknown> {
  const answer = await page.evaluate((m) => {
    // Runs in the page; the extension API is the page's global `chrome`.
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    return chrome.runtime.sendMessage(m);
  }, message);
  // A card crosses packed (src/messages/card-wire.ts); tests read it as `sendToBackground` gives it.
  const type = (message as { type?: unknown } | null)?.type;
  const isCard = type === 'get-card' || type === 'get-brief-card';
  const envelope = answer as { ok?: boolean; value?: unknown } | undefined;
  if (isCard && envelope?.ok && envelope.value !== null) return { ...envelope, value: unpackCard(envelope.value as PackedCard) };
  return answer;
}

/**
 * Reloads the extension as `chrome.runtime.reload()` from its worker does (an update, for
 * `runtime.onInstalled`), and resolves with the new worker. Chromium 156 disables a reloaded
 * unpacked extension ("unsupportedDeveloperExtension", found with `developerPrivate.getExtensionsInfo`)
 * unless developer mode is on, so it is switched on first from chrome://extensions, as a developer
 * would before pressing "Reload".
 */
export async function reloadExtension(session: ExtensionSession): Promise<Worker> {
  const settings = await session.context.newPage();
  await settings.goto('chrome://extensions/');
  await settings.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const { chrome } = globalThis as unknown as {
          chrome: { developerPrivate: { updateProfileConfiguration(c: object, cb: () => void): void }; runtime: { lastError?: { message: string } } };
        };
        chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, () =>
          chrome.runtime.lastError ? reject(new Error(chrome.runtime.lastError.message)) : resolve(),
        );
      }),
  );
  await settings.close();
  const old = await session.serviceWorker();
  const next = session.context.waitForEvent('serviceworker', {
    predicate: (w) => w !== old && new URL(w.url()).host === session.extensionId,
    timeout: 30_000,
  });
  // Deferred, so the evaluation returns before the worker that runs it goes away.
  await old.evaluate(() => {
    setTimeout(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(), 50);
  });
  return next;
}
