import { describe, expect, it } from 'vitest';
import { checkSyncQuota, itemBytes, syncLimits } from '../../src/settings/sync-quota';

const limits = { perItem: 100, total: 250, maxItems: 3 };

describe('itemBytes', () => {
  it('counts the key and the JSON value in UTF-8 bytes', () => {
    expect(itemBytes('k', 'ab')).toBe(1 + 4);
    expect(itemBytes('k', 'Lâm')).toBe(1 + 6); // "Lâm" with quotes: â takes two bytes
  });
});

describe('syncLimits', () => {
  it('reads the browser\'s sync limits', () => {
    expect(syncLimits()).toEqual({ perItem: 8192, total: 102400, maxItems: 512 });
  });
});

describe('checkSyncQuota', () => {
  it('accepts a write within every limit', () => {
    expect(checkSyncQuota({ a: 'x' }, { b: 'y' }, [], limits)).toBeNull();
  });

  it('refuses one item over the per-item limit', () => {
    expect(checkSyncQuota({}, { big: 'x'.repeat(100) }, [], limits)).toEqual({ code: 'quota-item', key: 'big', bytes: 105, limit: 100 });
  });

  it('refuses a total over the limit, counting what is already stored', () => {
    expect(checkSyncQuota({ a: 'x'.repeat(90), b: 'x'.repeat(90) }, { c: 'x'.repeat(90) }, [], limits)).toMatchObject({ code: 'quota-total' });
  });

  it('counts removals as freed space', () => {
    expect(checkSyncQuota({ a: 'x'.repeat(90), b: 'x'.repeat(90) }, { c: 'x'.repeat(90) }, ['a'], limits)).toBeNull();
  });

  it('refuses more items than sync holds', () => {
    expect(checkSyncQuota({ a: 1, b: 2, c: 3 }, { d: 4 }, [], limits)).toEqual({ code: 'quota-items', count: 4, limit: 3 });
  });
});
