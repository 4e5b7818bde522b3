/**
 * The index at scale, in the real Chromium with the built extension: what a reader waits for after
 * MV3 stopped the service worker, what the worker holds, and what the package weighs — on the seed
 * corpus (the floor) and on synthetic corpora of 1k and 10k articles with 1,000 leaders
 * (`BENCH_INDEX_ARTICLES=1000,10000,100000` to choose), all in one run.
 *
 * Each synthetic index is built in this process as `npm run build:index` builds it (corpus, whole
 * index, folder), cached under `.bench-out/` by corpus and sources, and put into a copy of the
 * built extension (`.output/chrome-mv3`, rebuilt first by `npm run build`), as a store would get it.
 *
 * Rows, each against the seed's figure measured the same way in this run:
 * - popup, worker stopped: from the popup page's navigation start to its first result row, the
 *   query (a leader's name without marks) typed as soon as the box exists (as bench/popup.bench.ts);
 * - card, worker stopped: one `get-card` round trip from an extension page, the worker stopped first;
 * - hover, worker stopped: the hover delay set to 0, the worker stopped, a news page naming the
 *   leader opened in a new tab and the pointer put on the name once it is highlighted; from the
 *   page's navigation start to the card on screen (matcher, scan and card all wait for the worker);
 * - worker memory after the first card (and after the first search), from the DevTools protocol
 *   (`Runtime.getHeapUsage` on the worker target: JS heap + array buffers + embedder, after a GC);
 * - the extension folder on disk against the articles' text.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { INDEX_DIR_NAME } from '../src/index-data/format';
import { openIndexFolder } from '../src/index-data/read-index-folder';
import { foldBare } from '../src/text';
import { askBackground, controlServiceWorker, extensionDir, launchExtension, type ExtensionSession } from '../tests/e2e/harness';
import { collectGarbage } from './run';
import { cachedCorpus } from './synthetic-corpus';
import { cachedFolder, INDEX_BENCH_LEADERS, INDEX_BENCH_SEED } from './index-folder-cache';
import type { BenchRow } from './types';

const RUNS = Number(process.env.BENCH_INDEX_RUNS ?? 7);
const root = fileURLToPath(new URL('..', import.meta.url));
const GOAL = '≤ 1.5× the seed (at 10k)';

/** One extension build to measure: its folder, the articles' text bytes and a leader to ask for. */
interface Subject {
  label: string;
  dir: string;
  textBytes: number;
  buildSeconds?: number;
}

export default async function indexBench(): Promise<BenchRow[]> {
  const sizes = (process.env.BENCH_INDEX_ARTICLES ?? '1000,10000').split(',').map(Number).filter((n) => n > 0);
  const out = process.env.BENCH_OUT_DIR ?? join(root, '.bench-out');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' });
  const subjects: Subject[] = [{ label: 'seed', dir: extensionDir, textBytes: folderBytes(join(root, 'corpus', 'articles')) }];
  for (const articles of sizes) {
    const corpus = cachedCorpus(out, { articles, seed: INDEX_BENCH_SEED, leaders: INDEX_BENCH_LEADERS });
    const folder = await cachedFolder(out, corpus.dir, articles, log);
    const dir = join(out, `extension-${articles}`);
    rmSync(dir, { recursive: true, force: true });
    cpSync(extensionDir, dir, { recursive: true, filter: (src) => !src.includes(`${INDEX_DIR_NAME}`) });
    cpSync(folder.dir, join(dir, INDEX_DIR_NAME), { recursive: true });
    subjects.push({ label: label(articles), dir, textBytes: corpus.summary.bytes, ...(folder.seconds === null ? {} : { buildSeconds: folder.seconds }) });
  }

  // The seed's busiest leader sets the card size; at every size the bench asks for the leader whose
  // card is closest to it, so the figures compare the same card over a bigger index.
  const seedLeader = await leaderNear(join(extensionDir, INDEX_DIR_NAME), Infinity);
  const figures = [];
  for (const subject of subjects) {
    log(`measuring ${subject.label} …`);
    const leader = subject === subjects[0] ? seedLeader : await leaderNear(join(subject.dir, INDEX_DIR_NAME), seedLeader.weight);
    figures.push({ subject, leader, ...(await measure(subject, leader)) });
  }
  const floor = figures[0]!;
  const rows: BenchRow[] = [];
  for (const f of figures) {
    const vsSeed = (name: string, value: number, base: number, goal?: string): BenchRow => ({
      name,
      value,
      unit: 'ms',
      ...(f === floor ? {} : { baseline: { name: 'seed, same measure', value: base }, ratio: value / base, ...(goal ? { goal } : {}) }),
    });
    const at = f.subject.label;
    rows.push(vsSeed(`popup first result, worker stopped, ${at} (median of ${RUNS})`, f.popupCold, floor.popupCold, GOAL));
    rows.push(vsSeed(`popup first result, worker running, ${at} (median of ${RUNS})`, f.popupWarm, floor.popupWarm));
    rows.push(vsSeed(`hover → card, worker stopped, page opened after the stop, ${at} (navigation start → card; median of ${RUNS})`, f.hoverCold, floor.hoverCold, GOAL));
    rows.push(vsSeed(`get-card round trip, worker stopped, ${at} (a card of ${f.leader.weight} meetings and quotes; median of ${RUNS})`, f.cardCold, floor.cardCold, GOAL));
    rows.push(vsSeed(`get-card round trip, worker running, ${at} (median of ${RUNS})`, f.cardWarm, floor.cardWarm));
    rows.push({ name: `worker memory after the first card, ${at}`, value: f.memoryAfterCard / 1e6, unit: 'MB', ...(at === '10k' ? { goal: '≤ 50 MB at 10k' } : {}) });
    rows.push({ name: `worker memory after the first card and a search, ${at}`, value: f.memoryAfterSearch / 1e6, unit: 'MB' });
    const packageBytes = folderBytes(f.subject.dir);
    rows.push({
      name: `extension on disk, ${at}; ratio = / the articles' text (${(f.subject.textBytes / 1e6).toFixed(1)} MB)`,
      value: packageBytes / 1e6,
      unit: 'MB',
      baseline: { name: "articles' text", value: f.subject.textBytes / 1e6 },
      ratio: packageBytes / f.subject.textBytes,
      goal: '≤ 1×',
    });
    rows.push({ name: `extension files, ${at}`, value: fileCount(f.subject.dir), unit: 'files' });
    if (f.subject.buildSeconds !== undefined) rows.push({ name: `build:index (corpus + index + folder), ${at}, built in this run`, value: f.subject.buildSeconds, unit: 's' });
  }
  return rows;
}

