import SearchableMap from 'minisearch/SearchableMap';
import type { IndexFacts, LeaderSearchForms } from '../index-data/format';
import type { ExportMeeting, ExportQuote } from '../model/export-types';
import { MEETING_KIND_WORDS } from '../index-data/meeting-kind-words';
import { leaderPhraseTable, type LeaderPhrases, type LeaderPhraseTable } from './leader-forms';
import { RawWordTable } from './raw-word-table';
import { searchWords } from './search-text';

/**
 * The search structures of one kind (leaders, meetings or quotes). Documents are numbered 0…n-1
 * in a fixed order (meetings and quotes newest first), which is also the tie-break between equal
 * scores. Every word is a term id into `terms`, sorted, so a prefix is a range of ids.
 *
 * @example
 * const quotes: KindIndex = buildSearchIndex(index).quotes;
 * quotes.ids.length; // number of quotes
 */
export interface KindIndex {
  /** The id of each document (leader, meeting or quote id), by document number. */
  ids: string[];
  /** Field weights: a word found in field f counts `boosts[f]` times its quality. */
  boosts: readonly number[];
  /** Every distinct folded word, sorted (UTF-16 order, as `<` compares). */
  terms: string[];
  /** For typos: term → term id, in MiniSearch's radix tree (its `fuzzyGet` prunes by distance). */
  fuzzy: SearchableMap<number>;
  /** `postings[termId * fields + f]`: the documents with that term in field f, ascending. */
  postings: Uint32Array[];
  /** `weights[termId * fields + f]`: how much a match there is worth, rarer terms more (0…1]. */
  weights: Float32Array;
  /** Forward index: the (term, field) entries (`termId * fields + f`) of document d are `entries[starts[d]…starts[d+1])`. */
  starts: Uint32Array;
  entries: Uint32Array;
  /** People of document d (numbers into the leaders' KindIndex): `people[peopleStarts[d]…peopleStarts[d+1])`. */
  peopleStarts: Uint32Array;
  people: Uint32Array;
  /** For each leader number, the documents of this kind they take part in, ascending. */
  byLeader: Uint32Array[];
  /**
   * The words of document d in order, as term ids, its fields one after another with
   * {@link FIELD_BREAK} between them: `words[wordStarts[d]…wordStarts[d+1])`. Read to check that
   * query words stand together (content-phrases.ts) without folding the text again.
   */
  wordStarts: Uint32Array;
  words: Uint32Array;
}

/** Between two fields of a document in `KindIndex.words`: no term has this id. */
export const FIELD_BREAK = 0xffffffff;

/**
 * Search structures for all three kinds, built once from the facts when the index is loaded
 * (`loadIndex` puts them in `LoadedIndex.searchIndex`).
 *
 * @example
 * const { leaders, meetings, quotes }: SearchIndex = index.searchIndex;
 * leaders.ids.includes('to-lam'); // true
 */
export interface SearchIndex {
  leaders: KindIndex;
  meetings: KindIndex;
  quotes: KindIndex;
  /** The leaders' names, titles and countries as phrases (leader-forms.ts). */
  leaderPhrases: LeaderPhraseTable;
}

/**
 * How much the rarity of a term counts against a plain match: a word found in every document
 * still scores `floor`; one found in a single document scores 1. Names keep more of their weight
 * (a common surname is still a name) than words of running text ("và", "the").
 */
const IDF_FLOOR = { leaders: 0.6, content: 0.25 } as const;

/**
 * Builds the search structures from the index facts: names, titles and countries of leaders; kind
 * words, place and source sentences of meetings; words of quotes; and who takes part in what.
 * Costs about a second for 250k quotes: paid at build time for the packaged index (index-layout.ts
 * stores the result, cut into blocks) and by `loadIndex` for an index held whole. Default field weights:
 * leaders names 3, titles 2, places 1; meetings kind 2, place 1.5, text 1; quotes text 1.
 *
 * @example
 * const searchIndex = buildSearchIndex(index);
 * searchIndex.leaders.ids.indexOf('to-lam'); // the leader's document number
 */
export function buildSearchIndex(
  facts: IndexFacts & { searchForms?: Record<string, LeaderSearchForms> },
  order?: DocumentOrder,
  known?: Partial<Record<'meetings' | 'quotes', KnownWords>>,
): SearchIndex {
  const { leaders, leaderPhrases } = buildLeaderSearch(facts);
  const { meetings, quotes } = buildContentKinds(facts, leaders.ids, order, known);
  return { leaders, meetings, quotes, leaderPhrases };
}

