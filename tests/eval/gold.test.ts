import { describe, expect, it } from 'vitest';
import { goldArticleSchema } from '../../src/eval/gold';

const valid = {
  file: 'a.txt', language: 'vi', date: '2025-12-01', dateFromText: true, people: [], quotes: [],
  meetings: [{ participants: ['a', 'b'], kind: 'talks', date: null, status: 'reported', evidence: 'X hội đàm với Y.' }],
};

describe('goldArticleSchema', () => {
  it('accepts an annotation with the kinds DESIGN.md names', () => {
    expect(goldArticleSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses a kind the export does not have', () => {
    expect(goldArticleSchema.safeParse({ ...valid, meetings: [{ ...valid.meetings[0], kind: 'dinner' }] }).success).toBe(false);
  });
});
