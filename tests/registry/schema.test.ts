import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/registry/schema';

describe('isoDate', () => {
  it.each(['2024-02-29', '1955-03-22', '2026-12-31'])('accepts %s', (day) => {
    expect(isoDate.safeParse(day).success).toBe(true);
  });

  it.each(['2023-02-29', '2024-13-01', '2024-00-10', '2024-1-5', '22/05/2024', '2024-05-22T00:00:00Z', ''])('rejects %j', (day) => {
    expect(isoDate.safeParse(day).success).toBe(false);
  });
});
