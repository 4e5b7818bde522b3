import type { ArticleFacts } from '../corpus/analyse-article';
import { widenRegistryBy } from '../corpus/corpus-merge';
import type { UnknownTelling } from '../corpus/found-people';
import { analyseAgain, rereadArticle, type ReadingToReread, type WidenedStage } from '../corpus/reread-article';
import { stableId } from '../corpus/stable-id';
import { toIndexLeader } from '../index-data/build-index';
import type { IndexLeader } from '../index-data/format';
import { buildNameTable, type LoadedNameTable, type NameTable } from '../names/name-table';
import type { Registry } from '../registry';
import { savedFileName } from './saved-facts';
import type { SavedReadingRecord } from './saved-types';

/**
 * The office-holders the reader's saved articles title whom neither the registry nor the packaged
 * corpus knows ("the registry is a hint, not a wall", for the reader's own corpus too): found with
 * the build's own rules (corpus-merge.ts, `widenRegistryBy`) over every saved article, kept by the
 * store (derived `people`), and shown like the people the build found.
 */
export interface SavedPeople {
  /** The engine and index they were found with (engine-stamp.ts): another one means "find again". */
  stamp: string;
  /** What identifies the set as the articles are read with it ('' for none): `SavedReadingRecord.widenedWith`. */
  key: string;
  /** Each as the index shows a leader, with `foundTitle` and `foundInSaved`. */
  leaders: Record<string, IndexLeader>;
  /**
   * The packaged index's name table widened with them: the matcher the page scans with while they
   * exist, so their names light up like anyone's. Null when there are none.
   */
  nameTable: NameTable | null;
}

/** The people found and what reading the saved articles again with them needs (null stage: none found). */
export interface SavedWidening {
  people: SavedPeople;
  stage: WidenedStage | null;
}

/**
 * Every office-holder the saved articles' first readings titled and the registry lacks, as the
 * build's merge stage collects them (corpus-merge.ts, `unknownTellings`): in the order of the
 * articles' file names, as an export of them is read by the CLI.
 */
export function savedTellings(readings: readonly SavedReadingRecord[]): UnknownTelling[] {
  return [...readings]
    .sort((a, b) => (savedFileName(a.id) < savedFileName(b.id) ? -1 : savedFileName(a.id) > savedFileName(b.id) ? 1 : 0))
    .flatMap((r) =>
      r.facts.unknown.map((u) => ({
        name: u.name,
        title: u.title,
        offices: u.offices,
        country: u.country,
        articleId: r.id,
        articleFile: savedFileName(r.id),
        articleDate: r.date,
      })),
    );
}

/**
 * Finds the people of the saved articles against the engine's registry (the one the packaged
 * index was built with, its own found people included, so a person the corpus already has is not
 * found twice). The key hashes what a second reading reads of them (the reading registry: names,
 * countries, offices without the days), so a new article that only adds a day to a person leaves
 * the other articles' readings as they are, as the build's cache does.
 *
 * @example
 * findSavedPeople(engine, readings).people.leaders; // { 'somchai-wongkaew': { name: 'Somchai Wongkaew', foundTitle: 'Thai Prime Minister', foundInSaved: true, … } }
 */
export function findSavedPeople(engine: { registry: Registry; stamp: string }, readings: readonly SavedReadingRecord[]): SavedWidening {
  const widening = widenRegistryBy(engine.registry, savedTellings(readings), keptNameTable);
  if (!widening) return { people: { stamp: engine.stamp, key: '', leaders: {}, nameTable: null }, stage: null };
  const foundIds = widening.stage.foundIds;
  const readWith = widening.reading.leaders.filter((l) => foundIds.has(l.id));
  const leaders: Record<string, IndexLeader> = {};
  for (const f of widening.found) leaders[f.leader.id] = { ...toIndexLeader(f.leader, widening.registry, f.title), foundInSaved: true };
  return {
    people: { stamp: engine.stamp, key: stableId('p', JSON.stringify(readWith)), leaders, nameTable: widening.nameTable },
    stage: widening.stage,
  };
}

/**
 * A saved article's facts with the people found now: null when they stay as they are (it was read
 * with this set already, or it names none of them and was read with none). An article that names
 * them is read again with them (corpus/reread-article.ts, `rereadArticle`, the build's second
 * reading); one read with people that are gone (their article removed) is read again with the
 * registry alone. Either way its `unknown` stays the first reading's.
 *
 * @param paragraphs the article's cleaned body with file lines, as the store keeps it for the reader
 * @param base the engine's registry and name table (the packaged index's)
 */
export function factsWithPeople(
  record: SavedReadingRecord,
  paragraphs: readonly { text: string; line: number }[],
  base: { registry: Registry; table: LoadedNameTable },
  widening: SavedWidening,
): ArticleFacts | null {
  if (record.widenedWith === widening.people.key) return null;
  const reading: ReadingToReread = {
    article: { title: record.layout.title, paragraphs: [...paragraphs], date: record.date, dateInferred: record.dateInferred, language: record.language },
    captionLines: record.layout.captionLines,
    titleLine: record.layout.titleLine,
    facts: record.facts,
  };
  const again = widening.stage ? rereadArticle(reading, widening.stage) : null;
  if (again) return again;
  return record.widenedWith === '' ? null : analyseAgain(reading, base);
}

/**
 * The widened registry's name table, kept for the worker's life while the people's names stay the
 * same: a save that only adds a day to a person found before compiles nothing (compiling the
 * registry's table takes 40–90 ms). Keyed by the registry object and every person's names.
 */
let kept: { registry: Registry; names: string; table: NameTable } | null = null;
function keptNameTable(widened: Registry): NameTable {
  const names = JSON.stringify(widened.leaders.map((l) => [l.id, l.name, l.forms, l.short, l.sharedShort ?? null, l.common ?? null, l.country]));
  const base = widened.titles;
  if (kept && kept.registry.titles === base && kept.registry.countries === widened.countries && kept.names === names) return kept.table;
  const table = buildNameTable(widened);
  kept = { registry: widened, names, table };
  return table;
}
