/**
 * Saved articles (issue "6 of 7"), in the real Chromium with the built extension (`npm run build`
 * first): what a save costs the reader, how the engine in the worker compares with the same engine
 * in Node, and what 1,000 saved articles cost a card.
 *
 * - Click to facts stored: the popup's "Save this article" clicked (popup.html?tab=<id>) until its
 *   `[data-save-status]` says `saved`, on typical news pages (bench/saved-article-text.ts: 3–4 KB,
 *   real leaders, half Vietnamese); each page once (a second save would be "already saved").
 *   Goal p95 ≤ 500 ms. The first save of a worker's life also loads the engine's registry and name
 *   table: it is in the figures, and a row says what it was.
 * - Where a save's time goes: the `save-page` answer's timings (Readability in the tab, the engine,
 *   matching the index's meetings, the IndexedDB transaction), medians over further saves sent
 *   from an extension page as the popup sends them.
 * - The engine in the worker against the same engine on the same text in Node (this process):
 *   `readSavedArticle` on each saved article's stored text, medians; goal ≤ 2×.
 * - Card time with 1,000 saved articles beside the bundled corpus: one `get-card` round trip for
 *   the leader most saved articles name, worker stopped first (cold) and running (warm), against
 *   the same request before the import, in the same run; and a search keystroke's round trip.
 *   Goal: issue "5 of 7"'s, ≤ 1.5× the figure without saved articles.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { splitHeader } from '../src/corpus/read-header';
import { buildCorpus } from '../src/corpus/build-corpus';
import { placeCountries } from '../src/index-data/build-index';
import { loadNameTable } from '../src/names/name-table';
import { toBase64 } from '../src/saved/base64';
import { readSavedArticle } from '../src/saved/read-saved-article';
import type { SaveOutcome } from '../src/saved/save-article';
import type { SavedExport } from '../src/saved/saved-service';
import { askBackground, controlServiceWorker, launchExtension, type ExtensionSession } from '../tests/e2e/harness';
import { tabIdOf, waitForHighlights } from '../tests/e2e/popup-helpers';
import { typicalArticle, typicalPage } from './saved-article-text';
import type { BenchRow } from './types';

const root = fileURLToPath(new URL('..', import.meta.url));
const CLICKS = Number(process.env.BENCH_SAVED_CLICKS ?? 20);
const MESSAGES = Number(process.env.BENCH_SAVED_MESSAGES ?? 20);
const SAVED = Number(process.env.BENCH_SAVED_ARTICLES ?? 1000);
const CARD_RUNS = Number(process.env.BENCH_SAVED_CARD_RUNS ?? 9);
// BENCH_SAVED_CLICKS, _MESSAGES, _ARTICLES and _CARD_RUNS make a quicker run (defaults: 20, 20, 1000, 9).
/** Articles 0…CLICKS+MESSAGES-1 are saved from pages; the import starts after them. */
const IMPORT_FROM = 10_000;

