import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildExtensionIndex } from '../../src/index-data/build-index';
import { indexPaths, MANIFEST_FILE, shardOf, type IndexManifest } from '../../src/index-data/folder-format';
import { INDEX_FORMAT_VERSION } from '../../src/index-data/format';
import { decodePack } from '../../src/index-data/binary-pack';
import type { ContentKeys } from '../../src/corpus/content-keys';
import { buildIdOf, csr, fileStamp, hitChunksOf, indexPayloads, layoutIndex, type IndexFile, type IndexPayload, type LayoutKeys, type PreviousLayout } from '../../src/index-data/index-layout';
import type { LeaderlensIndex } from '../../src/index-data/format';
import { fixtureBuild } from './fixture-build';

const index = buildExtensionIndex(fixtureBuild);
const files = layoutIndex(index);
const manifest = JSON.parse(new TextDecoder().decode(files.find((f) => f.path === MANIFEST_FILE)!.bytes)) as IndexManifest;
const json = (path: string, from: IndexFile[] = files) => {
  const file = from.find((f) => f.path === path)!;
  return JSON.parse((path.endsWith('.gz') ? gunzipSync(file.bytes) : Buffer.from(file.bytes)).toString('utf8')) as { formatVersion: number; stamp: string; data: Record<string, unknown> };
};
const manifestOf = (from: IndexFile[]) => JSON.parse(new TextDecoder().decode(from.at(-1)!.bytes)) as IndexManifest;

describe('layoutIndex', () => {
  it('writes the manifest last, with the format version, counts and the shard counts', () => {
    expect(files.at(-1)!.path).toBe(MANIFEST_FILE);
    expect(manifest.formatVersion).toBe(INDEX_FORMAT_VERSION);
    expect(manifest.counts).toEqual({ leaders: Object.keys(index.leaders).length, meetings: 5, quotes: 6, articles: 3 });
    expect(manifest.shards).toEqual({ cards: 1, articles: 1 });
    expect(manifest.search.quotes).toEqual({ docs: 6, blockSize: 4096, blocks: 1, hitChunk: 256 });
  });

  it('stamps every JSON file with the format version and a hash of its own content, which the manifest lists', () => {
    const firstQuoteChunk = files.find((f) => f.path.startsWith('hits/quotes-'))!.path;
    for (const path of ['matcher.json', 'leaders.json', 'cards/0.json.gz', 'articles/0.json.gz', firstQuoteChunk]) {
      const file = json(path);
      expect(file).toMatchObject({ formatVersion: INDEX_FORMAT_VERSION, stamp: manifest.files[path] });
      expect(file.stamp).toBe(fileStamp(JSON.stringify(file.data)));
    }
  });

  it('lists every file but itself in the manifest, and stamps the binary ones in their header', () => {
    expect(Object.keys(manifest.files).sort()).toEqual(files.slice(0, -1).map((f) => f.path).sort());
    const pack = files.find((f) => f.path === 'search/leaders.bin')!;
    expect(decodePack(new Uint8Array(pack.bytes).buffer, pack.path).meta).toMatchObject({ formatVersion: INDEX_FORMAT_VERSION, stamp: manifest.files['search/leaders.bin'] });
  });

  it('is deterministic: the same index gives the same bytes and build id', () => {
    const again = layoutIndex(buildExtensionIndex(fixtureBuild));
    expect(again.map((f) => [f.path, Buffer.from(f.bytes).toString('base64')])).toEqual(files.map((f) => [f.path, Buffer.from(f.bytes).toString('base64')]));
  });

  it('makes the build id of the files\' stamps, so a changed file gives a new one and the others keep theirs', () => {
    expect(manifest.buildId).toBe(buildIdOf(manifest.files));
    const changed = manifestOf(layoutIndex({ ...index, leaders: { ...index.leaders, 'to-lam': { ...index.leaders['to-lam']!, name: 'Tô Lâm (sửa)' } } }));
    expect(changed.buildId).not.toBe(manifest.buildId);
    const differ = Object.keys(manifest.files).filter((path) => changed.files[path] !== manifest.files[path]);
    // The leaders' records (search reads the name forms, which did not change): no other file.
    expect(differ).toEqual(['leaders.json']);
  });

  it('keeps article text out of card shards, and a quote\'s meeting in its speaker\'s shard', () => {
    const card = json('cards/0.json.gz').data as { articles: Record<string, object>; meetings: Record<string, object> };
    expect(Object.values(card.articles).every((article) => !('paragraphs' in article))).toBe(true);
    expect(card.meetings['m-cuong-2024']).toBeDefined();
  });

  it('cuts into as many shards as the sizes ask, a power of two no larger than the items, every shard number written', () => {
    const small = layoutIndex(index, { cardShardBytes: 1, articleShardBytes: 1, blockSize: 2, hitChunk: 2 });
    const smallManifest = manifestOf(small);
    expect(smallManifest.shards.articles).toBe(2); // 3 articles
    expect(small.filter((f) => f.path.startsWith('articles/')).map((f) => f.path).sort()).toEqual(['articles/0.json.gz', 'articles/1.json.gz']);
    expect(smallManifest.shards.cards).toBe(8); // 10 leaders
    expect(smallManifest.search.quotes.blocks).toBe(3);
    const quoteChunks = small.filter((f) => f.path.startsWith('hits/quotes-')).map((f) => (json(f.path, small).data as { records: unknown[] }).records.length);
    expect(quoteChunks.reduce((sum, n) => sum + n, 0)).toBe(6);
    expect(Math.max(...quoteChunks)).toBeLessThanOrEqual(8);
  });

  it('keeps the number of shards while the corpus grows a little, so an added article leaves the other shards as they are', () => {
    const cut = { cardShardBytes: 2000, articleShardBytes: 1500 };
    const before = manifestOf(layoutIndex(index, cut));
    const [id, article] = Object.entries(index.articles)[0]!;
    const grown = manifestOf(layoutIndex({ ...index, articles: { ...index.articles, [id]: { ...article, paragraphs: [...article.paragraphs, { text: 'Một đoạn nữa.', line: 99 }] } } }, cut));
    expect(grown.shards).toEqual(before.shards);
    expect(Object.keys(before.files).filter((path) => path.startsWith('articles/') && grown.files[path] !== before.files[path])).toHaveLength(1);
  });
});

