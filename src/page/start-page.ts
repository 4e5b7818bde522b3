import type { NameTable } from '../names/name-table';
import { loadMatcher } from '../match/load';
import type { PageMentionsResponse } from '../messages/protocol';
import type { Settings } from '../settings/settings-types';
import { createCardCache, type FetchCard, type FetchFullCard } from './card-requests';
import { createCardLayer, type CardLayer, type RenderCard } from './card-layer';
import { gateMentions, type PageMention } from './gate-mentions';
import { createHoverController, type HoverController } from './hover-controller';
import { createNameHighlighter } from './highlight-names';
import { keyboardTarget } from './keyboard-target';
import { createNameLocator } from './name-at-point';
import { leaderIdsOf, pageMentionsAnswer } from './page-mentions-answer';
import { pageDate } from './page-date';
import { PageScanner } from './page-scanner';
import { reportOnce } from './report-once';
import { onlyTrusted } from './trusted-events';
import { watchPageChanges } from './watch-page-changes';
import { withRetries } from './with-retries';

/** Everything the page side needs from the browser and the extension, given by the thin entrypoint. */
export interface PageEnv {
  doc: Document;
  isTopFrame: boolean;
  /** Our host's tag name, upper case. */
  hostTag: string;
  settings: Settings;
  /** Calls back with new settings when they change; returns nothing (stopped with the context). */
  watchSettings(cb: (settings: Settings) => void): void;
  fetchMatcher(): Promise<NameTable>;
  fetchCard: FetchCard;
  /** The whole card, for "More" on a brief one (without it, "More" shows only the brief card's rows). */
  fetchFullCard?: FetchFullCard;
  /**
   * Creates and mounts our one host; resolves with it, the element the card layer goes into, and
   * `reattach` (puts them back if the page removed them; false when it may not yet, mount-host.ts).
   */
  mountHost(): Promise<{ host: Element; parent: HTMLElement; reattach?: () => boolean }>;
  renderCard: RenderCard;
  /** Timers and listeners tied to the content script's lifetime (WXT's `ctx`). */
  setTimeout(run: () => void, ms: number): number;
  clearTimeout(id: number): void;
  requestIdle(run: () => void): void;
  listen(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  onInvalidated(cb: () => void): void;
  /** Whether an event came from the reader, not a script (default `event.isTrusted`; unit tests stand in). */
  isTrusted?: (event: Event) => boolean;
}

/** What the entrypoint wires to `runtime.onMessage`. */
export interface PageSide {
  /** The `page-mentions` answer (only the top frame gives one). */
  pageMentions(): Promise<PageMentionsResponse>;
  /** The keyboard command: opens the card for the selected name or the first in view. */
  openCardFromKeyboard(): Promise<void>;
  /** Resolves once the first scan is done (tests and benches). */
  ready: Promise<void>;
  /**
   * Turns Leaderlens off (or back on) on this page without reloading it, when the reader switches
   * the site or the extension off: highlights go, an open card closes, hovers open nothing.
   */
  setActive(active: boolean): void;
  /**
   * The reader's wrong-item marks changed (`storage.onChanged`): the cards kept for this page are
   * asked for again when next shown. An open card keeps what it shows (it already left out what
   * was marked in it).
   */
  forgetCards(): void;
}

/**
 * Starts Leaderlens on one frame: loads the matcher from the background, scans the page in idle
 * slices, highlights names, follows changes, and opens cards on hover.
 *
 *     const side = startPage(env);
 *     browser.runtime.onMessage.addListener((m) => m.type === 'page-mentions' ? side.pageMentions() : undefined);
 */
export function startPage(env: PageEnv): PageSide {
  const { doc } = env;
  let settings = env.settings;
  const published = pageDate(doc);
  const cards = createCardCache(env.fetchCard, env.fetchFullCard);
  // Every card the layer renders can ask for its whole self ("More"), with the page it was asked for.
  const renderCard: RenderCard = (container, card, options) =>
    env.renderCard(container, card, card && env.fetchFullCard ? { ...options, loadFull: () => cards.full(card) } : options);
  const names = new Map<string, string>();
  let mentions: PageMention[] = [];
  let scanner: PageScanner | null = null;
  let hover: HoverController | null = null;
  let hostMounting: Promise<void> | null = null;
  let mountedHost: Element | null = null;
  let cardLayer: CardLayer | null = null;
  // Worked out once per scan update, not per hover: a 5 MB page has thousands of mentions.
  let leaderIds: string[] = [];

  const highlighter = createNameHighlighter(doc, settings.highlightStyle);
  const locator = createNameLocator(doc);
  env.onInvalidated(() => highlighter.clear());

  const pageLeaderIds = (): string[] => leaderIds;
  const cardFor = async (leaderId: string) => {
    const card = await cards.get(leaderId, published, pageLeaderIds());
    if (card) names.set(card.leader.id, card.leader.name);
    return card;
  };

  const ensureHost = (): Promise<void> => {
    hostMounting ??= env.mountHost().then(({ host, parent, reattach }) => {
      mountedHost = host;
      const layer = createCardLayer(parent, renderCard, reattach);
      cardLayer = layer;
      hover = createHoverController({
        locator,
        layer,
        host,
        cardFor,
        prepareCard: (leaderId) => {
          // Only a card already here: asking the background now would not beat the delay anyway.
          const card = cards.peek(leaderId, published, pageLeaderIds());
          if (card) layer.prepare(card);
        },
        hoverDelayMs: () => settings.hoverDelayMs,
        setTimeout: env.setTimeout,
        clearTimeout: env.clearTimeout,
      });
    });
    return hostMounting;
  };

  let prefetched = '';
  const refresh = (): void => {
    if (!scanner) return;
    mentions = gateMentions(scanner.store.ordered());
    leaderIds = leaderIdsOf(mentions);
    highlighter.update(mentions);
    locator.update(mentions);
    if (mentions.some((m) => m.found.start.node.ownerDocument === doc)) void ensureHost().catch((e: unknown) => reportOnce('card-host', e));
    // Cards before the hover, once the scan settles: the hover then only renders.
    if (scanner.complete) {
      const ids = pageLeaderIds();
      const key = ids.join(',');
      if (key !== prefetched) {
        prefetched = key;
        for (const id of ids) void cardFor(id).catch((e: unknown) => reportOnce('card-requests', e));
      }
    }
  };

  const watcher = watchPageChanges((containers) => {
    for (const container of containers) scanner?.scan(container);
  }, () => mountedHost, env.hostTag);
  env.onInvalidated(() => watcher.disconnect());

  const frames = new WeakSet<Element>();
  const followFrame = (frame: HTMLIFrameElement | HTMLFrameElement): void => {
    // Only the top frame counts iframes for `page-mentions`; each frame highlights and hovers its
    // own names (the content script runs in every frame, `allFrames: true`).
    if (!env.isTopFrame || frames.has(frame)) return;
    frames.add(frame);
    const scanFrame = (): void => {
      let inner: Document | null = null;
      try {
        inner = frame.contentDocument; // null (or a throw, in old browsers) for a cross-origin frame
      } catch {
        inner = null;
      }
      if (!inner?.documentElement) return;
      scanner?.scan(inner.documentElement);
      watcher.observe(inner);
    };
    env.listen(frame, 'load', scanFrame);
    scanFrame();
  };

  const ready = (async () => {
    // A page that loads while the browser is still starting (or restarting) the extension's worker
    // can see "Receiving end does not exist" once; without a matcher it would show no names at all.
    const table = await withRetries(env.fetchMatcher, (ms) => new Promise((resolve) => env.setTimeout(() => resolve(undefined), ms)), (e) =>
      reportOnce('start-page', e),
    );
    const matcher = loadMatcher(table.compiled);
    scanner = new PageScanner({
      matcher,
      meanings: table.meanings,
      hostTag: env.hostTag,
      schedule: env.requestIdle,
      onChange: refresh,
      onShadowRoot: (root) => watcher.observe(root),
      onFrame: followFrame,
    });
    watcher.observe(doc);
    scanner.scan(doc.documentElement);
    await scanner.idle();
    refresh();
  })();
  ready.catch((e: unknown) => reportOnce('start-page', e));

  // Switched off by the reader (site or extension): the page keeps its scan, shows nothing.
  let active = true;
  const view = doc.defaultView!;
  // Only the reader drives the card: a page's synthetic events open, close and move nothing.
  const trusted = <E extends Event>(handler: (event: E) => void) => onlyTrusted(handler, env.isTrusted);
  env.listen(view, 'mousemove', trusted((e) => active && hover?.onPointerMove(e as MouseEvent)), { passive: true, capture: true });
  env.listen(view, 'pointerdown', trusted((e) => hover?.onPointerDown(e, active)), { capture: true });
  // Leaving the window, or entering an iframe (whose own content script takes the pointer), sends
  // this document no more mousemove: a `mouseout` to nothing or to an <iframe> says so.
  env.listen(view, 'mouseout', trusted((e) => {
    const to = (e as MouseEvent).relatedTarget as Element | null;
    if (to === null || to.tagName === 'IFRAME' || to.tagName === 'FRAME') hover?.onPointerLeavePage();
  }), { passive: true, capture: true });
  env.listen(view, 'keydown', trusted((e) => hover?.onKeyDown(e as KeyboardEvent)), { capture: true });
  env.listen(view, 'scroll', trusted(() => hover?.onScroll()), { passive: true, capture: true });
  env.watchSettings((next) => {
    settings = next;
    highlighter.setStyle(active ? next.highlightStyle : 'none');
    cardLayer?.discardPrepared(); // Rendered with the old theme, language or sections.
  });

  return {
    ready,
    forgetCards() {
      cards.clear();
      prefetched = '';
      cardLayer?.discardPrepared();
    },
    setActive(next) {
      if (next === active) return;
      active = next;
      highlighter.setStyle(active ? settings.highlightStyle : 'none');
      if (!active) hover?.close();
    },
    async pageMentions() {
      const complete = scanner !== null && scanner.complete;
      const current = scanner ? gateMentions(scanner.store.ordered()) : [];
      const ids = leaderIdsOf(current);
      await Promise.all(
        ids.filter((id) => !names.has(id)).map((id) => cardFor(id).catch((e: unknown) => reportOnce('card-requests', e))),
      );
      return pageMentionsAnswer(doc.location?.href ?? '', published, current, (id) => names.get(id), complete);
    },
    async openCardFromKeyboard() {
      await ready;
      if (!active) return;
      const target = keyboardTarget(doc, mentions);
      if (!target) return;
      await ensureHost();
      await hover?.openNow(target.mention, target.range);
    },
  };
}
