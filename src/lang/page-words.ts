import { enPageWords } from './en';
import type { LanguageCode, PageWords } from './types';
import { viPageWords } from './vi';
import { matchesOf } from '../text/matches-of';

/**
 * Every language's page words (types.ts, `PageWords`), in the order of `LANGUAGES` (index.ts):
 * what the page needs to read names, and to tell a sentence's language, without the rest of the
 * descriptors. A new language adds its page words here and its descriptor there.
 */
export const PAGE_LANGUAGES: readonly PageWords[] = [viPageWords, enPageWords];

/** Honorifics of every language: a name after "ông" or "Mr" is a name in any article or page. */
export const ALL_HONORIFICS: readonly string[] = [...new Set(PAGE_LANGUAGES.flatMap((l) => l.honorifics))];

/** Every language's {@link PageWords.headlineWords}, lowercased: a capitalised one after a name never continues it. */
export const ALL_HEADLINE_WORDS: ReadonlySet<string> = new Set(PAGE_LANGUAGES.flatMap((l) => l.headlineWords.map((w) => w.toLowerCase())));

/** The page words of `code`. */
export function pageWordsFor(code: LanguageCode): PageWords {
  const found = PAGE_LANGUAGES.find((l) => l.code === code);
  if (!found) throw new Error(`Leaderlens: no language descriptor for "${code}"`);
  return found;
}

const WORD = /[\p{L}\p{M}']+/gu;
/** WORD for detectLanguage's own exec loop, so no other reader of WORD ever sees its lastIndex. */
const SAMPLE_WORD = new RegExp(WORD.source, WORD.flags);
const functionWordSets = new Map(PAGE_LANGUAGES.map((l) => [l.code, new Set(l.functionWords.map((w) => w.toLowerCase()))]));
const functionWordLists = [...functionWordSets].map(([code, words]) => ({ code, words }));

/** Whether `word` (any case) is one of `code`'s function words ("to", "và"): never a name alone. */
export function isFunctionWord(word: string, code: LanguageCode): boolean {
  return functionWordSets.get(code)?.has(word.toLowerCase()) ?? false;
}

/** How many of `code`'s function words `text` uses: evidence that the text is in that language at all. */
export function functionWordCount(text: string, code: LanguageCode): number {
  const words = functionWordSets.get(code);
  if (!words) return 0;
  let n = 0;
  for (const m of matchesOf(text, WORD)) if (words.has(m[0].toLowerCase())) n++;
  return n;
}

/**
 * The language a text is written in: the one whose function words it uses most, counted over
 * its first few thousand characters. Names do not count, so an English article full of
 * Vietnamese names with diacritics ("Phạm Minh Chính") is English. Ties go to the first language.
 *
 * @example detectLanguage('Prime Minister Phạm Minh Chính held talks with …') // 'en'
 */
export function detectLanguage(text: string, sampleLength = 1500): LanguageCode {
  const counts = new Map<LanguageCode, number>(PAGE_LANGUAGES.map((l) => [l.code, 0]));
  // Counted in an array, in the order of `functionWordLists`: a Map iterated for each word of the
  // sample was a fiftieth of the corpus build.
  const tally = functionWordLists.map(() => 0);
  const head = text.slice(0, sampleLength);
  SAMPLE_WORD.lastIndex = 0;
  for (let m = SAMPLE_WORD.exec(head); m !== null; m = SAMPLE_WORD.exec(head)) {
    const word = m[0].toLowerCase();
    for (let k = 0; k < functionWordLists.length; k++) if (functionWordLists[k]!.words.has(word)) tally[k]!++;
  }
  functionWordLists.forEach((l, k) => counts.set(l.code, counts.get(l.code)! + tally[k]!));
  // A tie (often none of either: a headline of names) goes to the language whose own letters the
  // text has, else to one that has no letters of its own: "… Nguyen Phu Trong" is not Vietnamese
  // because "Trong" is written like "trong".
  const sample = text.slice(0, sampleLength).toLowerCase();
  const hasOwnLetters = (l: PageWords) => l.letters !== '' && [...l.letters].some((ch) => sample.includes(ch));
  const tieRank = (l: PageWords) => (hasOwnLetters(l) ? 2 : l.letters === '' ? 1 : 0);
  let best = PAGE_LANGUAGES[0]!;
  for (const l of PAGE_LANGUAGES) {
    const n = counts.get(l.code)!;
    const b = counts.get(best.code)!;
    if (n > b || (n === b && tieRank(l) > tieRank(best))) best = l;
  }
  return best.code;
}
