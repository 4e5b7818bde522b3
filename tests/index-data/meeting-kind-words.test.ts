import { describe, expect, it } from 'vitest';
import { MEETING_KIND_WORDS } from '../../src/index-data/meeting-kind-words';

describe('MEETING_KIND_WORDS', () => {
  it('names every kind of DESIGN.md in Vietnamese and English', () => {
    expect(Object.keys(MEETING_KIND_WORDS).sort()).toEqual(
      ['courtesy_call', 'online_talks', 'other', 'phone_call', 'reception', 'summit', 'talks', 'visit'],
    );
    expect(MEETING_KIND_WORDS.courtesy_call).toEqual({ vi: 'hội kiến', en: 'courtesy call' });
  });
});
