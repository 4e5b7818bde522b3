import { rulesFor } from '../../src/corpus/language-rules';
import { describe, expect, it } from 'vitest';
import { findMentions, newMentionContext } from '../../src/corpus/find-mentions';
import { findMeetingWords } from '../../src/corpus/meeting-kinds';
import { chainFrom, objectAfter, subjectBefore } from '../../src/corpus/subject-of';
import { registry, table } from './registry-fixture';

function parse(sentence: string) {
  return findMentions(sentence, newMentionContext(registry, '2025-12-01', rulesFor('vi')), table).mentions;
}
const vi = rulesFor('vi');
const ids = (chain: { leaderIds: string[] }[] | null) => chain?.flatMap((m) => m.leaderIds) ?? null;

describe('subjectBefore', () => {
  it('takes the mention right before the word, over adverbs', () => {
    const s = 'Tổng Bí thư Tô Lâm đã chân thành cảm ơn';
    expect(ids(subjectBefore(s, s.indexOf('cảm ơn'), parse(s), vi))).toEqual(['to-lam']);
  });

  it('passes over the role a subject acts in right before the verb, its own commas inside ("X đã thay mặt lãnh đạo Đảng, Nhà nước tiếp")', () => {
    const s = 'Ngày 27/7, Chủ tịch nước Lương Cường đã thay mặt lãnh đạo Đảng, Nhà nước tiếp';
    expect(ids(subjectBefore(s, s.indexOf('tiếp'), parse(s), vi))).toEqual(['luong-cuong']);
    // A person the role names is whom the subject stands for, not the one who acts.
    const named = 'Thủ tướng Phạm Minh Chính thay mặt Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường tiếp';
    expect(ids(subjectBefore(named, named.indexOf('tiếp'), parse(named), vi))).toEqual(['pham-minh-chinh']);
    // A role opening the sentence, nobody before it: the person after it acts.
    const fronted = 'Thay mặt Đảng, Nhà nước, Chủ tịch nước Lương Cường tiếp';
    expect(ids(subjectBefore(fronted, fronted.indexOf('tiếp'), parse(fronted), vi))).toEqual(['luong-cuong']);
    const en = 'Prime Minister Pham Minh Chinh on behalf of the Party, State and people of Vietnam welcomed';
    const enMentions = findMentions(en, newMentionContext(registry, '2025-12-01', rulesFor('en')), table).mentions;
    expect(ids(subjectBefore(en, en.indexOf('welcomed'), enMentions, rulesFor('en')))).toEqual(['pham-minh-chinh']);
  });

  it('takes a joint subject "X và Y" over "đã có cuộc"', () => {
    const s = 'Tổng Bí thư Tô Lâm và Thongloun Sisoulith đã có cuộc hội đàm';
    expect(ids(subjectBefore(s, s.indexOf('hội đàm'), parse(s), vi))).toEqual(['to-lam', 'thongloun-sisoulith']);
  });

  it('leaves a name in a fronted phrase out of the subject ("Ngoài X, Y …", "Besides X, Y …")', () => {
    const s = 'Ngoài Tổng Bí thư Tô Lâm, Tổng thống Nga Vladimir Putin còn tiếp';
    expect(ids(subjectBefore(s, s.indexOf('tiếp'), parse(s), vi))).toEqual(['vladimir-putin']);
    const plain = 'Tổng Bí thư Tô Lâm, Tổng thống Nga Vladimir Putin tiếp';
    expect(ids(subjectBefore(plain, plain.indexOf('tiếp'), parse(plain), vi))).toEqual(['to-lam', 'vladimir-putin']);
    const en = 'Besides General Secretary To Lam, Russian President Vladimir Putin also met';
    const enMentions = findMentions(en, newMentionContext(registry, '2025-12-01', rulesFor('en')), table).mentions;
    expect(ids(subjectBefore(en, en.indexOf('met'), enMentions, rulesFor('en')))).toEqual(['vladimir-putin']);
  });

  it('leaves a name in a fronted "In a letter to X," out of the subject', () => {
    const en = 'In a letter to General Secretary To Lam, Russian President Vladimir Putin said';
    const enMentions = findMentions(en, newMentionContext(registry, '2025-12-01', rulesFor('en')), table).mentions;
    expect(ids(subjectBefore(en, en.indexOf('said'), enMentions, rulesFor('en')))).toEqual(['vladimir-putin']);
  });

  it.each([
    ['vi', 'Thủ tướng Lào Sonexay Siphandone chiều 8/11 tại Hà Nội đã hội đàm', 'hội đàm'],
    ['en', 'Lao Prime Minister Sonexay Siphandone on Monday at Miramonte Resort, Indian Wells held', 'held'],
    ['en', 'Lao Prime Minister Sonexay Siphandone in Hanoi met', 'met'],
  ] as const)('passes over a place between the subject and its verb (%s: "%s")', (language, s, verb) => {
    const mentions = findMentions(s, newMentionContext(registry, '2025-12-01', rulesFor(language)), table).mentions;
    expect(ids(subjectBefore(s, s.indexOf(verb), mentions, rulesFor(language)))).toEqual(['sonexay-siphandone']);
  });

  it('does not pass over a place that names a person', () => {
    const s = 'the Ambassador in Laos Sonexay Siphandone said';
    const mentions = findMentions(s, newMentionContext(registry, '2025-12-01', rulesFor('en')), table).mentions;
    expect(ids(subjectBefore(s, s.indexOf('said'), mentions, rulesFor('en')))).toEqual(['sonexay-siphandone']);
  });

  it('finds no subject when other words stand between', () => {
    const s = 'Tổng Bí thư Tô Lâm dẫn đầu đoàn và thăm';
    expect(subjectBefore(s, s.indexOf('thăm'), parse(s), vi)).toBeNull();
  });
});

