import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allNameForms, foldName, type Registry } from '../registry';
import { readRegistryFile } from '../registry/read-registry-file';
import { isPresent, refusedPath } from '../files/refused-path';
import { analyseArticle, type ArticleFacts, type ArticleParagraph } from './analyse-article';
import { articleDate } from './article-date';
import { cleanArticle } from './clean-article';
import { stripPhotoCredit } from './clean-shapes';
import type { CorpusExport, ExportMeeting, ExportQuote } from '../model/export-types';
import { findMentions, newMentionContext } from './find-mentions';
import { foundPeople, type FoundPerson, type UnknownTelling } from './found-people';
import { detectLanguage, type LanguageCode } from '../lang';
import { rulesFor, type LanguageRules } from './language-rules';
import { memoizedNameTable } from './memoized-name-table';
import { inferYear, type TitledName } from './infer-year';
import { mergeMeetings, type SourcedMeeting } from './merge-meetings';
import { buildNameTable, loadNameTable, type LoadedNameTable, type NameTable } from '../names/name-table';
import { readArticles, type RawArticle } from './read-articles';
import { splitSentences } from './split-sentences';
import { cutReports, MAX_SENTENCE_CHARS } from './cut-long-sentence';
import { stableId, uniqueIds } from './stable-id';

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
}

const PROJECT_REGISTRY = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../corpus/leaders.json');

// A caption line ends with its photo credit (clean-shapes.ts, stripPhotoCredit) or a photo's number ("… - Ảnh 1").
const PHOTO_PLACEHOLDER = /-\s*Ảnh\s*\d+\.?\s*$/u;

export function buildCorpus(options: BuildCorpusOptions): CorpusBuild {
  const registryFile =
    options.registryFile ??
    (isPresent(join(options.corpusDir, 'leaders.json')) ? join(options.corpusDir, 'leaders.json') : PROJECT_REGISTRY);
  const registry = readRegistryFile(registryFile);
  const nameTable = buildNameTable(registry);
  const table = loadNameTable(nameTable);
  const today = options.today ?? new Date().toISOString().slice(0, 10);

  const diagnostics: Diagnostic[] = [];
  const articlesDir = join(options.corpusDir, 'articles');
  // The folder itself may be a link out of the corpus: refused, not read (its files would be too).
  const folderRefused = existsSync(articlesDir) ? refusedPath(options.corpusDir, articlesDir) : null;
  if (!existsSync(articlesDir)) {
    diagnostics.push({ level: 'error', file: articlesDir, message: 'no articles/ folder in the corpus' });
  } else if (folderRefused) {
    diagnostics.push({ level: 'error', file: articlesDir, message: `articles folder ${folderRefused}; no article was read` });
  }
  const read =
    existsSync(articlesDir) && !folderRefused
      ? readArticles(articlesDir, { corpusDir: options.corpusDir })
      : { articles: [], skipped: [], warnings: [] };
  for (const w of read.warnings) diagnostics.push({ level: 'warning', file: w.file, ...(w.line ? { line: w.line } : {}), message: w.message });
  for (const s of read.skipped) diagnostics.push({ level: 'error', file: s.file, message: `skipped: ${s.reason}` });

  const built: BuiltArticle[] = [];
  const facts = new Map<string, ArticleFacts>();
  const prepared = new Map<string, { paragraphs: ArticleParagraph[]; rules: LanguageRules }>();
  for (const raw of read.articles) {
    // One article's names are found once: the year inference and the analysis read the same
    // sentences, so the second pass takes the matcher's answers from this table's memory.
    const articleTable = memoizedNameTable(table);
    const rules = rulesFor(detectLanguage(raw.text));
    const { article, paragraphs } = prepareArticle(raw, registry, articleTable, today, rules);
    built.push(article);
    prepared.set(article.id, { paragraphs, rules });
    if (paragraphs.length === 0) {
      diagnostics.push({ level: 'warning', file: raw.file, message: 'no article text left after removing site boilerplate' });
    }
    diagnostics.push(...cutSentenceWarnings(raw.file, paragraphs));
    facts.set(article.id, analyseArticle(paragraphs, { date: article.date, inferred: article.dateInferred }, registry, articleTable, rules));
  }

  // Office-holders the registry lacks become people of the index; the articles that name them are
  // read again with them known, so their meetings and quotes are theirs. `unknown` keeps listing
  // them from the first reading, so the registry can be extended.
  const found = foundPeople(registry, unknownTellings(built, facts));
  if (found.length === 0) {
    return { data: assemble(registry, built, facts, read.skipped, []), articles: built, diagnostics, registry, nameTable, found };
  }
  const widened: Registry = { ...registry, leaders: [...registry.leaders, ...found.map((f) => f.leader)] };
  const widenedNameTable = buildNameTable(widened);
  const widenedTable = loadNameTable(widenedNameTable);
  const foundForms = new Set(found.flatMap((f) => f.leader.forms.map(foldName)));
  for (const article of built) {
    const unknownHere = facts.get(article.id)?.unknown ?? [];
    if (!unknownHere.some((u) => foundForms.has(foldName(u.name))) && !namesAny(widenedTable, prepared.get(article.id)!.paragraphs, found)) continue;
    const { paragraphs, rules } = prepared.get(article.id)!;
    const again = analyseArticle(paragraphs, { date: article.date, inferred: article.dateInferred }, widened, memoizedNameTable(widenedTable), rules);
    facts.set(article.id, { ...again, unknown: facts.get(article.id)!.unknown });
  }
  return {
    data: assemble(widened, built, facts, read.skipped, found),
    articles: built,
    diagnostics,
    registry: widened,
    nameTable: widenedNameTable,
    found,
  };
}