interface Figures {
  cardWarm: number;
  popupCold: number;
  popupWarm: number;
  hoverCold: number;
  cardCold: number;
  memoryAfterCard: number;
  memoryAfterSearch: number;
}

async function measure(subject: Subject, leader: { id: string; name: string }): Promise<Figures> {
  const session = await launchExtension({ '/news.html': newsPage(leader.name) }, { extensionDir: subject.dir });
  try {
    const control = await controlServiceWorker(session, await session.openExtensionPage('popup.html'));
    const asker = await session.openExtensionPage('popup.html');
    const query = foldBare(leader.name).text;

    const popupWarm: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const ms = await popupFirstResult(session, query);
      if (i > 0) popupWarm.push(ms); // the first pays for compiling the popup's scripts
    }
    const popupCold: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await control.stop();
      popupCold.push(await popupFirstResult(session, query));
    }
    const cardCold: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await control.stop();
      const started = performance.now();
      const answer = (await askBackground(asker, { type: 'get-card', leaderId: leader.id, pageDate: null, pageLeaderIds: [] })) as { ok: boolean };
      cardCold.push(performance.now() - started);
      if (!answer.ok) throw new Error(`index bench: get-card failed on ${subject.label}: ${JSON.stringify(answer)}`);
    }
    const cardWarm: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await askBackground(asker, { type: 'get-card', leaderId: leader.id, pageDate: null, pageLeaderIds: [] });
      cardWarm.push(performance.now() - started);
    }
    await asker.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set({ 'settings.hoverDelayMs': 0 }));
    const hoverCold: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await control.stop();
      hoverCold.push(await hoverOnNewPage(session, leader.name));
    }

    await control.stop();
    await askBackground(asker, { type: 'get-card', leaderId: leader.id, pageDate: null, pageLeaderIds: [] });
    const memoryAfterCard = await workerMemory(session, asker);
    await askBackground(asker, { type: 'search', query, limit: 8 });
    const memoryAfterSearch = await workerMemory(session, asker);
    await control.detach();
    collectGarbage();
    return { cardWarm: median(cardWarm), popupCold: median(popupCold), popupWarm: median(popupWarm), hoverCold: median(hoverCold), cardCold: median(cardCold), memoryAfterCard, memoryAfterSearch };
  } finally {
    await session.close();
  }
}

/**
 * Among the first 200 leaders, the one whose card (all meetings and quotes) is closest in size to
 * `weight` — with Infinity, the busiest.
 */
