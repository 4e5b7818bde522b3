import type { CorpusExport } from './export-types';

/**
 * Builds the corpus facts from a folder laid out like `corpus/` (`articles/` and optionally its own
 * `leaders.json`). Node-only: it reads files.
 *
 * PROVISIONAL SIGNATURE (2026-11-23): the pipeline behind it is being written; callers may rely on
 * the types below.
 */
export interface BuildCorpusOptions {
  corpusDir: string;
  /** Default: `<corpusDir>/leaders.json` when it exists, else the project's `corpus/leaders.json`. */
  registryFile?: string;
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
  /** The cleaned body, with 1-based line numbers in the original file. */
  paragraphs: { text: string; line: number }[];
}

export interface CorpusBuild {
  data: CorpusExport;
  articles: BuiltArticle[];
  diagnostics: Diagnostic[];
}

export function buildCorpus(options: BuildCorpusOptions): CorpusBuild {
  void options;
  throw new Error('leaderlens: buildCorpus is not written yet');
}
