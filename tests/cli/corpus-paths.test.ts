import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCorpusDir, registryFileFor } from '../../src/cli/corpus-paths';
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
