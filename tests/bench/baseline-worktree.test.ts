import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addBaselineWorktree } from '../../bench/baseline-worktree';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const isGitCheckout = (() => {
  try {
    return git('rev-parse', '--is-inside-work-tree') === 'true';
  } catch {
    return false;
  }
})();

// Against this checkout's own HEAD, so the test needs no particular history (CI may clone shallow).
describe.skipIf(!isGitCheckout)('addBaselineWorktree', () => {
  it('checks a commit out next to this checkout, with node_modules linked in, and removes it again', () => {
    const head = git('rev-parse', 'HEAD');
    const worktree = addBaselineWorktree(repo, head.slice(0, 7));
    try {
      expect(worktree.commit).toBe(head);
      expect(git('worktree', 'list', '--porcelain')).toContain(`worktree ${worktree.dir}`);
      expect(readFileSync(join(worktree.dir, 'package.json'), 'utf8')).toBe(git('show', 'HEAD:package.json') + '\n');
      if (existsSync(join(repo, 'node_modules'))) {
        expect(lstatSync(join(worktree.dir, 'node_modules')).isSymbolicLink()).toBe(true);
      }
    } finally {
      worktree.remove();
    }
    expect(existsSync(worktree.dir)).toBe(false);
    expect(git('worktree', 'list', '--porcelain')).not.toContain(worktree.dir);
    // The link went, not what it pointed to.
    expect(existsSync(join(repo, 'node_modules'))).toBe(true);
  });

  it('says which commit it could not check out', () => {
    expect(() => addBaselineWorktree(repo, 'no-such-commit-0000')).toThrow(/could not check out no-such-commit-0000 into a worktree/);
  });
});
