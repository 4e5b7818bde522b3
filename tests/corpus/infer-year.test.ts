import { rulesFor } from '../../src/corpus/language-rules';
import { describe, expect, it } from 'vitest';
import { inferYear } from '../../src/corpus/infer-year';
import { registry } from './registry-fixture';

const lc = [{ leaderId: 'luong-cuong', offices: ['president'], country: null }];

describe('inferYear', () => {
  it('takes the first possible year when the article says the office is new', () => {
    expect(inferYear(registry, lc, 'trên cương vị mới', '2026-11-23', rulesFor('vi'))(11, 8)?.year).toBe(2024);
  });

  it('gives no year when several are possible and nothing says which', () => {
    expect(inferYear(registry, lc, 'không có gì', '2026-11-23', rulesFor('vi'))(11, 8)).toBeNull();
  });

  it('gives the only year in which every titled name was true', () => {
    // Nguyễn Phú Trọng as General Secretary and Tô Lâm as President overlap only in 2024.
    const titled = [
      { leaderId: 'nguyen-phu-trong', offices: ['general-secretary'], country: null },
      { leaderId: 'to-lam', offices: ['president'], country: null },
    ];
    expect(inferYear(registry, titled, '', '2026-11-23', rulesFor('vi'))(6, 20)?.year).toBe(2024);
  });

  it('never gives a day after "latest"', () => {
    expect(inferYear(registry, lc, 'cương vị mới', '2024-11-01', rulesFor('vi'))(11, 8)).toBeNull();
  });

  it('gives nothing without titled names', () => {
    expect(inferYear(registry, [], 'cương vị mới', '2026-11-23', rulesFor('vi'))(11, 8)).toBeNull();
  });
});
