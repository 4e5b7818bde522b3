import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/text/matches-of';
import { rulesFor, type LanguageRules } from '../../src/corpus/language-rules';

/** What a match says: where, what, its groups. */
function shape(matches: Iterable<RegExpMatchArray>): unknown[] {
  return [...matches].map((m) => ({ index: m.index, all: [...m], groups: m.groups, input: m.input }));
}

const TEXTS = [
  '',
  'a1b22c333',
  'Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone; hai bên nhất trí.',
  'President Biden held talks with Prime Minister Albanese, and said: “We agreed.” He also met them.',
  '😀a😀😀b\ud83d', // surrogate pairs, and a lone lead surrogate at the end
];

const PATTERNS = [
  /\d+/gu,
  /\d*/gu, // empty matches: one character on
  /\d*/g,
  /(?<word>\p{Lu}\p{L}*)/gu,
  /x*/gv,
  /(?:)/gu, // an empty match at every code point
  /(?:)/g, // at every code unit
  /\d/gy, // sticky
];

describe('matchesOf', () => {
  it('yields what matchAll yields, for empty matches and surrogate pairs too', () => {
    for (const text of TEXTS) {
      for (const pattern of PATTERNS) {
        expect(shape(matchesOf(text, pattern)), `${pattern} on ${JSON.stringify(text)}`).toEqual(shape(text.matchAll(pattern)));
        expect(pattern.lastIndex).toBe(0);
      }
    }
  });

  it('yields what matchAll yields for the engine patterns it replaces matchAll for', () => {
    const keys: (keyof LanguageRules)[] = ['meetingWord', 'speechVerb', 'group', 'pronoun', 'hostOrGuest', 'meetingFalseFriends', 'phoneOnlyVerb', 'welcomeVerb', 'invitedAnywhere', 'placeAfterPreposition'];
    for (const code of ['vi', 'en'] as const) {
      const rules = rulesFor(code);
      for (const key of keys) {
        const pattern = rules[key] as RegExp;
        for (const text of TEXTS) expect(shape(matchesOf(text, pattern)), `${code}.${key}`).toEqual(shape(text.matchAll(pattern)));
      }
    }
  });

  it('yields what matchAll yields for patterns opening with a lookbehind, where it fails and holds', () => {
    const texts = [...TEXTS, 'the hehe he, him; xab ab AB 😀ab', 'Ông ông ÔNG bông ông'];
    const patterns = [
      /(?<![\p{L}\p{M}])((?:h(?:e|im)|she))(?![\p{L}\p{M}])/giu, // "he" inside "the", "hehe": rejected there
      /(?<![\p{L}\p{M}])(?:ab|a)/gu,
      /(?<!\p{L})(?<word>ab)/gu,
      /(?<![\p{L}\p{M}])ông/giu,
      /(?<!\p{L})a|b/gu, // an alternative outside groups: the lookbehind is the first one's only
      /(?<!\p{L})(?:a|)b/gu, // an alternative may open with nothing
      /(?<!\p{L})x*/gu, // may match empty
      /(?<![\p{L}])(?=a)ab/gu, // opens with a lookahead
      /(?<!\p{L})ab/guy, // sticky
    ];
    for (const text of texts) {
      for (const pattern of patterns) {
        expect(shape(matchesOf(text, pattern)), `${pattern} on ${JSON.stringify(text)}`).toEqual(shape(text.matchAll(pattern)));
        expect(pattern.lastIndex).toBe(0);
      }
    }
  });

  it('starts at the lastIndex the pattern has at the call, and leaves it as it was', () => {
    const run = (all: (t: string, p: RegExp) => Iterable<RegExpMatchArray>): string[] => {
      const pattern = /\d+/gu;
      pattern.lastIndex = 5;
      const matches = all('1 22 333 4444', pattern);
      pattern.lastIndex = 0; // after the call: the scan still starts at 5
      const found = [...matches].map((m) => `${m.index}:${m[0]}`);
      return [...found, `lastIndex ${pattern.lastIndex}`];
    };
    expect(run(matchesOf)).toEqual(['5:333', '9:4444', 'lastIndex 0']);
    expect(run(matchesOf)).toEqual(run((t, p) => t.matchAll(p)));
  });

  it('is not moved by the loop using the same pattern, as matchAll is not', () => {
    const text = '1 22 333 4444';
    const run = (all: (t: string, p: RegExp) => Iterable<RegExpMatchArray>): string[][] => {
      const pattern = /\d+/g;
      const seen: string[][] = [];
      for (const m of all(text, pattern)) {
        pattern.lastIndex = 0;
        pattern.test('99'); // moves lastIndex to 2
        seen.push([m[0], String(pattern.lastIndex)]);
      }
      return seen;
    };
    expect(run(matchesOf)).toEqual(run((t, p) => t.matchAll(p)));
  });

  it('throws for a pattern that is not global, as matchAll does', () => {
    expect(() => 'a'.matchAll(/a/u)).toThrow(TypeError);
    expect(() => matchesOf('a', /a/u)).toThrow(TypeError);
  });
});
