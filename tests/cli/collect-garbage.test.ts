import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/cli/collect-garbage';

describe('collectGarbage', () => {
  it('runs a full collection in Node, and again when asked again', () => {
    expect(collectGarbage()).toBe(true);
    expect(collectGarbage()).toBe(true);
  });

  it('frees what nothing refers to any more', async () => {
    let big: number[][] | null = Array.from({ length: 200 }, () => Array.from({ length: 10_000 }, (_, i) => i));
    const ref = new WeakRef(big);
    big = null;
    // A WeakRef's target is kept until the job that made it ends.
    await new Promise((done) => setImmediate(done));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });
});