describe('objectAfter', () => {
  it('takes the mention after "với"', () => {
    const s = 'hội đàm với Tổng thống Nga Vladimir Putin';
    expect(ids(objectAfter(s, 'hội đàm'.length, parse(s), vi))).toEqual(['vladimir-putin']);
  });

  it('allows a few words between only when asked', () => {
    const s = 'chuyến thăm cấp Nhà nước của Tô Lâm';
    expect(objectAfter(s, 'chuyến thăm'.length, parse(s), vi)).toEqual([]);
    expect(ids(objectAfter(s, 'chuyến thăm'.length, parse(s), vi, 4))).toEqual(['to-lam']);
  });
});

describe('chainFrom', () => {
  it('joins mentions linked by commas and "và"', () => {
    const s = 'Tô Lâm, Lương Cường và Phạm Minh Chính dự lễ';
    const mentions = parse(s);
    expect(ids(chainFrom(s, mentions[0]!, mentions, vi))).toEqual(['to-lam', 'luong-cuong', 'pham-minh-chinh']);
  });
});

describe('chainFrom and subjectBefore over a short aside', () => {
  it('join "X (phải) và Y" and "X (R) and Y (L)": a photo\'s direction beside a name does not end the list', () => {
    const s = 'Thủ tướng Phạm Minh Chính (phải) và Thủ tướng Lào Sonexay Siphandone hội đàm';
    const mentions = parse(s);
    expect(ids(chainFrom(s, mentions[0]!, mentions, vi))).toEqual(['pham-minh-chinh', 'sonexay-siphandone']);
    expect(ids(subjectBefore(s, s.indexOf('hội đàm'), mentions, vi))).toEqual(['pham-minh-chinh', 'sonexay-siphandone']);
    const en = 'Prime Minister Pham Minh Chinh (R) and Lao Prime Minister Sonexay Siphandone (L) held talks';
    const enMentions = findMentions(en, newMentionContext(registry, '2025-12-01', rulesFor('en')), table).mentions;
    expect(ids(subjectBefore(en, en.indexOf('held'), enMentions, rulesFor('en')))).toEqual(['pham-minh-chinh', 'sonexay-siphandone']);
  });
});