/**
 * One warning per sentence too long to carry whole: it is read in pieces and its evidence is cut
 * (cut-long-sentence.ts), which the corpus's author should know about rather than find out from a
 * card. Linear: splitting a paragraph again costs what reading it did.
 */
function cutSentenceWarnings(file: string, paragraphs: readonly ArticleParagraph[]): Diagnostic[] {
  return paragraphs.flatMap((p) =>
    cutReports(splitSentences(p.text)).map(({ chars, pieces }) => ({
      level: 'warning' as const,
      file,
      line: p.line,
      message: `a sentence of ${chars} characters is over the ${MAX_SENTENCE_CHARS}-character limit: cut at clause boundaries into ${pieces} pieces, each read on its own, its evidence marked "…" where cut`,
    })),
  );
}

/** Every untitled-by-the-registry office-holder each article named, with the article's file and date. */
function unknownTellings(articles: readonly BuiltArticle[], facts: ReadonlyMap<string, ArticleFacts>): UnknownTelling[] {
  return articles.flatMap((a) =>
    (facts.get(a.id)?.unknown ?? []).map((u) => ({
      name: u.name,
      title: u.title,
      offices: u.offices,
      country: u.country,
      articleId: a.id,
      articleFile: a.file,
      articleDate: a.date,
    })),
  );
}

/** Whether an article names one of the found people by a full form, titled or not. */
function namesAny(table: LoadedNameTable, paragraphs: readonly ArticleParagraph[], found: readonly FoundPerson[]): boolean {
  const ids = new Set(found.map((f) => f.leader.id));
  return paragraphs.some((p) =>
    table.matcher.find(p.text).some((m) => {
      const meaning = table.meanings[m.id];
      return meaning?.kind === 'leader' && ids.has(meaning.leaderId);
    }),
  );
}

