import { en } from './en';
import type { LanguageCode, LanguageDescriptor } from './types';
import { vi } from './vi';

export type { DateWords, LanguageCode, LanguageDescriptor, PageWords } from './types';
export { wordAlternation, wordRegExp } from './word-pattern';
export { ALL_HONORIFICS, detectLanguage, functionWordCount, isFunctionWord, PAGE_LANGUAGES, pageWordsFor } from './page-words';

/**
 * Every language the engine reads. A new language is a new descriptor file and one entry here
 * (and its page words one in page-words.ts, in the same order).
 */
export const LANGUAGES: readonly LanguageDescriptor[] = [vi, en];

/** The descriptor of `code`. */
export function descriptorFor(code: LanguageCode): LanguageDescriptor {
  const found = LANGUAGES.find((l) => l.code === code);
  if (!found) throw new Error(`Leaderlens: no language descriptor for "${code}"`);
  return found;
}
