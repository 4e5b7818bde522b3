/**
 * Folds a name form for comparison: NFD, combining marks U+0300–U+036F removed, đ/Đ → d,
 * lower case, runs of whitespace collapsed, ends trimmed.
 *
 * Why a local copy rather than `src/text/`: the registry must validate itself without depending on
 * the page-side normaliser, which is built in parallel and may fold more aggressively (hyphens,
 * zero-width characters). Here we only need "same name to a reader who ignores case and marks".
 *
 * @example
 * foldName('Lương  Cường'); // 'luong cuong'
 * foldName('ĐỖ'); // 'do'
 */
export function foldName(form: string): string {
  return form
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    // NFD leaves đ/Đ alone: the stroke is part of the letter, not a combining mark.
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
