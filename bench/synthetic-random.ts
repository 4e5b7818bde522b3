/**
 * A small seeded PRNG for the synthetic corpus. Benchmarks compare runs across days and machines, so
 * the same seed must give the same corpus byte for byte; `Math.random` cannot be seeded, and a
 * dependency for twenty lines is not worth it.
 */

/** A seed is a number or any string (hashed), so callers can write `seed: 'build-1k'`. */
export type Seed = number | string;

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A new Rng whose stream depends only on this seed and `label`, so adding draws in one part of
   * the generator does not shift every article after it. */
  fork(label: string): Rng;
}

/** FNV-1a over UTF-16 code units: enough spread for seeding, and stable across platforms. */
export function hashSeed(seed: Seed): number {
  const text = typeof seed === 'number' ? `n:${seed}` : `s:${seed}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function createRng(seed: Seed): Rng {
  // mulberry32: 32-bit state, full period 2^32, passes the statistical tests that matter for
  // picking words; integer arithmetic only, so results do not depend on the engine's float tricks.
  let state = hashSeed(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    chance(p) {
      return next() < p;
    },
    pick(items) {
      if (items.length === 0) throw new Error('synthetic: pick() from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    fork(label) {
      return createRng(`${String(seed)}/${label}`);
    },
  };
  return rng;
}

/** 16 lowercase hex digits, like the hash part of the real article file names. */
export function hex16(rng: Rng): string {
  let out = '';
  for (let i = 0; i < 16; i++) out += rng.int(0, 15).toString(16);
  return out;
}
