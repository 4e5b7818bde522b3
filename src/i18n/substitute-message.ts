import type { LocaleMessage } from './messages';

/**
 * A `_locales` entry's text with `subs` put in, following `browser.i18n.getMessage`: a named
 * `$PLACEHOLDER$` (case-insensitive) is replaced by its `content`, `$1`…`$9` by the substitutions,
 * and `$$` is a literal `$`. Apart from the catalogues so the card can use it with its own small
 * one (card-messages.ts) without bundling the full catalogue.
 *
 * @example
 * substituteMessage({ message: 'with $NAMES$', placeholders: { names: { content: '$1' } } }, ['Putin']); // "with Putin"
 */
export function substituteMessage(entry: LocaleMessage, subs: readonly string[]): string {
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
