/**
 * The merge stage of the corpus build: reads the per-article stage's results (article-stage.ts) in
 * file order and makes the corpus of them: the people the registry lacks found across articles,
 * one meeting per meeting however many articles tell it, stable ids, the export. Deterministic: the
 * same results in the same order give the same bytes, wherever and in whatever order they were made.
 */
import { allNameForms, foldName, termBoundsOnly, type Registry } from '../registry';
import type { CorpusExport, ExportMeeting, ExportQuote } from '../model/export-types';
import { buildNameTable, loadNameTable, type NameTable } from '../names/name-table';
import type { ArticleFacts } from './analyse-article';
import type { ArticleReading, WidenedStage } from './article-stage';
import type { BuildProvenance, BuiltArticle, CorpusBuild, Diagnostic } from './build-types';
import { foundPeople, type FoundPerson, type UnknownTelling } from './found-people';
import { MeetingMerge } from './merge-meetings';
import type { MergeMemo, ToldArticle } from './merge-memo';
import type { ReadWarning, SkippedFile } from './read-articles';
import type { QuoteIdMemo } from './quote-id-memo';
import { quoteIdOf, quoteRowsOf } from './quote-rows';
import { stableId, uniqueIds } from './stable-id';

/** A file the merge stage admitted as an article, under its id, with the stage's reading of it. */
export interface AdmittedReading {
  id: string;
  file: string;
  reading: ArticleReading;
  /** The stage cache's keys of its reading, where the build knows them (build-corpus-parallel.ts). */
  keys?: ReadingKeys;
}

/**
 * What identifies an article's reading in the stage cache (stage-keys.ts): `reading` its first
 * reading (the article's text, title and date), `facts` the reading its facts come from (the
 * second reading's key where the build read articles again, else the first's). Equal keys, equal
 * readings: that is what the cache itself relies on.
 */
export interface ReadingKeys {
  reading: string;
  facts: string;
}

/** The registry widened with the people found in the corpus. */
export interface Widening {
  found: FoundPerson[];
  /** The registry and the people found, for the export and the index. */
  registry: Registry;
  nameTable: NameTable;
  /** What second readings read: see {@link readingRegistry}. */
  reading: Registry;
  stage: WidenedStage;
}

/**
 * Office-holders the registry lacks become people of the index ("the registry is a hint, not a
 * wall"); the articles that name them are read again with them known (article-stage.ts,
 * rereadArticle), so their meetings and quotes are theirs. Null when none was found.
 */
export function widenRegistry(
  registry: Registry,
  admitted: readonly AdmittedReading[],
  /** As for {@link widenRegistryBy}: the parallel build remembers its tables (name-table-memo.ts). */
  nameTableOf: (widened: Registry) => NameTable = buildNameTable,
): Widening | null {
  return widenRegistryBy(registry, unknownTellings(admitted), nameTableOf);
}

/**
 * `widenRegistry` from the tellings themselves: the extension widens the packaged index's registry
 * with the people the reader's saved articles title (src/saved/saved-people.ts), as the build
 * widens the registry with the corpus's.
 */
export function widenRegistryBy(
  registry: Registry,
  tellings: readonly UnknownTelling[],
  /** The name table of the widened registry; a caller that widens often can keep the last one (it reads only names, titles and countries). */
  nameTableOf: (widened: Registry) => NameTable = buildNameTable,
): Widening | null {
  const found = foundPeople(registry, tellings);
  if (found.length === 0) return null;
  const widened: Registry = { ...registry, leaders: [...registry.leaders, ...found.map((f) => f.leader)] };
  // The matcher reads names, titles and countries, which the reading registry keeps as they are.
  const nameTable = nameTableOf(widened);
  const reading = readingRegistry(registry, found);
  return {
    found,
    registry: widened,
    nameTable,
    reading,
    stage: {
      registry: reading,
      table: loadNameTable(nameTable),
      foundIds: new Set(found.map((f) => f.leader.id)),
      foundForms: new Set(found.flatMap((f) => f.leader.forms.map(foldName))),
    },
  };
}

/**
 * The widened registry as a second reading reads it: the found people without what only the index
 * shows, their sources (the files that name them) and the attested days inside their terms
 * (registry/offices.ts, termBoundsOnly). A new article that names a found person then leaves it
 * unchanged unless it adds a person, a spelling or a day outside a term, so the cached second
 * readings of the other articles stay valid (build-corpus-parallel.ts keys them by its hash).
 */
export function readingRegistry(registry: Registry, found: readonly FoundPerson[]): Registry {
  const people = found.map(({ leader }) => ({ ...leader, sources: ['corpus'], offices: leader.offices.map(termBoundsOnly) }));
  return { ...registry, leaders: [...registry.leaders, ...people] };
}

