import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { buildCorpusInParallel, type BuildStats } from '../corpus/build-corpus-parallel';
import { contentKeysOf } from '../corpus/content-keys';
import { buildExtensionIndex } from '../index-data/build-index';
import { INDEX_DIR_NAME } from '../index-data/format';
import { indexPayloads } from '../index-data/index-layout';
import { indexItems } from '../index-data/index-items';
import { RegistryError } from '../registry';
import { defaultCacheRoot, defaultCorpusDir, projectRoot, registryFileFor } from './corpus-paths';
import type { CommandIo } from './run-corpus-command';
import { formatReport } from './diagnostics';
import { formatBuildStats } from './format-build-stats';
import { collectGarbage } from './collect-garbage';
import { layoutCodeVersion, layoutMemoFile, noteIdentities, previousLayout, readLayoutMemo, remembered, writeLayoutMemo, type LayoutMemo } from './layout-memo';
import { folderStamps, writeIndexFolder } from './write-index';
import { readWordMemo, wordMemoFile, writeWordMemo } from './word-memo-file';
import { SearchThread } from './search-thread';
import { knownTextsUsed, StateTextMissing, withKnownText } from '../corpus/state-text';
import { previousShardTexts, shardTextsFile, writeShardTexts } from './shard-texts';
import { wordMemoStale, type WordMemo } from '../index-data/search-word-memo';
import type { LayoutKeys } from '../index-data/index-layout';
import { layoutKeysFile, readLayoutKeys, writeLayoutKeys } from './layout-keys';

/** The generated, git-ignored folder WXT packages (see the `build:publicAssets` hook in wxt.config.ts). */
export const defaultIndexDir = join(projectRoot, 'generated', INDEX_DIR_NAME);

export const BUILD_INDEX_USAGE = 'usage: tsx src/cli/build-index.ts [--corpus DIR] [--out DIR] [--json FILE] [--no-cache] [--no-state]';

/**
 * `npm run build:index`: builds the corpus, turns it into the extension index and writes it as the
 * index folder (src/index-data/index-layout.ts); the first half of `npm run build`. Prints
 * diagnostics and a one-line summary with the folder's size on stderr. Exit code 1 when the
 * registry or the build fails: a broken corpus must not ship. `--json FILE` also writes the whole
 * index as one JSON file, for tests that load it whole (`loadIndex`); the extension never reads it.
 * The per-article stage runs on every core and reuses the results cached by earlier builds
 * (src/corpus/build-corpus-parallel.ts) unless `--no-cache` is given. With a cache, the build keeps
 * a build state in it and takes unchanged articles from it (src/corpus/build-state.ts) instead of
 * their stage cache entries: at 10k articles about a tenth less CPU for an added article
 * (docs/scale.md, "an eleventh stop"). `--no-state` reads every article from the
 * stage cache instead (the path the state falls back to); `--state`, the earlier opt-in, is accepted.
 */
