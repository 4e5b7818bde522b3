import { LOCALE_MESSAGES, type LocaleMessage, type MessageKey, type UiLanguage } from './messages';

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
  return substitute(entry, subs.map(String));
}

function substitute(entry: LocaleMessage, subs: string[]): string {
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), content]),
  );
  // One pass, so text that comes in through a substitution (an article title with "$1" in it) is
  // never read as a placeholder itself.
  const numbered = (text: string): string =>
    text.replace(/\$(\$|[1-9])/g, (_match, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')));
  return entry.message.replace(/\$(\$|[1-9]|[A-Za-z0-9_@]+\$)/g, (match, what: string) => {
    if (what === '$') return '$';
    if (/^[1-9]$/.test(what)) return subs[Number(what) - 1] ?? '';
    const content = placeholders.get(what.slice(0, -1).toLowerCase());
    return content === undefined ? match : numbered(content);
  });
}
