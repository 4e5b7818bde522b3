import type { Card } from '../lookup/card';
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
  cardFor: (leaderId: string) => Promise<Card | null>;
  /**
   * Called as the pointer comes to rest on a name, before the hover delay: the card can be
   * rendered off the page meanwhile, so that opening it after the delay costs almost nothing.
   */
  prepareCard?: (leaderId: string) => void;
  hoverDelayMs: () => number;
  setTimeout: (run: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  /** The leader whose card just opened (tests and the bench watch the card itself). */
  onOpen?: (leaderId: string) => void;
}

/**
 * What the pointer and keyboard do with names: resting on a name for the hover delay opens its
 * card next to it; moving into the card keeps it open; Escape, a click elsewhere, or scrolling the
 * name out of view closes it. Each new hover cancels the one before (a slow card answer for a name
 * the pointer already left never opens).
 */
export function createHoverController(options: HoverControllerOptions) {
  const { locator, layer, host } = options;
  let pendingTimer: number | null = null;
  let prepareTimer: number | null = null;
  let pendingMention: PageMention | null = null;
  let openMention: PageMention | null = null;
  let openRange: Range | null = null;
  let generation = 0;

  const cancelPending = (): void => {
    if (pendingTimer !== null) options.clearTimeout(pendingTimer);
    if (prepareTimer !== null) options.clearTimeout(prepareTimer);
    pendingTimer = null;
    prepareTimer = null;
    pendingMention = null;
  };

  const close = (): void => {
    cancelPending();
    generation++;
    openMention = null;
    openRange = null;
    layer.close();
  };

  const isInsideCard = (event: Event): boolean => event.target === host || event.composedPath().includes(host);

  const open = async (mention: PageMention, range: Range, focusOnOpen: boolean): Promise<void> => {
    const mine = ++generation;
    let card: Card | null;
    try {
      card = await options.cardFor(mention.leaderId);
    } catch (error) {
      reportOnce('hover-controller', error);
      return;
    }
    if (mine !== generation || card === null) return;
    openMention = mention;
    openRange = range;
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
    options.onOpen?.(mention.leaderId);
  };

  return {
    onPointerMove(event: MouseEvent): void {
      if (isInsideCard(event)) {
        cancelPending();
        return;
      }
      const hit = locator.at(event.clientX, event.clientY);
      if (!hit) {
        cancelPending();
        return;
      }
      if (hit.mention === openMention || hit.mention === pendingMention) return;
      cancelPending();
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
    onPointerDown(event: Event): void {
      if (!isInsideCard(event)) close();
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
  };
}

export type HoverController = ReturnType<typeof createHoverController>;
