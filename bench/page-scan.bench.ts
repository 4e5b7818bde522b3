/**
 * The page scan in real Chromium (no extension: the bundled scanner is injected into a plain page,
 * so the content script does not compete for the main thread):
 * - a ~1 MB news-like page, scanned by `PageScanner` (all slices run back to back), against the
 *   floor: a TreeWalker that only reads every text node. Goal ≤ 2×.
 * - the longest slice (a main-thread task in the extension). Goal ≤ 50 ms.
 * - the same page with 10k names against one RegExp alternation of the same names run over each
 *   block's text (the obvious way). Goal ≥ 10× faster. Also both engines alone, on block texts
 *   collected beforehand (the walk is the same on both sides and dilutes the ratio).
 * - a breakdown: walk, fold, automaton, matcher checks, scanner, gate.
 *
 * Every figure is taken in the same rounds, round-robin, and is the best of 15 rounds: the
 * machines this runs on are shared, and a ratio is only fair when both sides ran under the same
 * load. Medians go to stderr.
 *
 * Why the floor ratio stays far above 2×: the floor asks each text node for its `.data` and never
 * reads a character (V8 hands over Blink's string as is). A scan must also visit every element
 * (tag, attributes, open shadow roots: what is skipped and where blocks end) and read every
 * character to fold it; on this page a bare walk with only those DOM calls is ~2.3× the floor
 * before any JS logic, and a plain charCodeAt loop over the text ~0.8×. The breakdown rows say
 * where the rest goes.
 *
 * Why the matcher bench (Node) and this one disagree about the RegExp: Node 20's V8 (11.3) runs a
 * 10k-name case-insensitive Unicode alternation some 1000× slower than Chromium's current V8,
 * which is where the content script runs; the figure to quote is this one.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import type { BenchRow } from './types';

const root = join(import.meta.dirname, '..');

/** The scanner and the registry's name table, bundled for the page as `window.leaderlensBench`. */
async function bundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { PageScanner } from './src/page/page-scanner';
        import { gateMentions } from './src/page/gate-mentions';
        import { loadMatcher, compileMatcher } from './src/match';
        import { collectBlocks } from './src/page/collect-blocks';
        import { BareFoldBuffer, foldBareInto } from './src/text/fold-bare';
        import { buildAutomaton, HitBuffer } from './src/match/automaton';
        window.leaderlensBench = { PageScanner, gateMentions, loadMatcher, compileMatcher, collectBlocks, BareFoldBuffer, foldBareInto, buildAutomaton, HitBuffer };
      `,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
  });
  return result.outputFiles[0]!.text;
}

const SENTENCES = [
  'Chiều 8/11, tại Trụ sở Trung ương Đảng, Tổng Bí thư <b>Tô Lâm</b> hội đàm với Tổng thống Nga <a href="#">Vladimir Putin</a>.',
  'Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại, đầu tư và <i>khoa học công nghệ</i> trong thời gian tới.',
  'Ông Putin cảm ơn Tổng Bí thư về lời chúc mừng và khẳng định Nga coi trọng quan hệ đối tác chiến lược toàn diện.',
  'Theo <a href="#">TTXVN</a>, Chủ tịch nước Lương Cường cũng tiếp Thủ tướng Lào Sonexay Siphandone tại Hà Nội.',
  'The two leaders agreed to deepen cooperation in energy, education and defence, President Luong Cuong said.',
];

function newsPage(size: number): string {
  const parts: string[] = [];
  let length = 0;
  let i = 0;
  while (length < size) {
    const p = `<p>${SENTENCES[i % 5]} ${SENTENCES[(i + 2) % 5]} <span>${SENTENCES[(i + 3) % 5]}</span></p>`;
    parts.push(i % 7 === 0 ? `<div class="box"><h3>Tin liên quan</h3><ul><li><a href="#">${SENTENCES[(i + 1) % 5]}</a></li></ul></div>${p}` : p);
    length += p.length;
    i++;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>1 MB</title></head><body><article>${parts.join('\n')}</article></body></html>`;
}

