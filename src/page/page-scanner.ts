import type { PatternMeaning } from '../names/name-table';
import { segmentStartsOf } from '../match/segment-positions';
import type { Matcher } from '../match/types';
import { collectBlocks, type TextBlock } from './collect-blocks';
import { findNamesInWindow, windowEnd, type FoundName } from './find-block-names';
import { MentionStore } from './mention-store';
import { reportOnce } from './report-once';

/** Runs `work` later, when the page is idle (requestIdleCallback through the content script's ctx). */
export type ScheduleIdle = (work: () => void) => void;

export interface PageScannerOptions {
  matcher: Matcher;
  meanings: readonly PatternMeaning[];
  /** Our host's tag, upper case: never scanned. */
  hostTag: string;
  schedule: ScheduleIdle;
  /**
   * Longest run of work in one slice, in ms. The bound is 50 ms per task; a slice of 8 ms
   * leaves the page room for its own work in the same idle period and for a frame at 60 Hz.
   */
  sliceMs?: number;
  now?: () => number;
  /** After a slice that changed what is found. */
  onChange?: () => void;
  /** An open shadow root found during the walk (the caller may also want to observe it). */
  onShadowRoot?: (root: ShadowRoot) => void;
  onFrame?: (frame: HTMLIFrameElement | HTMLFrameElement) => void;
}

interface Job {
  root: Node;
  blocks: Generator<TextBlock, void, undefined> | null;
  /** The last block of this walk recorded with names: what the next one comes after. */
  lastSet: Text | undefined;
  /** A block too long for one window, part-way through. */
  long: { block: TextBlock; joined: string; starts: number[]; from: number; names: FoundName[] } | null;
}

/**
 * Scans roots (a document, an open shadow root, a changed element) for names in bounded slices of
 * idle time, keeping what it finds in `store`. `complete` is false while any work is queued.
 *
 *     const scanner = new PageScanner({ matcher, meanings, hostTag: 'LEADERLENS-UI', schedule });
 *     scanner.scan(document.documentElement);
 *     await scanner.idle();  scanner.store.ordered()   // every name in page order
 */
export class PageScanner {
  readonly store = new MentionStore();
  private readonly queue: Job[] = [];
  private scheduled = false;
  private waiters: (() => void)[] = [];
  private readonly sliceMs: number;
  private readonly now: () => number;
  /** Shadow roots already handed to `onShadowRoot`. */
  private readonly seenShadowRoots = new WeakSet<ShadowRoot>();

  constructor(private readonly options: PageScannerOptions) {
    this.sliceMs = options.sliceMs ?? 8;
    this.now = options.now ?? (() => performance.now());
  }

  /** True when nothing is queued: every root asked for has been scanned. */
  get complete(): boolean {
    return this.queue.length === 0;
  }

  /** Queues `root` (and everything under it) for a fresh scan; its earlier findings are replaced. */
  scan(root: Node): void {
    for (const job of this.queue) {
      // Already queued and not started, or inside a queued root that has not reached it yet.
      if (job.blocks === null && (job.root === root || job.root.contains(root))) return;
    }
    this.queue.push({ root, blocks: null, long: null, lastSet: undefined });
    this.wake();
  }

  /** Resolves once every queued scan has run. */
  idle(): Promise<void> {
    if (this.complete) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private wake(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.options.schedule(() => this.runSlice());
  }

  /** One bounded slice of work. Exposed for benches that time slices. */
  runSlice(): void {
    this.scheduled = false;
    const deadline = this.now() + this.sliceMs;
    const before = this.store.version;
    try {
      while (this.queue.length > 0 && this.now() < deadline) this.step(this.queue[0]!);
    } catch (error) {
      // A page can pull nodes out from under a walk (a node removed mid-scan); drop the job, keep going.
      reportOnce('page-scanner', error);
      this.queue.shift();
    }
    if (this.store.version !== before) this.options.onChange?.();
    if (this.queue.length > 0) this.wake();
    else {
      const waiters = this.waiters;
      this.waiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  private step(job: Job): void {
    const { matcher, meanings } = this.options;
    if (job.long) {
      const long = job.long;
      const found = findNamesInWindow(matcher, meanings, long.block, long.joined, long.starts, long.from, windowEnd(long.joined, long.from));
      long.names.push(...found.names);
      long.from = found.next;
      if (long.from >= long.joined.length) {
        this.record(job, long.block.nodes[0]!, long.names);
        job.long = null;
      }
      return;
    }
    if (job.blocks === null) {
      this.store.removeWithin(job.root);
      job.blocks = collectBlocks(job.root, {
        hostTag: this.options.hostTag,
        onShadowRoot: (shadow) => {
          if (this.seenShadowRoots.has(shadow)) return;
          this.seenShadowRoots.add(shadow);
          this.options.onShadowRoot?.(shadow);
          this.scan(shadow);
        },
        ...(this.options.onFrame ? { onFrame: this.options.onFrame } : {}),
      });
    }
    // One block per step: the slice checks the clock between steps, so a slice overshoots its
    // budget by at most one block (or one window of a long block).
    {
      const next = job.blocks.next();
      if (next.done) {
        this.queue.shift();
        return;
      }
      const block = next.value;
      const joined = block.texts.length === 1 ? block.texts[0]! : block.texts.join('');
      if (!mayHoldName(joined)) return;
      const starts = segmentStartsOf(block.texts);
      const to = windowEnd(joined, 0);
      const found = findNamesInWindow(matcher, meanings, block, joined, starts, 0, to);
      if (found.next < joined.length) {
        job.long = { block, joined, starts, from: found.next, names: found.names };
        return;
      }
      this.record(job, block.nodes[0]!, found.names);
    }
  }

  private record(job: Job, firstNode: Text, names: FoundName[]): void {
    this.store.set(firstNode, names, job.lastSet);
    if (names.length > 0) job.lastSet = firstNode;
  }
}

/** Whitespace-only blocks (the gaps between elements) are most of a page's text nodes. */
function mayHoldName(text: string): boolean {
  return text.length >= 2 && /\S/u.test(text);
}
