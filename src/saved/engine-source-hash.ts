import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The folders whose code decides what the engine reads from an article: the corpus engine, the
 * language descriptors, the name table and matcher, text folding, the registry's rules, the model,
 * and the saved articles' own reading (src/saved, its options-page parts in `ui/` aside). A change
 * in any of them is a new engine.
 */
export const ENGINE_SOURCE_DIRS = ['src/corpus', 'src/lang', 'src/names', 'src/match', 'src/text', 'src/registry', 'src/model', 'src/saved'] as const;

/**
 * A hash of the engine's sources (every `.ts` file of {@link ENGINE_SOURCE_DIRS}, by path and
 * content, in path order), 16 hex digits. Node only: wxt.config.ts builds it into the extension
 * as `__LEADERLENS_ENGINE__` (engine-stamp.ts).
 *
 * @example
 * engineSourceHash(process.cwd()); // '9c1f0e…'
 */
export function engineSourceHash(root: string): string {
  const hash = createHash('sha256');
  const files = ENGINE_SOURCE_DIRS.flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
      .filter((file) => !file.startsWith('src/saved/ui/')),
  ).sort();
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex').slice(0, 16);
}
