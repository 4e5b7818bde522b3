import { cardT } from '../../i18n/card-translate';
import type { MessageKey, UiLanguage } from '../../i18n/messages';

/** A translator bound to one language, handed down to the card's parts. */
export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

/**
 * Over the card's own catalogue (`cardT`), not the full one: the card is bundled into every page's
 * content script, and the popup's and options page's text has no business there.
 */
export function translatorFor(lang: UiLanguage): Translate {
  return (key, ...subs) => cardT(key, lang, ...subs);
}
