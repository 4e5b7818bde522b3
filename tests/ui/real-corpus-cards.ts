import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadIndex, type LoadedIndex } from '../../src/index-data/load-index';
import { cardFor, type Card } from '../../src/lookup/card';

/**
 * Cards built the way the background builds them: the real corpus through `buildCorpus` and the
 * extension index builder (`npm run build:index`, which runs both), loaded with `loadIndex` and
 * read with `cardFor`. No hand-made card JSON, so the tests see the shapes and the quirks (undated
 * recalls, inferred dates, long evidence) the corpus really has.
 *
 * The build runs in a child process because these tests run under happy-dom, where Vite
 * transforms modules for the browser and rewrites the corpus build's `new URL(…, import.meta.url)`
 * into a web asset path that Node's file APIs refuse.
 */
const root = join(import.meta.dirname, '..', '..');

function buildRealIndex(): LoadedIndex {
  const dir = mkdtempSync(join(tmpdir(), 'leaderlens-ui-index-'));
  try {
    const out = join(dir, 'index.json');
    execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli/build-index.ts', '--out', join(dir, 'folder'), '--json', out], {
      cwd: root,
      stdio: 'pipe',
    });
    return loadIndex(JSON.parse(readFileSync(out, 'utf8')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let cached: LoadedIndex | undefined;

export function realIndex(): LoadedIndex {
  cached ??= buildRealIndex();
  return cached;
}

/** The card of `leaderId` on a page dated `pageDate` that also names `pageLeaderIds`; throws for an unknown leader. */
export function realCard(leaderId: string, pageDate: string | null, pageLeaderIds: string[] = []): Card {
  const card = cardFor(realIndex(), leaderId, pageDate, pageLeaderIds, { today: '2026-01-15' });
  if (!card) throw new Error(`no card for ${leaderId} in the real corpus`);
  return card;
}
