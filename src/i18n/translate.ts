import { LOCALE_MESSAGES, type MessageKey, type UiLanguage } from './messages';
import { substituteMessage } from './substitute-message';

/**
 * The interface text `key` in `lang`, with `subs` put in for `$1`…`$9`, following the rules of
 * `browser.i18n.getMessage`: a named `$PLACEHOLDER$` (case-insensitive) is replaced by its
 * `content`, `$1`…`$9` by the substitutions, and `$$` is a literal `$`. A key Vietnamese lacks falls
 * back to English, so a half-translated build still shows text rather than a key.
 *
 * @example
 * t('card_meetingsHeading', 'en', '3'); // "Earlier meetings (3)"
 * t('card_meetingsHeading', 'vi', '3'); // "Các cuộc gặp trước đó (3)"
 */
export function t(key: MessageKey, lang: UiLanguage, ...subs: (string | number)[]): string {
  const entry = LOCALE_MESSAGES[lang][key] ?? LOCALE_MESSAGES.en[key];
  if (!entry) return key;
  return substituteMessage(entry, subs.map(String));
}
