import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/registry/fold';

describe('foldName', () => {
  it.each([
    ['Tô Lâm', 'to lam'],
    ['TÔ LÂM', 'to lam'],
    ['Lương Cường', 'luong cuong'],
    ['Nguyễn Phú Trọng', 'nguyen phu trong'],
    ['Lê Minh Hưng', 'le minh hung'],
    ['Đỗ', 'do'],
    ['đồng', 'dong'],
    // NFD input (marks as separate code points) folds like NFC input.
    ['To\u0302 La\u0302m', 'to lam'],
    ['  Tô\u00a0 Lâm ', 'to lam'],
    ['Владимир Путин', 'владимир путин'],
    ['ທອງລຸນ', 'ທອງລຸນ'],
  ])('%j → %j', (input, expected) => {
    expect(foldName(input)).toBe(expected);
  });
});