describe('indexPayloads leaving unchanged shards unmade', () => {
  const cut = { cardShardBytes: 2000, articleShardBytes: 1500, hitChunk: 2 };
  const keysWith = (changed: string | null): ContentKeys => ({
    article: (id) => `article ${id}${id === changed ? ' changed' : ''}`,
    meeting: (id) => `meeting ${id}`,
  });
  const previousOf = (payloads: IndexPayload[]): PreviousLayout => {
    const made = new Map(payloads.filter((p) => p.inputs !== undefined).map((p) => [p.path, p]));
    return {
      stampOf: (path, inputs) => (made.get(path)?.inputs === inputs ? made.get(path)!.stamp! : undefined),
      entryOf: (path) => (made.has(path) ? { inputs: made.get(path)!.inputs!, stamp: made.get(path)!.stamp! } : undefined),
    };
  };
  const first = [...indexPayloads(index, cut, { keys: keysWith(null) })];

  it('gives every card, article and result shard and every search block the fingerprint of its inputs, and the other files none', () => {
    const keyed = first.filter((p) => p.inputs !== undefined).map((p) => p.path.split('/')[0]);
    expect(new Set(keyed)).toEqual(new Set(['cards', 'articles', 'hits', 'search']));
    expect(first.filter((p) => /^(cards|articles|hits)\/|^search\/[a-z]+-\d+\.bin\.gz$/.test(p.path)).every((p) => p.inputs !== undefined)).toBe(true);
    expect(first.filter((p) => p.path.startsWith('search/') && p.inputs !== undefined).map((p) => p.path)).toEqual(['search/meetings-0.bin.gz', 'search/quotes-0.bin.gz']);
    expect(first.every((p) => p.content !== null)).toBe(true);
  });

  it('leaves unmade, with the previous stamp, each shard the previous build made from the same inputs', () => {
    const again = [...indexPayloads(index, cut, { keys: keysWith(null), previous: previousOf(first) })];
    expect(again.filter((p) => p.content === null).map((p) => p.path)).toEqual(first.filter((p) => p.inputs !== undefined).map((p) => p.path));
    expect(again.map((p) => [p.path, p.stamp])).toEqual(first.map((p) => [p.path, p.stamp]));
    expect(again.at(-1)!.content).toBe(first.at(-1)!.content); // the same manifest
  });

  it('makes again the shards holding a changed item, and only those', () => {
    // The article only one meeting cites (two leaders' cards, one result chunk of meetings).
    const meeting = Object.values(index.meetings).find((m) => m.participants.includes('nguyen-phu-trong'))!;
    const articleId = meeting.sources[0]!.articleId;
    const again = [...indexPayloads(index, cut, { keys: keysWith(articleId), previous: previousOf(first) })];
    const made = again.filter((p) => p.inputs !== undefined && p.content !== null).map((p) => p.path);
    const shardOfLeader = (leader: string) => indexPaths.card(shardOf(leader, manifestOf(layoutIndex(index, cut)).shards.cards));
    expect(made.filter((path) => path.startsWith('cards/')).sort()).toEqual([...new Set(meeting.participants.map(shardOfLeader))].sort());
    expect(made.filter((path) => path.startsWith('articles/'))).toHaveLength(1);
    expect(made.filter((path) => path.startsWith('hits/quotes-'))).toEqual([]);
    expect(made.filter((path) => path.startsWith('hits/meetings-'))).toHaveLength(1);
  });

  it('makes every file without content keys, whatever the previous build made', () => {
    expect([...indexPayloads(index, cut, { previous: previousOf(first) })].every((p) => p.content !== null)).toBe(true);
  });
});

