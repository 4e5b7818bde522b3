import { describe, expect, it } from 'vitest';
import { todayIso } from '../../src/lookup/today';

describe('todayIso', () => {
  it('writes the local calendar day as YYYY-MM-DD', () => {
    expect(todayIso(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
  });
});
