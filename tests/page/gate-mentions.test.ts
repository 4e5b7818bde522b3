import { describe, expect, it } from 'vitest';
import type { FoundName } from '../../src/page/find-block-names';
import { gateMentions } from '../../src/page/gate-mentions';

const at = { node: {} as Text, offset: 0 };
const found = (leaderId: string, kind: 'leader' | 'short', text: string, shortAccepted = true): FoundName => ({ leaderId, kind, text, shortAccepted, start: at, end: at });
const unconfirmed = (leaderId: string, text: string): FoundName => ({ ...found(leaderId, 'leader', text), unconfirmed: true });

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

  it('drops a common name with no evidence when the page names the person nowhere else', () => {
    expect(gateMentions([unconfirmed('li-qiang', 'Lý Cường')])).toEqual([]);
  });

  it('keeps a common name when the page names the same person unambiguously, before or after', () => {
    expect(gateMentions([unconfirmed('li-qiang', 'Lý Cường'), found('li-qiang', 'leader', '李强')]).map((m) => m.text)).toEqual(['Lý Cường', '李强']);
    expect(gateMentions([found('li-qiang', 'leader', '李强'), unconfirmed('li-qiang', 'Lý Cường')])).toHaveLength(2);
  });

  it('does not let another person vouch for a common name', () => {
    expect(gateMentions([found('to-lam', 'leader', 'Tô Lâm'), unconfirmed('li-qiang', 'Lý Cường')]).map((m) => m.leaderId)).toEqual(['to-lam']);
  });

  it('opens short forms only through a name it kept', () => {
    expect(gateMentions([unconfirmed('vladimir-putin', 'Vladimir Putin'), found('vladimir-putin', 'short', 'Putin')])).toEqual([]);
  });
});
