import { sendToBackground } from '../../messages/send-to-background';
import type { RecordLink, SourceLinks } from './card-props';

/**
 * The card's sources open the reader page through the background (`open-reader` →
 * `tabs.create`), not with `window.open`: the card lives in a web page's shadow root, and Chrome
 * blocks a web page from opening an extension page that is not web-accessible. Making
 * `reader.html` web-accessible would let any site probe for the extension and frame the reader.
 * The same path works from the popup, so there is one way to open a source.
 *
 * The `href` is a bare `#`: the reader page's address would put the extension's id in the page's
 * DOM, where any script reads it (issue 10). The click carries the token of the reader's own
 * gesture; the background opens one tab per token.
 */
export const extensionSourceLinks: SourceLinks = {
  href: () => '#',
  open: (target, gesture) => {
    sendToBackground({ type: 'open-reader', ...target, gesture }).catch((error: unknown) => {
      console.warn(`leaderlens card: could not open the source: ${error instanceof Error ? error.message : String(error)}`);
    });
  },
};

/**
 * The card's "Full record" from a web page: the background opens the leader page, as it opens
 * the reader (same reasons: no extension address in the page, one tab per real click).
 */
export const extensionRecordLink: RecordLink = {
  href: () => '#',
  open: (leaderId, pageDate, lang, gesture) => {
    sendToBackground({ type: 'open-leader-page', leaderId, pageDate, lang, gesture }).catch(() => {});
  },
};
