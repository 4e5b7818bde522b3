import { describe, expect, it } from 'vitest';
import { stableId, uniqueIds } from '../../src/corpus/stable-id';

describe('stableId', () => {
  it('is the same for the same parts and differs for different ones', () => {
    expect(stableId('m', 'a', 'b')).toBe(stableId('m', 'a', 'b'));
    expect(stableId('m', 'a', 'b')).not.toBe(stableId('m', 'ab', ''));
    expect(stableId('q', 'x')).toMatch(/^q-[0-9a-z]{13}$/);
  });

  it('gives the ids the BigInt version gave, so ids stay stable across the rewrite', () => {
    // The first version of stableId, as the oracle.
    const bigIntId = (prefix: string, ...parts: string[]) => {
      let hash = 0xcbf29ce484222325n;
      const text = parts.join('\u0001');
      for (let i = 0; i < text.length; i++) {
        hash ^= BigInt(text.charCodeAt(i));
        hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
      }
      return `${prefix}-${hash.toString(36).padStart(13, '0')}`;
    };
    let seed = 1;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = ['a', 'Z', ' ', 'ộ', 'Đ', '\u0001', '😀', 'x'.repeat(40), '\uffff', '0'];
    const cases: string[][] = [[], [''], ['to-lam,luong-cuong', 'talks', '2025-12-01'], ['Tổng Bí thư Tô Lâm hội đàm với Chủ tịch nước Lào']];
    for (let n = 0; n < 300; n++) {
      cases.push(Array.from({ length: 1 + Math.floor(random() * 3) }, () => Array.from({ length: Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')));
    }
    for (const parts of cases) expect(stableId('m', ...parts)).toBe(bigIntId('m', ...parts));
  });
});

describe('uniqueIds', () => {
  it('numbers repeats in order', () => {
    expect(uniqueIds(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a-2', 'a-3']);
  });

  it('gives what counting every id in a map gave (the first version, as the oracle)', () => {
    const counted = (ids: readonly string[]) => {
      const seen = new Map<string, number>();
      return ids.map((id) => {
        const n = (seen.get(id) ?? 0) + 1;
        seen.set(id, n);
        return n === 1 ? id : `${id}-${n}`;
      });
    };
    // Repeats of repeats, and an id that looks like a numbered repeat of another.
    const ids = Array.from({ length: 500 }, (_, i) => `q-${(i * 7919) % 37}`).concat(['q-1-2', 'q-1', 'q-1-2']);
    expect(uniqueIds(ids)).toEqual(counted(ids));
  });
});
