import { describe, expect, it } from 'vitest';
import type { FoundName } from '../../src/page/find-block-names';
import { gateMentions } from '../../src/page/gate-mentions';

const at = { node: {} as Text, offset: 0 };
const found = (leaderId: string, kind: 'leader' | 'short', text: string, shortAccepted = true): FoundName => ({ leaderId, kind, text, shortAccepted, start: at, end: at });

describe('gateMentions', () => {
  it('drops a short form before the full name and keeps it after', () => {
    const out = gateMentions([found('vladimir-putin', 'short', 'Putin'), found('vladimir-putin', 'leader', 'Vladimir Putin'), found('vladimir-putin', 'short', 'Putin')]);
    expect(out.map((m) => [m.text, m.short])).toEqual([['Vladimir Putin', false], ['Putin', true]]);
  });

  it('drops a short form its own context refuses', () => {
    const out = gateMentions([found('luong-cuong', 'leader', 'Lương Cường'), found('luong-cuong', 'short', 'Cường', false)]);
    expect(out).toHaveLength(1);
  });

  it('does not let one leader’s full name open another’s short forms', () => {
    expect(gateMentions([found('to-lam', 'leader', 'Tô Lâm'), found('luong-cuong', 'short', 'Cường')])).toHaveLength(1);
  });
});
