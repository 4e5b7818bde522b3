import { LANGUAGES } from '../lang';
import { cutLongSentence, type SentencePiece } from './cut-long-sentence';

/**
 * Splits a paragraph into sentences, keeping each sentence's offsets so evidence can be quoted as
 * written. Vietnamese news sentences are long and chain clauses with ";" — those stay together
 * (attribution works on clauses inside a sentence, see `split-clauses.ts`). A sentence over
 * 2,000 characters comes out in pieces (cut-long-sentence.ts), marked `cutBefore`/`cutAfter`.
 *
 * The scan is linear in the paragraph whatever its shape (one enormous line, a run of periods, a
 * quote mark that never closes): every look-ahead or look-back below is either bounded or
 * remembered for the next character, because a corpus file may be any text at all.
 */
export type Sentence = SentencePiece;

// Abbreviations that end in a period but do not end a sentence in Vietnamese and English news,
// with every language's abbreviated month names ("Dec. 1") and honorifics ("Gen. Prayut").
const ABBREVIATIONS = new Set([
  'tp', 'tt', 'gs', 'pgs', 'ts', 'ths', 'bs', 'ks', 'mr', 'mrs', 'ms', 'dr', 'st', 'v.v', 'no', 'vs', 'u.s', 'jr', 'sr',
  ...LANGUAGES.flatMap((l) => [...l.dates.monthNames.flat(), ...l.honorifics])
    .filter((w) => w.endsWith('.'))
    .map((w) => w.slice(0, -1).toLowerCase().split(/\s+/u).at(-1)!),
]);

const OPENING_QUOTES = new Set(['"', '“', '‘', '«', "'"]);
const CLOSING_FOR: Record<string, string> = { '“': '”', '‘': '’', '«': '»', '"': '"', "'": "'" };

