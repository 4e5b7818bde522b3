import { describe, expect, it } from 'vitest';
import { buildExtensionIndex } from '../../src/index-data/build-index';
import { INDEX_FORMAT_VERSION } from '../../src/index-data/format';
import { loadIndex } from '../../src/index-data/load-index';
import { fixtureBuild } from './fixture-build';

const json = (): Record<string, unknown> => JSON.parse(JSON.stringify(buildExtensionIndex(fixtureBuild)));

describe('loadIndex', () => {
  it('loads a built index with a working search engine', () => {
    const index = loadIndex(json());
    expect(index.leaders['to-lam']?.name).toBe('Tô Lâm');
    expect(index.searchIndex.leaders.ids).toContain('vladimir-putin');
    expect(index.searchIndex.leaders.terms).toContain('putin');
  });

  it('refuses an unknown format version with a message saying what to do', () => {
    expect(() => loadIndex({ ...json(), formatVersion: 1 })).toThrow(
      `leaderlens index: format version 1 is not supported (this build reads version ${INDEX_FORMAT_VERSION}); rebuild the index with \`npm run build\``,
    );
  });

  it('refuses something that is not an index', () => {
    expect(() => loadIndex([])).toThrow('leaderlens index: expected a JSON object');
    expect(() => loadIndex({ formatVersion: INDEX_FORMAT_VERSION })).toThrow(/leaderlens index: missing field\(s\) registryAsOf, matcher/);
  });
});
