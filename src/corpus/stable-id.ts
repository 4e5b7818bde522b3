/**
 * Short ids derived from content, so the same corpus builds the same ids on every machine and
 * every run (ids are shared by the export, the card and the popup). FNV-1a, 64 bits, over the
 * UTF-16 code units of the parts joined by U+0001, base 36, padded to 13 digits.
 *
 * The 64-bit product is computed in two 32-bit halves: the same value as BigInt arithmetic (the
 * first version, kept as the oracle in tests/corpus/stable-id.test.ts), without a BigInt per
 * character, which made ids most of the merge's time at 250k quotes.
 */
export function stableId(prefix: string, ...parts: readonly (string | null | undefined)[]): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  const text = parts.map((p) => p ?? '').join('\u0001');
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    // (hi·2³² + lo) · (2⁴⁰ + 0x1b3) mod 2⁶⁴: lo·0x1b3 is below 2⁴¹, exact in a double.
    const low = lo * 0x1b3;
    hi = (Math.imul(hi, 0x1b3) + (lo << 8) + Math.floor(low / 0x100000000)) >>> 0;
    lo = low >>> 0;
  }
  return `${prefix}-${((BigInt(hi) << 32n) | BigInt(lo)).toString(36).padStart(13, '0')}`;
}

/**
 * Makes ids unique in order of appearance: a second "m-x" becomes "m-x-2". Nearly every id is new:
 * one look-up each in a set (a count is kept only for ids seen again), not a read and a write of
 * a count, at 280k quotes.
 */
export function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const again = new Map<string, number>();
  const out = new Array<string>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const size = seen.size;
    seen.add(id);
    if (seen.size !== size) {
      out[i] = id;
      continue;
    }
    const n = (again.get(id) ?? 1) + 1;
    again.set(id, n);
    out[i] = `${id}-${n}`;
  }
  return out;
}
