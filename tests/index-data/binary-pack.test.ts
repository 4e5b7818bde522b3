import { describe, expect, it } from 'vitest';
import { decodePack, encodePack } from '../../src/index-data/binary-pack';

const roundTrip = (meta: unknown, arrays: Parameters<typeof encodePack>[1]) => decodePack(encodePack(meta, arrays).slice().buffer, 'test.bin');

describe('encodePack and decodePack', () => {
  it('give back the meta and every array with its values and type', () => {
    const { meta, arrays } = roundTrip(
      { kind: 'quotes', terms: ['lam', 'tô'] },
      { small: Uint32Array.from([0, 3, 255]), medium: Uint32Array.from([0, 70_000 >> 2, 65_535]), wide: Uint32Array.from([1, 70_000, 2 ** 32 - 2]), weights: Float32Array.from([0.25, 1]), fields: Uint8Array.from([1, 2]) },
    );
    expect(meta).toEqual({ kind: 'quotes', terms: ['lam', 'tô'] });
    expect(arrays.small).toEqual(Uint32Array.from([0, 3, 255]));
    expect(arrays.medium).toEqual(Uint32Array.from([0, 17_500, 65_535]));
    expect(arrays.wide).toEqual(Uint32Array.from([1, 70_000, 2 ** 32 - 2]));
    expect(arrays.weights).toEqual(Float32Array.from([0.25, 1]));
    expect(arrays.fields).toEqual(Uint8Array.from([1, 2]));
  });

  it('stores small unsigned values narrow, and keeps the field break (0xffffffff) through it', () => {
    const words = Uint32Array.from({ length: 1000 }, (_, i) => (i % 10 === 0 ? 0xffffffff : i));
    const narrow = encodePack(null, { words }).byteLength;
    const wide = encodePack(null, { words: Uint32Array.from(words, (w, i) => (i === 1 ? 70_000 : w)) }).byteLength;
    expect(narrow).toBeLessThan(wide * 0.6);
    expect(roundTrip(null, { words }).arrays.words).toEqual(words);
    expect(roundTrip(null, { w: Uint32Array.from([0xffffffff, 2]) }).arrays.w).toEqual(Uint32Array.from([0xffffffff, 2]));
    // 0xffff is a value of its own here, so the array cannot be stored in 16 bits with the break.
    expect(roundTrip(null, { w: Uint32Array.from([0xffff, 0xffffffff]) }).arrays.w).toEqual(Uint32Array.from([0xffff, 0xffffffff]));
  });

  it('refuses bytes that are not a pack, or a truncated one, naming the file', () => {
    expect(() => decodePack(new TextEncoder().encode('{"json":true}').buffer, 'search/x.bin')).toThrow('leaderlens index: search/x.bin is corrupt (not a Leaderlens pack)');
    const bytes = encodePack({ a: 1 }, { big: new Uint32Array(1000).fill(70_000) });
    expect(() => decodePack(bytes.slice(0, bytes.length - 8).buffer, 'search/x.bin')).toThrow('leaderlens index: search/x.bin is corrupt (array big runs past the end)');
    expect(() => decodePack(bytes.slice(0, 12).buffer, 'search/x.bin')).toThrow('leaderlens index: search/x.bin is corrupt (header runs past the end)');
  });
});
