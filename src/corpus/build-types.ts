import type { Registry } from '../registry';
import type { LanguageCode } from '../lang';
import type { CorpusExport } from '../model/export-types';
import type { NameTable } from '../names/name-table';
import type { FoundPerson } from './found-people';

/**
 * Builds the corpus facts from a folder laid out like `corpus/` (`articles/` and optionally its own
 * `leaders.json`). Node-only: it reads files. Registry errors throw `RegistryError` (the CLI exits
 * non-zero); an unreadable article is skipped, listed in `data.skipped`, and the rest still builds.
 */
export interface BuildCorpusOptions {
  corpusDir: string;
  /** Default: `<corpusDir>/leaders.json` when it exists, else the project's `corpus/leaders.json`. */
  registryFile?: string;
  /** "Today" for year inference: no inferred date may be later. Default: the current day. */
  today?: string;
}

export interface Diagnostic {
  level: 'error' | 'warning';
  file: string;
  line?: number;
  message: string;
}

export interface BuiltArticle {
  id: string;
  file: string;
  title: string;
  date: string | null;
  dateInferred: boolean;
  /** Where the date came from ("header", "timestamp: …", "lead …, year from evidence: …"). */
  dateSource?: string;
  /** The original article's address, from the file's ` url` header line (see read-header.ts). */
  url?: string;
  /** The language the article is written in, found from its text. */
  language: LanguageCode;
  /** The cleaned body, with 1-based line numbers in the original file. */
  paragraphs: { text: string; line: number }[];
}

export interface CorpusBuild {
  data: CorpusExport;
  articles: BuiltArticle[];
  diagnostics: Diagnostic[];
  registry: Registry;
  /** The compiled name table the content script receives: the same one the build matched with. */
  nameTable: NameTable;
  /** People of the index found in the articles, not the registry (also in `registry`, after its own). */
  found: FoundPerson[];
  /**
   * Where each article, meeting and quote came from, when the build knows every reading's cache
   * keys (the parallel build does; the plain one does not): what lets the index stage tell that a
   * shard of the index folder is unchanged without serialising it (content-keys.ts).
   */
  provenance?: BuildProvenance;
}

/** See {@link CorpusBuild.provenance}. */
export interface BuildProvenance {
  /** Per article id, the cache keys of its readings (corpus-merge.ts, `ReadingKeys`). */
  articles: Map<string, { reading: string; facts: string }>;
  /**
   * Per quote, in the order of `data.quotes`, the index of the statement it was made from in its
   * article's `facts.quotes` (an array, not a map by id: 280k entries at 10k articles).
   */
  quoteRows: readonly number[];
  /** Per meeting id, per source (in the meeting's order), the index of the telling in its article's `facts.meetings`. */
  meetingRows: Map<string, number[]>;
}
