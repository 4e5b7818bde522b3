import type { OriginalLink as Original } from '../../lookup/original-link';
import type { Translate } from './use-language';
import { cancelUntrusted } from './user-gesture';

interface OriginalLinkProps {
  original: Original;
  tr: Translate;
  /** The popup's and the reader page's own; the card styles it as one of `.ll-source`'s links. */
  class?: string;
}

/**
 * A plain link to the article on its own site ("Original: vnexpress.net ↗"), for the card, the
 * popup and the reader page. The reader chooses to follow it; the extension itself fetches nothing.
 * The browser follows it (a new tab, no opener, no referrer) and the address is the site's, so no
 * extension address reaches the page's DOM. A click a script made is cancelled (`cancelUntrusted`):
 * a page can reach the card's links through the open shadow root.
 *
 * The arrow is part of the link's text, so a screen reader announces it too: it says the link
 * leaves for another site. No separate hint in `title`, to keep the content script small.
 */
export function OriginalLink({ original, tr, class: className }: OriginalLinkProps) {
  return (
    <a
      class={className}
      href={original.url}
      target="_blank"
      rel="noopener noreferrer"
      data-original-url={original.url}
      onClick={cancelUntrusted}
    >
      {tr('card_original', original.site)} ↗
    </a>
  );
}
