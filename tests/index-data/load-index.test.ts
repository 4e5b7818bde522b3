import { describe, expect, it } from 'vitest';
import { buildExtensionIndex } from '../../src/index-data/build-index';
import { loadIndex } from '../../src/index-data/load-index';
import { fixtureBuild } from './fixture-build';

const json = (): Record<string, unknown> => JSON.parse(JSON.stringify(buildExtensionIndex(fixtureBuild)));

describe('loadIndex', () => {
  it('loads a built index with a working search engine', () => {
    const index = loadIndex(json());
    expect(index.leaders['to-lam']?.name).toBe('Tô Lâm');
    expect(index.searchEngine.search('putin').length).toBeGreaterThan(0);
  });

  it('refuses an unknown format version with a message saying what to do', () => {
    expect(() => loadIndex({ ...json(), formatVersion: 2 })).toThrow(
      'leaderlens index: format version 2 is not supported (this build reads version 1); rebuild the index with `npm run build`',
    );
  });

  it('refuses something that is not an index', () => {
    expect(() => loadIndex([])).toThrow('leaderlens index: expected a JSON object');
    expect(() => loadIndex({ formatVersion: 1 })).toThrow(/leaderlens index: missing field\(s\) registryAsOf, matcher/);
  });
});