async function leaderNear(dir: string, weight: number): Promise<{ id: string; name: string; weight: number }> {
  const index = await openIndexFolder({ read: async (path) => new Uint8Array(readFileSync(join(dir, path))).buffer });
  const leaders = JSON.parse(readFileSync(join(dir, 'leaders.json'), 'utf8')) as { data: { leaders: Record<string, { name: string }> } };
  let best = { id: '', name: '', weight: -1 };
  const distance = (w: number) => (weight === Infinity ? -w : Math.abs(w - weight));
  for (const [id, { name }] of Object.entries(leaders.data.leaders).slice(0, 200)) {
    const card = await index.card(id, '9999-12-31', []);
    const size = (card?.meetings.length ?? 0) + (card?.quotes.length ?? 0);
    if (best.weight < 0 || distance(size) < distance(best.weight)) best = { id, name, weight: size };
  }
  log(`${dir}: asking for ${best.name} (${best.weight} meetings and quotes)`);
  return best;
}

function newsPage(name: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bench</title>
<meta property="article:published_time" content="2026-11-01T08:00:00+07:00"></head><body>
<p style="font-size:20px">Hôm nay, <span id="a">${name}</span> phát biểu tại hội nghị.</p>
<p style="height:400px">Hai bên nhất trí tăng cường hợp tác.</p></body></html>`;
}

/** As bench/popup.bench.ts: navigation start → first result row, the query typed once the box exists. */
async function popupFirstResult(session: ExtensionSession, query: string): Promise<number> {
  const page = await session.openExtensionPage('popup.html');
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  const ms = await page.evaluate(
    (q) =>
      new Promise<number>((resolve) => {
        const typeWhenReady = () => {
          const box = document.querySelector<HTMLInputElement>('input[type="search"]');
          if (!box) {
            requestAnimationFrame(typeWhenReady);
            return;
          }
          const observer = new MutationObserver(() => {
            if (!document.querySelector('[data-result-kind]')) return;
            observer.disconnect();
            resolve(performance.now());
          });
          observer.observe(document.body, { childList: true, subtree: true });
          box.value = q;
          box.dispatchEvent(new Event('input', { bubbles: true }));
        };
        typeWhenReady();
      }),
    query,
  );
  await page.close();
  return ms;
}

/** A new tab on the news page (worker stopped before), the pointer on the name once highlighted: navigation start → card. */
async function hoverOnNewPage(session: ExtensionSession, name: string): Promise<number> {
  const page = await session.context.newPage();
  try {
    await page.goto(`${session.origin}/news.html`);
    await page.addScriptTag({ content: 'window.__name = (f) => f;' });
    await page.waitForFunction(() => Boolean([...document.documentElement.children].find((el) => el.tagName.startsWith('LEADERLENS-'))?.shadowRoot), undefined, { timeout: 60_000 });
    const box = (await page.locator('#a').boundingBox())!;
    const shown = page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const shadow = [...document.documentElement.children].find((el) => el.tagName.startsWith('LEADERLENS-'))!.shadowRoot!;
          const done = () => (shadow.querySelector('[data-leader-id]') ? (resolve(performance.now()), true) : false);
          if (done()) return;
          const observer = new MutationObserver(() => done() && observer.disconnect());
          observer.observe(shadow, { childList: true, subtree: true });
        }),
    );
    // A step that ends on the name: the hover controller follows the pointer's moves.
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
    const ms = await shown;
    if (!name) throw new Error('index bench: no leader');
    return ms;
  } finally {
    await page.close();
  }
}

/**
 * The worker's memory through the DevTools protocol: Playwright opens no session on a service
 * worker, so the page's session attaches to the worker target and relays `Runtime.getHeapUsage`
 * (after `HeapProfiler.collectGarbage`) through `Target.sendMessageToTarget`.
 */
async function workerMemory(session: ExtensionSession, page: Page): Promise<number> {
  const cdp: CDPSession = await session.context.newCDPSession(page);
  try {
    type TargetInfo = { targetId: string; type: string; url: string };
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(session.extensionId));
    if (!worker) throw new Error('index bench: no service worker target');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    let next = 1;
    const waiting = new Map<number, (result: unknown) => void>();
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (message.id !== undefined) waiting.get(message.id)?.(message.result);
    });
    const call = (method: string) =>
      new Promise<unknown>((resolve) => {
        const id = next++;
        waiting.set(id, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
      });
    await call('HeapProfiler.collectGarbage');
    const usage = (await call('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number; backingStorageSize?: number };
    await cdp.send('Target.detachFromTarget', { sessionId });
    return usage.usedSize + (usage.embedderHeapUsedSize ?? 0) + (usage.backingStorageSize ?? 0);
  } finally {
    await cdp.detach();
  }
}

function folderBytes(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  return bytes;
}

function fileCount(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const label = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));
function log(line: string): void {
  process.stderr.write(`index bench: ${line}\n`);
}
