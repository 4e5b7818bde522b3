import { describe, expect, it } from 'vitest';
import { FoldedTextBuilder } from '../../src/text/folded-text';

describe('FoldedTextBuilder', () => {
  it('grows past its initial capacity', () => {
    const builder = new FoldedTextBuilder(1);
    for (let i = 0; i < 100; i++) builder.push(0x61, i, i + 1);
    const built = builder.build();
    expect(built.text).toBe('a'.repeat(100));
    expect(built.end[99]).toBe(100);
  });

  it('extends the end of the last unit', () => {
    const builder = new FoldedTextBuilder(4);
    builder.push(0x61, 0, 1);
    builder.extendLast(3);
    expect([...builder.build().end]).toEqual([3]);
  });

  it('reports the last unit, or -1 when empty', () => {
    const builder = new FoldedTextBuilder(4);
    expect(builder.lastUnit()).toBe(-1);
    builder.pushString('ab', 0, 2);
    expect(builder.lastUnit()).toBe(0x62);
  });
});