/**
 * The leaders' search structures and phrase table alone: what `buildSearchIndex` builds for them
 * (the index stage builds the content kinds apart: index-data/search-files.ts).
 *
 * @example
 * buildLeaderSearch(index).leaders.ids.indexOf('to-lam'); // the leader's document number
 */
export function buildLeaderSearch(facts: Pick<IndexFacts, 'leaders'> & { searchForms?: Record<string, LeaderSearchForms> }): { leaders: KindIndex; leaderPhrases: LeaderPhraseTable } {
  const leaderList = Object.values(facts.leaders);
  const phrases: LeaderPhrases[] = leaderList.map((leader) => {
    const forms = facts.searchForms?.[leader.id];
    return {
      names: leader.aliases,
      titles: forms?.titles ?? leader.offices.flatMap((office) => [office.title.vi, office.title.en]),
      places: forms?.places ?? [leader.countryName.vi, leader.countryName.en],
    };
  });
  const leaderDocs = leaderList.map((leader, i) => {
    const { names, titles, places } = phrases[i]!;
    return { id: leader.id, fields: [names.join(' ; '), titles.join(' ; '), places.join(' ; ')], people: [] };
  });
  const leaders = buildKind(documentsOf(leaderDocs), [3, 2, 1], IDF_FLOOR.leaders, 0);
  return { leaders, leaderPhrases: leaderPhraseTable(leaders, phrases) };
}

/**
 * The meetings' and quotes' search structures alone, against a list of leaders given by id in
 * the order of their leaders' KindIndex (its `ids`): what `buildSearchIndex` builds for them, and
 * what the reader's saved articles are searched with beside the packaged index (src/saved), so
 * both are searched by the same rules against the same leaders.
 *
 * @example
 * const { meetings, quotes } = buildContentKinds(savedFacts, leaderKind.ids);
 */
export function buildContentKinds(
  facts: Pick<IndexFacts, 'meetings' | 'quotes'>,
  leaderIds: readonly string[],
  order?: DocumentOrder,
  known?: Partial<Record<'meetings' | 'quotes', KnownWords>>,
): { meetings: KindIndex; quotes: KindIndex } {
  return buildContentKindsFrom(contentDocuments(facts, leaderIds, order, known), leaderIds.length, known);
}

/**
 * The documents of the meetings and quotes as {@link buildContentKindsFrom} reads them: per kind,
 * what each document's fields say and who takes part (leader numbers), numbered in `order` (by
 * default {@link documentOrder}'s). Plain strings and arrays, so the index stage can hand them to a
 * thread of its own (cli/search-thread.ts). Documents `known` gives the words of get empty fields:
 * their text is not read.
 *
 * @example
 * const docs = contentDocuments(facts, leaderIds);
 * docs.quotes.fields[0]; // the text of the newest quote
 */
export function contentDocuments(
  facts: Pick<IndexFacts, 'meetings' | 'quotes'>,
  leaderIds: readonly string[],
  order?: DocumentOrder,
  known?: Partial<Record<'meetings' | 'quotes', KnownWords>>,
): Record<'meetings' | 'quotes', ContentDocuments> {
  const meetingList = order ? order.meetings.map((id) => facts.meetings[id]!) : newestFirst(Object.values(facts.meetings));
  const quoteList = order ? order.quotes.map((id) => facts.quotes[id]!) : newestFirst(Object.values(facts.quotes));
  return orderedDocuments({ meetings: meetingList, quotes: quoteList }, leaderIds, known);
}

/**
 * The documents of meetings and quotes given in the order they are numbered: what
 * {@link contentDocuments} makes of a record's items once ordered. The index stage hands its
 * lists in its order, without the records by id (index-data/index-items.ts).
 *
 * @example
 * const docs = orderedDocuments({ meetings: [], quotes: [quote] }, leaderIds);
 * docs.quotes.fields[0]; // quote.text
 */
