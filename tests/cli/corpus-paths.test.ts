import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCacheRoot, defaultCorpusDir, projectRoot, registryFileFor } from '../../src/cli/corpus-paths';
import { emptyFolder, tempCorpus } from './run-cli';

describe('registryFileFor', () => {
  it('uses the corpus folder\'s own leaders.json when it has one', () => {
    const dir = tempCorpus({}, { version: 1 });
    expect(registryFileFor(dir)).toBe(join(dir, 'leaders.json'));
  });

  it('falls back to the project registry', () => {
    expect(registryFileFor(emptyFolder())).toBe(join(defaultCorpusDir, 'leaders.json'));
  });
});

describe('defaultCacheRoot', () => {
  it('is .cache/leaderlens in the checkout, git-ignored', () => {
    expect(defaultCacheRoot({})).toBe(join(projectRoot, '.cache', 'leaderlens'));
    expect(readFileSync(join(projectRoot, '.gitignore'), 'utf8').split('\n')).toContain('.cache/');
  });

  it('follows LEADERLENS_CACHE_DIR', () => {
    expect(defaultCacheRoot({ LEADERLENS_CACHE_DIR: '/tmp/ll-cache' })).toBe('/tmp/ll-cache');
  });
});
