import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawIcon, ICON_SIZES } from '../../src/cli/draw-icon';
import { encodePng } from '../../src/cli/encode-png';

const pixel = (rgba: Uint8Array, size: number, x: number, y: number): number[] => [...rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];

describe('drawIcon', () => {
  it('offers the sizes the stores ask for', () => {
    expect([...ICON_SIZES]).toEqual([16, 32, 48, 128]);
  });

  it('is transparent outside the rounded corners and opaque red inside the square', () => {
    const rgba = drawIcon(128);
    expect(pixel(rgba, 128, 0, 0)[3]).toBe(0);
    expect(pixel(rgba, 128, 100, 20)).toEqual([0xc8, 0x10, 0x2e, 255]);
  });

  it('has a yellow star at the lens centre and a white ring around it', () => {
    const rgba = drawIcon(128);
    expect(pixel(rgba, 128, 54, 54)).toEqual([0xff, 0xcd, 0x00, 255]);
    expect(pixel(rgba, 128, 54, 23)).toEqual([255, 255, 255, 255]);
  });

  it('smooths edges: some pixels are partly covered', () => {
    const alphas = new Set<number>();
    const rgba = drawIcon(32);
    for (let i = 3; i < rgba.length; i += 4) alphas.add(rgba[i]!);
    expect([...alphas].some((a) => a > 0 && a < 255)).toBe(true);
  });

  it.each([...ICON_SIZES])('public/icon/%i.png is what `npm run icons` draws', (size) => {
    const committed = readFileSync(new URL(`../../public/icon/${size}.png`, import.meta.url));
    expect(committed.equals(encodePng(size, size, drawIcon(size)))).toBe(true);
  });
});
