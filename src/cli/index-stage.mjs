// `npm run build:index`: runs src/cli/build-index.ts as one JavaScript file bundled by esbuild,
// not through tsx's loader. Importing the index stage's 140 TypeScript modules through tsx took
// 0.9-1.0 s of CPU and 0.65 s of wall before it read anything; the bundle loads in under 0.3 s
// (docs/scale.md, "An added article, a fifteenth stop"), on every build, an added article's too.
//
// The bundle is kept under .cache/ (git-ignored) beside the sha256 of every source it was made
// from, and made again when one of them, Node or esbuild changed; checking them costs a few ms.
// Each module keeps its own `import.meta.url` (and `dirname`, `filename`): the stage's code finds
// its sources, its workers' entry files and the registry from there (engine-version.ts and the
// memos hash the very sources tsx would load), so the bundle builds what tsx would, byte for byte.
// Packages stay outside it and load from node_modules. Without esbuild, or when bundling fails,
// build-index.ts runs through tsx as before.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const ENTRY = join(HERE, 'build-index.ts');

/**
 * The bundle of `entry` in `dir`, made again unless every input still hashes as it did; null when
 * it cannot be made (no esbuild, a failed build). `log` is told why it was made.
 */
export async function bundledEntry(entry = ENTRY, dir = join(ROOT, '.cache', 'index-stage'), log = () => {}) {
  const file = join(dir, 'build-index.mjs');
  const manifestFile = join(dir, 'inputs.json');
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  const version = `${process.version} esbuild ${esbuild.version} ${entry}`;
  if (stillFresh(manifestFile, version)) return file;
  log('leaderlens: bundling the index stage (its sources changed)\n');
  try {
    const result = await esbuild.build({
      entryPoints: [entry],
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
    // Bundle first, then the list that vouches for it: a half-written pair is made again.
    const temp = `${file}.${process.pid}`;
    writeFileSync(temp, result.outputFiles[0].contents);
    renameSync(temp, file);
    writeFileSync(`${manifestFile}.${process.pid}`, JSON.stringify({ version, inputs }));
    renameSync(`${manifestFile}.${process.pid}`, manifestFile);
    return file;
  } catch {
    return null;
  }
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

// Run as `node src/cli/index-stage.mjs [build-index's arguments]`.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const bundle = await bundledEntry(ENTRY, undefined, (text) => process.stderr.write(text));
  if (bundle !== null) {
    await import(pathToFileURL(bundle).href);
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    await import(pathToFileURL(ENTRY).href);
  }
}
