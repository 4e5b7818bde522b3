// Runs a TypeScript entry of the index stage as one JavaScript file bundled by esbuild, not through
// tsx's loader: the main thread (index-stage.mjs, build-index.ts), the search thread
// (search-worker-boot.mjs, search-worker.ts) and the stage pool's workers
// (corpus/stage-worker-boot.mjs, stage-worker.ts). Importing the index stage's 140 TypeScript
// modules through tsx took 0.9-1.0 s of CPU and 0.65 s of wall before it read anything; the bundle
// loads in under 0.3 s (docs/scale.md, "An added article, a fifteenth stop"). A thread's own load
// through tsx costs it the same kind of time, on the other core (the sixteenth stop).
//
// Each bundle is kept in a folder of its own under .cache/ (git-ignored) beside the sha256 of every
// source it was made from, and made again when one of them, Node or esbuild changed; checking them
// costs a few ms. Each module keeps its own `import.meta.url` (and `dirname`, `filename`): the
// stage's code finds its sources, its workers' entry files and the registry from there
// (engine-version.ts and the memos hash the very sources tsx would load), so a bundle builds what
// tsx would, byte for byte. Packages stay outside it and load from node_modules. Without esbuild,
// or when bundling fails, the entry runs through tsx as before.
//
// Plain JavaScript: it runs before anything can load TypeScript (a worker thread starts as plain
// Node, `execArgv: []`), whether the build runs under Node, the tsx CLI, vitest or a script.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';

/** The project's root folder: esbuild works from it, and the bundles are kept under its .cache/. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The folder under .cache/ that keeps the bundle of the entry named `name` (`.cache/<name>/`). */
export function bundleDir(name) {
  return join(ROOT, '.cache', name);
}

/**
 * The bundle of `entry` in `dir` (`<entry's name>.mjs`, and `inputs.json` beside it), made again
 * unless every input still hashes as it did; null when it cannot be made (no esbuild, a failed
 * build). `log` is told why it was made.
 */
export async function bundledEntry(entry, dir, log = () => {}) {
  const file = join(dir, `${basename(entry).replace(/\.[cm]?[jt]sx?$/, '')}.mjs`);
  const manifestFile = join(dir, 'inputs.json');
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  const version = `${process.version} esbuild ${esbuild.version} ${entry}`;
  if (stillFresh(manifestFile, version)) return file;
  log(`leaderlens: bundling ${relative(ROOT, entry)} (its sources changed)\n`);
  try {
    const result = await esbuild.build({
      entryPoints: [entry],
      // The metafile's inputs are named from here, whatever folder Node was started in.
      absWorkingDir: ROOT,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node}`,
      packages: 'external',
      metafile: true,
      write: false,
      outfile: file,
      logLevel: 'silent',
      plugins: [ownImportMeta],
    });
    const inputs = {};
    for (const input of Object.keys(result.metafile.inputs)) {
      const path = resolve(ROOT, input);
      inputs[path] = sha256(readFileSync(path));
    }
    mkdirSync(dir, { recursive: true });
    // Bundle first, then the list that vouches for it: a half-written pair is made again. Two
    // threads of one process (the stage pool's workers) may make it at once: each its own temp file.
    const temp = `.${process.pid}.${threadId}`;
    writeFileSync(`${file}${temp}`, result.outputFiles[0].contents);
    renameSync(`${file}${temp}`, file);
    writeFileSync(`${manifestFile}${temp}`, JSON.stringify({ version, inputs }));
    renameSync(`${manifestFile}${temp}`, manifestFile);
    return file;
  } catch {
    return null;
  }
}

/**
 * Imports `entry`'s bundle (kept in `dir`), or `entry` itself through tsx when there is none;
 * answers which it loaded.
 */
export async function importEntry(entry, dir, log = () => {}) {
  const bundle = await bundledEntry(entry, dir, log);
  if (bundle !== null) {
    await import(pathToFileURL(bundle).href);
    return 'bundle';
  }
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
  return 'tsx';
}

/** Whether the list beside the bundle is of this version and every input it names hashes as listed. */
function stillFresh(manifestFile, version) {
  try {
    const { version: made, inputs } = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (made !== version || typeof inputs !== 'object' || inputs === null || Object.keys(inputs).length === 0) return false;
    for (const [path, hash] of Object.entries(inputs)) if (sha256(readFileSync(path)) !== hash) return false;
    return true;
  } catch {
    return false;
  }
}

function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Gives each bundled module of the project its own `import.meta.url`, `dirname` and `filename` (a
 * bundle has one for all, its own): written into the module as the strings they are under tsx.
 */
const ownImportMeta = {
  name: 'own-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.(ts|mts|js|mjs)$/ }, (args) => {
      if (args.path.includes(`${'/'}node_modules${'/'}`)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      const url = pathToFileURL(args.path).href;
      const contents = source.replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, field) =>
        JSON.stringify(field === 'url' ? url : field === 'dirname' ? dirname(args.path) : args.path),
      );
      return { contents, loader: args.path.endsWith('ts') ? 'ts' : 'js' };
    });
  },
};