describe('indexPayloads patching the previous build\'s layout keys', () => {
  const cut = { cardShardBytes: 2000, articleShardBytes: 1500, hitChunk: 2 };
  const keysWith = (changed: string | null): ContentKeys => ({
    article: (id) => `article ${id}${id === changed ? ' changed' : ''}`,
    meeting: (id) => `meeting ${id}`,
  });
  /** The payloads' inputs by path, and the keys and counts the layout handed over. */
  const laid = (of: LeaderlensIndex, keys: ContentKeys, previous?: LayoutKeys) => {
    let remembered: LayoutKeys | undefined;
    let kept = { cards: -1, chunks: -1 };
    const payloads = [...indexPayloads(of, cut, { keys, patch: { ...(previous ? { previous } : {}), remember: (k, n) => void ((remembered = k), (kept = n)) } })];
    return { inputs: new Map(payloads.map((p) => [p.path, p.inputs])), payloads, keys: remembered!, kept };
  };
  const first = laid(index, keysWith(null));
  /** The first build's keys with every card's and chunk's inputs replaced: what is taken from them shows. */
  const stale: LayoutKeys = {
    ...first.keys,
    leaders: new Map([...first.keys.leaders].map(([id, [lists, , weight]]) => [id, [lists, `stale ${id}`, weight] as const])),
    chunks: new Map([...first.keys.chunks].map(([path, [lists]]) => [path, [lists, `stale ${path}`] as const])),
  };
  /** The leaders and chunks a layout from `stale` keyed afresh: those whose inputs are not the stale ones. */
  const keyedAfresh = (keys: LayoutKeys) => [
    ...[...keys.leaders].filter(([, [, inputs]]) => !inputs.startsWith('stale')).map(([id]) => id),
    ...[...keys.chunks].filter(([, [, inputs]]) => !inputs.startsWith('stale')).map(([path]) => path),
  ];
  /** The leaders and chunks whose inputs in `keys` are not the first layout's. */
  const movedFrom = (keys: LayoutKeys) => [
    ...[...keys.leaders].filter(([id, [, inputs]]) => first.keys.leaders.get(id)?.[1] !== inputs).map(([id]) => id),
    ...[...keys.chunks].filter(([path, [, inputs]]) => first.keys.chunks.get(path)?.[1] !== inputs).map(([path]) => path),
  ];

  it('gives the same inputs and files as keying every card and chunk, and remembers the same keys', () => {
    const again = laid(index, keysWith(null), first.keys);
    expect(again.inputs).toEqual(first.inputs);
    expect(again.payloads.map((p) => [p.path, p.stamp])).toEqual(first.payloads.map((p) => [p.path, p.stamp]));
    expect(again.keys).toEqual(first.keys);
    expect(again.kept).toEqual({ cards: first.keys.leaders.size, chunks: first.keys.chunks.size });
    expect(first.kept).toEqual({ cards: 0, chunks: 0 });
  });

  it('takes the inputs of every card and chunk on which nothing changed from the previous keys', () => {
    expect(keyedAfresh(laid(index, keysWith(null), stale).keys)).toEqual([]);
  });

  it('keys again the cards and chunks holding a changed article or meeting, and only those', () => {
    const meeting = Object.values(index.meetings).find((m) => m.participants.includes('nguyen-phu-trong'))!;
    const articleId = meeting.sources[0]!.articleId;
    const articleMoved = movedFrom(laid(index, keysWith(articleId)).keys);
    expect(articleMoved).toContain('nguyen-phu-trong');
    expect(articleMoved.some((path) => path.startsWith('hits/meetings-'))).toBe(true);
    const patched = laid(index, keysWith(articleId), stale);
    expect(keyedAfresh(patched.keys).sort()).toEqual(articleMoved.sort());
    expect(patched.keys.leaders.get('nguyen-phu-trong')).toEqual(laid(index, keysWith(articleId)).keys.leaders.get('nguyen-phu-trong'));
    const meetingChanged: ContentKeys = { article: keysWith(null).article, meeting: (id) => `meeting ${id}${id === meeting.id ? ' changed' : ''}` };
    const meetingMoved = movedFrom(laid(index, meetingChanged).keys);
    expect(meetingMoved).toEqual(expect.arrayContaining(meeting.participants.filter((id) => index.cards[id])));
    expect(keyedAfresh(laid(index, meetingChanged, stale).keys).sort()).toEqual(meetingMoved.sort());
  });

  it('keys again the cards and chunks a quote left (their lists changed), with the weights of the cards it was on', () => {
    const [quoteId, quote] = Object.entries(index.quotes).find(([, q]) => q.speakers.some((id) => index.cards[id]))!;
    const quotes = { ...index.quotes };
    delete quotes[quoteId];
    const cards = Object.fromEntries(Object.entries(index.cards).map(([id, card]) => [id, { ...card, quoteIds: card.quoteIds.filter((q) => q !== quoteId) }]));
    const fewer: LeaderlensIndex = { ...index, quotes, cards };
    const full = laid(fewer, keysWith(null));
    const patched = laid(fewer, keysWith(null), stale);
    const afresh = keyedAfresh(patched.keys);
    const speakers = quote.speakers.filter((id) => index.cards[id]);
    expect(afresh).toEqual(expect.arrayContaining(speakers));
    expect(afresh.sort()).toEqual(movedFrom(full.keys).sort());
    expect(afresh.length).toBeLessThan(first.keys.leaders.size + first.keys.chunks.size);
    for (const speaker of speakers) expect(patched.keys.leaders.get(speaker)).toEqual(full.keys.leaders.get(speaker));
    // The same shards as a layout without any previous keys (the cards' weights choose their number).
    expect(patched.payloads.map((p) => p.path)).toEqual(full.payloads.map((p) => p.path));
  });
});