export async function runBuildIndex(argv: readonly string[], io: CommandIo): Promise<number> {
  let corpusDir = defaultCorpusDir;
  let out = defaultIndexDir;
  let json: string | null = null;
  let cache = true;
  let keepState = true;
  let thread: SearchThread | null = null;
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--no-cache') {
      cache = false;
    } else if (flag === '--state' || flag === '--no-state') {
      keepState = flag === '--state';
    } else if ((flag === '--corpus' || flag === '--out' || flag === '--json') && value !== undefined && !value.startsWith('--')) {
      if (flag === '--corpus') corpusDir = resolve(io.cwd, value);
      else if (flag === '--out') out = resolve(io.cwd, value);
      else json = resolve(io.cwd, value);
      i++;
    } else {
      io.err(`leaderlens build-index: unexpected argument "${flag}"\n${BUILD_INDEX_USAGE}\n`);
      return 2;
    }
  }
  try {
    const registryFile = registryFileFor(corpusDir);
    const cacheRoot = cache ? (io.cacheRoot === undefined ? defaultCacheRoot() : io.cacheRoot) : null;
    // With a cache, shards made from the same inputs as the folder's are not made again
    // (layout-memo.ts); without one, every file is made, and those whose stamp did not change are kept.
    const memoFile = cacheRoot === null ? null : layoutMemoFile(cacheRoot, out);
    const version = memoFile === null ? '' : layoutCodeVersion();
    const previous = memoFile === null ? undefined : previousLayout(out, readLayoutMemo(memoFile, version), folderStamps(out));
    // The cards' and result chunks' keys of the build that wrote the folder (layout-keys.ts): those
    // nothing on changed are not keyed again.
    const keysFile = memoFile === null || cacheRoot === null ? null : layoutKeysFile(cacheRoot, out);
    const previousKeys = keysFile === null || previous === undefined ? undefined : readLayoutKeys(keysFile, version, out);
    /** One build and write of the folder; `useState` as buildCorpusInParallel's option. */
    const make = async (useState: boolean) => {
      // Started now, it loads its code while the corpus is built (search-thread.ts); used only when
      // few articles were read afresh.
      thread = cacheRoot === null ? null : SearchThread.start();
      const note = (message: string) => io.err(`${message}\n`);
      const { build, stats } = await buildCorpusInParallel({ corpusDir, registryFile, cacheRoot, useState, keepState: keepState && cacheRoot !== null, note });
      let lap = performance.now();
      const index = buildExtensionIndex(build);
      const indexMs = performance.now() - lap;
      lap = performance.now();
      // The collections that keep a build from scratch under 1 GB (collect-garbage.ts) cost a third
      // of a second at 10k articles; when few articles were read afresh the folder's shards are
      // mostly kept unmade, so little JSON piles up, and only the first of them is made (below).
      const few = stats.files - stats.cachedFiles + (stats.rereads - stats.cachedRereads) <= FEW_READ_AFRESH;
      const collect = few ? () => {} : collectGarbage;
      // The search files on a thread of their own while this one makes the shards: on a build from
      // scratch the structures would then be in memory beside the shards' JSON, so only when few.
      if (!few && thread) {
        await thread.close();
        thread = null;
      }
      // The readings the merge read are garbage now: collected before the folder's JSON piles up.
      // Also when few were read afresh: V8 sizes its next full collection by the heap it saw at its
      // last, which came early in such a build (130-140 MB live, before the state is loaded), so
      // the state, the merge and the shards' JSON piled up to 500-540 MB before the first one could
      // free any of it; collected here, an added article's 10k build peaked at 854-912 MiB against
      // 923-1,081 MiB, its CPU unchanged (docs/scale.md, "An added article, a thirteenth stop").
      collectGarbage();
      const memo: LayoutMemo = new Map();
      // The search documents' words likewise (word-memo-file.ts): only new documents' text is read.
      const wordFile = cacheRoot === null ? null : wordMemoFile(cacheRoot, out);
      let words: WordMemo | undefined;
      let wordsKnown = 0;
      const previousWords = wordFile === null ? undefined : readWordMemo(wordFile, version);
      const keys = contentKeysOf(build);
      // The state articles' quotes in the shards made again: their texts from the previous folder's
      // files where the build can vouch for them (shard-texts.ts), not fetched one article at a time.
      // Noted by every build that keeps a state, used by those that take articles from it.
      const textsFile = keepState && keys && memoFile !== null && cacheRoot !== null ? shardTextsFile(cacheRoot, out) : null;
      const texts = textsFile === null || !useState ? undefined : previousShardTexts(textsFile, version, out);
      const knownBefore = knownTextsUsed();
      let layoutKeys: LayoutKeys | undefined;
      let keysKept = { cards: 0, chunks: 0 };
      const context = {
        keys,
        previous,
        ...(texts && keys ? { shardText: (path: string, make: () => string) => withKnownText(texts.quotesOf(path, keys.article), make) } : {}),
        beforeSearch: collect,
        words: { ...(previousWords ? { previous: previousWords } : {}), remember: (w: WordMemo, known: number) => void ((words = w), (wordsKnown = known)) },
        ...(thread ? { search: thread } : {}),
        ...(keysFile === null ? {} : { patch: { ...(previousKeys ? { previous: previousKeys } : {}), remember: (k: LayoutKeys, kept: typeof keysKept) => void ((layoutKeys = k), (keysKept = kept)) } }),
    };
    const size = await writeIndexFolder(remembered(indexPayloads(index, {}, context), memo), out);
    if (memoFile !== null) {
      // What lstat says of each file now, so the next build need not open them (layout-memo.ts).
      noteIdentities(out, memo);
      writeLayoutMemo(memoFile, version, memo);
    }
    // Written when the one read was missing or lacks, or holds beyond, more than a few of this
    // build's documents (search-word-memo.ts, wordMemoStale): not for an added article.
    if (wordFile !== null && words !== undefined && wordMemoStale(previousWords, words, wordsKnown)) writeWordMemo(wordFile, version, words);
    if (keysFile !== null && layoutKeys !== undefined) writeLayoutKeys(keysFile, version, out, layoutKeys);
    if (textsFile !== null && keys) writeShardTexts(textsFile, version, out, Object.keys(index.articles).map((id) => [id, keys.article(id)] as const));
    if (json !== null) {
      mkdirSync(dirname(json), { recursive: true });
      writeFileSync(json, JSON.stringify(index));
    }
    const writeMs = performance.now() - lap;
    return { build, stats, index, indexMs, writeMs, size, wordsKnown, keysKept, textsKnown: knownTextsUsed() - knownBefore };
    };
    let made: Awaited<ReturnType<typeof make>>;
    try {
      // The state's articles fetch their text when a shard being made reads it: only when the
      // folder's memo says few will be (without it every shard is made and every text fetched, and
      // with the shards' JSON that took 1.8 GB at 10k), and not for the whole index as JSON.
      made = await make(keepState && json === null && previous !== undefined);
    } catch (error) {
      // A state article whose text could not be fetched (corpus/state-text.ts): the folder was not
      // replaced (write-index.ts writes beside it), so the build is made again from the readings.
      if (!(error instanceof StateTextMissing)) throw error;
      io.err(`${error.message}; building again from the stage cache\n`);
      await (thread as SearchThread | null)?.close();
      thread = null;
      made = await make(false);
    }
    const { build, stats, index, indexMs, writeMs, size, wordsKnown, keysKept, textsKnown } = made;
    const notes = formatReport(build.diagnostics, build.data.skipped);
    if (notes.length > 0) io.err(`${notes.join('\n')}\n`);
    // Counted from the build's lists where the index's records were not made (index-items.ts).
    const items = indexItems(index);
    const counts = {
      leaders: Object.keys(index.leaders).length,
      articles: Object.keys(index.articles).length,
      meetings: items.meetings.list.length,
      quotes: items.quotes.list.length,
    };
    io.err(
      `leaderlens: index ${relative(io.cwd, out) || out}: ${kb(size.bytes)} in ${size.files} files (${size.written} written, ${size.files - size.written} unchanged); ` +
        `${counts.leaders} leaders, ${counts.articles} articles, ${counts.meetings} meetings, ${counts.quotes} quotes\n` +
        `leaderlens: ${formatBuildStats(stats, { index: indexMs, write: writeMs })}\n`,
    );
    if (io.statsFile) {
      const cpu = process.cpuUsage();
      const report: IndexStageReport = {
        build: stats,
        ms: { index: indexMs, write: writeMs },
        cpuMs: (cpu.user + cpu.system) / 1000,
        maxRssKb: process.resourceUsage().maxRSS,
        bytes: size.bytes,
        files: size.files,
        written: size.written,
        unmade: size.unmade,
        wordsKnown,
        keysKept,
        fromState: stats.fromState ?? 0,
        textsFetched: stats.textsFetched?.() ?? 0,
        textsKnown,
        counts: { ...counts, found: build.found.length, unknown: build.data.unknown.length, skipped: build.data.skipped.length },
        languages: Object.fromEntries(['vi', 'en'].map((code) => [code, build.articles.filter((a) => a.language === code).length])),
      };
      writeFileSync(io.statsFile, JSON.stringify(report));
    }
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`leaderlens build-index: ${error instanceof RegistryError ? 'the registry has errors:\n' : ''}${message}\n`);
    return 1;
  } finally {
    await (thread as SearchThread | null)?.close();
  }
}

