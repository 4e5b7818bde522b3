import { describe, expect, it } from 'vitest';
import { pageDateOf } from '../../src/popup/page-date';

describe('pageDateOf', () => {
  it.each([
    ['2025-12-01', '2025-12-01'],
    ['2025-12-01T08:30:00+07:00', '2025-12-01'],
    ['2025-12-01 08:30', '2025-12-01'],
    ['2025-12', null],
    ['1/12/2025', null],
    ['2025-12-011', null],
    [null, null],
  ])('%j → %j', (published, day) => {
    expect(pageDateOf(published)).toBe(day);
  });
});
