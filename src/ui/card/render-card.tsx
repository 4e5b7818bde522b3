import { render } from 'preact';
import type { CardViewProps } from './card-props';
import { CardView } from './CardView';

/**
 * Shows the card in `container` (the content script's shadow-root container, or the popup's detail
 * view), or with `null` removes it: DESIGN.md wants a closed card gone from the shadow root, not
 * hidden. Calling it again with new props updates the card in place (Preact keeps focus and
 * scroll); a different leader gets a fresh card, so focus and scroll do not carry over.
 *
 * @example
 * renderCard(ui.uiContainer, { card, theme: settings.theme, language: settings.language, onClose });
 * renderCard(ui.uiContainer, null); // closed
 */
export function renderCard(container: HTMLElement, props: CardViewProps | null): void {
  if (props === null) {
    render(null, container);
    return;
  }
  render(<CardView key={props.card.leader.id} {...props} />, container);
}
