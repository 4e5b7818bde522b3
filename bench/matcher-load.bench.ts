/**
 * What a content script pays to get its matcher, in real Chromium with the BUILT extension: from
 * asking the background (`get-matcher`, the very message the content script sends) to holding a
 * loaded matcher of the full registry, against receiving the same number of bytes as one plain
 * string over the same channel (the floor: the message itself). Goal ≤ 2×.
 *
 * Both run in an extension page of the built extension (the popup, opened as a tab), which talks to
 * the background the way a content script does (`runtime.sendMessage`). The plain string is
 * answered by a listener this bench adds to the running service worker for `bench-string`; the
 * background's own listener leaves unknown types to other listeners. `loadMatcher` is bundled
 * from src/ and evaluated in the page. Best of ROUNDS rounds, taken round-robin, after a warm-up
 * that loads the index in the worker (the index's cold start is issue "5 of 7", not this figure).
 *
 * Needs `.output/chrome-mv3` (`npm run build`); builds it when missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { extensionDir, launchExtension } from '../tests/e2e/harness';
import type { BenchRow } from './types';

const ROUNDS = 15;
const root = join(import.meta.dirname, '..');

/** `loadMatcher` bundled for the page as `window.leaderlensLoadMatcher`. */
async function bundleLoader(): Promise<string> {
  const result = await build({
    stdin: { contents: `import { loadMatcher } from './src/match/load'; (globalThis as any).leaderlensLoadMatcher = loadMatcher;`, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
  });
  return result.outputFiles[0]!.text;
}

export default async function matcherLoadBench(): Promise<BenchRow[]> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
  // The packaged index folder's matcher file (`{ formatVersion, stamp, data: { matcher } }`).
  const index = (JSON.parse(readFileSync(join(extensionDir, 'leaderlens-index', 'matcher.json'), 'utf8')) as { data: { matcher: unknown } }).data;
  // The same bytes as the matcher's answer, as one string.
  const payload = JSON.stringify({ ok: true, value: index.matcher });
  const session = await launchExtension();
  try {
    const worker = await session.serviceWorker();
    await worker.evaluate((text) => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { onMessage: { addListener(f: (m: { type?: string }, s: unknown, r: (x: unknown) => void) => unknown): void } } } };
      chrome.runtime.onMessage.addListener((message, _sender, respond) => {
        if (message?.type !== 'bench-string') return undefined;
        respond({ ok: true, value: text });
        return undefined;
      });
    }, payload);
    const page = await session.openExtensionPage('popup.html');
    await page.evaluate(await bundleLoader());
    const once = (kind: 'matcher' | 'string') =>
      page.evaluate(async (which) => {
        const g = globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: { compiled: unknown } | string }> } };
          leaderlensLoadMatcher(compiled: unknown): { find(text: string): unknown[] };
        };
        const t0 = performance.now();
        const answer = await g.chrome.runtime.sendMessage({ type: which === 'matcher' ? 'get-matcher' : 'bench-string' });
        if (which === 'matcher') {
          const matcher = g.leaderlensLoadMatcher((answer.value as { compiled: unknown }).compiled);
          if (matcher.find('Tô Lâm').length !== 1) throw new Error('bench: the loaded matcher does not find Tô Lâm');
        } else if ((answer.value as string).length === 0) throw new Error('bench: empty string');
        return performance.now() - t0;
      }, kind);
    await once('matcher');
    await once('string');
    const matcherMs: number[] = [];
    const stringMs: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      matcherMs.push(await once('matcher'));
      stringMs.push(await once('string'));
    }
    const best = (values: number[]) => Math.min(...values);
    const leaders = (JSON.parse(readFileSync(join(extensionDir, 'leaderlens-index', 'manifest.json'), 'utf8')) as { counts: { leaders: number } }).counts.leaders;
    return [
      {
        name: `content script: receive and load the compiled matcher (${leaders} people, ${Math.round(payload.length / 1024)} KB), best of ${ROUNDS}`,
        value: round(best(matcherMs)),
        unit: 'ms',
        baseline: { name: 'the same bytes as one plain string over the same channel', value: round(best(stringMs)) },
        ratio: round(best(matcherMs) / best(stringMs)),
        goal: '≤ 2×',
      },
    ];
  } finally {
    await session.close();
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
