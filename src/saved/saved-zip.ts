import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { ImportFile, SavedExport } from './saved-service';

/**
 * The export as a `.zip` laid out like `corpus/`: `articles/<id>.txt` (each article file as the
 * engine read it, ` date` and ` url` header lines first) and `manifest.json` (where each came
 * from). Unzipped into a folder DIR, `npm run corpus -- export --corpus DIR` reads it as it is:
 * the CLI reads `articles/` and, with no `leaders.json` there, the project's registry; it never
 * reads the manifest. Made with fflate (small, no dependencies); stored, not compressed, below
 * 1 KB a file, where deflate saves nothing.
 *
 * @example
 * const bytes = exportZip(await send({ type: 'export-saved' }));
 * download(bytes, 'leaderlens-saved-articles-2026-01-01.zip');
 */
export function exportZip(exported: SavedExport): Uint8Array {
  const entries: Zippable = {};
  for (const file of exported.files) entries[file.path] = [strToU8(file.text), { level: file.text.length < 1024 ? 0 : 6 }];
  entries['manifest.json'] = strToU8(`${JSON.stringify(exported.manifest, null, 2)}\n`);
  return zipSync(entries, { mtime: new Date(exported.manifest.exportedAt) });
}

/** The name an export is downloaded under, with its day. */
export function exportFileName(at: Date): string {
  return `leaderlens-saved-articles-${at.toISOString().slice(0, 10)}.zip`;
}

/** The article files in what the reader chose to import, and what was left out of a zip and why. */
export interface ImportFiles {
  files: ImportFile[];
  /** Files the import cannot read at all (a zip that is not one), with the reason. */
  refused: { file: string; reason: string }[];
}

/**
 * The article files of an import: a `.zip` is opened (fflate) and its `articles/*.txt` taken, as
 * the CLI reads a corpus folder, wherever that folder is in the zip (at its root, or inside one
 * folder as a zipped `corpus/` has it); a zip with no `articles/` folder gives every file it
 * holds. `manifest.json`, `leaders.json` and the folders a Mac adds (`__MACOSX/`) are not articles
 * and are passed over; anything else (a `.txt`, or a file of another kind) goes on as it is, to
 * be checked with the CLI's rules in the background, which says why it is refused.
 *
 * @example
 * importFiles([{ name: 'corpus.zip', bytes }]).files.map((f) => f.name); // ['a.txt', 'b.txt']
 */
export function importFiles(chosen: readonly ImportFile[]): ImportFiles {
  const out: ImportFiles = { files: [], refused: [] };
  for (const file of chosen) {
    if (!/\.zip$/i.test(file.name)) {
      out.files.push(file);
      continue;
    }
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(file.bytes);
    } catch (error) {
      out.refused.push({ file: file.name, reason: `${file.name}: not a zip file Leaderlens can open (${error instanceof Error ? error.message : String(error)}); nothing in it was imported` });
      continue;
    }
    const paths = Object.keys(entries)
      .filter((path) => !path.endsWith('/') && !path.startsWith('__MACOSX/'))
      .sort();
    const inArticles = paths.filter((path) => /(?:^|\/)articles\/[^/]+$/.test(path));
    const taken = inArticles.length > 0 ? inArticles : paths.filter((path) => !/(?:^|\/)(?:manifest|leaders)\.json$/.test(path));
    for (const path of taken) out.files.push({ name: path.slice(path.lastIndexOf('/') + 1), bytes: entries[path]! });
  }
  return out;
}
