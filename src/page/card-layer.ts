import type { Card } from '../lookup/card';
import { placeCard } from './place-card';

/** Renders a card into a container, or clears it with null (the card UI's `renderCard` signature). */
export type RenderCard = (container: HTMLElement, card: Card | null, options: { onClose: () => void; focusOnOpen: boolean }) => void;

/**
 * The card's layer inside our shadow root: created when a card opens and removed when it closes
 * (the contract: a closed card is not in the shadow root).
 *
 * The layer is a `popover="manual"` element where supported, so it sits in the top layer: above
 * every z-index a hostile page sets, and not clipped or moved by transformed ancestors. Its
 * styles are set through the CSSOM (`el.style`), which a page's CSP `style-src` does not block,
 * unlike a `style` attribute.
 */
export function createCardLayer(parent: HTMLElement, render: RenderCard) {
  let layer: HTMLElement | null = null;
  let container: HTMLElement | null = null;

  const close = (): void => {
    if (!layer) return;
    try {
      if (container) render(container, null, { onClose: close, focusOnOpen: false });
    } finally {
      const popover = layer as HTMLElement & { hidePopover?: () => void };
      try {
        if (layer.matches(':popover-open')) popover.hidePopover?.();
      } catch {
        // `:popover-open` is unknown to browsers without popovers.
      }
      layer.remove();
      layer = null;
      container = null;
    }
  };

  return {
    /** Shows `card` next to `nameRect()`; replaces any open card. */
    async open(card: Card, nameRect: () => DOMRect, options: { focusOnOpen: boolean; onClose: () => void }): Promise<HTMLElement> {
      close();
      const doc = parent.ownerDocument;
      layer = doc.createElement('div');
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
      const popover = layer as HTMLElement & { showPopover?: () => void };
      const canPopover = typeof popover.showPopover === 'function';
      if (canPopover) layer.setAttribute('popover', 'manual');
      container = doc.createElement('div');
      layer.append(container);
      parent.append(layer);
      if (canPopover) popover.showPopover!();
      const onClose = (): void => {
        close();
        options.onClose();
      };
      render(container, card, { onClose, focusOnOpen: options.focusOnOpen });
      await placeCard(layer, nameRect);
      return layer;
    },
    close,
    /** Moves the open card to follow its name (after a scroll or resize). */
    async reposition(nameRect: () => DOMRect): Promise<void> {
      if (layer) await placeCard(layer, nameRect);
    },
    get element(): HTMLElement | null {
      return layer;
    },
  };
}

export type CardLayer = ReturnType<typeof createCardLayer>;
