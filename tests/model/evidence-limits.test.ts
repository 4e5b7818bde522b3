import { describe, expect, it } from 'vitest';
import { CUT_MARK, MAX_EVIDENCE_CHARS } from '../../src/model/evidence-limits';

describe('evidence limits', () => {
  it('are the ones DESIGN.md promises: 2,000 characters, cut with an ellipsis', () => {
    expect(MAX_EVIDENCE_CHARS).toBe(2000);
    expect(CUT_MARK).toBe('…');
  });
});
