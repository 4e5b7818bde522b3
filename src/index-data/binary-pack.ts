/**
 * A binary container for typed arrays: the index's search structures are written as they sit in
 * memory, so the worker takes views of the bytes it read instead of parsing or rebuilding them.
 *
 * Layout: the 4 bytes `LLPK`, the header's length (uint32, little-endian), the header (UTF-8 JSON:
 * `meta` plus, per array, its name, stored type, length and byte offset), then each array at an
 * offset that is a multiple of 4. An unsigned 32-bit array whose values all fit in 8 or 16 bits is
 * stored that narrow and widened again when read: block-local document numbers and term ids of a
 * small vocabulary take half the space or less. 0xffffffff (`FIELD_BREAK` between the fields of a
 * document's words) does not count against the width: it is stored as the narrow type's largest value.
 */

/** The arrays a pack holds, by name. */
export type PackArrays = Record<string, Uint32Array | Float32Array | Uint8Array>;

type StoredType = 'u8' | 'u16' | 'u32' | 'f32';
interface ArrayEntry {
  name: string;
  /** How it is stored. */
  type: StoredType;
  /** What it is read back as: `u32` for a narrowed Uint32Array. */
  as: 'u8' | 'u32' | 'f32';
  length: number;
  offset: number;
  /** The array holds 0xffffffff (the search's field break), stored as the narrow type's largest value. */
  sentinel?: boolean;
}

const MAGIC = [0x4c, 0x4c, 0x50, 0x4b]; // "LLPK"

/**
 * Encodes `meta` (any JSON value) and `arrays` into one buffer (see the module comment).
 *
 * @example
 * const bytes = encodePack({ kind: 'quotes' }, { starts: new Uint32Array([0, 2]) });
 * decodePack(bytes.buffer, 'quotes.bin').arrays.starts; // Uint32Array [0, 2]
 */
export function encodePack(meta: unknown, arrays: PackArrays): Uint8Array<ArrayBuffer> {
  const entries: ArrayEntry[] = [];
  const bodies: Uint8Array[] = [];
  let offset = 0;
  for (const [name, array] of Object.entries(arrays)) {
    const { type, as, bytes, sentinel } = narrow(array);
    entries.push({ name, type, as, length: array.length, offset, ...(sentinel ? { sentinel } : {}) });
    bodies.push(bytes);
    offset += align4(bytes.byteLength);
  }
  const header = new TextEncoder().encode(JSON.stringify({ meta, arrays: entries }));
  const start = align4(8 + header.byteLength);
  const out = new Uint8Array(start + offset);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, header.byteLength, true);
  out.set(header, 8);
  entries.forEach((entry, i) => out.set(bodies[i]!, start + entry.offset));
  return out;
}

/**
 * Reads a buffer written by {@link encodePack}. Throws an error starting "leaderlens index:" and
 * naming `file` when the bytes are not a pack or an array runs past the end (a truncated or
 * corrupt file is refused, never half read).
 */
export function decodePack(buffer: ArrayBuffer, file: string): { meta: unknown; arrays: PackArrays } {
  const bytes = new Uint8Array(buffer);
  const corrupt = (why: string) => new Error(`leaderlens index: ${file} is corrupt (${why}); rebuild the index with \`npm run build\``);
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) throw corrupt('not a Leaderlens pack');
  const headerLength = new DataView(buffer).getUint32(4, true);
  if (8 + headerLength > bytes.length) throw corrupt('header runs past the end');
  let header: { meta: unknown; arrays: ArrayEntry[] };
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as typeof header;
  } catch {
    throw corrupt('unreadable header');
  }
  const start = align4(8 + headerLength);
  const arrays: PackArrays = {};
  for (const entry of header.arrays ?? []) {
    const width = entry.type === 'u8' ? 1 : entry.type === 'u16' ? 2 : 4;
    const at = start + entry.offset;
    if (!Number.isInteger(entry.length) || entry.length < 0 || at + entry.length * width > bytes.length) throw corrupt(`array ${entry.name} runs past the end`);
    arrays[entry.name] = view(buffer, entry, at);
  }
  return { meta: header.meta, arrays };
}

function view(buffer: ArrayBuffer, entry: ArrayEntry, at: number): Uint32Array | Float32Array | Uint8Array {
  switch (entry.type) {
    case 'f32':
      return new Float32Array(buffer, at, entry.length);
    case 'u32':
      return new Uint32Array(buffer, at, entry.length);
    case 'u16':
      // Widened by a native copy: the search code reads Uint32Array.
      return widen(new Uint32Array(new Uint16Array(buffer, at, entry.length)), entry.sentinel ? 0xffff : null);
    case 'u8':
      return entry.as === 'u8' ? new Uint8Array(buffer, at, entry.length) : widen(new Uint32Array(new Uint8Array(buffer, at, entry.length)), entry.sentinel ? 0xff : null);
  }
}

function widen(array: Uint32Array, sentinel: number | null): Uint32Array {
  if (sentinel !== null) for (let i = 0; i < array.length; i++) if (array[i] === sentinel) array[i] = SENTINEL;
  return array;
}

const SENTINEL = 0xffffffff;

function narrow(array: Uint32Array | Float32Array | Uint8Array): { type: StoredType; as: ArrayEntry['as']; bytes: Uint8Array; sentinel?: boolean } {
  const bytesOf = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  if (array instanceof Float32Array) return { type: 'f32', as: 'f32', bytes: bytesOf(array) };
  if (array instanceof Uint8Array) return { type: 'u8', as: 'u8', bytes: bytesOf(array) };
  let max = 0;
  let sentinel = false;
  for (let i = 0; i < array.length; i++) {
    const value = array[i]!;
    if (value === SENTINEL) sentinel = true;
    else if (value > max) max = value;
  }
  // The narrow type's largest value stands for the sentinel, so it may not be a value of its own.
  const limit = (top: number) => (sentinel ? max < top : max <= top);
  const mark = <T extends Uint8Array | Uint16Array>(narrowed: T, top: number): T => {
    if (sentinel) for (let i = 0; i < array.length; i++) if (array[i] === SENTINEL) narrowed[i] = top;
    return narrowed;
  };
  if (limit(0xff)) return { type: 'u8', as: 'u32', bytes: mark(Uint8Array.from(array), 0xff), sentinel };
  if (limit(0xffff)) return { type: 'u16', as: 'u32', bytes: bytesOf(mark(Uint16Array.from(array), 0xffff)), sentinel };
  return { type: 'u32', as: 'u32', bytes: bytesOf(array) };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
