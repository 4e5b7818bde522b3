import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/**
 * Builds the index and the Chrome extension once before the e2e files run, so they always test
 * what `npm run build` produces from the current sources and corpus — never a stale `.output/`.
 * `LEADERLENS_E2E_SKIP_BUILD=1` skips it while iterating on a test against a build you just made.
 */
export default function setup(): void {
  if (process.env.LEADERLENS_E2E_SKIP_BUILD === '1') {
    if (!existsSync(join(root, '.output', 'chrome-mv3', 'manifest.json'))) {
      throw new Error('leaderlens e2e: LEADERLENS_E2E_SKIP_BUILD=1 but .output/chrome-mv3 is missing; run npm run build');
    }
    return;
  }
  try {
    // Vitest sets NODE_ENV=test, which the build would inherit: Vite then keeps development-only
    // code (a content script 1 KB bigger than the one `npm run build` ships). Test what ships.
    const { NODE_ENV: _vitestMode, ...env } = process.env;
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe', encoding: 'utf8', env });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    throw new Error(`leaderlens e2e: npm run build failed\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`);
  }
}
