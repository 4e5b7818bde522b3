import type { ExportMeeting, ExportQuote } from '../model/export-types';
import type { NameTable } from '../names/name-table';
import type { Registry } from '../registry';

/**
 * The extension index. `buildExtensionIndex` makes it whole in memory (`LeaderlensIndex`); `npm run
 * build:index` lays it out as a folder of small files for lookup (index-layout.ts, the folder
 * `leaderlens-index/` that the extension ships, see wxt.config.ts and docs/scale.md), from which the
 * background reads only what each request needs (read-index-folder.ts). The content script
 * receives only `matcher`.
 *
 * Bump INDEX_FORMAT_VERSION on any change a loader of the previous version would misread: the
 * loader refuses versions it does not know instead of showing wrong cards. Version 2 dropped the
 * serialised MiniSearch index (`search`). Version 3 replaced the one JSON file, parsed whole on
 * every worker start (11–17 s at 10k articles), by the folder: a manifest, the matcher, the
 * leaders, card, article and result shards, and the search structures in binary blocks. Version 4
 * stamps each file of the folder with a hash of its own content, listed in the manifest, where
 * version 3 stamped them all with one build id: a build then rewrites only the files that changed
 * (an added article touched all 1,900 files at 10k articles). A version-3 folder is refused.
 */
export const INDEX_FORMAT_VERSION = 4;

/** Name of the index folder inside the extension (and of the generated folder on disk). */
export const INDEX_DIR_NAME = 'leaderlens-index';

/** How a page writes a title of an office, in both interface languages. */
export interface OfficeTitle {
  vi: string;
  en: string;
}

/** One office a leader held, with the registry's date semantics (see src/registry/schema.ts). */
export interface IndexOffice {
  /** Key of the registry's `titles`, e.g. `general-secretary`. */
  office: string;
  title: OfficeTitle;
  /** ISO-3166 alpha-2 code of the country where the office is held. */
  country: string;
  /** Missing: the start is not known. */
  start?: string;
  /** `null`: still held on the registry's `asOf` day; missing: it ended, when is not known. */
  end?: string | null;
  /** Days on which a source shows the person in office; they bound an unknown start or end. */
  attested?: string[];
}

export interface IndexLeader {
  id: string;
  /** The name as the registry writes it, with diacritics. */
  name: string;
  country: string;
  /** The country's name in both interface languages. */
  countryName: OfficeTitle;
  aliases: string[];
  offices: IndexOffice[];
  /**
   * Set for an office-holder the registry lacks, found in the articles (export `origin: "corpus"`):
   * the title as the articles write it. The card says so, since nothing about them was checked.
   */
  foundTitle?: string;
  /**
   * Set (true) for a person found only in the reader's saved articles, not in the packaged index's
   * registry or corpus (src/saved/saved-people.ts): the card says they come from the reader's own articles.
   */
  foundInSaved?: true;
}


/**
 * What the content script receives: the compiled matcher and, per pattern id, what it stands for
 * (a leader's full name, a short form, a title, a country). It is the corpus build's own name table
 * (src/names/name-table.ts), so the page finds exactly the names the index was built with.
 */
export type MatcherPayload = NameTable;

/** An article's cleaned text, for the reader page ("read the source"). */
export interface IndexArticle {
  id: string;
  file: string;
  title: string;
  date: string | null;
  dateInferred: boolean;
  /** The original article's address (export `articles[].url`), where the corpus file gives one. */
  url?: string;
  paragraphs: { text: string; line: number }[];
}

/** A leader's card data: ids into `meetings` and `quotes`, in no particular order. */
export interface IndexCard {
  meetingIds: string[];
  quoteIds: string[];
}

/** The facts a card is made of, keyed by id. */
export interface IndexFacts {
  leaders: Record<string, IndexLeader>;
  meetings: Record<string, ExportMeeting>;
  quotes: Record<string, ExportQuote>;
  articles: Record<string, IndexArticle>;
  cards: Record<string, IndexCard>;
  /**
   * Meeting places that are a country's name as the article wrote it ("Lào", "Nga"), with that
   * country's name in both interface languages: an English card says "in Laos", not "in Lào".
   * Other places are shown as written.
   */
  placeCountries?: Record<string, OfficeTitle>;
}

/**
 * What a search finds a leader by besides the names (`IndexLeader.aliases`): every form of every
 * office held, in both languages ("tổng bí thư", "general secretary", "party chief"), and every
 * name of the country. The card shows only the first form of each, so these are kept apart.
 */
export interface LeaderSearchForms {
  titles: string[];
  places: string[];
}

/**
 * What the corpus engine needs to read one more article the way the build read the corpus: the
 * registry the build ended with (its people and the office-holders it found in the articles, with
 * the title and country vocabularies). The name table is `matcher`. The extension reads it only
 * when the reader saves an article (src/saved), from `engine/registry.json.gz`.
 */
export interface EngineData {
  registry: Registry;
}

export interface LeaderlensIndex extends IndexFacts {
  formatVersion: typeof INDEX_FORMAT_VERSION;
  /** The registry's `asOf` day: an office with `end: null` is known to be held up to it. */
  registryAsOf: string;
  matcher: MatcherPayload;
  /** Per leader id, the title and country forms search matches (see LeaderSearchForms). */
  searchForms: Record<string, LeaderSearchForms>;
  /** For the engine in the extension (saved articles); absent in indexes built before it. */
  engine?: EngineData;
}