export default async function savedArticleBench(): Promise<BenchRow[]> {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' });
  const pages: Record<string, string> = {};
  for (let n = 0; n < CLICKS + MESSAGES; n++) pages[`/a${n}.html`] = typicalPage(n);
  const session = await launchExtension(pages);
  try {
    for (const page of session.context.pages()) await page.close();
    const control = await session.openExtensionPage('options.html');
    const worker = await controlServiceWorker(session, control);

    // Click to facts stored, from the popup, each page once.
    const clicks: number[] = [];
    for (let n = 0; n < CLICKS; n++) clicks.push(await clickToSaved(session, n));

    // The same saves sent as the popup sends them, with the worker's own timings.
    const outcomes: Extract<SaveOutcome, { status: 'saved' }>[] = [];
    for (let n = CLICKS; n < CLICKS + MESSAGES; n++) {
      const tab = await openArticle(session, n);
      const outcome = await ask<SaveOutcome>(control, { type: 'save-page', tabId: await tabIdOf(control, tab.url()) });
      if (outcome.status !== 'saved') throw new Error(`saved-article bench: article ${n} was not saved: ${JSON.stringify(outcome)}`);
      outcomes.push(outcome);
      await tab.close();
    }

    // The same engine on the same texts in Node.
    const exported = await ask<SavedExport>(control, { type: 'export-saved' });
    const node = nodeEngineTimes(exported.files.map((f) => f.text));
    const workerEngine = outcomes.map((o) => o.timings.engine);

    // Cards before and after 1,000 saved articles.
    // The leader most saved articles name, whose card grows with them; and the index's busiest
    // card, which no saved article touches: what the saved articles cost every other card.
    const leader = 'to-lam';
    const untouched = 'thongloun-sisoulith';
    const before = await cardTimes(control, worker, leader, 'get-brief-card');
    const fullBefore = await cardTimes(control, worker, leader, 'get-card');
    const untouchedBefore = await cardTimes(control, worker, untouched, 'get-brief-card');
    const searchBefore = await searchTimes(control);
    const importStarted = performance.now();
    for (let from = 0; from < SAVED; from += 100) {
      const files = Array.from({ length: Math.min(100, SAVED - from) }, (_, i) => {
        const n = IMPORT_FROM + from + i;
        return { name: `a${n}.txt`, base64: toBase64(new TextEncoder().encode(typicalArticle(n).fileText(`https://tin.example/a${n}.html`))) };
      });
      const report = await ask<{ imported: unknown[] }>(control, { type: 'import-saved', files });
      if (report.imported.length !== files.length) throw new Error(`saved-article bench: imported ${report.imported.length} of ${files.length}`);
    }
    const importSeconds = (performance.now() - importStarted) / 1000;
    const after = await cardTimes(control, worker, leader, 'get-brief-card');
    const fullAfter = await cardTimes(control, worker, leader, 'get-card');
    const untouchedAfter = await cardTimes(control, worker, untouched, 'get-brief-card');
    const searchAfter = await searchTimes(control);
    const bytes = {
      brief: await answerBytes(control, cardRequest(leader, 'get-brief-card')),
      full: await answerBytes(control, cardRequest(leader, 'get-card')),
      seedBrief: await answerBytes(control, cardRequest(untouched, 'get-brief-card')),
      seedFull: await answerBytes(control, cardRequest(untouched, 'get-card')),
    };
    const savedMeetings = (await ask<{ meetings: { origin?: string }[] }>(control, { type: 'get-card', leaderId: leader, pageDate: '2030-01-01', pageLeaderIds: [] })).meetings.filter((m) => m.origin === 'saved').length;
    await worker.detach();

    const med = (values: readonly number[]) => percentile(values, 0.5);
    const p95 = (values: readonly number[]) => percentile(values, 0.95);
    const part = (name: keyof Extract<SaveOutcome, { status: 'saved' }>['timings']) => med(outcomes.map((o) => o.timings[name] ?? 0));
    return [
      { name: `save: click in the popup to [data-save-status]=saved, typical article (3–4 KB), p50 of ${CLICKS}`, value: med(clicks), unit: 'ms' },
      { name: 'save: click to facts stored, p95', value: p95(clicks), unit: 'ms', goal: '≤ 500 ms' },
      { name: "save: the worker's first save (engine's registry and name table loaded then)", value: clicks[0]!, unit: 'ms' },
      { name: `save: of which Readability in the tab (median of ${MESSAGES})`, value: part('extract'), unit: 'ms' },
      { name: 'save: of which the corpus engine in the worker (median)', value: med(workerEngine), unit: 'ms' },
      { name: "save: of which matching the index's meetings (median)", value: part('match'), unit: 'ms' },
      { name: 'save: of which the IndexedDB transaction (median)', value: part('store'), unit: 'ms' },
      {
        name: `engine in the worker / the same engine on the same text in Node (medians over ${workerEngine.length} articles)`,
        value: med(workerEngine),
        unit: 'ms',
        baseline: { name: 'Node, this process', value: med(node) },
        ratio: med(workerEngine) / med(node),
        goal: '≤ 2×',
      },
      {
        name: `card (get-brief-card round trip, the hover's, ${leader}), worker stopped, ${SAVED} saved articles (${savedMeetings} saved meetings on the card) — median of ${CARD_RUNS}`,
        value: med(after.cold),
        unit: 'ms',
        baseline: { name: 'no saved articles, same run', value: med(before.cold) },
        ratio: med(after.cold) / med(before.cold),
        goal: '≤ 1.5× (issue "5 of 7")',
      },
      {
        name: `card (get-brief-card round trip), worker running, ${SAVED} saved articles — median of ${CARD_RUNS}`,
        value: med(after.warm),
        unit: 'ms',
        baseline: { name: 'no saved articles, same run', value: med(before.warm) },
        ratio: med(after.warm) / med(before.warm),
        goal: '≤ 1.5×',
      },
      {
        name: `whole card (get-card round trip: "More", and the hover's request before brief cards), worker running, ${SAVED} saved articles — median of ${CARD_RUNS}`,
        value: med(fullAfter.warm),
        unit: 'ms',
        baseline: { name: 'no saved articles, same run', value: med(fullBefore.warm) },
        ratio: med(fullAfter.warm) / med(fullBefore.warm),
      },
      {
        name: `whole card (get-card), worker stopped, ${SAVED} saved articles — median of ${CARD_RUNS}`,
        value: med(fullAfter.cold),
        unit: 'ms',
        baseline: { name: 'no saved articles, same run', value: med(fullBefore.cold) },
        ratio: med(fullAfter.cold) / med(fullBefore.cold),
      },
      {
        name: `brief card as it crosses (JSON of the packed answer), ${leader}, ${SAVED} saved articles`,
        value: bytes.brief / 1024,
        unit: 'KB',
        baseline: { name: 'the whole card (get-card), same leader', value: bytes.full / 1024 },
        ratio: bytes.brief / bytes.full,
      },
      {
        name: `brief card as it crosses, ${untouched} (the seed's busiest)`,
        value: bytes.seedBrief / 1024,
        unit: 'KB',
        baseline: { name: 'its whole card', value: bytes.seedFull / 1024 },
        ratio: bytes.seedBrief / bytes.seedFull,
      },
      {
        name: `card of a leader no saved article names (${untouched}, the index's busiest), worker stopped, ${SAVED} saved articles — median of ${CARD_RUNS}`,
        value: med(untouchedAfter.cold),
        unit: 'ms',
        baseline: { name: 'no saved articles, same run', value: med(untouchedBefore.cold) },
        ratio: med(untouchedAfter.cold) / med(untouchedBefore.cold),
        goal: '≤ 1.5×',
      },
      {
        name: `card of a leader no saved article names, worker running, ${SAVED} saved articles — median of ${CARD_RUNS}`,
        value: med(untouchedAfter.warm),
        unit: 'ms',
        baseline: { name: 'no saved articles, same run', value: med(untouchedBefore.warm) },
        ratio: med(untouchedAfter.warm) / med(untouchedBefore.warm),
        goal: '≤ 1.5×',
      },
      {
        name: `search keystroke round trip, worker running, ${SAVED} saved articles — p95`,
        value: p95(searchAfter),
        unit: 'ms',
        baseline: { name: 'no saved articles, same run', value: p95(searchBefore) },
        ratio: p95(searchAfter) / p95(searchBefore),
      },
      { name: `import of ${SAVED} article files (10 messages of 100), engine and one transaction each`, value: importSeconds, unit: 's' },
    ];
  } finally {
    await session.close();
  }
}

