import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lang';
import { MEETING_KINDS } from '../../src/model/kinds';

describe('MEETING_KINDS', () => {
  it('are the kinds DESIGN.md names', () => {
    expect([...MEETING_KINDS].sort()).toEqual(['courtesy_call', 'online_talks', 'other', 'phone_call', 'reception', 'summit', 'talks', 'visit']);
  });

  it.each(LANGUAGES.map((l) => [l.code, l] as const))('each has phrases in %s', (_code, language) => {
    for (const kind of MEETING_KINDS) expect(language.meetingPhrases[kind].length, kind).toBeGreaterThan(0);
  });
});