describe('subjectBefore, read after read', () => {
  it('leaves the meeting-word pattern where it found it, so the next sentence is read from its start', () => {
    // The clause before "X, Y" is tested for a meeting word (X would be the object of a fronted
    // clause). A global pattern's `test` would leave its lastIndex past that word, and the next
    // `matchAll` over it, in the next sentence or article, would start there: a reading would
    // depend on the one before it (a synthetic article's headline lost its meeting so).
    const s = 'Kết thúc hội đàm tại Hà Nội hôm nay Thủ tướng Phạm Minh Chính, Tổng Bí thư Tô Lâm phát biểu';
    subjectBefore(s, s.indexOf('phát biểu'), parse(s), vi);
    expect(vi.meetingWord.lastIndex).toBe(0);
    expect(findMeetingWords('Hội đàm với Lào', [], vi).map((h) => h.start)).toEqual([0]);
  });
});

describe('subjectBefore over roles set off by commas', () => {
  const en = rulesFor('en');
  const parseEn = (s: string) => findMentions(s, newMentionContext(registry, '2025-12-01', en), table).mentions;
  const subjectOf = (s: string, verb: string) => ids(subjectBefore(s, s.indexOf(verb), parseEn(s), en));

  it.each([
    ['two roles joined by "and"', 'Russian President Vladimir Putin, a member of the Security Council and chairman of the State Council of the Russian Federation, held talks'],
    ['a role after a dateline', 'MOSCOW, Dec. 1 (TASS) -- Vladimir Putin, chairman of the State Council and head of the Russian delegation, held talks'],
    ['"also" and a role the registry does not list', 'Russian President Vladimir Putin, also supreme commander of the armed forces, held talks'],
  ])('takes the person before the roles (%s)', (_what, s) => {
    expect(subjectOf(s, 'held talks')).toEqual(['vladimir-putin']);
  });

  it('leaves a time or place set off by commas to the other rules', () => {
    const s = 'The ambassador met with General Secretary To Lam, in Hanoi on March 18, pledging';
    expect(subjectOf(s, 'pledging')).toBeNull();
  });

  it('does not take a person named after the verb of the sentence\'s subject', () => {
    const s = 'Russian President Vladimir Putin welcomed the envoy of General Secretary To Lam, leading a delegation to Moscow, describing';
    expect(subjectOf(s, 'describing')).toBeNull();
  });
});

describe('chainFrom over a photo direction set off by commas', () => {
  const en = rulesFor('en');
  it.each(['left', 'right', 'second left'])('joins "X, %s, and Y" as one joint subject', (direction) => {
    const s = `General Secretary To Lam, ${direction}, and Russian President Vladimir Putin shake hands`;
    const mentions = findMentions(s, newMentionContext(registry, '2025-12-01', en), table).mentions;
    expect(ids(subjectBefore(s, s.indexOf('shake'), mentions, en))).toEqual(['to-lam', 'vladimir-putin']);
    expect(ids(chainFrom(s, mentions[0]!, mentions, en))).toEqual(['to-lam', 'vladimir-putin']);
  });
});

describe('a list with a comma before its last conjunction ("A, B, and C")', () => {
  const en = rulesFor('en');
  const parseEn = (s: string) => findMentions(s, newMentionContext(registry, '2025-12-01', en), table).mentions;

  it('joins all three as one subject', () => {
    const s = 'General Secretary To Lam, President Luong Cuong, and Prime Minister Pham Minh Chinh received';
    expect(ids(subjectBefore(s, s.indexOf('received'), parseEn(s), en))).toEqual(['to-lam', 'luong-cuong', 'pham-minh-chinh']);
  });

  it('joins all three as one object', () => {
    const s = 'Russian President Vladimir Putin met General Secretary To Lam, President Luong Cuong, and Prime Minister Pham Minh Chinh.';
    const mentions = parseEn(s);
    expect(ids(chainFrom(s, mentions[1]!, mentions, en))).toEqual(['to-lam', 'luong-cuong', 'pham-minh-chinh']);
  });

  it('does not join a second clause after one person (", and Y held …")', () => {
    const s = 'Russian President Vladimir Putin met General Secretary To Lam, and Prime Minister Pham Minh Chinh held talks';
    const mentions = parseEn(s);
    expect(ids(chainFrom(s, mentions[1]!, mentions, en))).toEqual(['to-lam']);
    expect(ids(subjectBefore(s, s.indexOf('held'), mentions, en))).toEqual(['pham-minh-chinh']);
  });
});
