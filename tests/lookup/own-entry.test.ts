import { describe, expect, it } from 'vitest';
import { ownEntry } from '../../src/lookup/own-entry';

describe('ownEntry', () => {
  const table: Record<string, { name: string }> = JSON.parse('{"to-lam":{"name":"Tô Lâm"}}');

  it('answers an own entry', () => {
    expect(ownEntry(table, 'to-lam')).toEqual({ name: 'Tô Lâm' });
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('answers undefined for the inherited "%s"', (key) => {
    expect(ownEntry(table, key)).toBeUndefined();
  });

  it('answers an own "__proto__" key that JSON.parse made', () => {
    const odd: Record<string, number> = JSON.parse('{"__proto__": 1}');
    expect(ownEntry(odd, '__proto__')).toBe(1);
  });
});
