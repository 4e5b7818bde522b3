/**
 * The one rule that decides whether a short form ("Putin", "ông Cường", "Mr Lam", "President
 * Lam") names a leader. The corpus (src/corpus/find-mentions.ts) and the page
 * (src/page/find-block-names.ts) both call it, so the index and the page agree:
 * - a short form counts only after the leader's full name appeared (the caller keeps that memory);
 * - it must be written with a capital ("Lâm" the name, not "lâm" the word);
 * - a home-country syllable ("Cường", "Lam") is an ordinary word too: it needs an honorific or a
 *   title before it, except in a language whose descriptor says short forms stand alone (English:
 *   "Lam said" is the leader).
 * The words (honorifics, qualifiers) are every language's, from src/lang.
 */
// The page words only (not '../lang'): this module is in the content script, which every page loads.
import { ALL_HEADLINE_WORDS, ALL_HONORIFICS, detectLanguage, functionWordCount, PAGE_LANGUAGES, pageWordsFor } from '../lang/page-words';
import type { LanguageCode } from '../lang/types';
import { wordAlternation } from '../lang/word-pattern';
import { startsAsName } from '../text/proper-name-casing';
import { matchesOf } from '../text/matches-of';

const HONORIFICS = wordAlternation(ALL_HONORIFICS);
const QUALIFIERS = wordAlternation(PAGE_LANGUAGES.flatMap((l) => l.qualifierWords));
const HONORIFIC_BEFORE = new RegExp(`(?:^|[\\s,(])(?:${HONORIFICS})\\s+$`, 'iu');
/** Between a title (or its country) and the name: "Tổng thống Putin", "President, Mr Lam". */
const HONORIFIC_GAP = new RegExp(`^\\s*(?:,\\s*)?(?:(?:${HONORIFICS})\\s+)?$`, 'iu');
const QUALIFIER_GAP = new RegExp(
  `^\\s+(?:(?:[\\p{Lu}][\\p{L}\\p{M}'’.-]*(?:\\s+[\\p{Ll}][\\p{L}\\p{M}]*)?|${QUALIFIERS}|\\([\\p{Lu}\\p{N}.-]{2,}\\))\\s+){0,9}$`,
  'u',
);
const PLACE_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${wordAlternation(PAGE_LANGUAGES.flatMap((l) => l.placeNounsBefore))})\\s+$`, 'iu');
const PLACE_AFTER = new RegExp(`^\\s+(?:${wordAlternation(PAGE_LANGUAGES.flatMap((l) => l.placeNounsAfter))})(?![\\p{L}\\p{M}])`, 'iu');
/** Up to three capitalised words right before the name: "Naly ", "Nguyễn Văn ". */
const CAPITAL_RUN_BEFORE = /(?:[\p{Lu}][\p{L}\p{M}'’-]*[ \t\u00a0]+){1,3}$/u;
/** A word written with a capital right after the name, with nothing but spaces between: the word itself in group 1. */
const CAPITAL_WORD_AFTER = /^[ \t\u00a0]+([\p{Lu}][\p{L}\p{M}-]*)/u;
const SENTENCE_END = /[.!?…]\s/gu;
const SENTENCE_REACH = 400;

/**
 * Whether the name as written starts as a name does: with a capital ("Cường", "PUTIN"), or in a
 * script without case ("ທອງລຸນ"), never with a lowercase letter ("cường" the word).
 */
export function isUpperInitial(text: string): boolean {
  const at = text.length - text.trimStart().length;
  return at < text.length && startsAsName(text, at);
}

/** "ông ", "đồng chí ", "Mr ", "Samdech " … right before `start` in `text`. */
export function hasHonorificBefore(text: string, start: number): boolean {
  return HONORIFIC_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * The length of the honorific right before `start` (0 when none), so a mention can take it in.
 * `reach`: how far back to look (the corpus's named mentions look 20 characters back, given names 40).
 */
export function honorificLengthBefore(text: string, start: number, reach = 40): number {
  const before = text.slice(Math.max(0, start - reach), start);
  const m = HONORIFIC_BEFORE.exec(before);
  return m ? m[0].length - (/^[\s,(]/u.test(m[0]) ? 1 : 0) : 0;
}

/**
 * Whether `text[from, to)` is only spaces (no comma, no line break): what "glued to the match
 * before" means for `acceptsShortForm`'s `gluedToMatch`. The page and the corpus both ask it.
 */
export function isGluedGap(text: string, from: number, to: number): boolean {
  return from < to && GLUED_GAP.test(text.slice(from, to));
}

const GLUED_GAP = /^[ \t\u00a0]+$/u;

/** Whether the text between a title and a name is nothing but a comma or an honorific ("Tổng thống Putin", "President, Mr Lam"). */
export function isHonorificGap(gap: string): boolean {
  return HONORIFIC_GAP.test(gap);
}

/** Whether the text between a title and a name lets the title describe that name. */
export function isTitleGap(gap: string): boolean {
  return HONORIFIC_GAP.test(gap) || QUALIFIER_GAP.test(gap);
}

/**
 * Whether `text[start, end)` names a place after someone: "đường Lê Duẩn", "phố Trần Phú", "Vo Van
 * Kiet Boulevard". A leader's name there is a street, a school or a square, never the leader.
 */
export function isPlaceNamedAfter(text: string, start: number, end: number): boolean {
  return PLACE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || PLACE_AFTER.test(text.slice(end, end + 30));
}

/**
 * Whether a short form at `text[start, end)` is only part of someone else's longer name:
 * - a word with a capital glued to it after ("Lâm Đồng", "Lam Son"), unless a Title Case
 *   headline capitalised it ("Putin Meets With …": the language's `headlineWords`);
 * - an honorific, then other capitalised words, then the form ("bà Naly Sisoulith", "Mrs Naly
 *   Sisoulith"): the honorific is the other person's;
 * - in a language whose titles are not capitalised word by word (where short forms need an
 *   honorific: Vietnamese), any capital word glued before ("Chủ tịch tỉnh Nguyễn Văn Lâm"). In
 *   English a capital word before is as often a title the registry lacks ("Secretary Rubio").
 * A capital word before is fine when it ends a title or country the matcher found (`gluedToMatch`:
 * "Tổng thống Nga Putin") or is an honorific itself ("Mr Lam", "Ông Lâm").
 */
export function isPartOfLongerName(text: string, start: number, end: number, gluedToMatch: boolean): boolean {
  const after = CAPITAL_WORD_AFTER.exec(text.slice(end, end + 24));
  if (after !== null && !ALL_HEADLINE_WORDS.has(after[1]!.toLowerCase())) return true;
  if (gluedToMatch || honorificLengthBefore(text, start) > 0) return false;
  const run = CAPITAL_RUN_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  if (run === null) return false;
  return hasHonorificBefore(text, start - run[0].length) || !shortFormsStandAloneAround(text, start, end);
}

/** The sentence around `text[start, end)`, for deciding its language. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - SENTENCE_REACH);
  const before = text.slice(from, start);
  let sentenceStart = 0;
  for (const m of matchesOf(before, SENTENCE_END)) sentenceStart = m.index + m[0].length;
  const after = text.slice(end, end + SENTENCE_REACH);
  // `search`, not `exec`: the pattern is global, and `exec` would leave its lastIndex where the
  // `matchAll` above, on the next call, would start.
  const stop = after.search(SENTENCE_END);
  return before.slice(sentenceStart) + text.slice(start, end) + after.slice(0, stop >= 0 ? stop + 1 : after.length);
}

/** Whether the sentence around `text[start, end)` is in a language where short forms stand alone ("Lam said"). */
export function shortFormsStandAloneAround(text: string, start: number, end: number, language?: LanguageCode): boolean {
  // The corpus knows its article's language; a short sentence ("“…,” Lam told reporters.") may
  // hold no function word to tell it by.
  if (language !== undefined) return !pageWordsFor(language).shortFormNeedsHonorific;
  const sentence = sentenceAround(text, start, end);
  const detected = detectLanguage(sentence);
  // A line of names alone ("Lam Lam Lam") is in no language: the syllable keeps needing its honorific.
  return !pageWordsFor(detected).shortFormNeedsHonorific && functionWordCount(sentence, detected) > 0;
}

/**
 * The rule itself, for a short form at `text[start, end)` whose leader's full name appeared
 * earlier. `needsHonorific`: the form is a home-country syllable (name table); `afterTitle`: a title
 * stands right before it ("Thủ tướng Chính"); `gluedToMatch`: a title, country or name the matcher
 * found ends right before it, with only spaces between (see isPartOfLongerName). `language`: the
 * text's language when the caller knows it (the corpus reads one article in one language); the
 * page tells it by the sentence.
 *
 * @example
 * acceptsShortForm('Hôm nay ông Cường nói', 12, 17, true, false); // true
 * acceptsShortForm('Hôm nay Cường nói', 8, 13, true, false);      // false: an ordinary word
 */
export function acceptsShortForm(
  text: string,
  start: number,
  end: number,
  needsHonorific: boolean,
  afterTitle: boolean,
  gluedToMatch = afterTitle,
  language?: LanguageCode,
): boolean {
  if (!isUpperInitial(text.slice(start, end))) return false;
  if (isPartOfLongerName(text, start, end, gluedToMatch) || isPlaceNamedAfter(text, start, end)) return false;
  return !needsHonorific || afterTitle || hasHonorificBefore(text, start) || shortFormsStandAloneAround(text, start, end, language);
}
