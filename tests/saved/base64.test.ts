import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../src/saved/base64';

describe('toBase64 and fromBase64', () => {
  it('carry any bytes there and back, Vietnamese text included', () => {
    const text = new TextEncoder().encode('Tô Lâm');
    expect(toBase64(text)).toBe('VMO0IEzDom0=');
    expect(fromBase64(toBase64(text))).toEqual(text);
  });

  it('carry a file larger than one chunk of String.fromCharCode', () => {
    const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 31) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });

  it('refuses text that is not base64', () => {
    expect(() => fromBase64('not base64!')).toThrow();
  });
});
