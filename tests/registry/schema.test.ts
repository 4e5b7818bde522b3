import { describe, expect, it } from 'vitest';
import { isoDate, leaderSchema } from '../../src/registry/schema';

describe('isoDate', () => {
  it.each(['2024-02-29', '1955-03-22', '2026-12-31'])('accepts %s', (day) => {
    expect(isoDate.safeParse(day).success).toBe(true);
  });

  it.each(['2023-02-29', '2024-13-01', '2024-00-10', '2024-1-5', '22/05/2024', '2024-05-22T00:00:00Z', ''])('rejects %j', (day) => {
    expect(isoDate.safeParse(day).success).toBe(false);
  });
});

describe('leaderSchema', () => {
  const person = { id: 'li-qiang', name: 'Li Qiang', country: 'CN', forms: ['Li Qiang', 'Lý Cường'], sources: ['https://english.www.gov.cn/'] };

  it('accepts a person with a source', () => {
    expect(leaderSchema.safeParse(person).success).toBe(true);
  });

  it('rejects a person without a source, naming the field', () => {
    const { sources: _, ...unsourced } = person;
    const result = leaderSchema.safeParse(unsourced);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['sources']);
    expect(leaderSchema.safeParse({ ...person, sources: [] }).success).toBe(false);
  });

  it('accepts common forms among the person’s forms and rejects others, naming the form', () => {
    expect(leaderSchema.safeParse({ ...person, common: ['Lý Cường'] }).success).toBe(true);
    const result = leaderSchema.safeParse({ ...person, common: ['Lý Cương'] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['common', 0]);
    expect(result.error!.issues[0]!.message).toContain('Lý Cương');
  });
});
