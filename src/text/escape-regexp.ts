/**
 * RegExp source that matches `text` as written, with or without the `u` flag: ECMAScript's syntax
 * characters and "/" escaped, the only characters a `u` pattern lets one escape outside a class.
 * One helper for every pattern the project builds from words and forms.
 *
 * @example new RegExp(escapeRegExp('U.S. (PM)'), 'u').test('U.S. (PM)') // true
 */
export function escapeRegExp(text: string): string {
  return text.replace(SYNTAX_CHARACTER, '\\$&');
}

const SYNTAX_CHARACTER = /[\^$\\.*+?()[\]{}|/]/gu;
