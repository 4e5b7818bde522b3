import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CorpusBuild } from '../corpus/build-corpus';
import { buildCorpusInParallel } from '../corpus/build-corpus-parallel';
import { loadNameTable } from '../names/name-table';
import { RegistryError } from '../registry';
import { defaultCacheRoot, defaultCorpusDir, registryFileFor } from './corpus-paths';
import { jsonChunks } from './json-chunks';
import { diagnosticsBesidesSkipped, formatDiagnostic, formatReport } from './diagnostics';
import { formatCoverage, registryCoverage } from '../registry/registry-coverage';
import { formatStats } from './format-stats';
import { CORPUS_USAGE, parseCorpusArgs, type CorpusCommand } from './parse-corpus-args';

/** Where a command writes: stdout carries the result (JSON, table), stderr everything else. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  /** The folder relative `--corpus` paths are read from. */
  cwd: string;
  /** The stage cache's root folder (default: corpus-paths.ts, defaultCacheRoot); null reads every article afresh. */
  cacheRoot?: string | null;
  /** `npm run build:index` only: where to write its report as JSON (run-build-index.ts, IndexStageReport). */
  statsFile?: string;
}

/** Exit codes: 0 done, 1 the registry or the build failed, 2 bad arguments. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * Runs `npm run corpus -- <export|stats|check> [--corpus DIR]` and returns the exit code. The
 * build validates the registry before reading any article; its errors (naming entry and field)
 * stop every command with exit code 1.
 *
 * @example
 * await runCorpusCommand(['export'], { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), cwd: process.cwd() }); // 0
 */
export async function runCorpusCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseCorpusArgs(argv);
  if (parsed.kind === 'help') {
    io.out(`${CORPUS_USAGE}\n`);
    return EXIT.ok;
  }
  if (parsed.kind === 'error') {
    io.err(`leaderlens corpus: ${parsed.message}\n\n${CORPUS_USAGE}\n`);
    return EXIT.usage;
  }
  const corpusDir = parsed.corpusDir === null ? defaultCorpusDir : resolve(io.cwd, parsed.corpusDir);
  if (!isFolder(join(corpusDir, 'articles'))) {
    io.err(`leaderlens corpus: ${corpusDir} has no articles/ folder (expected a folder laid out like corpus/)\n`);
    return EXIT.failed;
  }

  const registryFile = registryFileFor(corpusDir);
  let build: CorpusBuild;
  try {
    const cacheRoot = parsed.cache ? (io.cacheRoot === undefined ? defaultCacheRoot() : io.cacheRoot) : null;
    build = (await buildCorpusInParallel({ corpusDir, registryFile, cacheRoot })).build;
  } catch (error) {
    if (error instanceof RegistryError) io.err(`leaderlens corpus: the registry has errors:\n${error.message}\n`);
    else io.err(`leaderlens corpus: build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
  return report(parsed.command, build, registryFile, io);
}

function report(command: CorpusCommand, build: CorpusBuild, registryFile: string, io: CommandIo): number {
  const problems = formatReport(build.diagnostics, build.data.skipped);
  switch (command) {
    case 'export':
      // In pieces: the export of a large corpus is hundreds of MB as one string.
      for (const piece of jsonChunks(build.data, { indent: 2 })) io.out(piece);
      io.out('\n');
      io.err(lines(problems));
      return EXIT.ok;
    case 'stats':
      // The table ends with the skipped files; stderr gets only the other diagnostics.
      io.out(`${formatStats(build, loadNameTable(build.nameTable))}\n`);
      io.err(lines(diagnosticsBesidesSkipped(build.diagnostics, build.data.skipped).map(formatDiagnostic)));
      return EXIT.ok;
    case 'check': {
      const errors = build.diagnostics.filter((d) => d.level === 'error').length;
      const warnings = build.diagnostics.length - errors;
      io.out(
        lines([
          `registry ${registryFile}: ok (${build.registry.leaders.length} leaders)`,
          ...formatCoverage(registryCoverage(build.registry)),
          `articles: ${build.articles.length} read, ${build.data.skipped.length} skipped`,
          ...problems,
          `${errors} error(s), ${warnings} warning(s)`,
        ]),
      );
      return EXIT.ok;
    }
  }
}

function lines(items: readonly string[]): string {
  return items.length === 0 ? '' : `${items.join('\n')}\n`;
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
