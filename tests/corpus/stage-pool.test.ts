import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StagePool } from '../../src/corpus/stage-pool';
import type { ReadReply } from '../../src/corpus/stage-worker';
import { buildNameTable } from '../../src/names/name-table';
import { readRegistryFile } from '../../src/registry/read-registry-file';

const CORPUS = join(import.meta.dirname, '../../corpus');
const registry = readRegistryFile(join(CORPUS, 'leaders.json'));
const seeds = readdirSync(join(CORPUS, 'articles')).sort().map((f) => join(CORPUS, 'articles', f));

// Real worker threads, started as the build starts them (through stage-worker-boot.mjs and tsx).
let pool: StagePool;
beforeAll(async () => {
  pool = StagePool.start(2);
  await pool.setUp({ registry, nameTable: buildNameTable(registry), registryHash: 'r', today: '2026-11-23', engine: 'e', cacheRoot: null });
}, 60_000);
afterAll(async () => {
  await pool?.close();
});

describe('StagePool', () => {
  it('starts the workers it was asked for', () => {
    expect(pool.size).toBe(2);
  });

  it('answers every request with its own result, however the workers share them', async () => {
    const replies = (await Promise.all([...seeds, ...seeds].map((path) => pool.request({ type: 'read', path })))) as ReadReply[];
    const titles = replies.map((r) => ('reading' in r.result ? r.result.reading.article.title : null));
    expect(titles.slice(0, seeds.length)).toEqual(titles.slice(seeds.length));
    expect(new Set(titles).size).toBe(seeds.length);
  });

  it('rejects a request the worker fails, with the worker\'s reason, and keeps serving', async () => {
    const read = (await pool.request({ type: 'read', path: seeds[0]! })) as ReadReply;
    if (!('reading' in read.result)) throw new Error('not read');
    await expect(pool.request({ type: 'reread', key: 'k', reading: read.result.reading })).rejects.toThrow(/a stage worker failed: second reading asked for before the registry was widened/);
    expect(((await pool.request({ type: 'read', path: seeds[0]! })) as ReadReply).result).toHaveProperty('reading');
  });
});
