/**
 * Short ids derived from content, so the same corpus builds the same ids on every machine and
 * every run (ids are shared by the export, the card and the popup). FNV-1a, 64 bits, base 36.
 */
export function stableId(prefix: string, ...parts: readonly (string | null | undefined)[]): string {
  let hash = 0xcbf29ce484222325n;
  const text = parts.map((p) => p ?? '').join('\u0001');
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return `${prefix}-${hash.toString(36).padStart(13, '0')}`;
}

/** Makes ids unique in order of appearance: a second "m-x" becomes "m-x-2". */
export function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}
