import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildExtensionIndex } from '../../src/index-data/build-index';
import { MANIFEST_FILE, type IndexManifest } from '../../src/index-data/folder-format';
import { INDEX_FORMAT_VERSION } from '../../src/index-data/format';
import { csr, layoutIndex } from '../../src/index-data/index-layout';
import { fixtureBuild } from './fixture-build';

const index = buildExtensionIndex(fixtureBuild);
const files = layoutIndex(index);
const manifest = JSON.parse(new TextDecoder().decode(files.find((f) => f.path === MANIFEST_FILE)!.bytes)) as IndexManifest;
const json = (path: string) => {
  const file = files.find((f) => f.path === path)!;
  return JSON.parse((path.endsWith('.gz') ? gunzipSync(file.bytes) : Buffer.from(file.bytes)).toString('utf8')) as { formatVersion: number; buildId: string; data: Record<string, unknown> };
};

describe('layoutIndex', () => {
  it('writes the manifest last, with the format version, counts and the shard counts', () => {
    expect(files.at(-1)!.path).toBe(MANIFEST_FILE);
    expect(manifest.formatVersion).toBe(INDEX_FORMAT_VERSION);
    expect(manifest.counts).toEqual({ leaders: Object.keys(index.leaders).length, meetings: 5, quotes: 6, articles: 3 });
    expect(manifest.shards).toEqual({ cards: 1, articles: 1 });
    expect(manifest.search.quotes).toEqual({ docs: 6, blockSize: 4096, blocks: 1, hitChunk: 256 });
  });

  it('stamps every JSON file with the manifest\'s version and build id', () => {
    for (const path of ['matcher.json', 'leaders.json', 'cards/0.json.gz', 'articles/0.json.gz', 'hits/quotes-0.json.gz']) {
      expect(json(path)).toMatchObject({ formatVersion: INDEX_FORMAT_VERSION, buildId: manifest.buildId });
    }
  });

  it('is deterministic: the same index gives the same bytes and build id', () => {
    const again = layoutIndex(buildExtensionIndex(fixtureBuild));
    expect(again.map((f) => [f.path, Buffer.from(f.bytes).toString('base64')])).toEqual(files.map((f) => [f.path, Buffer.from(f.bytes).toString('base64')]));
  });

  it('gives a changed index a new build id', () => {
    const changed = layoutIndex({ ...index, registryAsOf: '2030-01-01', leaders: { ...index.leaders, 'to-lam': { ...index.leaders['to-lam']!, name: 'Tô Lâm (sửa)' } } });
    const other = JSON.parse(new TextDecoder().decode(changed.at(-1)!.bytes)) as IndexManifest;
    expect(other.buildId).not.toBe(manifest.buildId);
  });

  it('keeps article text out of card shards, and a quote\'s meeting in its speaker\'s shard', () => {
    const card = json('cards/0.json.gz').data as { articles: Record<string, object>; meetings: Record<string, object> };
    expect(Object.values(card.articles).every((article) => !('paragraphs' in article))).toBe(true);
    expect(card.meetings['m-cuong-2024']).toBeDefined();
  });

  it('cuts into as many shards as the sizes ask, every shard number written', () => {
    const small = layoutIndex(index, { cardShardBytes: 1, articleShardBytes: 1, blockSize: 2, hitChunk: 2 });
    const smallManifest = JSON.parse(new TextDecoder().decode(small.at(-1)!.bytes)) as IndexManifest;
    expect(smallManifest.shards.articles).toBe(3);
    expect(small.filter((f) => f.path.startsWith('articles/')).map((f) => f.path).sort()).toEqual(['articles/0.json.gz', 'articles/1.json.gz', 'articles/2.json.gz']);
    expect(smallManifest.search.quotes.blocks).toBe(3);
    expect(small.filter((f) => f.path.startsWith('hits/quotes-'))).toHaveLength(3);
  });
});

describe('the engine file (saved articles)', () => {
  it('writes the registry the build ended with, gzipped and stamped like every file, for the engine in the extension', () => {
    const engine = json('engine/registry.json.gz');
    expect(engine).toMatchObject({ formatVersion: INDEX_FORMAT_VERSION, buildId: manifest.buildId });
    expect((engine.data as { registry: { leaders: { id: string }[] } }).registry.leaders.map((l) => l.id)).toEqual(fixtureBuild.registry.leaders.map((l) => l.id));
  });

  it('leaves it out of an index built without it', () => {
    const { engine: _engine, ...without } = index;
    expect(layoutIndex(without).some((f) => f.path.startsWith('engine/'))).toBe(false);
  });
});

describe('csr', () => {
  it('puts lists one after another with their starts', () => {
    expect(csr([Uint32Array.from([1, 2]), new Uint32Array(0), Uint32Array.from([3])])).toEqual({ starts: Uint32Array.from([0, 2, 2, 3]), values: Uint32Array.from([1, 2, 3]) });
  });
});
