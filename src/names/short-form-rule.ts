/**
 * The context rules that decide whether a short form ("Putin", "ông Cường", "Mr Lam", "President
 * Lam") names a leader. They mirror src/corpus/find-mentions.ts so the page and the index agree:
 * - a short form counts only after the leader's full name appeared (checked in gate-mentions.ts);
 * - it must be written with a capital ("Lâm" the name, not "lâm" the word);
 * - a Vietnamese syllable ("Cường", "Lam") is an ordinary word too: it needs an honorific or a
 *   title before it, except in an English sentence, where "Lam said" is the leader.
 */

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
const ENGLISH_WORD = /\b(?:the|and|of|to|said|with|in|on|at|has|had|was|is|also)\b/iu;
const HONORIFIC_BEFORE = /(?:^|[\s,(])(?:ông|bà|đồng chí|ngài|mr\.?|mrs\.?|ms\.?|dr\.?|comrade)\s+$/iu;
/** Between a title (or its country) and the name: "Tổng thống Putin", "President, Mr Lam". */
const HONORIFIC_GAP = /^\s*(?:,\s*)?(?:(?:ông|bà|đồng chí|ngài|mr\.?|mrs\.?|ms\.?|comrade)\s+)?$/iu;
const QUALIFIER_GAP = /^\s+(?:[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{Ll}][\p{L}\p{M}]*)?\s+){0,6}$/u;
const SENTENCE_END = /[.!?…]\s/gu;
const SENTENCE_REACH = 400;

/** Whether the name as written starts with a capital ("Cường", "PUTIN"), as a name is written. */
export function isUpperInitial(text: string): boolean {
  const first = text.trimStart()[0] ?? '';
  return first !== first.toLowerCase();
}

/** "ông ", "đồng chí ", "Mr ", … right before `start` in `text`. */
export function hasHonorificBefore(text: string, start: number): boolean {
  return HONORIFIC_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/** Whether the text between a title and a name lets the title describe that name. */
export function isTitleGap(gap: string): boolean {
  return HONORIFIC_GAP.test(gap) || QUALIFIER_GAP.test(gap);
}

/** Whether the sentence around `text[start, end)` is English (no Vietnamese letters, some English words). */
export function isEnglishSentenceAround(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - SENTENCE_REACH);
  const before = text.slice(from, start);
  let sentenceStart = 0;
  for (const m of before.matchAll(SENTENCE_END)) sentenceStart = m.index + m[0].length;
  const after = text.slice(end, end + SENTENCE_REACH);
  SENTENCE_END.lastIndex = 0;
  const stop = SENTENCE_END.exec(after);
  const sentence = before.slice(sentenceStart) + text.slice(start, end) + after.slice(0, stop ? stop.index + 1 : after.length);
  return !VIETNAMESE_LETTER.test(sentence) && ENGLISH_WORD.test(sentence);
}
