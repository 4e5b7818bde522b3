import { describe, expect, it } from 'vitest';
import { createRemountBackoff } from '../../src/page/remount-backoff';

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('createRemountBackoff', () => {
  it('allows the first remount at once', () => {
    expect(createRemountBackoff().allow()).toBe(true);
  });

  it('doubles the pause while the page keeps removing the host', () => {
    const c = clock();
    const backoff = createRemountBackoff({ now: c.now, baseMs: 1000, maxMs: 8000 });
    expect(backoff.allow()).toBe(true);
    expect(backoff.allow()).toBe(false);
    c.advance(1000);
    expect(backoff.allow()).toBe(true);
    c.advance(1000);
    expect(backoff.allow()).toBe(false);
    c.advance(1000);
    expect(backoff.allow()).toBe(true);
    c.advance(3999);
    expect(backoff.allow()).toBe(false);
    c.advance(1);
    expect(backoff.allow()).toBe(true);
  });

  it('never waits longer than the maximum', () => {
    const c = clock();
    const backoff = createRemountBackoff({ now: c.now, baseMs: 1000, maxMs: 4000, quietMs: 1e9 });
    for (let i = 0; i < 10; i++) {
      c.advance(4000);
      expect(backoff.allow()).toBe(true);
    }
  });

  it('allows a remount at once again after a quiet spell', () => {
    const c = clock();
    const backoff = createRemountBackoff({ now: c.now, baseMs: 1000, quietMs: 10_000 });
    backoff.allow();
    c.advance(1000);
    backoff.allow();
    c.advance(10_001);
    expect(backoff.allow()).toBe(true);
    expect(backoff.allow()).toBe(false);
  });

  it('allows a bounded number of remounts against a page that removes the host in a loop', () => {
    const c = clock();
    const backoff = createRemountBackoff({ now: c.now });
    let remounts = 0;
    for (let ms = 0; ms < 60_000; ms += 10) {
      if (backoff.allow()) remounts++;
      c.advance(10);
    }
    expect(remounts).toBeLessThanOrEqual(7);
  });
});
