import type { BriefCard } from '../lookup/card-brief';
import type { CardLayer } from './card-layer';
import type { PageMention } from './gate-mentions';
import type { NameLocator } from './name-at-point';
import { reportOnce } from './report-once';

export interface HoverControllerOptions {
  locator: NameLocator;
  layer: CardLayer;
  /** Our host element: pointer events inside the card arrive retargeted to it. */
  host: Element;
  /** The card for a leader of this page (cached; see card-requests.ts). */
  cardFor: (leaderId: string) => Promise<BriefCard | null>;
  /**
   * Called as the pointer comes to rest on a name, before the hover delay: the card can be
   * rendered off the page meanwhile, so that opening it after the delay costs almost nothing.
   */
  prepareCard?: (leaderId: string) => void;
  hoverDelayMs: () => number;
  /** How long an unpinned card stays after the pointer left both its name and the card. Default 300 ms. */
  closeDelayMs?: number;
  setTimeout: (run: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  /** The leader whose card just opened (tests and the bench watch the card itself). */
  onOpen?: (leaderId: string) => void;
}

/** Default of `closeDelayMs`: long enough to cross the gap between a name and its card. */
export const CLOSE_DELAY_MS = 300;

/**
 * What the pointer and keyboard do with names, as readers know it from Wikipedia's page previews
 * and 10ten: resting on a name for the hover delay opens its card next to it; the card stays while
 * the pointer is on the name or inside the card, and closes `closeDelayMs` after the pointer left
 * both (or left the window). A click on a name or inside the card pins it: then only Escape, the
 * close button, a click elsewhere or scrolling the name out of view closes it, and hovering other
 * names does not replace it. A card opened from the keyboard starts pinned (no pointer is near it).
 * Each new hover cancels the one before (a slow card answer for a name the pointer already left
 * never opens). Issue 11: an unpinned card used to stay until Escape, a click or a scroll, covering
 * the article.
 */
export function createHoverController(options: HoverControllerOptions) {
  const { locator, layer, host } = options;
  let pendingTimer: number | null = null;
  let prepareTimer: number | null = null;
  let pendingMention: PageMention | null = null;
  let openMention: PageMention | null = null;
  let openRange: Range | null = null;
  let pinned = false;
  let closeTimer: number | null = null;
  let generation = 0;
  const closeDelay = options.closeDelayMs ?? CLOSE_DELAY_MS;

  const cancelClose = (): void => {
    if (closeTimer !== null) options.clearTimeout(closeTimer);
    closeTimer = null;
  };

  const setPinned = (value: boolean): void => {
    pinned = value;
    if (value) cancelClose();
    layer.pin(value);
  };

  /** The pointer left the name and the card: close soon, unless it comes back or the card is pinned. */
  const scheduleClose = (): void => {
    if (!openMention || pinned || closeTimer !== null) return;
    closeTimer = options.setTimeout(() => {
      closeTimer = null;
      if (!pinned) close();
    }, closeDelay);
  };

  const cancelPending = (): void => {
    if (pendingTimer !== null) options.clearTimeout(pendingTimer);
    if (prepareTimer !== null) options.clearTimeout(prepareTimer);
    pendingTimer = null;
    prepareTimer = null;
    pendingMention = null;
  };

  const close = (): void => {
    cancelPending();
    cancelClose();
    generation++;
    openMention = null;
    openRange = null;
    pinned = false;
    layer.close();
  };

  const isInsideCard = (event: Event): boolean => event.target === host || event.composedPath().includes(host);

  const open = async (mention: PageMention, range: Range, focusOnOpen: boolean, pin: boolean = focusOnOpen): Promise<void> => {
    const mine = ++generation;
    let card: BriefCard | null;
    try {
      card = await options.cardFor(mention.leaderId);
    } catch (error) {
      reportOnce('hover-controller', error);
      return;
    }
    if (mine !== generation || card === null) return;
    cancelClose();
    openMention = mention;
    openRange = range;
    pinned = pin;
    const nameRect = (): DOMRect => range.getBoundingClientRect();
    const shown = await layer.open(card, nameRect, { focusOnOpen, onClose: close });
    if (!shown) {
      // Our host is gone and not back yet (mount-host.ts): nothing is open.
      if (mine === generation) {
        openMention = null;
        openRange = null;
      }
      return;
    }
    if (mine === generation && pinned) layer.pin(true);
    options.onOpen?.(mention.leaderId);
  };

  return {
    onPointerMove(event: MouseEvent): void {
      if (isInsideCard(event)) {
        cancelPending();
        cancelClose();
        return;
      }
      const hit = locator.at(event.clientX, event.clientY);
      if (!hit) {
        cancelPending();
        scheduleClose();
        return;
      }
      if (hit.mention === openMention) {
        cancelClose();
        return;
      }
      if (hit.mention === pendingMention) return;
      cancelPending();
      scheduleClose();
      // A pinned card stays put: hovering other names opens nothing until it is closed.
      if (openMention && pinned) return;
      pendingMention = hit.mention;
      const delay = options.hoverDelayMs();
      pendingTimer = options.setTimeout(() => {
        pendingTimer = null;
        pendingMention = null;
        // Never an unhandled rejection in the page's console, whatever the page did to our host.
        open(hit.mention, hit.range, false).catch((error: unknown) => reportOnce('hover-controller', error));
      }, delay);
      // Not in this mousemove handler, and not for names the pointer only sweeps across on its
      // way elsewhere: once it has rested a moment (an eighth of the delay, at most 40 ms).
      const prepare = options.prepareCard;
      if (prepare && delay >= 16) {
        prepareTimer = options.setTimeout(() => {
          prepareTimer = null;
          try {
            prepare(hit.mention.leaderId);
          } catch (error) {
            reportOnce('hover-controller', error); // Opening renders it again.
          }
        }, Math.min(40, Math.round(delay / 8)));
      }
    },
    /**
     * A press inside the card or on the open card's name pins the card; on another name it opens
     * that name's card at once, pinned (unless `namesActive` is false: the reader switched the
     * page off); anywhere else it closes the card.
     */
    onPointerDown(event: Event, namesActive = true): void {
      if (isInsideCard(event)) {
        if (openMention) setPinned(true);
        return;
      }
      const at = event as Partial<MouseEvent>;
      const hit = namesActive && typeof at.clientX === 'number' && typeof at.clientY === 'number' ? locator.at(at.clientX, at.clientY) : null;
      if (hit && hit.mention === openMention) {
        setPinned(true);
        return;
      }
      close();
      if (hit) open(hit.mention, hit.range, false, true).catch((error: unknown) => reportOnce('hover-controller', error));
    },
    /** The pointer left the window: like leaving the name and the card. */
    onPointerLeavePage(): void {
      cancelPending();
      scheduleClose();
    },
    onKeyDown(event: KeyboardEvent): void {
      if (event.key === 'Escape' && (openMention || pendingMention)) close();
    },
    /** After a scroll: follow the name, or close once it left the viewport. */
    onScroll(): void {
      if (!openRange) return;
      const rect = openRange.getBoundingClientRect();
      const view = host.ownerDocument.defaultView;
      const height = view?.innerHeight ?? 0;
      if (rect.bottom < 0 || rect.top > height || (rect.width === 0 && rect.height === 0)) close();
      else layer.reposition(() => openRange!.getBoundingClientRect()).catch((error: unknown) => reportOnce('hover-controller', error));
    },
    /** Opens the card for `mention` at once (the keyboard command). */
    openNow(mention: PageMention, range: Range): Promise<void> {
      cancelPending();
      return open(mention, range, true);
    },
    close,
    get openLeaderId(): string | null {
      return openMention?.leaderId ?? null;
    },
    get pinned(): boolean {
      return openMention !== null && pinned;
    },
  };
}

export type HoverController = ReturnType<typeof createHoverController>;
