import { computePosition, flip, offset, shift, size, type Platform, type Rect } from '@floating-ui/core';

/** Space kept between the card and the viewport's edges. */
const EDGE = 8;

/**
 * Puts `card` next to the name's rectangle, below it if there is room, flipped above otherwise,
 * and shifted to stay inside the viewport (Floating UI's `flip` and `shift`). Floating UI's `size`
 * then caps the card's height to the room left on the chosen side (custom property `--ll-room` on
 * `card`, read by card.css), so a card taller than the room scrolls inside itself instead of
 * running off the top or bottom: issue 11 saw a card's top at −46 px for a name in a third
 * paragraph, and a quarter of the cards in a 600 px window not fitting.
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
  // Measured at its natural height, so `flip` chooses the side by what the card needs, not by the
  // cap of an earlier placement.
  card.style.removeProperty('--ll-room');
  const { x, y } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(6),
      // When neither side has room for the whole card, the side with more room (then capped by `size`).
      flip({ padding: EDGE, fallbackStrategy: 'bestFit' }),
      shift({ padding: EDGE }),
      size({
        padding: EDGE,
        apply({ availableHeight }) {
          card.style.setProperty('--ll-room', `${Math.max(0, Math.floor(availableHeight))}px`);
        },
      }),
    ],
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
