/**
 * The Leaderlens icon, drawn in code: a red rounded square (the colour of Vietnam's flag) with a
 * white magnifying lens holding the flag's yellow star. Drawn as shapes over the unit square and
 * sampled SUBSAMPLES² times per pixel, so every store size (16 to 128 px) gets smooth edges from the
 * same drawing instead of a scaled bitmap.
 *
 * @example
 * const rgba = drawIcon(48); // 48 × 48 × 4 bytes, straight (not premultiplied) alpha
 */
export function drawIcon(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const colour = colourAt((px + (sx + 0.5) / SUBSAMPLES) / size, (py + (sy + 0.5) / SUBSAMPLES) / size);
          if (colour) {
            r += colour[0]; g += colour[1]; b += colour[2]; a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
        out[o + 3] = Math.round((255 * a) / (SUBSAMPLES * SUBSAMPLES));
      }
    }
  }
  return out;
}

/** The sizes Chrome Web Store and addons.mozilla.org ask for (toolbar 16/32, management 48, store 128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;

const SUBSAMPLES = 8;
type Rgb = readonly [number, number, number];
const RED: Rgb = [0xc8, 0x10, 0x2e];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const YELLOW: Rgb = [0xff, 0xcd, 0x00];

const LENS = { x: 0.42, y: 0.42, outer: 0.29, inner: 0.2 };

/** The colour of the topmost shape at (x, y) in the unit square, or null outside the icon. */
function colourAt(x: number, y: number): Rgb | null {
  if (!inRoundedSquare(x, y, 0.02, 0.2)) return null;
  const d = Math.hypot(x - LENS.x, y - LENS.y);
  if (d <= LENS.outer && d >= LENS.inner) return WHITE;
  if (nearSegment(x, y, 0.63, 0.63, 0.82, 0.82, 0.065)) return WHITE;
  if (inStar(x - LENS.x, y - LENS.y, STAR)) return YELLOW;
  return RED;
}

function inRoundedSquare(x: number, y: number, inset: number, radius: number): boolean {
  const lo = inset + radius, hi = 1 - inset - radius;
  const dx = Math.max(lo - x, 0, x - hi), dy = Math.max(lo - y, 0, y - hi);
  return Math.hypot(dx, dy) <= radius && x >= inset && x <= 1 - inset && y >= inset && y <= 1 - inset;
}

function nearSegment(x: number, y: number, x1: number, y1: number, x2: number, y2: number, halfWidth: number): boolean {
  const vx = x2 - x1, vy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((x - x1) * vx + (y - y1) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (x1 + t * vx), y - (y1 + t * vy)) <= halfWidth;
}

/** A five-pointed star, point up: its ten corners, tested by the even-odd rule. */
function starCorners(outer: number, inner: number): (readonly [number, number])[] {
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [radius * Math.cos(angle), radius * Math.sin(angle)] as const;
  });
}

const STAR = starCorners(0.15, 0.06);

function inStar(x: number, y: number, corners: readonly (readonly [number, number])[]): boolean {
  let inside = false;
  for (let i = 0, j = corners.length - 1; i < corners.length; j = i++) {
    const [xi, yi] = corners[i]!, [xj, yj] = corners[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