/** What the merge stage assembles the build from, besides the admitted articles. */
export interface MergeInput {
  /** The registry the articles were read with: widened with the found people when there are some. */
  registry: Registry;
  nameTable: NameTable;
  found: FoundPerson[];
  /** In file order, each with its final facts (the second reading's where there was one). */
  admitted: readonly AdmittedReading[];
  /** Problems with the corpus folder itself. */
  folderProblems: readonly Diagnostic[];
  readWarnings: readonly ReadWarning[];
  skipped: readonly SkippedFile[];
  /**
   * The quote ids of the last build by article (quote-id-memo.ts), used where the build knows
   * every reading's keys: an article whose id and facts key it holds is not hashed again. It is
   * given this build's, for the next.
   */
  quoteIds?: QuoteIdMemo;
  /**
   * The last build's merged meetings (merge-memo.ts), used where the build knows every reading's
   * keys: when its articles are the first of this build's, the merge goes on from it with the
   * articles after them. It is given this build's, for the next.
   */
  meetingMemo?: MergeMemo;
  /**
   * Makes the export quote of a row where the caller has its own kind of quote for it (a build
   * state article's, whose words are fetched when read: state-text.ts, stateQuoteMaker), so the
   * quote is made once; a plain quote where it gives none.
   */
  quoteMaker?: QuoteMaker;
}

/**
 * The export quote of row `factRow` of its article's statements, with the id `id` and the fields
 * of `row`, in the caller's own kind; undefined for a plain one.
 */
export type QuoteMaker = (id: string, row: Omit<ExportQuote, 'id'>, factRow: number) => ExportQuote | undefined;

/** The build: the export, the articles, every diagnostic in a fixed order (folder, reading, skipped, per article). */
export function mergeCorpus(input: MergeInput): CorpusBuild {
  const diagnostics: Diagnostic[] = [...input.folderProblems];
  for (const w of input.readWarnings) diagnostics.push({ level: 'warning', file: w.file, ...(w.line ? { line: w.line } : {}), message: w.message });
  for (const s of input.skipped) diagnostics.push({ level: 'error', file: s.file, message: `skipped: ${s.reason}` });
  const articles: BuiltArticle[] = [];
  const facts = new Map<string, ArticleFacts>();
  // Provenance only when every article's keys are known: an item without one could not be vouched for.
  const keyed = input.admitted.every((a) => a.keys !== undefined);
  const provenance: BuildProvenance | null = keyed ? { articles: new Map(), quoteRows: [], meetingRows: new Map() } : null;
  for (const { id, file, reading, keys } of input.admitted) {
    articles.push({ id, file, ...reading.article });
    facts.set(id, reading.facts);
    if (provenance && keys) provenance.articles.set(id, keys);
    for (const note of reading.notes) diagnostics.push({ level: note.level, file, ...(note.line !== undefined ? { line: note.line } : {}), message: note.message });
  }
  return {
    data: assemble(input.registry, articles, facts, input.skipped, input.found, provenance, input.quoteIds, input.meetingMemo, input.quoteMaker),
    articles,
    diagnostics,
    registry: input.registry,
    nameTable: input.nameTable,
    found: input.found,
    ...(provenance ? { provenance } : {}),
  };
}

/** Every untitled-by-the-registry office-holder each article named, with the article's file and date. */
function unknownTellings(admitted: readonly AdmittedReading[]): UnknownTelling[] {
  return admitted.flatMap(({ id, file, reading }) =>
    reading.facts.unknown.map((u) => ({
      name: u.name,
      title: u.title,
      offices: u.offices,
      country: u.country,
      articleId: id,
      articleFile: file,
      articleDate: reading.article.date,
    })),
  );
}

