import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { previousShardTexts, shardTextsFile, writeShardTexts } from '../../src/cli/shard-texts';
import { INDEX_FORMAT_VERSION } from '../../src/index-data/format';
import { fileStamp } from '../../src/index-data/index-layout';

const card = {
  cards: {},
  meetings: {},
  quotes: {
    'q-1': { id: 'q-1', speakers: ['x'], text: 'words one', kind: 'reported', articleId: 'a', meetingId: null, date: null, evidence: 'sentence one' },
    'q-2': { id: 'q-2', speakers: ['x'], text: 'words two', kind: 'reported', articleId: 'b', meetingId: null, date: null, evidence: 'sentence two' },
  },
  articles: {},
};
const chunk = { records: [{ id: 'q-3', text: 'words three', kind: 'reported', date: null, speakers: ['x'], articleId: 'a' }] };

/** A folder holding a card shard and a quotes result chunk, its manifest listing their stamps, and the keys noted for it. */
function setUp(): { dir: string; file: string } {
  const work = mkdtempSync(join(tmpdir(), 'leaderlens-shard-texts-'));
  const dir = join(work, 'index');
  const files: Record<string, string> = {};
  for (const [path, data] of [['cards/0.json.gz', card], ['hits/quotes-q-3.json.gz', chunk]] as const) {
    const body = JSON.stringify(data);
    const stamp = fileStamp(body);
    files[path] = stamp;
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), gzipSync(`{"formatVersion":${INDEX_FORMAT_VERSION},"stamp":${JSON.stringify(stamp)},"data":${body}}`));
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ formatVersion: INDEX_FORMAT_VERSION, buildId: 'build-1', files }));
  const file = shardTextsFile(join(work, 'cache'), dir);
  writeShardTexts(file, 'v1', dir, [['a', 'key-a'], ['b', 'key-b'], ['c', undefined]]);
  return { dir, file };
}

const keys = (changed: Record<string, string> = {}) => (id: string) => changed[id] ?? `key-${id}`;

describe('the quotes\' texts of the previous folder\'s shards', () => {
  it('gives the words and sentences of the quotes of articles whose key is the same, from card shards and quote result chunks', () => {
    const { dir, file } = setUp();
    const texts = previousShardTexts(file, 'v1', dir)!;
    expect([...texts.quotesOf('cards/0.json.gz', keys())]).toEqual([
      ['q-1', { articleId: 'a', text: 'words one', evidence: 'sentence one' }],
      ['q-2', { articleId: 'b', text: 'words two', evidence: 'sentence two' }],
    ]);
    expect([...texts.quotesOf('hits/quotes-q-3.json.gz', keys())]).toEqual([['q-3', { articleId: 'a', text: 'words three' }]]);
    // An article whose key moved (changed, or read again): its quotes are fetched.
    expect([...texts.quotesOf('cards/0.json.gz', keys({ b: 'key-b2' }))].map(([id]) => id)).toEqual(['q-1']);
    expect(texts.quotesOf('hits/quotes-q-3.json.gz', () => undefined).size).toBe(0);
    // Paths that hold no quotes' words, or that the folder lacks.
    expect(texts.quotesOf('articles/0.json.gz', keys()).size).toBe(0);
    expect(texts.quotesOf('cards/1.json.gz', keys()).size).toBe(0);
  });

  it('gives nothing for a folder another build wrote, another version of the code, or a file that does not hash to its stamp', () => {
    const { dir, file } = setUp();
    expect(previousShardTexts(file, 'v2', dir)).toBeUndefined();
    const manifest = join(dir, 'manifest.json');
    const listed = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, listed.replace('build-1', 'build-2'));
    expect(previousShardTexts(file, 'v1', dir)).toBeUndefined();
    writeFileSync(manifest, listed);
    // The stamp kept, the words edited.
    const path = join(dir, 'cards/0.json.gz');
    writeFileSync(path, gzipSync(gunzipSync(readFileSync(path)).toString('utf8').replace('words one', 'words 1!')));
    expect(previousShardTexts(file, 'v1', dir)!.quotesOf('cards/0.json.gz', keys()).size).toBe(0);
    expect(previousShardTexts(file, 'v1', join(dir, 'absent'))).toBeUndefined();
  });
});
