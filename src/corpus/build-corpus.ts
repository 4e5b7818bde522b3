import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Registry } from '../registry';
import { readRegistryFile } from '../registry/read-registry-file';
import { isPresent, refusedPath } from '../files/refused-path';
import { buildNameTable, loadNameTable, type NameTable } from '../names/name-table';
import { readArticleFile, rereadArticle, type ArticleStageResult, type StageRegistry } from './article-stage';
import type { BuildCorpusOptions, CorpusBuild, Diagnostic } from './build-types';
import { mergeCorpus, widenRegistry, type AdmittedReading } from './corpus-merge';
import { ArticleAdmission, listArticleFiles, readArticleBytes, type ListedFile } from './read-articles';

export type { BuildCorpusOptions, BuiltArticle, CorpusBuild, Diagnostic } from './build-types';

const PROJECT_REGISTRY = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../corpus/leaders.json');

/**
 * Builds the corpus on this thread, one article after another: the plain version of the build,
 * and the oracle the parallel, cached build (build-corpus-parallel.ts) must equal byte for byte.
 * Both run the same two stages: the per-article stage (article-stage.ts) and the merge stage
 * (corpus-merge.ts).
 *
 * @example
 * const build = buildCorpus({ corpusDir: 'corpus' });
 * build.data.meetings.length; // 11
 */
export function buildCorpus(options: BuildCorpusOptions): CorpusBuild {
  const setup = openCorpus(options);
  const stage: StageRegistry = { registry: setup.registry, table: loadNameTable(setup.nameTable) };
  const results = setup.listed.map((listed): ArticleStageResult | { skip: string } => {
    if ('refused' in listed) return { skip: listed.refused };
    const read = readArticleBytes(listed.path);
    if ('unreadable' in read) return { skip: read.unreadable };
    return readArticleFile(read.bytes, stage, () => setup.today);
  });
  const admitted = admitReadings(setup.listed, results);
  const widening = widenRegistry(setup.registry, admitted.articles);
  if (widening) {
    for (const article of admitted.articles) {
      const again = rereadArticle(article.reading, widening.stage);
      if (again) article.reading = { ...article.reading, facts: again };
    }
  }
  return mergeCorpus({
    registry: widening?.registry ?? setup.registry,
    nameTable: widening?.nameTable ?? setup.nameTable,
    found: widening?.found ?? [],
    admitted: admitted.articles,
    folderProblems: setup.folderProblems,
    readWarnings: admitted.warnings,
    skipped: admitted.skipped,
  });
}

/** What both builds start from: the registry and its matcher, the day, the listed files. */
export interface OpenedCorpus {
  registryFile: string;
  registry: Registry;
  nameTable: NameTable;
  today: string;
  /** The articles folder's files in name order, or none when the folder is missing or refused. */
  listed: ListedFile[];
  folderProblems: Diagnostic[];
}

/**
 * Reads the registry (its errors throw `RegistryError`) and lists the articles folder. `nameTableOf`
 * compiles the registry's matcher (the parallel build passes one that remembers its tables:
 * name-table-memo.ts).
 */
export function openCorpus(options: BuildCorpusOptions, nameTableOf: (registry: Registry) => NameTable = buildNameTable): OpenedCorpus {
  const registryFile =
    options.registryFile ??
    (isPresent(join(options.corpusDir, 'leaders.json')) ? join(options.corpusDir, 'leaders.json') : PROJECT_REGISTRY);
  const registry = readRegistryFile(registryFile);
  const nameTable = nameTableOf(registry);
  const today = options.today ?? new Date().toISOString().slice(0, 10);

  const folderProblems: Diagnostic[] = [];
  const articlesDir = join(options.corpusDir, 'articles');
  // The folder itself may be a link out of the corpus: refused, not read (its files would be too).
  const folderRefused = existsSync(articlesDir) ? refusedPath(options.corpusDir, articlesDir) : null;
  if (!existsSync(articlesDir)) {
    folderProblems.push({ level: 'error', file: articlesDir, message: 'no articles/ folder in the corpus' });
  } else if (folderRefused) {
    folderProblems.push({ level: 'error', file: articlesDir, message: `articles folder ${folderRefused}; no article was read` });
  }
  const listed = existsSync(articlesDir) && !folderRefused ? listArticleFiles(articlesDir, { corpusDir: options.corpusDir }) : [];
  return { registryFile, registry, nameTable, today, listed, folderProblems };
}

/**
 * The stage's results, one per listed file in the same order, admitted in that order: duplicates
 * and refused files skipped, ids given (read-articles.ts, ArticleAdmission). `index` is the
 * article's place in `listed`.
 */
export function admitReadings(
  listed: readonly ListedFile[],
  results: readonly (ArticleStageResult | { skip: string })[],
): { articles: (AdmittedReading & { index: number })[]; skipped: ArticleAdmission['skipped']; warnings: ArticleAdmission['warnings'] } {
  const admission = new ArticleAdmission();
  const articles: (AdmittedReading & { index: number })[] = [];
  listed.forEach(({ file }, i) => {
    const result = results[i];
    if (result === undefined) throw new Error(`Leaderlens corpus: no stage result for ${file}`);
    const id = admission.admit(file, result);
    if (id !== null && 'reading' in result) articles.push({ id, file, reading: result.reading, index: i });
  });
  return { articles, skipped: admission.skipped, warnings: admission.warnings };
}
