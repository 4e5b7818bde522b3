import { CARD_MESSAGES } from './card-messages';
import type { MessageKey, UiLanguage } from './messages';
import { substituteMessage } from './substitute-message';

/**
 * `t` over the card's own catalogue (card-messages.ts): the same answers as `t` for every `card_`
 * and `common_` key, for the card in the content script, which must not carry the popup's and the
 * options page's text. Any other key comes back as itself, as `t` does for an unknown key.
 *
 * @example
 * cardT('card_meetingsHeading', 'en', '3'); // "Earlier meetings (3)"
 */
export function cardT(key: MessageKey, lang: UiLanguage, ...subs: (string | number)[]): string {
  const entry = CARD_MESSAGES[lang][key] ?? CARD_MESSAGES.en[key];
  if (!entry) return key;
  return substituteMessage(entry, subs.map(String));
}
