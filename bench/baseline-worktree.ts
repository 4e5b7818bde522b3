/**
 * The project as it was at an earlier commit, checked out next to this one for a bench to run
 * "today's" code in the same run as the current code: `git worktree add --detach <tmp> <commit>`,
 * with this checkout's `node_modules` (and WXT's generated `.wxt/`, which its tsconfig extends)
 * linked in, so the old code runs with the same dependencies and the same TypeScript settings.
 * `remove()` takes the worktree away again; call it in a `finally`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BaselineWorktree {
  /** The worktree's root folder. */
  dir: string;
  /** The full hash of the checked-out commit. */
  commit: string;
  remove(): void;
}

/** Folders of the main checkout that are not in git but that running the code needs. */
const LINKED = ['node_modules', '.wxt'];

export function addBaselineWorktree(repo: string, commit: string): BaselineWorktree {
  const git = (args: string[], cwd = repo) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  // A worktree left behind by an interrupted run (its folder gone from the temp dir) is forgotten.
  git(['worktree', 'prune']);
  const parent = mkdtempSync(join(tmpdir(), 'leaderlens-baseline-'));
  const dir = join(parent, 'tree');
  try {
    git(['worktree', 'add', '--detach', dir, commit]);
  } catch (error) {
    rmSync(parent, { recursive: true, force: true });
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`could not check out ${commit} into a worktree: ${stderr || (error as Error).message}`, { cause: error });
  }
  const links: string[] = [];
  let removed = false;
  const remove = (): void => {
    if (removed) return;
    removed = true;
    // The links first, so nothing that removes the folder can follow them into this checkout.
    for (const link of links) unlinkSync(link);
    try {
      git(['worktree', 'remove', '--force', dir]);
    } finally {
      rmSync(parent, { recursive: true, force: true });
      git(['worktree', 'prune']);
    }
  };
  try {
    for (const name of LINKED) {
      const target = join(repo, name);
      if (!existsSync(target)) continue;
      const link = join(dir, name);
      symlinkSync(target, link, 'dir');
      links.push(link);
    }
    return { dir, commit: git(['rev-parse', 'HEAD'], dir), remove };
  } catch (error) {
    remove();
    throw error;
  }
}
