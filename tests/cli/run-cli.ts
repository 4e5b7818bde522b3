import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
// The CLIs cache per-article results (src/corpus/stage-cache.ts); tests keep theirs out of the checkout.
const cacheDir = mkdtempSync(join(tmpdir(), 'leaderlens-cli-cache-'));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a CLI entry (`src/cli/corpus.ts`) as its own process, as `npm run corpus` does. */
export function runCli(entry: string, args: readonly string[], cwd = root): CliResult {
  const result = spawnSync(tsx, [join(root, entry), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: cwd, LEADERLENS_CACHE_DIR: cacheDir },
    timeout: 60_000,
    // Node's default (1 MB) is less than the export of a corpus with a 2 MB article.
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temp corpus folder holding a copy of the real articles, plus `extra` files (name → content). */
export function tempCorpus(extra: Record<string, string | Buffer> = {}, leadersJson?: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'leaderlens-corpus-'));
  cpSync(join(root, 'corpus', 'articles'), join(dir, 'articles'), { recursive: true });
  for (const [name, content] of Object.entries(extra)) writeFileSync(join(dir, 'articles', name), content);
  if (leadersJson !== undefined) writeFileSync(join(dir, 'leaders.json'), JSON.stringify(leadersJson, null, 2));
  return dir;
}

/** An empty temp folder, for a corpus without articles/. */
export function emptyFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'leaderlens-empty-'));
  mkdirSync(join(dir, 'other'));
  return dir;
}
