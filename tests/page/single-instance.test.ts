import { describe, expect, it, vi } from 'vitest';
import { claimInstance, INSTANCE_KEY } from '../../src/page/single-instance';

describe('claimInstance', () => {
  it('lets the first copy in a frame run', () => {
    expect(claimInstance({}, () => true)).toBe(true);
  });

  it('refuses a second copy while the first is alive', () => {
    const world = {};
    expect(claimInstance(world, () => true)).toBe(true);
    expect(claimInstance(world, () => true)).toBe(false);
  });

  it('lets a new copy replace one whose extension is gone, asking the old one (which ends it)', () => {
    const world = {};
    const oldAlive = vi.fn(() => false);
    claimInstance(world, oldAlive);
    const newAlive = () => true;
    expect(claimInstance(world, newAlive)).toBe(true);
    expect(oldAlive).toHaveBeenCalledOnce();
    expect(claimInstance(world, () => true)).toBe(false);
  });

  it('treats a copy that throws when asked as gone', () => {
    const world = {};
    claimInstance(world, () => {
      throw new Error('Extension context invalidated.');
    });
    expect(claimInstance(world, () => true)).toBe(true);
  });

  it('ignores anything but a function under the key (a value left by someone else)', () => {
    const world = { [INSTANCE_KEY]: true };
    expect(claimInstance(world, () => true)).toBe(true);
  });

  it('keeps separate frames apart', () => {
    expect(claimInstance({}, () => true)).toBe(true);
    expect(claimInstance({}, () => true)).toBe(true);
  });
});
