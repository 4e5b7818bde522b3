/**
 * Where names are written in an article's text, found the plain way, independent of the
 * extension's matcher (src/match): the scorer must not share the code it measures.
 */

/** A name form to look for, with who it belongs to and what the scorer makes of it. */
export interface SoughtForm<Tag> {
  form: string;
  tag: Tag;
}

/** One occurrence of a sought form in the text. */
export interface Occurrence<Tag> {
  /** The text as written (from the original, not folded). */
  text: string;
  /** Offset in the original text. */
  start: number;
  tag: Tag;
}

/** Folds one character as a reader who ignores marks and case would: "Ấ" → "a", "Đ" → "d". */
function foldChar(c: string): string {
  if (c === '\n') return '\n';
  if (/\s/u.test(c)) return ' ';
  return c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * The text folded character by character (NFC first, so a precomposed "ệ" and "e + marks" fold
 * alike), with, for each folded character, the offset of the original character it came from.
 */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  const nfc = text.normalize('NFC');
  let folded = '';
  const offsets: number[] = [];
  let at = 0;
  for (const c of nfc) {
    const f = foldChar(c);
    folded += f;
    for (let k = 0; k < f.length; k++) offsets.push(at);
    at += c.length;
  }
  offsets.push(at);
  return { folded, offsets };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A folded form as a pattern: its spaces match any run of spaces within one line. */
function formPattern(form: string): string {
  const { folded } = foldWithOffsets(form.trim());
  return folded.split(/ +/).map(escape).join(' +');
}

const startsUpper = (s: string): boolean => /^\p{Lu}/u.test(s);

/**
 * Every occurrence of `forms` in `text`, left to right, never two overlapping; where several forms
 * start at the same place the longest is taken ("Nguyen Xuan Phuc" rather than "Xuan Phuc").
 * Compared without marks or case, whole words only (no letter or digit on either side), within
 * one line; a form written with a capital must start with a capital in the text, so "Akihito" is
 * never the lower-case word. Text is NFC-normalised first; `text` and `start` of the result refer
 * to the NFC text (the same as the input for any text already in NFC, as pages and articles are).
 *
 * @example
 * findFullNames('Ông Tô Lâm và To Lam', [{ form: 'Tô Lâm', tag: 'to-lam' }]).map((o) => o.text);
 * // ['Tô Lâm', 'To Lam']
 */
export function findFullNames<Tag>(text: string, forms: readonly SoughtForm<Tag>[]): Occurrence<Tag>[] {
  const usable = forms.filter((f) => f.form.trim() !== '');
  if (usable.length === 0) return [];
  const nfc = text.normalize('NFC');
  const { folded, offsets } = foldWithOffsets(nfc);
  const patterns = usable.map((f) => ({ ...f, pattern: formPattern(f.form), length: foldWithOffsets(f.form.trim()).folded.length }));
  // JS alternation takes the first alternative that matches at the leftmost place: longest first.
  const order = [...patterns].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${order.map((p, i) => `(?<f${i}>${p.pattern})`).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const found: Occurrence<Tag>[] = [];
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const i = order.findIndex((_, k) => m!.groups?.[`f${k}`] !== undefined);
    const sought = order[i]!;
    const start = offsets[m.index]!;
    const end = offsets[m.index + m[0].length]!;
    const written = nfc.slice(start, end);
    if (startsUpper(sought.form.trim()) && !startsUpper(written)) continue;
    found.push({ text: written, start, tag: sought.tag });
  }
  return found;
}
