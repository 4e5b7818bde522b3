import type { Card } from '../lookup/card';
import type { BriefCard } from '../lookup/card-brief';
import { placeCard } from './place-card';

/**
 * Renders a card into a container, or clears it with null (the card UI's `renderCard` signature).
 * `loadFull` asks for the whole card when the brief one's "More" is pressed (start-page.ts gives it).
 */
export type RenderCard = (
  container: HTMLElement,
  card: BriefCard | null,
  options: { onClose: () => void; focusOnOpen: boolean; loadFull?: () => Promise<Card | null> },
) => void;

interface Built {
  card: BriefCard;
  layer: HTMLElement;
  container: HTMLElement;
}

/**
 * The card's layer inside our shadow root: created when a card opens and removed when it closes
 * (the contract: a closed card is not in the shadow root).
 *
 * The layer is a `popover="manual"` element where supported, so it sits in the top layer: above
 * every z-index a hostile page sets, and not clipped or moved by transformed ancestors. Its
 * styles are set through the CSSOM (`el.style`), which a page's CSP `style-src` does not block,
 * unlike a `style` attribute.
 *
 * A card can be `prepare`d while the pointer rests on its name (during the hover delay): it is
 * rendered into a layer that is not yet in the shadow root, so when the delay ends, opening it is
 * an insertion and a placement, not a Preact render of a few hundred elements. Until then nothing
 * is added to the page.
 *
 * `reattach` runs before a card shows: it puts our host back if the page removed it (mount-host.ts)
 * and says false when it cannot (yet). The card then does not open, and nothing throws: issue 10
 * saw `showPopover` on a removed host throw `InvalidStateError` into the page's console on every
 * hover.
 */
export function createCardLayer(parent: HTMLElement, render: RenderCard, reattach: () => boolean = () => true) {
  let open: Built | null = null;
  let prepared: Built | null = null;
  let onCloseOfOpen: (() => void) | null = null;

  // One function for every render, so a card prepared before it knew its `onClose` still calls
  // the one given when it opened.
  const requestClose = (): void => {
    const after = onCloseOfOpen;
    close();
    after?.();
  };

  const build = (card: BriefCard): Built => {
    const doc = parent.ownerDocument;
    const layer = doc.createElement('div');
    layer.className = 'leaderlens-layer';
    const s = layer.style;
    s.position = 'fixed';
    s.left = '0';
    s.top = '0';
    s.right = 'auto';
    s.bottom = 'auto';
    s.margin = '0';
    s.padding = '0';
    s.border = '0';
    s.background = 'transparent';
    s.overflow = 'visible';
    s.zIndex = '2147483647';
    s.maxWidth = 'min(420px, calc(100vw - 16px))';
    s.width = 'max-content';
    s.inset = '0 auto auto 0';
    const container = doc.createElement('div');
    layer.append(container);
    return { card, layer, container };
  };

  /** false when the card could not be put in the page (host gone and not back yet). */
  const show = (built: Built): boolean => {
    if (!reattach()) return false;
    const popover = built.layer as HTMLElement & { showPopover?: () => void };
    const canPopover = typeof popover.showPopover === 'function';
    if (canPopover) built.layer.setAttribute('popover', 'manual');
    parent.append(built.layer);
    if (!built.layer.isConnected) return false;
    if (canPopover) {
      try {
        popover.showPopover!();
      } catch {
        // Shown in place instead of the top layer (fixed, highest z-index): still a card.
      }
    }
    return true;
  };

  const unrender = (built: Built): void => {
    render(built.container, null, { onClose: requestClose, focusOnOpen: false });
  };

  const discardPrepared = (): void => {
    if (!prepared) return;
    const stale = prepared;
    prepared = null;
    unrender(stale);
  };

  const close = (): void => {
    if (!open) return;
    const { layer } = open;
    try {
      unrender(open);
    } finally {
      const popover = layer as HTMLElement & { hidePopover?: () => void };
      try {
        if (layer.matches(':popover-open')) popover.hidePopover?.();
      } catch {
        // `:popover-open` is unknown to browsers without popovers.
      }
      layer.remove();
      open = null;
      onCloseOfOpen = null;
    }
  };

  return {
    /**
     * Renders `card` ahead of time, off the page, for a later `open` of the same card. Replaces an
     * earlier prepared card. Never throws: a card that fails here is rendered again on `open`.
     */
    prepare(card: BriefCard): void {
      if (prepared?.card === card || open?.card === card) return;
      discardPrepared();
      const built = build(card);
      try {
        render(built.container, card, { onClose: requestClose, focusOnOpen: false });
        prepared = built;
      } catch {
        // The open path renders again and reports the failure there (once, with its module name).
      }
    },
    /** Drops the prepared card (settings changed: it was rendered with the old ones). */
    discardPrepared,
    /**
     * Shows `card` next to `nameRect()`; replaces any open card. Resolves with the card's layer,
     * or null when it could not be shown (our host is gone and may not come back yet).
     */
    async open(card: BriefCard, nameRect: () => DOMRect, options: { focusOnOpen: boolean; onClose: () => void }): Promise<HTMLElement | null> {
      close();
      let built: Built;
      if (prepared?.card === card && !options.focusOnOpen) {
        built = prepared;
        prepared = null;
        open = built;
        onCloseOfOpen = options.onClose;
        if (!show(built)) {
          close();
          return null;
        }
      } else {
        discardPrepared();
        built = build(card);
        open = built;
        onCloseOfOpen = options.onClose;
        // In the page before rendering: the card takes focus as it renders (keyboard command),
        // which only an element in the document can.
        if (!show(built)) {
          close();
          return null;
        }
        render(built.container, card, { onClose: requestClose, focusOnOpen: options.focusOnOpen });
      }
      await placeCard(built.layer, nameRect);
      return built.layer;
    },
    close,
    /**
     * Marks the open card pinned (`data-pinned` on its layer, for styles and tests): the hover
     * controller then keeps it when the pointer leaves.
     */
    pin(pinned: boolean): void {
      if (!open) return;
      if (pinned) open.layer.setAttribute('data-pinned', '');
      else open.layer.removeAttribute('data-pinned');
    },
    /** Moves the open card to follow its name (after a scroll or resize). */
    async reposition(nameRect: () => DOMRect): Promise<void> {
      if (open) await placeCard(open.layer, nameRect);
    },
    get element(): HTMLElement | null {
      return open?.layer ?? null;
    },
  };
}

export type CardLayer = ReturnType<typeof createCardLayer>;
