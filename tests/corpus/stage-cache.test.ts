import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStageCache, pruneEngines } from '../../src/corpus/stage-cache';

const KEY = 'ab'.repeat(32);
const temp = () => mkdtempSync(join(tmpdir(), 'leaderlens-stage-cache-'));

describe('openStageCache', () => {
  it('gives back what was stored under a key, and nothing for another key', () => {
    const cache = openStageCache(temp(), 'e'.repeat(64));
    cache.set(KEY, { facts: [1, 'hai'] });
    expect(cache.get(KEY)).toEqual({ facts: [1, 'hai'] });
    expect(cache.get('cd'.repeat(32))).toBeUndefined();
  });

  it('keeps each engine version in a folder of its own', () => {
    const root = temp();
    openStageCache(root, '1'.repeat(64)).set(KEY, 'old engine');
    expect(openStageCache(root, '2'.repeat(64)).get(KEY)).toBeUndefined();
  });

  it('treats a half-written, corrupt or misplaced entry as none, and a new set replaces it', () => {
    const cache = openStageCache(temp(), 'e'.repeat(64));
    cache.set(KEY, 'whole');
    const file = join(cache.dir, KEY.slice(0, 2), `${KEY}.json`);
    for (const junk of ['{"key":"' + KEY + '","value":"wh', 'not json', '{"key":"other","value":"x"}', 'null']) {
      writeFileSync(file, junk);
      expect(cache.get(KEY)).toBeUndefined();
    }
    cache.set(KEY, 'again');
    expect(cache.get(KEY)).toBe('again');
  });

  it('writes again into a folder removed since it was made, and leaves out what it cannot write', () => {
    const root = temp();
    const cache = openStageCache(root, 'e'.repeat(64));
    cache.set(KEY, 1);
    rmSync(cache.dir, { recursive: true, force: true });
    cache.set(KEY, 2);
    expect(cache.get(KEY)).toBe(2);
    // A file where the cache's folder should be: nothing can be written, and nothing throws.
    const blocked = openStageCache(join(root, 'file'), 'e'.repeat(64));
    writeFileSync(join(root, 'file'), 'not a folder');
    expect(() => blocked.set(KEY, 3)).not.toThrow();
    expect(blocked.get(KEY)).toBeUndefined();
  });

  it('leaves no temporary file behind', () => {
    const cache = openStageCache(temp(), 'e'.repeat(64));
    cache.set(KEY, 1);
    expect(readdirSync(join(cache.dir, KEY.slice(0, 2)))).toEqual([`${KEY}.json`]);
  });
});

describe('pruneEngines', () => {
  it('removes other engine versions unused for a day, and keeps recent ones and its own', () => {
    const root = temp();
    const now = Date.now();
    const cache = openStageCache(root, 'a'.repeat(64));
    const stale = join(root, `v1-${'b'.repeat(16)}`);
    const recent = join(root, `v1-${'c'.repeat(16)}`);
    const other = join(root, 'notes');
    for (const dir of [stale, recent, other]) mkdirSync(dir);
    const twoDaysAgo = (now - 2 * 86_400_000) / 1000;
    utimesSync(stale, twoDaysAgo, twoDaysAgo);
    utimesSync(other, twoDaysAgo, twoDaysAgo);
    pruneEngines(root, cache, now);
    expect([existsSync(cache.dir), existsSync(stale), existsSync(recent), existsSync(other)]).toEqual([true, false, true, true]);
  });
});