export function orderedDocuments(
  lists: { meetings: readonly ExportMeeting[]; quotes: readonly ExportQuote[] },
  leaderIds: readonly string[],
  known?: Partial<Record<'meetings' | 'quotes', KnownWords>>,
  /** False to leave `ids` empty: the index stage's search files do not read them, and a thread need not be sent 280k ids. */
  withIds = true,
): Record<'meetings' | 'quotes', ContentDocuments> {
  const leaderNumber = new Map(leaderIds.map((id, i) => [id, i]));
  const documents = <T extends { id: string }>(items: readonly T[], fields: number, text: (item: T, f: number) => string, people: (item: T) => readonly string[], given?: KnownWords): ContentDocuments => {
    const texts: string[] = new Array<string>(items.length * fields);
    const peopleStarts = new Uint32Array(items.length + 1);
    const numbers: number[] = [];
    for (let d = 0; d < items.length; d++) {
      const item = items[d]!;
      const read = given === undefined || knownDocument(given, d, fields) === -1;
      for (let f = 0; f < fields; f++) texts[d * fields + f] = read ? text(item, f) : '';
      for (const id of people(item)) {
        const n = leaderNumber.get(id);
        if (n !== undefined) numbers.push(n);
      }
      peopleStarts[d + 1] = numbers.length;
    }
    return { ids: withIds ? items.map((item) => item.id) : [], fields: texts, peopleStarts, people: Uint32Array.from(numbers) };
  };
  return {
    meetings: documents(
      lists.meetings,
      MEETING_FIELDS,
      (meeting, f) => {
        if (f === 0) {
          const words = MEETING_KIND_WORDS[meeting.kind];
          return `${words.vi} ; ${words.en}`;
        }
        return f === 1 ? (meeting.place ?? '') : meeting.sources.map((source) => source.evidence).join(' ; ');
      },
      (meeting) => meeting.participants,
      known?.meetings,
    ),
    quotes: documents(lists.quotes, QUOTE_FIELDS, (quote) => quote.text, (quote) => quote.speakers, known?.quotes),
  };
}

/** Fields of a meeting document (kind words, place, sources' sentences) and of a quote (its words). */
const MEETING_FIELDS = 3;
const QUOTE_FIELDS = 1;

/** One content kind's documents as plain data: see {@link contentDocuments}. */
export interface ContentDocuments {
  /** Document ids by number; may be left empty where no one reads `KindIndex.ids` (a thread that only writes files). */
  ids: readonly string[];
  /** Document d's field f is `fields[d * fields-per-document + f]`. */
  fields: readonly string[];
  /** Document d's people (leader numbers) are `people[peopleStarts[d]…peopleStarts[d+1])`, in order, repeats kept. */
  peopleStarts: Uint32Array;
  people: Uint32Array;
}

/**
 * The meetings' and quotes' structures from their documents ({@link contentDocuments}), against
 * `leaderCount` leaders, with the field weights and rarity floor the search uses.
 */
export function buildContentKindsFrom(
  documents: Record<'meetings' | 'quotes', ContentDocuments>,
  leaderCount: number,
  known?: Partial<Record<'meetings' | 'quotes', KnownWords>>,
): { meetings: KindIndex; quotes: KindIndex } {
  const source = (docs: ContentDocuments, fields: number): SourceDocuments => ({
    count: docs.peopleStarts.length - 1,
    id: (d) => docs.ids[d] ?? '',
    field: (d, f) => docs.fields[d * fields + f]!,
    people: (d, out) => {
      for (let i = docs.peopleStarts[d]!; i < docs.peopleStarts[d + 1]!; i++) out.push(docs.people[i]!);
    },
  });
  return {
    meetings: buildKind(source(documents.meetings, MEETING_FIELDS), [2, 1.5, 1], IDF_FLOOR.content, leaderCount, known?.meetings),
    quotes: buildKind(source(documents.quotes, QUOTE_FIELDS), [1], IDF_FLOOR.content, leaderCount, known?.quotes),
  };
}

/**
 * The ids of the meetings and of the quotes in the order their documents are numbered in
 * ({@link documentOrder} of each), when the caller has it already: the layout works it out for
 * its result chunks first (index-layout.ts), and sorting a quarter of a million quotes again costs
 * a fifth of a second of every build.
 */
export interface DocumentOrder {
  meetings: readonly string[];
  quotes: readonly string[];
}

/**
 * The order documents of meetings or quotes are numbered in (newest first, undated last, then by
 * id), as ids: what `buildContentKinds` numbers them by, for a writer that lays out their result
 * rows before it builds the structures (index-layout.ts).
 *
 * @example
 * documentOrder(Object.values(index.quotes)); // the ids of buildContentKinds(index, …).quotes.ids
 */
export function documentOrder(items: readonly { id: string; date: string | null }[]): string[] {
  // The order of newestFirst, on the ids alone: a date's ids sorted as strings (the default sort
  // compares UTF-16 code units, as `<` does) take half the time of items sorted by a comparator of
  // their ids, at 280k quotes a tenth of a second or more of every build.
  const byDate = new Map<string | null, string[]>();
  for (const { id, date } of items) {
    const group = byDate.get(date);
    if (group) group.push(id);
    else byDate.set(date, [id]);
  }
  const ordered: string[] = [];
  for (const date of [...byDate.keys()].sort(newestDateFirst)) for (const id of byDate.get(date)!.sort()) ordered.push(id);
  return ordered;
}

