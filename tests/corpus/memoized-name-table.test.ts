import { describe, expect, it, vi } from 'vitest';
import { memoizedNameTable } from '../../src/corpus/memoized-name-table';
import { table } from './registry-fixture';

describe('memoizedNameTable', () => {
  it('asks the matcher once per text and gives the same answer again', () => {
    const spy = vi.spyOn(table.matcher, 'find');
    const memo = memoizedNameTable(table);
    const first = memo.matcher.find('Tổng Bí thư Tô Lâm nói');
    const second = memo.matcher.find('Tổng Bí thư Tô Lâm nói');
    expect(second).toBe(first);
    expect(spy).toHaveBeenCalledTimes(1);
    memo.matcher.find('Ông Putin nói');
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });

  it('finds what the table finds', () => {
    const text = 'Tổng Bí thư Tô Lâm hội đàm với Tổng thống Putin';
    expect(memoizedNameTable(table).matcher.find(text)).toEqual(table.matcher.find(text));
  });
});
