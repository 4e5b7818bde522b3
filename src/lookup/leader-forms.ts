import type { KindIndex } from './search-index';
import { searchWords } from './search-text';

/**
 * The phrases a leader is known by, each as the term ids (into the leaders' `KindIndex.terms`) of
 * its words in order: every name form and short form (`names`), every title form (`titles`) and
 * every name of the country (`places`). The bag of words in the leaders' index says *that* a word
 * is somewhere in a leader's names or titles; these say which words belong together, so a query
 * is checked phrase by phrase ({@link coverLeader} in leader-cover.ts) and "văn" of "Chánh Văn
 * phòng" or "thanh" of someone else's name no longer make a person out of "Nguyễn Văn A".
 *
 * @example
 * const forms = leaderForms(searchIndex.leaders, [{ names: ['Tô Lâm', 'Lâm'], titles: ['Tổng Bí thư'], places: ['Việt Nam'] }]);
 * forms[0]!.names.length; // 2
 */
export interface LeaderForms {
  names: Uint32Array[];
  titles: Uint32Array[];
  places: Uint32Array[];
}

/** The raw strings of one leader's phrases, as `buildSearchIndex` indexes them. */
export interface LeaderPhrases {
  names: readonly string[];
  titles: readonly string[];
  places: readonly string[];
}

/**
 * The {@link LeaderForms} of each leader (by leader number), the words of each phrase looked up in
 * the leaders' sorted vocabulary. A phrase that folds to no word is dropped, and so is a repeat
 * ("Tô Lâm" and "To Lam" fold alike).
 *
 * @example
 * leaderForms(searchIndex.leaders, phrases)[searchIndex.leaders.ids.indexOf('to-lam')]!.names;
 */
export function leaderForms(leaders: KindIndex, phrases: readonly LeaderPhrases[]): LeaderForms[] {
  const termId = new Map(leaders.terms.map((term, id) => [term, id]));
  const toIds = (forms: readonly string[]): Uint32Array[] => {
    const seen = new Set<string>();
    const out: Uint32Array[] = [];
    for (const form of forms) {
      const words = searchWords(form);
      const key = words.join(' ');
      if (words.length === 0 || seen.has(key)) continue;
      seen.add(key);
      // Every word of a phrase was indexed from the same string, so it is in the vocabulary.
      out.push(Uint32Array.from(words, (word) => termId.get(word) ?? 0));
    }
    return out;
  };
  return phrases.map((p) => ({ names: toIds(p.names), titles: toIds(p.titles), places: toIds(p.places) }));
}
