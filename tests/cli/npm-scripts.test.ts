import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { root } from './run-cli';

/**
 * Through npm itself, as a reader types the commands: the export's stdout is the JSON alone (no
 * "> script" banner before it, DESIGN.md's contract), yet npm still reports its own errors.
 */
function npm(args: readonly string[]) {
  const result = spawnSync('npm', args, { cwd: root, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run, as the project configures npm', () => {
  it('prints the export as pure JSON on stdout, with the script banner kept off stdout', () => {
    const result = npm(['run', 'corpus', '--', 'export']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.startsWith('{')).toBe(true);
    expect(Object.keys(JSON.parse(result.stdout) as object)).toContain('leaders');
  });

  it('says so when a script name is wrong, instead of exiting 1 in silence', () => {
    const result = npm(['run', 'no-such-script']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Missing script: "no-such-script"');
  });
});
