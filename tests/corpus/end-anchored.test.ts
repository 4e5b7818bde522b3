import { describe, expect, it } from 'vitest';
import { endsWithMatch, replaceAtEnd } from '../../src/corpus/end-anchored';
import { rulesFor, type LanguageRules } from '../../src/corpus/language-rules';

/** The end-anchored patterns the engine tests with these helpers, in both languages. */
const END_PATTERNS: (keyof LanguageRules)[] = [
  'subjectVerbFiller', 'parentheticalFiller', 'roleAside', 'roleBeforeVerb', 'relativeClause', 'relativeOpen', 'possessiveEnding',
  'companionAtEnd', 'meetingVerbJoinedAtEnd', 'eventDateBefore', 'sidelineBefore', 'sourceBefore', 'anaphorBefore',
  'notYetBefore', 'settingBefore', 'meetingNounBefore', 'recallBefore', 'possessiveBefore', 'sharedLinkerBefore',
  'notSubjectBefore', 'conjunctionAtEnd', 'statementJoiner',
];

const SENTENCES = [
  'Chiều 8/11, tại Phủ Chủ tịch, Tổng Bí thư Tô Lâm và Phu nhân đã chân thành cảm ơn Tổng thống Nga Vladimir Putin, người đang thăm Việt Nam, về phần mình, thay mặt Chính phủ, hội đàm với',
  'Theo TTXVN, Thứ Bảy, 16/11, trong khuôn khổ Hội nghị Cấp cao APEC, bên lề Hội nghị G20 Rio, tại cuộc hội đàm, Thủ tướng dự kiến sẽ cùng',
  'Quoted from ANTARA, Saturday, November 16, 2024, during a meeting on the sidelines of the G20 summit, Prime Minister Anwar, who is on a visit to Vietnam, on behalf of the Government, and his wife also welcomed and',
  'At the talks, Mr. Motegi, Minister for Foreign Affairs of Japan, with his Lao counterpart (right) is expected to hold',
  'Ngày 27/7, Chủ tịch nước Tô Lâm đã thay mặt lãnh đạo Đảng, Nhà nước và nhân dân Việt Nam tiếp',
];

/** Every prefix of the sentences, cut at each character: ends on words, spaces, commas, mid-word. */
function prefixes(): string[] {
  return SENTENCES.flatMap((s) => Array.from({ length: s.length + 1 }, (_, k) => s.slice(0, k)));
}

describe('endsWithMatch', () => {
  it('answers as the pattern itself does, for every end-anchored pattern of the engine (the pattern is the oracle)', () => {
    for (const code of ['vi', 'en'] as const) {
      const rules = rulesFor(code);
      for (const key of END_PATTERNS) {
        const pattern = rules[key] as RegExp;
        for (const text of prefixes()) expect(endsWithMatch(text, pattern), `${code} ${key} on "${text}"`).toBe(pattern.test(text));
      }
    }
  });

  it('takes a pattern that can never match', () => {
    expect(endsWithMatch('anything', /(?!)/u)).toBe(false);
  });

  it('refuses a pattern not anchored at the end, or anchored in one alternative only', () => {
    expect(() => endsWithMatch('a', /a/u)).toThrow(/end-anchored/);
    expect(() => endsWithMatch('a', /a|b$/u)).toThrow(/end-anchored/);
    expect(() => endsWithMatch('a', /a\$/u)).toThrow(/end-anchored/);
  });

  it('refuses a global or sticky pattern, whose own test depends on lastIndex', () => {
    expect(() => endsWithMatch('a', /a$/gu)).toThrow(/global or sticky/);
    expect(() => endsWithMatch('a', /a$/yu)).toThrow(/global or sticky/);
  });
});

describe('replaceAtEnd', () => {
  it('replaces as String.replace does', () => {
    const filler = rulesFor('vi').subjectVerbFiller;
    for (const text of prefixes()) expect(replaceAtEnd(text, filler, ' ')).toBe(text.replace(filler, ' '));
  });

  it('returns the text itself when nothing matches', () => {
    expect(replaceAtEnd('Ông Putin nói', /(?:\s+|^)đã\s*$/iu, '')).toBe('Ông Putin nói');
  });
});
