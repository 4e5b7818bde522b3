import type { LanguageRules } from './language-rules';
import { matchesOf } from '../text/matches-of';

export interface VerbHit {
  start: number;
  end: number;
  verb: string;
}

/**
 * Speech verbs of the language (`speechVerbs` in its descriptor) in `sentence` used as verbs (not after a noun marker such as "sự", "lời"), outside
 * the character ranges in `skip` (quotations).
 *
 * @example findSpeechVerbs('Ông khẳng định sự tin tưởng.', [], rulesFor('vi'))  // one hit: "khẳng định"
 */
export function findSpeechVerbs(sentence: string, skip: readonly [number, number][], rules: LanguageRules): VerbHit[] {
  const hits: VerbHit[] = [];
  let meetingWords: [number, number][] | null = null;
  for (const m of matchesOf(sentence, rules.speechVerb)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip.some(([a, b]) => start >= a && start < b)) continue;
    // "X tiếp, nói chuyện và ăn trưa với Y": "nói" (said) begins "nói chuyện" (talked with), a
    // meeting word; a speech verb inside a longer meeting word is that word, not speech.
    // Only a verb that is a word of some meeting phrase can be inside one: the others need no lookup.
    if (rules.speechInsideMeeting.has(m[0].toLowerCase().replace(/\s+/gu, ' '))) {
      meetingWords ??= meetingWordRanges(sentence, rules);
      if (meetingWords.some(([a, b]) => start >= a && end <= b && b - a > end - start)) continue;
    }
    const before = /([\p{L}\p{M}]+)\s*$/u.exec(sentence.slice(Math.max(0, start - 20), start));
    if (before && rules.nounMarkers.has(before[1]!.toLowerCase())) continue;
    // "đánh giá cao của Đảng": a verb followed by "của" is a noun.
    if (rules.nounAfter.test(sentence.slice(end))) continue;
    hits.push({ start, end, verb: m[0].toLowerCase().replace(/\s+/gu, ' ') });
  }
  return hits;
}

/** Where the sentence's meeting words and phone-only verbs ("nói chuyện", "spoke to") stand. */
function meetingWordRanges(sentence: string, rules: LanguageRules): [number, number][] {
  return [...matchesOf(sentence, rules.meetingWord), ...matchesOf(sentence, rules.phoneOnlyVerb)].map((m) => [m.index, m.index + m[0].length]);
}

/** Ranges of quotations (“…”, "…", «…») in `text`, as [start, end) including the marks. */
export function quotationRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const re = /“[^”]*”|«[^»]*»|(?<![\p{L}\p{N}])"[^"]*"/gu;
  for (const m of matchesOf(text, re)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/**
 * The quotations of `text` that hold words, not a name alone: 'President Joko "Jokowi" Widodo',
 * 'Ferdinand "Bongbong" Marcos' put a nickname in quotes, and the one it names stands in the
 * sentence (its subject, the one met, the speaker) as if unquoted.
 */
export function quotationsOfWords(text: string, mentions: readonly { start: number; end: number }[]): [number, number][] {
  return quotationRanges(text).filter(([start, end]) => !mentions.some((m) => m.start === start + 1 && m.end === end - 1));
}

/**
 * Whether quotation marks enclose the span `m` alone ('Joko "Jokowi" Widodo', 'Ferdinand
 * “Bongbong” Marcos'): a nickname, as `quotationsOfWords` leaves out, read by the characters
 * around one mention rather than by scanning the text's quotations.
 */
export function quotesName(text: string, m: { start: number; end: number }): boolean {
  const open = text[m.start - 1];
  const close = text[m.end];
  return (open === '"' && close === '"') || (open === '“' && close === '”');
}