function assemble(
  registry: Registry,
  articles: readonly BuiltArticle[],
  facts: ReadonlyMap<string, ArticleFacts>,
  skipped: readonly { file: string; reason: string }[],
  found: readonly FoundPerson[],
  provenance: BuildProvenance | null,
  idMemo: QuoteIdMemo | undefined,
  meetingMemo: MergeMemo | undefined,
  quoteMaker: QuoteMaker | undefined,
): CorpusExport {
  const foundTitle = new Map(found.map((f) => [f.leader.id, f.title]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  // Every telling in file order, as mergeMeetings takes them; from the last build's merge where its
  // articles are this build's first (merge-memo.ts), which only the keys of every reading can tell.
  const told: ToldArticle[] | null = provenance && meetingMemo ? articles.map((a) => ({ id: a.id, date: a.date, facts: provenance.articles.get(a.id)!.facts, meetings: facts.get(a.id)?.meetings ?? [] })) : null;
  const resumed = told === null ? null : meetingMemo!.resume(told);
  const merge = resumed?.merge ?? new MeetingMerge();
  for (let k = resumed?.from ?? 0; k < articles.length; k++) {
    const a = articles[k]!;
    facts.get(a.id)?.meetings.forEach((meeting, index) => merge.add({ articleId: a.id, articleDate: a.date, index, meeting }));
  }
  const merged = merge.meetings;
  if (told !== null) meetingMemo!.remember(told, merged);
  const meetingIds = uniqueIds(
    merged.map((m) =>
      stableId('m', [...m.participants].sort().join(','), m.kind, m.when.date ?? m.when.approx ?? `${m.sources[0]!.articleId}|${m.sources[0]!.meeting.evidence}`),
    ),
  );
  const globalOf = new Map<string, string>();
  const meetings: ExportMeeting[] = merged.map((m, i) => {
    const id = meetingIds[i]!;
    for (const s of m.sources) globalOf.set(`${s.articleId}#${s.index}`, id);
    provenance?.meetingRows.set(id, m.sources.map((s) => s.index));
    return {
      id,
      participants: m.participants,
      date: m.when.date,
      dateInferred: m.when.date !== null && m.when.inferred,
      place: m.place,
      kind: m.kind,
      sources: m.sources.map((s) => ({ articleId: s.articleId, status: s.meeting.status, evidence: s.meeting.evidence })),
      // Extensions (DESIGN.md allows extending): the last day of a multi-day meeting, and the month
      // or year a recalled meeting is dated by when the text gives no day.
      ...(m.when.dateEnd ? { dateEnd: m.when.dateEnd } : {}),
      ...(m.when.approx ? { approxDate: m.when.approx } : {}),
      // Participants the registry does not know, as written ("Hun Manet"): not ids, so not in `participants`.
      ...(m.others.length > 0 ? { others: m.others } : {}),
    };
  });
  const meetingDate = new Map(meetings.map((m) => [m.id, m.date]));

  // Per quote row, `factRows` holds the index of the statement it was made from in its article's facts.
  const statements = articles.map((a) => ({ id: a.id, date: byId.get(a.id)?.date ?? null, quotes: facts.get(a.id)?.quotes ?? [] }));
  // What the last build made of the same statements (quote-id-memo.ts), where the build has the keys to ask.
  const factsKeys = provenance && idMemo ? articles.map((a) => provenance.articles.get(a.id)?.facts) : [];
  const remembered = statements.map((a, k) => (factsKeys[k] === undefined ? undefined : idMemo?.get(a.id, factsKeys[k], a.quotes.length)));
  const { rows: quoteRows, factRows, starts } = quoteRowsOf(
    statements,
    (articleId, meeting) => globalOf.get(`${articleId}#${meeting}`) ?? null,
    (meetingId) => meetingDate.get(meetingId),
    (k) => remembered[k]?.rows,
  );
  const madeIds: string[] = new Array<string>(quoteRows.length);
  for (let k = 0; k < articles.length; k++) {
    const [start, end] = [starts[k]!, starts[k + 1]!];
    const known = remembered[k];
    for (let i = start; i < end; i++) madeIds[i] = known ? known.ids[i - start]! : quoteIdOf(quoteRows[i]!);
    const factsKey = factsKeys[k];
    if (!known && factsKey !== undefined) idMemo?.set(articles[k]!.id, factsKey, { rows: factRows.slice(start, end), ids: madeIds.slice(start, end) });
  }
  const quoteIds = uniqueIds(madeIds);
  // Written out, not spread after the id: the same fields in the same order, at a third of the cost
  // (`satisfies` fails to compile when ExportQuote gains a field this leaves out).
  const quotes: ExportQuote[] = quoteRows.map(
    (q, i) =>
      quoteMaker?.(quoteIds[i]!, q, factRows[i]!) ??
      ({
        id: quoteIds[i]!,
        speakers: q.speakers,
        text: q.text,
        kind: q.kind,
        articleId: q.articleId,
        meetingId: q.meetingId,
        date: q.date,
        evidence: q.evidence,
      } satisfies { [K in keyof ExportQuote]-?: unknown }),
  );
  if (provenance) provenance.quoteRows = factRows;

  const unknown: CorpusExport['unknown'] = [];
  for (const a of articles) {
    const seen = new Set<string>();
    for (const u of facts.get(a.id)?.unknown ?? []) {
      if (seen.has(u.name)) continue;
      seen.add(u.name);
      unknown.push({ name: u.name, title: u.title, articleId: a.id, evidence: u.evidence });
    }
  }

  return {
    leaders: registry.leaders.map((l) => {
      const title = foundTitle.get(l.id);
      const leader = { id: l.id, name: l.name, country: l.country, aliases: allNameForms(l) };
      return title === undefined ? { ...leader, origin: 'registry' as const } : { ...leader, origin: 'corpus' as const, title };
    }),
    articles: articles.map((a) => ({
      id: a.id,
      file: a.file,
      title: a.title,
      date: a.date,
      dateInferred: a.dateInferred,
      ...(a.url !== undefined ? { url: a.url } : {}),
    })),
    meetings,
    quotes,
    unknown,
    skipped: [...skipped],
  };
}
