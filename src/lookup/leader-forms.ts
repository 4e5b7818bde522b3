import type { KindIndex } from './search-index';
import { searchWords } from './search-text';

/**
 * The phrases a leader is known by, as term ids (into the leaders' `KindIndex.terms`) of their
 * words in order: every name form and short form (`names`), and every title form and name of the
 * country (`phrases`: ids into the shared {@link LeaderPhraseTable}, since one title is every
 * president's). The bag of words in the leaders' index says *that* a word is somewhere in a
 * leader's names or titles; these say which words belong together, so a query is checked phrase
 * by phrase ({@link coverLeader} in leader-cover.ts) and "văn" of "Chánh Văn phòng" or "thanh" of
 * someone else's name no longer make a person out of "Nguyễn Văn A".
 *
 * @example
 * const table = leaderPhraseTable(searchIndex.leaders, [{ names: ['Tô Lâm', 'Lâm'], titles: ['Tổng Bí thư'], places: ['Việt Nam'] }]);
 * table.leaders[0]!.names.length; // 2
 */
export interface LeaderForms {
  names: Uint32Array[];
  phrases: Uint32Array;
}

/**
 * Every distinct title and country phrase of all leaders, once (a query is matched against each
 * once, however many leaders share it), and each leader's {@link LeaderForms}, by leader number.
 *
 * @example
 * const { phrases, fields, leaders } = searchIndex.leaderPhrases;
 * fields[leaders[0]!.phrases[0]!]; // 1 (a title) or 2 (a country)
 */
export interface LeaderPhraseTable {
  phrases: Uint32Array[];
  /** The leaders' index field of each phrase: 1 for a title, 2 for a country. */
  fields: Uint8Array;
  /** Per phrase, the numbers of the leaders it belongs to, ascending. */
  holders: Uint32Array[];
  leaders: LeaderForms[];
}

/** The raw strings of one leader's phrases, as `buildSearchIndex` indexes them. */
export interface LeaderPhrases {
  names: readonly string[];
  titles: readonly string[];
  places: readonly string[];
}

/** Field numbers of the leaders' index (see `buildSearchIndex`). */
export const TITLE_FIELD = 1;
export const PLACE_FIELD = 2;

/**
 * The {@link LeaderPhraseTable} of the leaders (by leader number), the words of each phrase looked
 * up in the leaders' sorted vocabulary. A phrase that folds to no word is dropped, and so is a
 * repeat ("Tô Lâm" and "To Lam" fold alike).
 *
 * @example
 * leaderPhraseTable(searchIndex.leaders, phrases).leaders[searchIndex.leaders.ids.indexOf('to-lam')]!.names;
 */
export function leaderPhraseTable(leaders: KindIndex, phrases: readonly LeaderPhrases[]): LeaderPhraseTable {
  const termId = new Map(leaders.terms.map((term, id) => [term, id]));
  // Every word of a phrase was indexed from the same string, so it is in the vocabulary.
  const idsOf = (words: string[]) => Uint32Array.from(words, (word) => termId.get(word) ?? 0);
  const distinct = (forms: readonly string[]): string[][] => {
    const seen = new Set<string>();
    return forms.map(searchWords).filter((words) => {
      const key = words.join(' ');
      if (words.length === 0 || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  const shared: Uint32Array[] = [];
  const fields: number[] = [];
  const sharedId = new Map<string, number>();
  const phraseIds = (forms: readonly string[], field: number): number[] =>
    distinct(forms).map((words) => {
      const key = `${field}:${words.join(' ')}`;
      let id = sharedId.get(key);
      if (id === undefined) {
        sharedId.set(key, (id = shared.length));
        shared.push(idsOf(words));
        fields.push(field);
      }
      return id;
    });
  const forms = phrases.map((p) => ({
    names: distinct(p.names).map(idsOf),
    phrases: Uint32Array.from([...phraseIds(p.titles, TITLE_FIELD), ...phraseIds(p.places, PLACE_FIELD)]),
  }));
  const holders: number[][] = shared.map(() => []);
  forms.forEach((form, leader) => form.phrases.forEach((phrase) => holders[phrase]!.push(leader)));
  return { phrases: shared, fields: Uint8Array.from(fields), holders: holders.map((list) => Uint32Array.from(list)), leaders: forms };
}
