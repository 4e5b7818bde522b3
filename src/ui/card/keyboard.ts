/** What can take focus inside the card, in document order. */
const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The card's keys: Escape asks to close; Tab and Shift+Tab go round the card's links and buttons
 * instead of leaving it, so a keyboard reader who opened the card stays in it until they close it
 * (focus would otherwise jump into the page behind a card that is still drawn over it).
 */
export function handleCardKey(event: KeyboardEvent, root: HTMLElement, onClose: (() => void) | undefined): void {
  if (event.key === 'Escape') {
    if (!onClose) return;
    // The page must not also act on this Escape (closing its own menu, leaving fullscreen).
    event.stopPropagation();
    event.preventDefault();
    onClose();
    return;
  }
  if (event.key !== 'Tab') return;
  const focusable = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => !element.closest('[hidden]'));
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const current = event.target as Element | null;
  if (event.shiftKey && (current === first || current === root)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && current === last) {
    event.preventDefault();
    first.focus();
  }
}