async function ask<T>(page: Page, message: unknown): Promise<T> {
  const answer = (await askBackground(page, message)) as { ok: boolean; value: T; error?: string };
  if (!answer.ok) throw new Error(`saved-article bench: ${JSON.stringify(message).slice(0, 80)} failed: ${answer.error}`);
  return answer.value;
}

async function openArticle(session: ExtensionSession, n: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${session.origin}/a${n}.html`);
  // The content script answers the popup's question for the tab once it has read the page.
  await waitForHighlights(page, 'some');
  return page;
}

/** From the click on "Save this article" to `[data-save-status]` in the popup page, in ms. */
async function clickToSaved(session: ExtensionSession, n: number): Promise<number> {
  const tab = await openArticle(session, n);
  const finder = await session.openExtensionPage('popup.html');
  const tabId = await tabIdOf(finder, tab.url());
  await finder.close();
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.locator('button[data-action="save-page"]').waitFor();
  await popup.evaluate('globalThis.__name ??= (fn) => fn');
  const result = await popup.evaluate(
    () =>
      new Promise<{ ms: number; status: string | null }>((resolve) => {
        const button = document.querySelector<HTMLButtonElement>('button[data-action="save-page"]')!;
        const observer = new MutationObserver(() => {
          const status = document.querySelector('[data-save-status]');
          if (!status) return;
          observer.disconnect();
          resolve({ ms: performance.now() - started, status: status.getAttribute('data-save-status') });
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        const started = performance.now();
        button.click();
      }),
  );
  await popup.close();
  await tab.close();
  if (result.status !== 'saved') throw new Error(`saved-article bench: article ${n}: status ${result.status}`);
  return result.ms;
}

/** The engine on each text in this process, with the registry and name table the extension packs. */
function nodeEngineTimes(texts: readonly string[]): number[] {
  const build = buildCorpus({ corpusDir: `${root}corpus` });
  const engine = { registry: build.registry, table: loadNameTable(build.nameTable), stamp: 'node', placeCountries: (places: readonly (string | null)[]) => placeCountries(places.map((place) => ({ place })), build.registry) };
  const today = new Date().toISOString().slice(0, 10);
  return texts.map((text) => {
    const header = splitHeader(text);
    const started = performance.now();
    readSavedArticle(header, engine, today);
    return performance.now() - started;
  });
}

/**
 * One request's round trip as the extension's pages and content script see it: timed in the
 * extension page around `runtime.sendMessage`, so the figure holds no copy of the answer to this
 * process (a card of hundreds of items costs DevTools more than the extension).
 */
async function roundTrip(page: Page, message: unknown): Promise<number> {
  const { ms, ok } = await page.evaluate(async (m) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } };
    const started = performance.now();
    const answer = await chrome.runtime.sendMessage(m);
    return { ms: performance.now() - started, ok: answer.ok };
  }, message);
  if (!ok) throw new Error(`saved-article bench: ${JSON.stringify(message).slice(0, 80)} failed`);
  return ms;
}

/** The `get-card` answer as it crosses (the envelope of the packed card), in bytes of its JSON. */
async function answerBytes(page: Page, message: unknown): Promise<number> {
  return page.evaluate(async (m) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    return new TextEncoder().encode(JSON.stringify(await chrome.runtime.sendMessage(m))).length;
  }, message);
}

type CardRequestType = 'get-card' | 'get-brief-card';

/** The card request for `leader`: `get-brief-card` as a page's hover asks, `get-card` as "More" does. */
function cardRequest(leader: string, type: CardRequestType) {
  return { type, leaderId: leader, pageDate: '2025-12-31', pageLeaderIds: [] };
}

/** Card round trips for `leader`, each after a worker stop, then with the worker running. */
async function cardTimes(page: Page, worker: Awaited<ReturnType<typeof controlServiceWorker>>, leader: string, type: CardRequestType): Promise<{ cold: number[]; warm: number[] }> {
  const card = cardRequest(leader, type);
  const timed = () => roundTrip(page, card);
  const cold: number[] = [];
  for (let i = 0; i < CARD_RUNS; i++) {
    await worker.stop();
    cold.push(await timed());
  }
  await timed();
  const warm: number[] = [];
  for (let i = 0; i < CARD_RUNS; i++) warm.push(await timed());
  return { cold, warm };
}

/** Search round trips for a name typed letter by letter, worker running. */
async function searchTimes(page: Page): Promise<number[]> {
  const queries = [...'lawrence wong'].map((_, i, all) => all.slice(0, i + 1).join('')).filter((q) => q.trim() !== '');
  await ask(page, { type: 'search', query: 'to lam' });
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const query of queries) times.push(await roundTrip(page, { type: 'search', query, limit: 8 }));
  }
  return times;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}