function isUpperStart(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

// A word longer than every abbreviation is not one, so the look-back stops there: without the
// bound, "a.b.c.d.…" glued for a megabyte re-reads the whole run at every period.
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

function wordBefore(text: string, index: number): string {
  let i = index - 1;
  const stop = Math.max(-1, index - LONGEST_ABBREVIATION - 2);
  while (i > stop && /[\p{L}.]/u.test(text[i] ?? '')) i--;
  // "until the 1st.", "on the 22nd.": the ending of a number, never an abbreviation ("St.").
  if (/\p{N}/u.test(text[i] ?? '')) return '';
  return text.slice(i + 1, index).toLowerCase();
}

/**
 * Whether the stop at `i`, with no space after it, ends a sentence: copied pages lose the space
 * between sentences. A lowercase word before the period and a capital after it ("has said.He held
 * …"; "vov.vn", "U.S.", "2.5" are not); a day or figure before it and a capitalised word after it
 * ("vào ngày 24/7.Theo Bộ …"); a quotation closed right after its stop ('… bàn đàm phán."Về phần
 * mình …', the closing mark at `i`).
 */
function gluedSentenceEnd(paragraph: string, i: number, ch: string): boolean {
  const next = paragraph[i + 1];
  const word = isUpperStart(next) && /\p{Ll}/u.test(paragraph[i + 2] ?? '');
  if (ch === '.') {
    const before = paragraph.slice(Math.max(0, i - 2), i);
    if (ABBREVIATIONS.has(wordBefore(paragraph, i))) return false;
    return (isUpperStart(next) && /\p{Ll}{2}$/u.test(before)) || (word && /\p{N}$/u.test(before));
  }
  return word && CLOSING_MARKS.has(ch) && /[.!?…]/u.test(paragraph[i - 1] ?? '');
}
const CLOSING_MARKS = new Set(Object.values(CLOSING_FOR));

/**
 * Sentences of one paragraph, in order. A sentence ends at ".", "!", "?" or "…" (optionally followed
 * by a closing quote) when the next word starts with a capital letter or an opening quote, and not
 * inside a quotation: a quoted statement with several sentences stays one piece of evidence.
 *
 * @example splitSentences('Ông nói. Bà cười.').map((s) => s.text) // ['Ông nói.', 'Bà cười.']
 */
export function splitSentences(paragraph: string): readonly Sentence[] {
  let sentences = sentenceCache.get(paragraph);
  if (sentences === undefined) {
    sentences = scanSentences(paragraph);
    if (sentenceCache.size >= SENTENCE_CACHE_MAX) sentenceCache.clear();
    sentenceCache.set(paragraph, sentences);
  }
  return sentences;
}

// The build splits each paragraph three times (the long-sentence warnings, the names that date an
// article, the analysis) and again for an article read a second time: the answers are kept for a
// few thousand paragraphs, shared, and so read-only.
const sentenceCache = new Map<string, readonly Sentence[]>();
const SENTENCE_CACHE_MAX = 4000;

function scanSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let quoteClose: string | null = null;
  // Where each closing quote mark next occurs (-1: nowhere), so an opening mark that never closes
  // does not send every later opening mark to the end of the paragraph again.
  const nextClose = new Map<string, number>();
  const closeAfter = (close: string, from: number): number => {
    const known = nextClose.get(close);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const found = paragraph.indexOf(close, from);
    nextClose.set(close, found);
    return found;
  };
  // The end of the last run of trailing punctuation and of the whitespace after it: each character
  // inside a run ends at the same place, so a run is read once, not once per character.
  let runFrom = -1;
  let runEnd = -1;
  let spaceFrom = -1;
  let spaceEnd = -1;
  const push = (end: number): void => {
    const raw = paragraph.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) sentences.push(...cutLongSentence({ text, start: start + lead, end: start + lead + text.length }));
    start = end;
  };
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i]!;
    if (quoteClose !== null) {
      // Straight double quotes close on the next straight quote; curly ones on their partner.
      if (ch !== quoteClose) continue;
      quoteClose = null;
      // A quotation that ends its sentence: 'Ông nói: “… anh em.” Sau đó …'.
      if (!/[.!?…]/u.test(paragraph[i - 1] ?? '')) continue;
    } else if (ch === '“' || ch === '«' || (ch === '"' && !/[\p{L}\p{N}]/u.test(paragraph[i - 1] ?? ' '))) {
      const close = CLOSING_FOR[ch] ?? null;
      // An unbalanced quote mark (a typo, a stray inch sign) must not swallow the paragraph.
      if (close !== null && closeAfter(close, i + 1) !== -1) quoteClose = close;
      continue;
    } else if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // "./." closes Vietnamese wire copy; swallow trailing punctuation and closing quotes.
    let j = i + 1;
    if (j > runFrom && j <= runEnd) j = runEnd;
    else {
      runFrom = j;
      while (j < paragraph.length && /[.!?…”’»"'/)]/u.test(paragraph[j]!)) j++;
      runEnd = j;
    }
    if (j >= paragraph.length) continue;
    if (!/\s/u.test(paragraph[j]!)) {
      if (j === i + 1 && gluedSentenceEnd(paragraph, i, ch)) push(j);
      continue;
    }
    let k = j;
    if (k === spaceFrom) k = spaceEnd;
    else {
      spaceFrom = j;
      while (k < paragraph.length && /\s/u.test(paragraph[k]!)) k++;
      spaceEnd = k;
    }
    const next = paragraph[k];
    if (!(isUpperStart(next) || (next !== undefined && OPENING_QUOTES.has(next)) || /\p{N}/u.test(next ?? ''))) continue;
    if (ch === '.' && ABBREVIATIONS.has(wordBefore(paragraph, i))) continue;
    // A single capital before the period is an initial ("Nguyễn V. A."), not a sentence end; so is
    // the last of initials run together ("Retno L.P. Marsudi").
    if (ch === '.' && /(^|\s)(?:\p{Lu}\.){0,3}\p{Lu}$/u.test(paragraph.slice(Math.max(0, i - 8), i))) continue;
    push(j);
  }
  push(paragraph.length);
  return sentences;
}
