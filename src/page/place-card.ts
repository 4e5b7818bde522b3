import { computePosition, flip, offset, shift } from '@floating-ui/dom';

/**
 * Puts `card` next to the name's rectangle, below it if there is room, flipped above otherwise,
 * and shifted to stay inside the viewport. `strategy: 'fixed'` because the card lives in the top
 * layer (a popover) or, without popover support, in a fixed layer: page scroll offsets do not apply.
 */
export async function placeCard(card: HTMLElement, nameRect: () => DOMRect): Promise<void> {
  const reference = { getBoundingClientRect: nameRect };
  const { x, y } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
  });
  card.style.left = `${Math.round(x)}px`;
  card.style.top = `${Math.round(y)}px`;
}