function newestDateFirst(a: string | null, b: string | null): number {
  return a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? 1 : -1;
}

/**
 * Newest first, undated last, then by id: a stable order that also breaks ties between scores.
 * Grouped by date first, then each date's items by id: the order one sort comparing both gives,
 * in a fraction of its time (a quarter of a million quotes share a few thousand dates).
 */
function newestFirst<T extends { id: string; date: string | null }>(items: T[]): T[] {
  const byDate = new Map<string | null, T[]>();
  for (const item of items) {
    const group = byDate.get(item.date);
    if (group) group.push(item);
    else byDate.set(item.date, [item]);
  }
  const dates = [...byDate.keys()].sort(newestDateFirst);
  const ordered: T[] = [];
  for (const date of dates) {
    for (const item of byDate.get(date)!.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) ordered.push(item);
  }
  return ordered;
}

/**
 * Words of some documents known before they are read, from the search structures of an earlier
 * build (index-data/search-word-memo.ts): at 10k articles, finding the words of 280k quotes in
 * their text was a third of the search structures' build, and an added article changes a handful.
 * The structures built are the same either way: a document's words decide everything else.
 *
 * @example
 * const known: KnownWords = { terms: ['lam', 'to'], starts: Uint32Array.of(0, 2), words: Uint32Array.of(1, 0), docs: Int32Array.of(0, -1) };
 * buildContentKinds(facts, leaderIds, order, { quotes: known }); // document 0's words are "to lam"
 */
export interface KnownWords {
  /** The vocabulary `words` numbers terms in. */
  terms: readonly string[];
  /**
   * Words as `KindIndex.words` holds them (every field's, {@link FIELD_BREAK} between two fields),
   * as numbers into `terms`: known document k's are `words[starts[k]…starts[k+1])`.
   */
  starts: Uint32Array;
  words: Uint32Array;
  /** Per document d, which known document it is, or -1 when its words are not known and its text is read. */
  docs: Int32Array;
}

/**
 * The documents of a kind, read where they are (a quarter of a million quotes need not each become
 * an object of their own here): document d's id, the text of its field f, and its people (leader
 * numbers, pushed onto `out`).
 */
interface SourceDocuments {
  count: number;
  id(d: number): string;
  field(d: number, f: number): string;
  people(d: number, out: number[]): void;
}

function documentsOf(docs: readonly { id: string; fields: string[]; people: number[] }[]): SourceDocuments {
  return {
    count: docs.length,
    id: (d) => docs[d]!.id,
    field: (d, f) => docs[d]!.fields[f]!,
    people: (d, out) => out.push(...docs[d]!.people),
  };
}

/** Shared by every (term, field) that never occurs: most of a three-field kind's pairs. */
const NONE = new Uint32Array(0);