describe('the engine file (saved articles)', () => {
  it('writes the registry the build ended with, gzipped and stamped like every file, for the engine in the extension', () => {
    const engine = json('engine/registry.json.gz');
    expect(engine).toMatchObject({ formatVersion: INDEX_FORMAT_VERSION, stamp: manifest.files['engine/registry.json.gz'] });
    expect((engine.data as { registry: { leaders: { id: string }[] } }).registry.leaders.map((l) => l.id)).toEqual(fixtureBuild.registry.leaders.map((l) => l.id));
  });

  it('leaves it out of an index built without it', () => {
    const { engine: _engine, ...without } = index;
    expect(layoutIndex(without).some((f) => f.path.startsWith('engine/'))).toBe(false);
  });
});

describe('hitChunksOf', () => {
  const ids = Array.from({ length: 5000 }, (_, i) => `q-${(i * 7919).toString(36).padStart(8, '0')}`);

  it('cuts the documents into runs of about the average, none shorter than a quarter of it but the last, none longer than four times it', () => {
    const { starts, names } = hitChunksOf(ids, 64);
    expect(starts[0]).toBe(0);
    expect(names).toEqual(starts.map((start) => ids[start]));
    const sizes = starts.map((start, i) => (starts[i + 1] ?? ids.length) - start);
    expect(sizes.slice(0, -1).every((size) => size >= 16 && size <= 256)).toBe(true);
    expect(ids.length / starts.length).toBeGreaterThan(40);
    expect(ids.length / starts.length).toBeLessThan(90);
  });

  it.each([0, 2500, 4999])('keeps every chunk but the one or two around a document added at %i, by name and content', (at) => {
    const chunks = (list: readonly string[]) => {
      const { starts, names } = hitChunksOf(list, 64);
      return new Map(names.map((name, i) => [name, list.slice(starts[i], starts[i + 1] ?? list.length).join()]));
    };
    const before = chunks(ids);
    const after = chunks([...ids.slice(0, at), 'q-added', ...ids.slice(at)]);
    const changed = [...after].filter(([name, docs]) => before.get(name) !== docs);
    expect(changed.length).toBeLessThanOrEqual(2);
    expect([...before.keys()].filter((name) => !after.has(name)).length).toBeLessThanOrEqual(1);
  });
});

describe('csr', () => {
  it('puts lists one after another with their starts', () => {
    expect(csr([Uint32Array.from([1, 2]), new Uint32Array(0), Uint32Array.from([3])])).toEqual({ starts: Uint32Array.from([0, 2, 2, 3]), values: Uint32Array.from([1, 2, 3]) });
  });
});
