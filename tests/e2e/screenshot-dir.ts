import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect } from 'vitest';

const repoRoot = join(import.meta.dirname, '..', '..');

/** Where a plain test run writes its screenshots: git-ignored, so it never dirties the tree. */
const SCRATCH = '.screenshots';

/**
 * Where the e2e tests write screenshots, created if missing. `npm run screenshots` sets
 * `LEADERLENS_SCREENSHOTS=docs/screenshots` to rewrite the README's (committed) images; any other
 * run (`npm test`) renders the same screens into `.screenshots/`, so the suite never rewrites a
 * tracked file. A relative value is taken from the repository root, not the shell's directory.
 */
export function screenshotDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = resolve(repoRoot, env.LEADERLENS_SCREENSHOTS || SCRATCH);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Checks a screenshot a test just wrote: it is there and not empty and, unless the run asked for
 * screenshots (`npm run screenshots`), git ignores it. A tracked file (docs/screenshots/card.png)
 * is never "ignored" to `git check-ignore`, so a test that writes one under `npm test` fails here.
 * Outside a git checkout (a source tarball) only the first two are checked.
 */
export function expectScreenshot(path: string, env: NodeJS.ProcessEnv = process.env): void {
  expect(existsSync(path) ? statSync(path).size : 0, `${path} was not written`).toBeGreaterThan(1000);
  if (env.LEADERLENS_SCREENSHOTS) return;
  const check = spawnSync('git', ['check-ignore', '--quiet', relative(repoRoot, path)], { cwd: repoRoot });
  if (check.status === 128 || check.error) return; // not a git checkout
  expect(check.status, `npm test wrote ${relative(repoRoot, path)}, which git does not ignore: write to screenshotDir()`).toBe(0);
}
