import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { buildCorpus } from '../corpus/build-corpus';
import { buildExtensionIndex } from '../index-data/build-index';
import { INDEX_DIR_NAME } from '../index-data/format';
import { layoutIndex } from '../index-data/index-layout';
import { RegistryError } from '../registry';
import { defaultCorpusDir, projectRoot, registryFileFor } from './corpus-paths';
import type { CommandIo } from './run-corpus-command';
import { formatReport } from './diagnostics';
import { writeIndexFolder } from './write-index';

/** The generated, git-ignored folder WXT packages (see the `build:publicAssets` hook in wxt.config.ts). */
export const defaultIndexDir = join(projectRoot, 'generated', INDEX_DIR_NAME);

export const BUILD_INDEX_USAGE = 'usage: tsx src/cli/build-index.ts [--corpus DIR] [--out DIR] [--json FILE]';

/**
 * `npm run build:index`: builds the corpus, turns it into the extension index and writes it as the
 * index folder (src/index-data/index-layout.ts); the first half of `npm run build`. Prints
 * diagnostics and a one-line summary with the folder's size on stderr. Exit code 1 when the
 * registry or the build fails: a broken corpus must not ship. `--json FILE` also writes the whole
 * index as one JSON file, for tests that load it whole (`loadIndex`); the extension never reads it.
 */
export function runBuildIndex(argv: readonly string[], io: CommandIo): number {
  let corpusDir = defaultCorpusDir;
  let out = defaultIndexDir;
  let json: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if ((flag === '--corpus' || flag === '--out' || flag === '--json') && value !== undefined && !value.startsWith('--')) {
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
    const build = buildCorpus({ corpusDir, registryFile });
    const index = buildExtensionIndex(build);
    const size = writeIndexFolder(layoutIndex(index), out);
    if (json !== null) {
      mkdirSync(dirname(json), { recursive: true });
      writeFileSync(json, JSON.stringify(index));
    }
    const notes = formatReport(build.diagnostics, build.data.skipped);
    if (notes.length > 0) io.err(`${notes.join('\n')}\n`);
    io.err(
      `leaderlens: index ${relative(io.cwd, out) || out}: ${kb(size.bytes)} in ${size.files} files; ` +
        `${Object.keys(index.leaders).length} leaders, ${Object.keys(index.articles).length} articles, ` +
        `${Object.keys(index.meetings).length} meetings, ${Object.keys(index.quotes).length} quotes\n`,
    );
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`leaderlens build-index: ${error instanceof RegistryError ? 'the registry has errors:\n' : ''}${message}\n`);
    return 1;
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
