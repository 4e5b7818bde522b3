import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/cli/json-chunks';

const joined = (value: unknown, options: { indent?: number; depth?: number } = {}) => [...jsonChunks(value, options)].join('');

// JSON.stringify is the oracle: every case is compared with it, compact and indented.
const CASES: [string, unknown][] = [
  ['a number', 1],
  ['a string with quotes, a line break and Vietnamese', 'Tô Lâm nói: "xin chào"\nhết'],
  ['null', null],
  ['an empty object and array', { a: {}, b: [] }],
  ['nested objects and arrays', { a: [1, { b: [2, 3], c: 'x' }], d: { e: { f: { g: [] } } } }],
  ['undefined in an object is dropped, in an array written null', { a: undefined, b: [undefined, 1], c: 2 }],
  ['a Date uses its toJSON', { when: new Date('2025-12-01T00:00:00Z') }],
  ['keys that need escaping', { 'a"b': 1, 'c\nd': [true, false] }],
];

describe('jsonChunks', () => {
  it.each(CASES)('joins to what JSON.stringify gives: %s', (_what, value) => {
    for (const depth of [0, 1, 2, 5]) {
      expect(joined(value, { depth })).toBe(JSON.stringify(value));
      expect(joined(value, { depth, indent: 2 })).toBe(JSON.stringify(value, null, 2));
    }
  });

  it('gives the seed registry in many pieces that join to its JSON', () => {
    const registry: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '../../corpus/registry/vn.json'), 'utf8'));
    const pieces = [...jsonChunks(registry, { depth: 2 })];
    expect(pieces.length).toBeGreaterThan(20);
    expect(pieces.join('')).toBe(JSON.stringify(registry));
    expect([...jsonChunks(registry, { indent: 2 })].join('')).toBe(JSON.stringify(registry, null, 2));
  });
});
