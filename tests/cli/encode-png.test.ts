import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, encodePng } from '../../src/cli/encode-png';

/** Reads the chunks back: type, data, and whether the stored CRC matches. */
function chunks(png: Buffer): { type: string; data: Buffer; crcOk: boolean }[] {
  const out = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    const crcOk = png.readUInt32BE(at + 8 + length) === crc32(png.subarray(at + 4, at + 8 + length));
    out.push({ type, data, crcOk });
    at += 12 + length;
  }
  return out;
}

describe('crc32', () => {
  it('is the standard CRC-32 (check value of "123456789")', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});

describe('encodePng', () => {
  const pixels = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 1, 2, 3, 4]);
  const png = encodePng(2, 2, pixels);

  it('starts with the PNG signature and has IHDR, IDAT, IEND with correct CRCs', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const list = chunks(png);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(list.every((c) => c.crcOk)).toBe(true);
  });

  it('declares the size as 8-bit RGBA', () => {
    const ihdr = chunks(png)[0]!.data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9]]).toEqual([2, 2, 8, 6]);
  });

  it('stores each row after a filter byte 0, pixels unchanged', () => {
    const raw = inflateSync(chunks(png)[1]!.data);
    expect([...raw]).toEqual([0, ...pixels.slice(0, 8), 0, ...pixels.slice(8)]);
  });

  it('refuses pixel data of the wrong length and empty sizes', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow('encodePng: expected 16 bytes of RGBA, got 15');
    expect(() => encodePng(0, 1, new Uint8Array(0))).toThrow('encodePng: bad size 0×1');
  });
});
