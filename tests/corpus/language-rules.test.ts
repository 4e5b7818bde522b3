import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/corpus/analyse-article';
import { compileRules, rulesFor } from '../../src/corpus/language-rules';
import { en } from '../../src/lang/en';
import type { LanguageDescriptor } from '../../src/lang';
import { registry, table } from './registry-fixture';
import { analyse } from './statement-fixture';

// A third language is a table, not code: a made-up French descriptor (English's shapes, French
// words) read by the same engine finds the meeting and the statement. (Its titles would go in the
// registry's `titles`, and its month names in `dates`, as data too; this text needs neither.)
const fr: LanguageDescriptor = {
  ...en,
  code: 'en',
  functionWords: ['le', 'la', 'les', 'de', 'du', 'et', 'avec', 'à'],
  pronouns: ['il', 'elle'],
  groups: ['les deux dirigeants', 'les deux parties'],
  speechVerbs: ['a déclaré', 'a affirmé', 'a souligné'],
  strongSpeechVerbs: ['a déclaré', 'a affirmé'],
  nounMarkers: ['le', 'la', 'les'],
  quoteIntroducers: ['que'],
  meetingPhrases: {
    ...en.meetingPhrases,
    talks: ["s'est entretenu avec", 'a eu des entretiens avec'],
    reception: ['a reçu'],
    phone_call: ['a eu un entretien téléphonique avec'],
    visit: ['visite'],
    other: ['a rencontré'],
  },
  notYetWords: ['va', 'doit'],
  objectLinkers: ['avec', 'le', 'la'],
  placePrepositions: ['à'],
  placeStops: ['le', 'et', 'pour'],
};

describe('compileRules', () => {
  it('lets the engine read a language it has never seen, from its descriptor alone', () => {
    const facts = analyseArticle(
      [
        { text: 'Nouvelles', line: 1 },
        { text: 'Pham Minh Chinh a reçu Sonexay Siphandone à Hanoï.', line: 2 },
        { text: 'Les deux dirigeants a déclaré que la coopération progresse.', line: 3 },
      ],
      { date: '2025-12-02', inferred: false },
      registry,
      table,
      compileRules(fr),
    );
    expect(facts.meetings.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['reception', ['pham-minh-chinh', 'sonexay-siphandone']]]);
    expect(facts.quotes.map((q) => q.speakers.length)).toEqual([2]);
  });

  it.each(['HANOI (Reuters) - ', 'BEIJING (Xinhua) -- ', 'Hanoi (Bernama) – ', 'HANOI, Dec 1 (VNA) — ', 'JAKARTA - ', 'Hanoi, July 13 (VNA) – '])(
    'reads %j as a dateline, the agency in capitals or title case',
    (lead) => {
      expect(rulesFor('en').datelineLead.test(lead)).toBe(true);
    },
  );

  it('reads an apostrophe alone after a name ending in "s" as a possessive ("Marcos\' meetings"), and after another letter as none', () => {
    const en = rulesFor('en');
    expect(["look back at Marcos' ", 'look back at Marcos’ ', "look back at Putin's ", "look back at Putin' "].map((t) => en.possessiveEnding.test(t))).toEqual([true, true, true, false]);
    // Vietnamese lists no possessive endings.
    expect(rulesFor('vi').possessiveEnding.test("Marcos' ")).toBe(false);
  });

  it('reads an agency\'s closing parenthesis as the end of a dateline with no dash after it, as IANS writes it after a day ("Moscow, May 31 (IANS) "), and a place or a title with a parenthesis as none', () => {
    expect(['Moscow, May 31 (IANS) ', 'BEIJING, Jan 5 (Xinhua) '].map((lead) => rulesFor('en').datelineLead.test(lead))).toEqual([true, true]);
    expect(['Moscow, May 31 ', 'Moscow ', 'Prime Minister (PM) ', 'Foreign Ministry (MOFA) '].map((lead) => rulesFor('en').datelineLead.test(lead))).toEqual([false, false, false, false]);
    const facts = analyse('2025-12-02', 'News', 'Moscow, Nov 26 (IANS) Russian President Vladimir Putin and Lao President Thongloun Sisoulith discussed bilateral relations in a phone call.');
    expect(facts.meetings.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['phone_call', ['thongloun-sisoulith', 'vladimir-putin']]]);
  });

  it('reads two datelines in a row, as wire relays write a country\'s then a city\'s ("VIETNAM, August 5 - HÀ NỘI — "), and no more', () => {
    expect(rulesFor('en').datelineLead.test('VIETNAM, August 5 - HÀ NỘI — ')).toBe(true);
    expect(rulesFor('en').datelineLead.test('VIETNAM, August 5 - HÀ NỘI — HUẾ - HANOI — ')).toBe(false);
  });

  it('reads a place in capitals ending with a colon as a dateline ("TOKYO: "), a place in title case with one as no dateline', () => {
    expect(['TOKYO: ', 'KUALA LUMPUR: ', 'BEIJING:'].map((lead) => rulesFor('en').datelineLead.test(lead))).toEqual([true, true, true]);
    expect(['Hanoi: ', 'Note: '].map((lead) => rulesFor('en').datelineLead.test(lead))).toEqual([false, false]);
    const facts = analyse('2025-12-02', 'News', 'TOKYO: Prime Minister Pham Minh Chinh and his Lao counterpart Sonexay Siphandone began talks on Monday in Tokyo.');
    expect(facts.meetings.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['talks', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('takes the joint subject after a wire dateline with a title-case agency for the sides of talks told after their act', () => {
    const facts = analyse('2025-12-02', 'News', 'HANOI (Reuters) - Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone agreed on Monday to boost trade during talks in Hanoi.');
    expect(facts.meetings.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['talks', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('lists the speech verbs written inside a meeting phrase, which alone need the meeting words looked up', () => {
    expect(rulesFor('vi').speechInsideMeeting.has('nói')).toBe(true);
    expect(rulesFor('vi').speechInsideMeeting.has('khẳng định')).toBe(false);
    expect(rulesFor('en').speechInsideMeeting.has('said')).toBe(false);
  });

  it('builds a language\'s patterns once', () => {
    expect(rulesFor('vi')).toBe(rulesFor('vi'));
    expect(rulesFor('en').code).toBe('en');
  });

  it('keeps each language\'s words to itself: English rules do not read Vietnamese meeting words', () => {
    expect('X hội đàm với Y'.match(rulesFor('en').meetingWord)).toBeNull();
    expect('X held talks with Y'.match(rulesFor('vi').meetingWord)).toBeNull();
  });

  it('joins two subjects across a counterpart whose country runs several words ("his Republic of Korea counterpart")', () => {
    const rules = rulesFor('en');
    expect(rules.chainJoiner.test(' and his Republic of Korea counterpart ')).toBe(true);
    expect(rules.chainJoiner.test(' and his New Zealand counterpart ')).toBe(true);
    expect(rules.chainJoiner.test(' and his Lao counterpart ')).toBe(true);
    expect(rules.chainJoiner.test(' and his counterpart ')).toBe(true);
  });
});
