import { sendToBackground } from '../../messages/send-to-background';
import type { CardMarks } from './card-props';

/**
 * The card marks an item as wrong through the background (`mark-wrong`, `unmark-wrong`): content
 * scripts never write storage (src/storage/storage-lock.ts), and the background looks the item up
 * in its index and stores what it says, so the card sends ids only and the content script carries
 * none of the marks' code. The click's token goes along: a page that clicks the button by script
 * has none, and marks nothing.
 */
export const extensionMarks: CardMarks = {
  set: (target, wrong, gesture) =>
    sendToBackground({ type: wrong ? 'mark-wrong' : 'unmark-wrong', ...target, gesture }).catch((error: unknown) => {
      console.warn(`leaderlens card: could not save the mark: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }),
};
