import { describe, expect, it } from 'vitest';
import { buildExtensionIndex } from '../../src/index-data/build-index';
import { lazyIndex } from '../../src/index-data/lazy-index';
import { fixtureBuild } from './fixture-build';

const text = JSON.stringify(buildExtensionIndex(fixtureBuild));

describe('lazyIndex', () => {
  it('reads nothing until asked, then reads once for every later request', async () => {
    let reads = 0;
    const getIndex = lazyIndex(async () => {
      reads++;
      return JSON.parse(text);
    });
    expect(reads).toBe(0);
    const [a, b] = await Promise.all([getIndex(), getIndex()]);
    expect(a).toBe(b);
    await getIndex();
    expect(reads).toBe(1);
  });

  it('tries again on the next request after a failed read', async () => {
    let reads = 0;
    const getIndex = lazyIndex(async () => {
      reads++;
      if (reads === 1) throw new Error('disk hiccup');
      return JSON.parse(text);
    });
    await expect(getIndex()).rejects.toThrow('disk hiccup');
    expect((await getIndex()).leaders['to-lam']).toBeDefined();
  });
});