function prepareArticle(
  raw: RawArticle,
  registry: Registry,
  table: LoadedNameTable,
  today: string,
  rules: LanguageRules,
): { article: BuiltArticle; paragraphs: ArticleParagraph[] } {
  const cleaned = cleanArticle(raw.text);
  const rawLines = raw.text.split('\n');
  const isCaption = (line: number): boolean => stripPhotoCredit(rawLines[line - 1] ?? '') !== null || PHOTO_PLACEHOLDER.test(rawLines[line - 1] ?? '');
  // In the order of the file: a lead kept from above the headline is read before it, so the
  // headline's "the Deputy PM" can mean the person the lead named.
  const paragraphs: ArticleParagraph[] = [
    ...(cleaned.title ? [{ text: cleaned.title, line: cleaned.titleLine, caption: isCaption(cleaned.titleLine) }] : []),
    ...cleaned.paragraphs.map((p) => ({ text: p.text, line: p.line, caption: isCaption(p.line) })),
  ].sort((a, b) => a.line - b.line);
  const date = articleDate(
    { rawText: raw.text, headerDate: raw.headerDate, headerPartial: raw.headerPartial ?? null, title: cleaned.title, paragraphs: cleaned.paragraphs.map((p) => ({ text: p.text, caption: isCaption(p.line) })) },
    // Asked only when the article's date lacks a year: the titled names are read then, not always.
    (month, day) =>
      inferYear(registry, titledNames(paragraphs, registry, table, rules), paragraphs.map((p) => p.text).join('\n'), today, rules)(month, day),
  );
  const fileLines = paragraphs.map((p) => ({ ...p, line: p.line + raw.lineOffset }));
  return {
    article: {
      id: raw.id,
      file: raw.file,
      title: cleaned.title,
      date: date.date,
      dateInferred: date.inferred,
      dateSource: date.source,
      ...(raw.url !== undefined ? { url: raw.url } : {}),
      language: rules.code,
      paragraphs: cleaned.paragraphs.map((p) => ({ text: p.text, line: p.line + raw.lineOffset })),
    },
    paragraphs: fileLines,
  };
}

/** "Chủ tịch nước Lương Cường": names written with their titles, the evidence for a missing year. */
function titledNames(paragraphs: readonly ArticleParagraph[], registry: Registry, table: LoadedNameTable, rules: LanguageRules): TitledName[] {
  const ctx = newMentionContext(registry, null, rules);
  const seen = new Map<string, TitledName>();
  for (const p of paragraphs) {
    for (const s of splitSentences(p.text)) {
      for (const m of findMentions(s.text, ctx, table, true).mentions) {
        if (m.kind !== 'named' || m.titles.length === 0 || m.leaderIds.length !== 1) continue;
        const offices = [...new Set(m.titles.map((t) => t.office))];
        const key = `${m.leaderIds[0]}|${offices.join('+')}|${m.country ?? ''}`;
        seen.set(key, { leaderId: m.leaderIds[0]!, offices, country: m.country });
      }
    }
  }
  return [...seen.values()];
}

function assemble(
  registry: Registry,
  articles: readonly BuiltArticle[],
  facts: ReadonlyMap<string, ArticleFacts>,
  skipped: readonly { file: string; reason: string }[],
  found: readonly FoundPerson[],
): CorpusExport {
  const foundTitle = new Map(found.map((f) => [f.leader.id, f.title]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const sourced: SourcedMeeting[] = [];
  for (const a of articles) {
    facts.get(a.id)?.meetings.forEach((meeting, index) => sourced.push({ articleId: a.id, articleDate: a.date, index, meeting }));
  }
  const merged = mergeMeetings(sourced);
  const meetingIds = uniqueIds(
    merged.map((m) =>
      stableId('m', [...m.participants].sort().join(','), m.kind, m.when.date ?? m.when.approx ?? `${m.sources[0]!.articleId}|${m.sources[0]!.meeting.evidence}`),
    ),
  );
  const globalOf = new Map<string, string>();
  const meetings: ExportMeeting[] = merged.map((m, i) => {
    const id = meetingIds[i]!;
    for (const s of m.sources) globalOf.set(`${s.articleId}#${s.index}`, id);
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

  const quoteRows: Omit<ExportQuote, 'id'>[] = [];
  for (const a of articles) {
    const seen = new Set<string>();
    for (const q of facts.get(a.id)?.quotes ?? []) {
      const key = `${q.speakers.join(',')}|${q.text}`;
      if (seen.has(key)) continue; // a repeated caption or paragraph tells the same statement once
      seen.add(key);
      const meetingId = q.meeting === null ? null : (globalOf.get(`${a.id}#${q.meeting}`) ?? null);
      quoteRows.push({
        speakers: q.speakers,
        text: q.text,
        kind: q.kind,
        articleId: a.id,
        meetingId,
        date: (meetingId ? meetingDate.get(meetingId) : null) ?? byId.get(a.id)?.date ?? null,
        evidence: q.evidence,
      });
    }
  }
  const quoteIds = uniqueIds(quoteRows.map((q) => stableId('q', q.articleId, q.speakers.join(','), q.text)));
  const quotes: ExportQuote[] = quoteRows.map((q, i) => ({ id: quoteIds[i]!, ...q }));

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
