import { describe, expect, it } from 'vitest';
import { stableId, uniqueIds } from '../../src/corpus/stable-id';

describe('stableId', () => {
  it('is the same for the same parts and differs for different ones', () => {
    expect(stableId('m', 'a', 'b')).toBe(stableId('m', 'a', 'b'));
    expect(stableId('m', 'a', 'b')).not.toBe(stableId('m', 'ab', ''));
    expect(stableId('q', 'x')).toMatch(/^q-[0-9a-z]{13}$/);
  });
});

describe('uniqueIds', () => {
  it('numbers repeats in order', () => {
    expect(uniqueIds(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a-2', 'a-3']);
  });
});