/**
 * Up to this many articles read afresh (first and second readings together), the build skips the
 * collections it asks for on a build from scratch. The stage reads as many on the main thread
 * without starting its workers (corpus/build-corpus-parallel.ts).
 */
const FEW_READ_AFRESH = 32;

/**
 * What `npm run build:index` did, as JSON, for the bench (bench/build.bench.ts): written where
 * `LEADERLENS_STATS_FILE` says (build-index.ts passes it on as `io.statsFile`).
 */
export interface IndexStageReport {
  build: BuildStats;
  /** Building the extension index from the corpus, and laying it out and writing it as the index folder. */
  ms: { index: number; write: number };
  /** CPU time of the whole process, every thread, ms. */
  cpuMs: number;
  /** The process's peak resident memory, KB (the bench samples the whole process tree itself). */
  maxRssKb: number;
  /** Bytes of the index folder's files as written (shards already gzipped), and how many files. */
  bytes: number;
  files: number;
  /** Files this build wrote; the rest were the previous build's, unchanged and kept. */
  written: number;
  /** Of the files kept, those not even made again: the shards whose inputs had not changed (layout-memo.ts). */
  unmade: number;
  /** Search documents whose words the previous build's memo gave (word-memo-file.ts): their text was not read. */
  wordsKnown: number;
  /** Leaders' cards and result chunks whose inputs the previous build's layout keys gave (layout-keys.ts): not keyed again. */
  keysKept: { cards: number; chunks: number };
  /** Articles taken from the build state (corpus/build-state.ts), and of them those whose text the shards made had to fetch (corpus/state-text.ts). */
  fromState: number;
  textsFetched: number;
  /** Quotes' words or sentences of state articles read from the previous folder's files instead (shard-texts.ts). */
  textsKnown: number;
  counts: { leaders: number; articles: number; meetings: number; quotes: number; found: number; unknown: number; skipped: number };
  /** Articles by the language the engine read them in. */
  languages: Record<string, number>;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