function syntheticNames(n: number): { text: string; id: number }[] {
  const a = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Tô', 'Lương'];
  const b = ['Văn', 'Thị', 'Minh', 'Xuân', 'Đức', 'Hữu', 'Quang', 'Thanh', 'Phú', 'Công', 'Quốc', 'Ngọc', 'Kim', 'Bá', 'Đình'];
  const c = ['Lâm', 'Cường', 'Hùng', 'Dũng', 'Thủy', 'Hòa', 'Phúc', 'Trọng', 'Chính', 'Huệ', 'Mười', 'Kiệt', 'Sang', 'Thưởng', 'Ngân', 'Hải', 'Long', 'Sơn', 'Tuấn', 'Hương', 'Nam', 'Bình', 'An', 'Khải', 'Vinh', 'Quyết', 'Thắng', 'Tâm', 'Đạt', 'Hiếu', 'Putin', 'Siphandone', 'Sisoulith', 'Cuong', 'Khoa', 'Duy', 'Phong', 'Tùng', 'Việt', 'Anh', 'Bảo', 'Chiến', 'Giang', 'Hà'];
  const names: string[] = ['Tô Lâm', 'Vladimir Putin', 'Lương Cường', 'Sonexay Siphandone', 'Luong Cuong'];
  for (const x of a) for (const y of b) for (const z of c) if (names.length < n) names.push(`${x} ${y} ${z}`);
  let k = 0;
  while (names.length < n) names.push(`Ten${k++} Ho${k}`);
  return names.map((text, id) => ({ text, id }));
}

/** Breakdown stages, cumulative: each includes every stage above it. */
const BREAKDOWN = {
  walk: 'walk (collectBlocks, each block joined)',
  fold: '+ fold each block alone (foldBareInto)',
  automaton: 'walk + fold and automaton in one pass (foldAndScan, what find runs)',
  find: 'walk + matcher.find per block (+ boundary, diacritic and casing checks, selection)',
  find10k: 'walk + matcher.find per block, 10k names',
  scan: 'PageScanner, all slices, gate included (+ names placed in nodes, short-form context, store)',
  gate: 'gateMentions alone over the names found (part of the scan)',
} as const;

