import { buildSearchIndex, type SearchIndex } from '../lookup/search-index';
import { INDEX_FORMAT_VERSION, type EngineData, type IndexFacts, type LeaderlensIndex, type LeaderSearchForms, type MatcherPayload } from './format';

/** The index ready for lookups: its facts plus the search structures built from them. */
export interface LoadedIndex extends IndexFacts {
  formatVersion: typeof INDEX_FORMAT_VERSION;
  registryAsOf: string;
  matcher: MatcherPayload;
  searchForms: Record<string, LeaderSearchForms>;
  searchIndex: SearchIndex;
  /** The registry for the engine in the extension (saved articles), when the index carries it. */
  engine?: EngineData;
}

const REQUIRED_FIELDS = ['registryAsOf', 'matcher', 'leaders', 'meetings', 'quotes', 'articles', 'cards', 'searchForms'] as const;

/**
 * Turns the whole index (`buildExtensionIndex`, or its JSON as `build:index --json` writes it) into
 * a {@link LoadedIndex}, held in memory at once: the oracle the index folder is tested against
 * (whole-index-lookups.ts), not what the extension loads (read-index-folder.ts). Refuses, with an
 * error starting "leaderlens index:", anything that is not an index or was written in a format
 * version this code does not know — a stale or newer file must fail loudly, not show wrong cards.
 *
 * @example
 * const index = loadIndex(JSON.parse(text));
 * index.leaders['to-lam']?.name; // 'Tô Lâm'
 */
export function loadIndex(json: unknown): LoadedIndex {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error('leaderlens index: expected a JSON object');
  }
  const raw = json as Partial<Record<keyof LeaderlensIndex, unknown>>;
  if (raw.formatVersion !== INDEX_FORMAT_VERSION) {
    throw new Error(
      `leaderlens index: format version ${JSON.stringify(raw.formatVersion)} is not supported (this build reads version ${INDEX_FORMAT_VERSION}); rebuild the index with \`npm run build\``,
    );
  }
  const missing = REQUIRED_FIELDS.filter((field) => typeof raw[field] !== 'object' && typeof raw[field] !== 'string');
  if (missing.length > 0) throw new Error(`leaderlens index: missing field(s) ${missing.join(', ')}`);
  const index = json as LeaderlensIndex;
  return { ...index, searchIndex: buildSearchIndex(index) };
}
