import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStageCache } from '../../src/corpus/stage-cache';
import { cachedRead, cachedReread, readEntryKey, readingKey, rereadEntryKey } from '../../src/corpus/stage-keys';

const bytes = Buffer.from('Chiều 8/11, hai bên hội đàm.');
const cache = () => openStageCache(mkdtempSync(join(tmpdir(), 'leaderlens-stage-keys-')), 'e'.repeat(64));

describe('readEntryKey', () => {
  it('changes with the bytes, the engine and the registry, and with nothing else', () => {
    const key = readEntryKey('engine-1', 'registry-1', bytes);
    expect(readEntryKey('engine-1', 'registry-1', Buffer.from(bytes))).toBe(key);
    expect(readEntryKey('engine-2', 'registry-1', bytes)).not.toBe(key);
    expect(readEntryKey('engine-1', 'registry-2', bytes)).not.toBe(key);
    expect(readEntryKey('engine-1', 'registry-1', Buffer.from('Chiều 9/11, hai bên hội đàm.'))).not.toBe(key);
  });
});

describe('cachedRead', () => {
  const result = { skip: 'empty file' };

  it('holds on any day for a reading that did not read the day, and only on its day for one that did', () => {
    const c = cache();
    c.set('a', { today: null, result });
    c.set('b', { today: '2026-11-23', result });
    expect(cachedRead(c, 'a', '2027-01-01')).toEqual({ result, key: 'a' });
    expect(cachedRead(c, 'b', '2026-11-23')).toEqual({ result, key: readingKey('b', '2026-11-23') });
    expect(cachedRead(c, 'b', '2026-11-24')).toBeUndefined();
    expect(readingKey('b', '2026-11-23')).not.toBe(readingKey('b', '2026-11-24'));
  });

  it('misses on an entry that is not a reading', () => {
    const c = cache();
    c.set('x', { today: 7, result });
    c.set('y', { today: null });
    expect(cachedRead(c, 'x', '2026-11-23')).toBeUndefined();
    expect(cachedRead(c, 'y', '2026-11-23')).toBeUndefined();
    expect(cachedRead(c, 'z', '2026-11-23')).toBeUndefined();
  });
});

describe('cachedReread', () => {
  it('gives facts, or null for an article that names nobody found, and misses otherwise', () => {
    const c = cache();
    const key = rereadEntryKey('engine-1', 'reading-1', 'widened-1');
    expect(rereadEntryKey('engine-1', 'reading-1', 'widened-2')).not.toBe(key);
    expect(cachedReread(c, key)).toBeUndefined();
    c.set(key, { facts: null });
    expect(cachedReread(c, key)).toEqual({ facts: null });
    c.set(key, { other: 1 });
    expect(cachedReread(c, key)).toBeUndefined();
  });
});
