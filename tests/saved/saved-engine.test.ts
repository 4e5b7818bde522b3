import { describe, expect, it } from 'vitest';
import { splitHeader } from '../../src/corpus/read-header';
import { readSavedArticle } from '../../src/saved/read-saved-article';
import { engineVersion, readingStamp } from '../../src/saved/engine-stamp';
import { loadEngine } from '../../src/saved/saved-engine';
import { seedLookups, VI_TEXT } from './saved-fixture';
import { seedBuild } from '../index-data/folder-files';

describe('loadEngine', () => {
  it("loads the build's registry and name table from the index folder, ready to read an article", async () => {
    const index = await seedLookups();
    const engine = await loadEngine(index);
    expect(engine.registry.leaders.map((l) => l.id)).toEqual(seedBuild().registry.leaders.map((l) => l.id));
    expect(readSavedArticle(splitHeader(VI_TEXT), engine, '2026-01-01').facts.meetings).toHaveLength(1);
  });

  it("stamps readings with the engine's version and the index's build id", async () => {
    const index = await seedLookups();
    expect((await loadEngine(index)).stamp).toBe(readingStamp(engineVersion(), index.buildId));
  });

  it('names the country a meeting place is, as the index shows it', async () => {
    const engine = await loadEngine(await seedLookups());
    expect(engine.placeCountries(['Lào', 'Phủ Chủ tịch', null])).toEqual({ Lào: { vi: 'Lào', en: 'Laos' } });
  });
});
