import { describe, expect, it } from 'vitest';
import { engineVersion, readingStamp } from '../../src/saved/engine-stamp';

describe('engineVersion', () => {
  it('is "unbuilt" where the build did not define it (unit tests)', () => {
    expect(engineVersion()).toBe('unbuilt');
  });
});

describe('readingStamp', () => {
  it('changes with the engine and with the index', () => {
    expect(readingStamp('e1', 'i1')).toBe('e1:i1');
    expect(readingStamp('e2', 'i1')).not.toBe(readingStamp('e1', 'i1'));
    expect(readingStamp('e1', 'i2')).not.toBe(readingStamp('e1', 'i1'));
  });
});
