/**
 * `JSON.stringify(value, null, indent)` in pieces: the build writes an index of hundreds of MB
 * (a 10k-article corpus gives ~200 MB), and one string of it, with its UTF-8 copy and its gzip,
 * was most of the build's peak memory. The pieces, joined, are exactly the string `JSON.stringify`
 * gives (tests/cli/json-chunks.test.ts compares them), so what is written does not change.
 *
 * Objects and arrays are opened here down to `depth` levels; below that, each entry is one
 * `JSON.stringify` call. Values are plain data (no `toJSON`, no cycles): the index and the export.
 *
 * @example
 * [...jsonChunks({ a: [1, 2] }, { indent: 2 })].join('') === JSON.stringify({ a: [1, 2] }, null, 2); // true
 */
export function* jsonChunks(value: unknown, options: { indent?: number; depth?: number } = {}): Generator<string> {
  const indent = options.indent ?? 0;
  yield* chunksOf(value, indent, 0, options.depth ?? 2);
}

function* chunksOf(value: unknown, indent: number, level: number, depth: number): Generator<string> {
  if (level >= depth || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield leaf(value, indent, level);
    return;
  }
  const open = indent > 0 ? `\n${' '.repeat(indent * (level + 1))}` : '';
  const close = indent > 0 ? `\n${' '.repeat(indent * level)}` : '';
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i > 0 ? ',' : ''}${open}`;
      // An array keeps its length: what JSON cannot hold is written as null.
      const item: unknown = value[i];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null';
      else yield* chunksOf(item, indent, level + 1, depth);
    }
    yield `${close}]`;
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    // An object drops what JSON cannot hold, as JSON.stringify does.
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    yield `${first ? '{' : ','}${open}${JSON.stringify(key)}:${indent > 0 ? ' ' : ''}`;
    first = false;
    yield* chunksOf(item, indent, level + 1, depth);
  }
  yield first ? '{}' : `${close}}`;
}

/** One value, stringified whole and indented for its level: JSON strings hold no raw line breaks. */
function leaf(value: unknown, indent: number, level: number): string {
  const text = JSON.stringify(value, null, indent);
  return indent > 0 && level > 0 ? text.replaceAll('\n', `\n${' '.repeat(indent * level)}`) : text;
}