function buildKind(docs: SourceDocuments, boosts: number[], idfFloor: number, leaderCount: number, known?: KnownWords): KindIndex {
  const fields = boosts.length;
  // First pass: provisional term ids in order of first sight, one entry per distinct (term, field)
  // of a document. Each distinct raw word is folded once and then found by its characters in the
  // text (raw-word-table.ts), and a stamp per entry replaces a per-document Set: this pass reads
  // millions of words and must not allocate per word.
  const provisional = new Map<string, number>();
  const provisionalId = (term: string): number => {
    let id = provisional.get(term);
    if (id === undefined) provisional.set(term, (id = provisional.size));
    return id;
  };
  const raw = new RawWordTable((word) => searchWords(word).map(provisionalId));
  // Known words' numbers (into known.terms) to provisional ids, looked up once per term.
  const knownIds = new Int32Array(known?.terms.length ?? 0).fill(-1);
  const starts = new Uint32Array(docs.count + 1);
  let entries = new Uint32Array(Math.max(1024, docs.count * 16));
  let stamps = new Uint32Array(1024);
  let length = 0;
  const wordStarts = new Uint32Array(docs.count + 1);
  let words = new Uint32Array(Math.max(1024, docs.count * 16));
  let wordCount = 0;
  const pushWord = (id: number) => {
    if (wordCount === words.length) words = grow(words, wordCount + 1);
    words[wordCount++] = id;
  };
  // Word `id` of document d in field f: its entry once per document.
  const addWord = (d: number, f: number, id: number) => {
    pushWord(id);
    const entry = id * fields + f;
    if (entry >= stamps.length) stamps = grow(stamps, entry + 1);
    if (stamps[entry] === d + 1) return;
    stamps[entry] = d + 1;
    if (length === entries.length) entries = grow(entries, length + 1);
    entries[length++] = entry;
  };
  for (let d = 0; d < docs.count; d++) {
    const k = known === undefined ? -1 : knownDocument(known, d, fields);
    if (k !== -1) {
      const given = known!.words;
      let f = 0;
      for (let i = known!.starts[k]!, end = known!.starts[k + 1]!; i < end; i++) {
        const term = given[i]!;
        if (term === FIELD_BREAK) {
          pushWord(FIELD_BREAK);
          f++;
          continue;
        }
        let id = knownIds[term]!;
        if (id === -1) knownIds[term] = id = provisionalId(known!.terms[term]!);
        addWord(d, f, id);
      }
    } else {
      for (let f = 0; f < fields; f++) {
        if (f > 0) pushWord(FIELD_BREAK);
        const count = raw.scan(docs.field(d, f));
        const ids = raw.ids;
        for (let i = 0; i < count; i++) addWord(d, f, ids[i]!);
      }
    }
    starts[d + 1] = length;
    wordStarts[d + 1] = wordCount;
  }
  entries = entries.slice(0, length);
  words = words.slice(0, wordCount);

  // Sorted vocabulary, so that a prefix is one range of ids; renumber the entries to match.
  const terms = [...provisional.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const renumber = new Uint32Array(terms.length);
  terms.forEach((term, id) => (renumber[provisional.get(term)!] = id));
  for (let i = 0; i < wordCount; i++) if (words[i] !== FIELD_BREAK) words[i] = renumber[words[i]!]!;
  const counts = new Uint32Array(terms.length * fields);
  for (let i = 0; i < length; i++) {
    const entry = entries[i]!;
    const renumbered = renumber[Math.floor(entry / fields)]! * fields + (entry % fields);
    entries[i] = renumbered;
    counts[renumbered]!++;
  }
  // Postings by counting: documents are visited in order, so every list comes out ascending.
  const postings = Array.from(counts, (count) => (count === 0 ? NONE : new Uint32Array(count)));
  const filled = new Uint32Array(counts.length);
  for (let d = 0; d < docs.count; d++) {
    for (let i = starts[d]!; i < starts[d + 1]!; i++) {
      const entry = entries[i]!;
      postings[entry]![filled[entry]!++] = d;
    }
  }
  const weights = new Float32Array(counts.length);
  const maxIdf = Math.log(1 + docs.count);
  counts.forEach((df, entry) => {
    if (df > 0) weights[entry] = idfFloor + (1 - idfFloor) * (Math.log(1 + docs.count / df) / maxIdf);
  });

  const peopleStarts = new Uint32Array(docs.count + 1);
  const allPeople: number[] = [];
  const byLeaderLists: number[][] = Array.from({ length: leaderCount }, () => []);
  for (let d = 0; d < docs.count; d++) {
    const first = allPeople.length;
    docs.people(d, allPeople);
    peopleStarts[d + 1] = allPeople.length;
    // Each leader once, in order of first mention (a Set per document cost most of this pass).
    for (let i = first; i < allPeople.length; i++) {
      const leader = allPeople[i]!;
      if (allPeople.indexOf(leader, first) === i) byLeaderLists[leader]?.push(d);
    }
  }
  const people = Uint32Array.from(allPeople);

  return {
    ids: Array.from({ length: docs.count }, (_, d) => docs.id(d)),
    boosts,
    terms,
    fuzzy: SearchableMap.from(terms.map((term, id): [string, number] => [term, id])),
    postings,
    weights,
    starts,
    entries,
    peopleStarts,
    people,
    byLeader: byLeaderLists.map((list) => Uint32Array.from(list)),
    wordStarts,
    words,
  };
}

/**
 * The known document that document d is, when its words are well formed for `fields` fields (one
 * field break fewer than fields, every other number a term of the vocabulary); else -1, and the
 * text is read.
 */
function knownDocument(known: KnownWords, d: number, fields: number): number {
  const k = d < known.docs.length ? known.docs[d]! : -1;
  if (k < 0 || k + 1 >= known.starts.length) return -1;
  const end = known.starts[k + 1]!;
  if (end > known.words.length) return -1;
  let breaks = 0;
  for (let i = known.starts[k]!; i < end; i++) {
    const term = known.words[i]!;
    if (term === FIELD_BREAK) breaks++;
    else if (term >= known.terms.length) return -1;
  }
  return breaks === fields - 1 ? k : -1;
}

/** A copy at least `size` long (doubling), the old values kept. */
function grow(array: Uint32Array<ArrayBuffer>, size: number): Uint32Array<ArrayBuffer> {
  const grown = new Uint32Array(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
}
