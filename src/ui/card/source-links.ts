import { sendToBackground } from '../../messages/send-to-background';
import { readerUrl } from '../reader/reader-url';
import type { SourceLinks } from './card-props';

/**
 * The card's sources open the reader page through the background (`open-reader` →
 * `tabs.create`), not with `window.open`: the card lives in a web page's shadow root, and Chrome
 * blocks a web page from opening an extension page that is not web-accessible. Making
 * `reader.html` web-accessible would let any site probe for the extension and frame the reader.
 * The same path works from the popup, so there is one way to open a source.
 */
export const extensionSourceLinks: SourceLinks = {
  href: (target) => readerUrl(target),
  open: (target) => {
    sendToBackground({ type: 'open-reader', ...target }).catch((error: unknown) => {
      console.warn(`leaderlens card: could not open the source: ${error instanceof Error ? error.message : String(error)}`);
    });
  },
};
