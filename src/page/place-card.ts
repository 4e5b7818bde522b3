import { computePosition, flip, offset, shift, type Platform, type Rect } from '@floating-ui/core';

/**
 * Puts `card` next to the name's rectangle, below it if there is room, flipped above otherwise,
 * and shifted to stay inside the viewport (Floating UI's `flip` and `shift`).
 *
 * Floating UI's core with a small platform of our own instead of `@floating-ui/dom`: the card is a
 * fixed layer in the top layer (a popover) of our shadow root, so its offset parent is the
 * viewport and its only clipping box is the viewport. The DOM platform's general answers to those
 * questions (overflow ancestors, offset parents, transforms, scale) cost ~3 KB gzip in a content
 * script that runs on every page, and would compute the same result here. (Its `isRTL` would say
 * "ltr" too: the layer's direction is reset by `all: initial` at our host.)
 */
export async function placeCard(card: HTMLElement, nameRect: () => DOMRect): Promise<void> {
  const reference = { getBoundingClientRect: nameRect };
  const { x, y } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    platform: viewportPlatform(card),
  });
  card.style.left = `${Math.round(x)}px`;
  card.style.top = `${Math.round(y)}px`;
}

function viewportPlatform(card: HTMLElement): Platform {
  const sizeOf = (element: unknown): { width: number; height: number } => {
    const { width, height } = (element as HTMLElement).getBoundingClientRect();
    return { width, height };
  };
  return {
    getElementRects: ({ reference }) => ({
      reference: rectOf((reference as { getBoundingClientRect(): DOMRect }).getBoundingClientRect()),
      floating: { x: 0, y: 0, ...sizeOf(card) },
    }),
    getDimensions: sizeOf,
    // The viewport without its scrollbars, as the DOM platform measures it for a fixed element.
    getClippingRect: () => {
      const root = card.ownerDocument.documentElement;
      return { x: 0, y: 0, width: root.clientWidth, height: root.clientHeight };
    },
  };
}

function rectOf(rect: DOMRect): Rect {
  return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
}
