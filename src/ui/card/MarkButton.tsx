import type { MarkKind } from '../../marks/mark-types';
import type { Translate } from './use-language';

/** Marks an item of the card as wrong for the reader's click (`CardView.change`). */
export type MarkItem = (kind: MarkKind, itemId: string, wrong: boolean, event: Event) => void;

/**
 * "Mark as wrong" on one meeting or quote: a real button, reached with Tab like the item's source
 * links, and quiet until the item is hovered or focused (card.css). Its accessible name is its own
 * text followed by the item's line of facts (`of` is that line's id: the date, kind and place of a
 * meeting, the speakers, date and kind of a quote), so a screen reader says what it marks:
 * "Mark as wrong 8 November 2024 Online talks".
 */
export function MarkButton({ of, tr, onClick }: { of: string; tr: Translate; onClick: (event: Event) => void }) {
  return (
    <button type="button" class="ll-mark" data-action="mark-wrong" id={`${of}-mark`} aria-labelledby={`${of}-mark ${of}`} onClick={onClick}>
      {tr('card_markWrong')}
    </button>
  );
}
