import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * STYLE.md "What we take" #3 and #11: tests mirror src/, and every module has a test. A module
 * `src/<dir>/<file>.ts(x)` needs `tests/<dir>/<file>.test.ts(x)`, except the kinds below.
 */
const root = join(import.meta.dirname, '..', '..');

/** Barrels (re-exports only) and files of types and constants with no behaviour of their own. */
const TYPE_FILES = /(?:^|\/)(?:index|types|[a-z0-9-]+-types|format|protocol|card-props|services)\.ts$/;
/** Preact components (`CardView.tsx`): covered by component tests of the parts that use them. */
const COMPONENT = /(?:^|\/)[A-Z][A-Za-z0-9]*\.tsx$/;

/**
 * Modules tested through their only caller (or, for wiring that only runs in the built extension,
 * through the e2e test of that page), with the test that covers each. Keep this list short: a
 * module that grows behaviour of its own gets its own test and leaves the list.
 */
const TESTED_THROUGH_CALLER: Record<string, string> = {
  'src/cli/held-out-pages.ts': 'tests/e2e/held-out-pages.test.ts',
  'src/cli/make-icons.ts': 'tests/cli/draw-icon.test.ts',
  'src/cli/make-world-countries.ts': 'tests/registry/world-countries.test.ts',
  'src/cli/search-worker.ts': 'tests/cli/search-thread.test.ts',
  'src/cli/word-memo-file.ts': 'tests/cli/run-build-index.test.ts',
  'src/index-data/read-packaged-index.ts': 'tests/e2e/background.test.ts',
  'src/lookup/search-index.ts': 'tests/lookup/search.test.ts',
  'src/popup/mount-popup.tsx': 'tests/e2e/popup-page.test.ts',
  // Wiring of the real browser and IndexedDB (no fake-indexeddb here): the store's rules are
  // tested on memorySavedStore, which keeps the same ones; the database itself in Chromium.
  'src/saved/background-saved.ts': 'tests/e2e/saved-articles.test.ts',
  'src/saved/idb-saved-store.ts': 'tests/e2e/saved-articles.test.ts',
  'src/saved/ui/saved-services.ts': 'tests/e2e/saved-articles.test.ts',
  'src/settings/ui/start-options-page.tsx': 'tests/settings/ui/OptionsApp.test.tsx',
  'src/ui/card/render-card.tsx': 'tests/ui/card-view.test.tsx',
  'src/ui/card/use-language.ts': 'tests/ui/card-view.test.tsx',
  'src/ui/leader/start-leader-page.tsx': 'tests/e2e/leader-page.test.ts',
  'src/ui/reader/start-reader-page.tsx': 'tests/e2e/reader-page.test.ts',
  'src/ui/welcome/start-welcome-page.tsx': 'tests/e2e/welcome-page.test.ts',
};

function modulesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** `tests/<same path>.test.ts` or `.test.tsx`, whichever exists. */
function mirroredTest(module: string): string | null {
  const base = module.replace(/^src\//, 'tests/').replace(/\.tsx?$/, '');
  return ['.test.ts', '.test.tsx'].map((ext) => base + ext).find((path) => existsSync(join(root, path))) ?? null;
}

const needsOwnTest = (module: string): boolean => !TYPE_FILES.test(module) && !COMPONENT.test(module);

describe('every src module has a test', () => {
  const modules = modulesUnder('src');

  it('finds the modules of src/', () => {
    expect(modules.length).toBeGreaterThan(100);
    expect(modules).toContain('src/match/compile.ts');
  });

  it('has tests/<same path>.test.ts for every module not exempted', () => {
    const missing = modules.filter((module) => needsOwnTest(module) && !(module in TESTED_THROUGH_CALLER) && mirroredTest(module) === null);
    expect(missing, `modules without tests/<same path>.test.ts(x):\n${missing.join('\n')}`).toEqual([]);
  });

  it('lists in the allow-list only modules that exist, still lack their own test, and name a test that exists', () => {
    const stale = Object.entries(TESTED_THROUGH_CALLER).filter(
      ([module, test]) => !modules.includes(module) || !needsOwnTest(module) || mirroredTest(module) !== null || !existsSync(join(root, test)),
    );
    expect(stale.map(([module]) => module)).toEqual([]);
  });
});