export default async function pageScanBench(): Promise<BenchRow[]> {
  const script = await bundle();
  const html = newsPage(1 << 20);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.route('http://bench.local/', (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    await page.goto('http://bench.local/');
    // tsx compiles this file with esbuild's keepNames, which wraps functions in `__name(…)`, also
    // inside the function handed to page.evaluate: give the page a no-op `__name`.
    await page.addScriptTag({ content: 'window.__name = (f) => f;' });
    await page.addScriptTag({ content: script });
    const names = syntheticNames(10_000);
    const figures = await page.evaluate(
      ({ names }) => {
        type Api = {
          PageScanner: new (o: object) => { scan(n: Node): void; runSlice(): void; complete: boolean; store: { ordered(): unknown[] } };
          gateMentions(x: unknown[]): unknown[];
          loadMatcher(c: unknown): { find(t: string): unknown[] };
          compileMatcher(p: unknown[]): unknown;
          collectBlocks(root: Node, o: object): Iterable<{ texts: string[] }>;
          BareFoldBuffer: new () => { units: Uint16Array };
          foldBareInto(t: string, into: unknown): number;
          buildAutomaton(c: unknown): { foldAndScan(t: string, into: unknown, hits: unknown): number };
          HitBuffer: new () => { count: number };
        };
        const api = (window as unknown as { leaderlensBench: Api }).leaderlensBench;
        const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
        const hostTag = 'LEADERLENS-UI';
        let sink = 0;

        const registryIds = ['to-lam', 'vladimir-putin', 'luong-cuong', 'sonexay-siphandone', 'luong-cuong'];
        const small = api.loadMatcher(api.compileMatcher(names.slice(0, 5)));
        const smallMeanings = registryIds.map((leaderId) => ({ kind: 'leader', leaderId }));
        const big = api.loadMatcher(api.compileMatcher(names));
        const bigMeanings = names.map((n) => ({ kind: 'leader', leaderId: String(n.id) }));

        const found = { small: 0, big: 0, regexp: 0 };
        const longest: Record<'small' | 'big', number[]> = { small: [], big: [] };
        // One whole scan, every slice back to back, with the page-wide gate, as the extension runs it.
        const scan = (which: 'small' | 'big') => () => {
          const matcher = which === 'small' ? small : big;
          const meanings = which === 'small' ? smallMeanings : bigMeanings;
          const scanner = new api.PageScanner({ matcher, meanings, hostTag, schedule: () => undefined, sliceMs: 8 });
          scanner.scan(document.documentElement);
          let worst = 0;
          while (!scanner.complete) {
            const t0 = performance.now();
            scanner.runSlice();
            worst = Math.max(worst, performance.now() - t0);
          }
          longest[which].push(worst);
          found[which] = api.gateMentions(scanner.store.ordered()).length;
        };

        // The obvious way: one alternation of every name, case-insensitive, Unicode, with the same
        // word-boundary rule as ours (no letter, digit or mark on either side), over each block's
        // text in NFC. It does less than we do (no NFD, zero-width or tone-placement folding, no
        // diacritic-free forms, no offsets back into text nodes), so the comparison favours it.
        const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const forms = names.map((n) => n.text).sort((a, b) => b.length - a.length);
        const regexp = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'giu');
        const regexpOver = (text: string) => {
          let n = 0;
          regexp.lastIndex = 0;
          for (const _ of text.normalize('NFC').matchAll(regexp)) n++;
          return n;
        };

        const blocksOf = () => {
          const out: string[] = [];
          for (const block of api.collectBlocks(document.documentElement, { hostTag })) {
            out.push(block.texts.length === 1 ? block.texts[0]! : block.texts.join(''));
          }
          return out;
        };
        const joinedBlocks = blocksOf();
        // Breakdown stages walk the page again each time; each adds one step to the one before.
        const stage = (work: (joined: string) => void) => () => {
          for (const block of api.collectBlocks(document.documentElement, { hostTag })) {
            work(block.texts.length === 1 ? block.texts[0]! : block.texts.join(''));
          }
        };
        const automaton = api.buildAutomaton(api.compileMatcher(names.slice(0, 5)));
        const buffer = new api.BareFoldBuffer();
        const hits = new api.HitBuffer();
        const gateScanner = new api.PageScanner({ matcher: small, meanings: smallMeanings, hostTag, schedule: () => undefined });
        gateScanner.scan(document.documentElement);
        while (!gateScanner.complete) gateScanner.runSlice();
        const gateInput = gateScanner.store.ordered();

        const tasks = {
          floor: () => {
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) sink += (n as Text).data.length;
          },
          scan: scan('small'),
          scan10k: scan('big'),
          regexp: () => {
            let n = 0;
            for (const text of blocksOf()) n += regexpOver(text);
            found.regexp = n;
          },
          walk: stage((joined) => (sink += joined.length)),
          fold: stage((joined) => (sink += api.foldBareInto(joined, buffer))),
          automaton: stage((joined) => {
            automaton.foldAndScan(joined, buffer, hits);
            sink += hits.count;
          }),
          find: stage((joined) => (sink += small.find(joined).length)),
          find10k: stage((joined) => (sink += big.find(joined).length)),
          gate: () => (sink += api.gateMentions(gateInput).length),
          // Engines alone, on block texts collected beforehand: no walk on either side.
          find10kOnly: () => {
            for (const text of joinedBlocks) sink += big.find(text).length;
          },
          regexpOnly: () => {
            for (const text of joinedBlocks) sink += regexpOver(text);
          },
        };
        type Task = keyof typeof tasks;
        const ROUNDS = 15;
        // Round-robin rather than each task's runs in a row: this machine is shared, its load comes
        // and goes over seconds, and a ratio is only fair when both sides saw the same load.
        const samples = {} as Record<Task, number[]>;
        for (const [name, run] of Object.entries(tasks) as [Task, () => void][]) {
          run(); // warm-up (JIT, caches, the RegExp's compilation)
          samples[name] = [];
        }
        longest.small.length = 0;
        longest.big.length = 0;
        for (let round = 0; round < ROUNDS; round++) {
          for (const [name, run] of Object.entries(tasks) as [Task, () => void][]) {
            const t0 = performance.now();
            run();
            samples[name].push(performance.now() - t0);
          }
        }
        if (sink < 0) throw new Error('unreachable');
        // Best of the rounds: what the code costs when the machine lets it run (other processes only
        // ever add time). The medians go along in the result for the record.
        const ms = Object.fromEntries(Object.entries(samples).map(([name, xs]) => [name, Math.min(...xs)])) as Record<Task, number>;
        // The floor also back to back, warm: in the rounds it runs right after the RegExp has
        // flushed the CPU caches, which would flatter every ratio against it. The lower one counts.
        for (let run = 0; run < ROUNDS; run++) {
          const t0 = performance.now();
          tasks.floor();
          ms.floor = Math.min(ms.floor, performance.now() - t0);
        }
        const medians = Object.fromEntries(Object.entries(samples).map(([name, xs]) => [name, median(xs)])) as Record<Task, number>;
        return {
          ms,
          medians,
          found,
          longest: { small: median(longest.small), big: median(longest.big) },
          worst: { small: Math.max(...longest.small), big: Math.max(...longest.big) },
          chars: document.body.textContent!.length,
        };
      },
      { names },
    );
    const r = (x: number) => Math.round(x * 100) / 100;
    const { ms } = figures;
    const floor = { name: 'TreeWalker reading every text node', value: r(ms.floor) };
    process.stderr.write(`page-scan: medians over the rounds (ms): ${JSON.stringify(Object.fromEntries(Object.entries(figures.medians).map(([k, v]) => [k, r(v)])))}\n`);
    return [
      {
        name: `page scan, ~1 MB page (${Math.round(figures.chars / 1024)} K chars, ${figures.found.small} names), all slices`,
        value: r(ms.scan),
        unit: 'ms',
        baseline: floor,
        ratio: r(ms.scan / ms.floor),
        goal: '≤ 2×',
      },
      {
        name: `page scan, ~1 MB page, longest slice (8 ms budget; median over runs, worst ${r(figures.worst.small)} ms)`,
        value: r(figures.longest.small),
        unit: 'ms',
        goal: '≤ 50 ms',
      },
      {
        name: `page scan, 10k names, ~1 MB page (ratio = × faster than RegExp; ${figures.found.big} vs ${figures.found.regexp} found)`,
        value: r(ms.scan10k),
        unit: 'ms',
        baseline: { name: 'walk + one RegExp alternation of the 10k names over each block (giu, NFC, same boundaries)', value: r(ms.regexp) },
        ratio: r(ms.regexp / ms.scan10k),
        goal: '≥ 10×',
      },
      {
        name: 'matching alone, 10k names, block texts of the 1 MB page (ratio = × faster than RegExp)',
        value: r(ms.find10kOnly),
        unit: 'ms',
        baseline: { name: 'the same RegExp over the same texts', value: r(ms.regexpOnly) },
        ratio: r(ms.regexpOnly / ms.find10kOnly),
      },
      {
        name: `page scan, 10k names, longest slice (median over runs, worst ${r(figures.worst.big)} ms)`,
        value: r(figures.longest.big),
        unit: 'ms',
        goal: '≤ 50 ms',
      },
      ...(Object.keys(BREAKDOWN) as (keyof typeof BREAKDOWN)[]).map((stage) => ({
        name: `page scan breakdown, 1 MB page: ${BREAKDOWN[stage]}`,
        value: r(ms[stage]),
        unit: 'ms',
        baseline: floor,
        ratio: r(ms[stage] / ms.floor),
      })),
    ];
  } finally {
    await browser.close();
  }
}
