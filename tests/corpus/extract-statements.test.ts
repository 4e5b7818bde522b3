import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/corpus/analyse-article';
import { rulesFor } from '../../src/corpus/language-rules';
import { buildNameTable, loadNameTable } from '../../src/names/name-table';
import { readRegistryFile } from '../../src/registry/read-registry-file';
import { analyse, quoteRows } from './statement-fixture';

// extractStatements needs resolved mentions; these tests drive it through a whole (tiny) article,
// which is how the build uses it.
describe('extractStatements (through analyseArticle)', () => {
  it('reads "Russia’s leader" (a possessive country, no article) as that country\'s leader just named', () => {
    const facts = analyse(
      '2025-05-10',
      'News',
      'General Secretary To Lam held talks with Russian President Vladimir Putin in Moscow on May 9.',
      'Russia’s leader praised the ties between the two countries.',
    );
    expect(quoteRows(facts)).toEqual([['vladimir-putin', 'reported', 'praised the ties']]);
  });

  it('reads "the host" as who hosted the reception told last, even when its guest is no office-holder', () => {
    const facts = analyse(
      '2025-05-10',
      'News',
      'Russian President Vladimir Putin hosted a reception in Moscow on May 9 for a delegation of business leaders from Japan.',
      'The host expressed his belief that ties will grow.',
    );
    expect(quoteRows(facts)).toEqual([['vladimir-putin', 'reported', 'expressed his belief']]);
  });

  it('reads "They" after a meeting of two as its participants ("They agreed …")', () => {
    const facts = analyse(
      '2025-05-10',
      'News',
      'General Secretary To Lam held talks with Russian President Vladimir Putin in Moscow on May 9.',
      'They agreed to boost trade and investment.',
    );
    expect(quoteRows(facts)).toEqual([['to-lam+vladimir-putin', 'joint', 'agreed to boost']]);
  });

  it('attributes a speech verb to the subject right before it, adverbs allowed', () => {
    const facts = analyse('2025-12-01', 'Tin', 'Tổng Bí thư Tô Lâm đã chân thành cảm ơn nhân dân Lào.');
    expect(quoteRows(facts)).toEqual([['to-lam', 'reported', 'chân thành cảm']]);
  });

  it('splits two statements joined by a semicolon into two quotes by the same speaker', () => {
    const facts = analyse('2025-12-01', 'Tin', 'Tổng Bí thư Tô Lâm cảm ơn nhân dân Lào; nhấn mạnh tình hữu nghị đặc biệt.');
    expect(quoteRows(facts, 2)).toEqual([
      ['to-lam', 'reported', 'cảm ơn'],
      ['to-lam', 'reported', 'nhấn mạnh'],
    ]);
  });

  it('splits "… và đề nghị …" after another verb into its own quote', () => {
    const facts = analyse('2024-11-08', 'Tin', 'Chủ tịch nước Lương Cường đã vui vẻ nhận lời và đề nghị hai bên thu xếp qua đường ngoại giao.');
    expect(quoteRows(facts, 2)).toEqual([['luong-cuong', 'reported', 'đề nghị']]);
  });

  it('gives a fronted clause to the subject after it ("Cảm ơn …, X nhấn mạnh …")', () => {
    const facts = analyse(
      '2025-12-03',
      'Tin',
      'Cảm ơn Tổng Bí thư Tô Lâm đã dẫn đầu đoàn, Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith nhấn mạnh ý nghĩa của chuyến thăm.',
    );
    expect(quoteRows(facts, 2)).toEqual([
      ['thongloun-sisoulith', 'reported', 'Cảm ơn'],
      ['thongloun-sisoulith', 'reported', 'nhấn mạnh'],
    ]);
    expect(facts.quotes[0]!.text).toBe('Cảm ơn Tổng Bí thư Tô Lâm đã dẫn đầu đoàn');
  });

  it('makes no quote of a fronted clause that only says where the speaking was', () => {
    const facts = analyse('2025-12-03', 'Tin', 'Phát biểu tại hội đàm, Tổng Bí thư Tô Lâm khẳng định quan hệ hai nước rất đặc biệt.');
    expect(quoteRows(facts, 2)).toEqual([['to-lam', 'reported', 'khẳng định']]);
  });

  it('continues "Ông" with the previous subject', () => {
    const facts = analyse('2024-11-08', 'Tin', 'Chủ tịch nước Lương Cường đến Viêng Chăn.', 'Ông khẳng định quan hệ hai nước rất đặc biệt.');
    expect(quoteRows(facts, 2)).toEqual([['luong-cuong', 'reported', 'khẳng định']]);
  });

  it('makes "hai nhà lãnh đạo" the meeting\'s participants, a joint quote', () => {
    const facts = analyse(
      '2025-12-01',
      'Tin',
      'Sáng 1/12, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.',
      'Hai nhà lãnh đạo nhất trí tăng cường hợp tác.',
    );
    expect(quoteRows(facts, 2)).toEqual([['to-lam+thongloun-sisoulith', 'joint', 'nhất trí']]);
  });

  it('takes a quotation right after the verb as a direct quote', () => {
    const facts = analyse('2024-06-20', 'Tin', 'Tổng thống Nga Vladimir Putin nói: “Việt Nam là người bạn tin cậy.”');
    expect(facts.quotes).toEqual([expect.objectContaining({ kind: 'direct', text: 'Việt Nam là người bạn tin cậy.', speakers: ['vladimir-putin'] })]);
  });

  it('takes a quotation before "X nói" as a direct quote', () => {
    const facts = analyse('2024-06-20', 'Tin', 'Vladimir Putin đến Hà Nội.', '“Chúng tôi coi trọng Việt Nam”, Tổng thống Putin nói.');
    expect(facts.quotes).toEqual([expect.objectContaining({ kind: 'direct', text: 'Chúng tôi coi trọng Việt Nam' })]);
  });

  it('does not take a noun ("sự tin tưởng", "lời mời") for a statement', () => {
    // (Not "nhận lời mời": accepting an invitation is a reply the leader gave, a statement.)
    const facts = analyse('2024-11-08', 'Tin', 'Chủ tịch nước Lương Cường đọc lời mời, thể hiện sự tin tưởng của nhân dân.');
    expect(facts.quotes).toEqual([]);
  });

  it('keeps a passive list in one statement ("được phát huy và khẳng định")', () => {
    const facts = analyse('2025-12-03', 'Tin', 'Tổng Bí thư Tô Lâm đánh giá cao hợp tác được phát huy và khẳng định là trụ cột.');
    expect(facts.quotes).toHaveLength(1);
  });

  it('attributes English reporting verbs', () => {
    const facts = analyse('2025-12-01', 'News', 'General Secretary To Lam stressed the importance of the visit.', 'Lam also thanked the Lao people.');
    expect(quoteRows(facts, 1)).toEqual([
      ['to-lam', 'reported', 'stressed'],
      ['to-lam', 'reported', 'thanked'],
    ]);
  });

  it('attributes nothing to a person the registry does not know', () => {
    const facts = analyse('2025-01-01', 'Tin', 'Thủ tướng Campuchia Hun Manet khẳng định quan hệ tốt đẹp.');
    expect(facts.quotes).toEqual([]);
    expect(facts.unknown).toEqual([expect.objectContaining({ name: 'Hun Manet' })]);
  });
});

describe('group subjects', () => {
  it('reads "Hai Thủ tướng" as the participants of the phone call just told', () => {
    const facts = analyse(
      '2025-03-16',
      'Tin',
      'Tối 15/3, Thủ tướng Chính phủ Phạm Minh Chính điện đàm với Thủ tướng Lào Sonexay Siphandone.',
      'Hai Thủ tướng nhất trí thúc đẩy các dự án kết nối giao thông.',
    );
    expect(facts.meetings).toEqual([expect.objectContaining({ kind: 'phone_call', when: expect.objectContaining({ date: '2025-03-15' }) })]);
    expect(quoteRows(facts, 2)).toEqual([['pham-minh-chinh+sonexay-siphandone', 'joint', 'nhất trí']]);
  });
});

describe('statements joined by a comma', () => {
  it('splits "X cảm ơn Y …, khẳng định …" into two statements by X', () => {
    const facts = analyse('2026-01-29', 'Tin', 'Tổng Bí thư Tô Lâm cảm ơn Tổng thống Nga Vladimir Putin đã gọi điện, khẳng định Việt Nam coi trọng quan hệ với Nga.');
    expect(quoteRows(facts, 2)).toEqual([
      ['to-lam', 'reported', 'cảm ơn'],
      ['to-lam', 'reported', 'khẳng định'],
    ]);
  });

  it.each([
    ['en', 'Prime Minister Pham Minh Chinh received the Lao ambassador in Hanoi on December 1, affirming that the two countries would boost trade.', 'affirming that the'],
    ['vi', 'Chiều 1/12, Thủ tướng Phạm Minh Chính tiếp Đại sứ Lào tại Hà Nội, khẳng định Việt Nam luôn coi trọng quan hệ với Lào.', 'khẳng định Việt'],
  ])('gives a strong verb after a comma, nobody speaking before it, to the clause\'s subject (%s)', (_language, sentence, words) => {
    const facts = analyse('2025-12-02', 'News', sentence);
    expect(quoteRows(facts)).toEqual([['pham-minh-chinh', 'reported', words]]);
  });

  it.each([
    ['en', 'Prime Minister Pham Minh Chinh received Lao Prime Minister Sonexay Siphandone, affirming that the two countries would boost trade.', 'affirming that the'],
    ['vi', 'Chiều 1/12, Thủ tướng Phạm Minh Chính tiếp Thủ tướng Lào Sonexay Siphandone, khẳng định Việt Nam luôn coi trọng quan hệ với Lào.', 'khẳng định Việt'],
  ])('gives a strong verb right after the comma that ends a meeting\'s object, a person, to the clause\'s subject (%s)', (_language, sentence, words) => {
    const facts = analyse('2025-12-02', 'News', sentence);
    expect(quoteRows(facts)).toEqual([['pham-minh-chinh', 'reported', words]]);
  });

  it('leaves a joint verb after a meeting\'s object and a comma to both sides ("X hội đàm với Y, nhất trí …")', () => {
    const facts = analyse('2025-12-02', 'Tin', 'Chiều 1/12, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone, nhất trí tăng cường hợp tác.');
    expect(facts.quotes.map((q) => [[...q.speakers].sort(), q.kind])).toEqual([[['pham-minh-chinh', 'sonexay-siphandone'], 'joint']]);
  });

  it('splits "… and said …" in English', () => {
    const facts = analyse('2026-01-29', 'News', 'Vladimir Putin congratulated To Lam on his re-election and said Russia values the partnership.');
    expect(quoteRows(facts, 1)).toEqual([
      ['vladimir-putin', 'reported', 'congratulated'],
      ['vladimir-putin', 'reported', 'said'],
    ]);
  });
});

describe('extractStatements: two names each set off by commas after a title', () => {
  it.each([
    ['en', 'The Vietnamese Prime Minister, Pham Minh Chinh, and the Lao Prime Minister, Sonexay Siphandone, affirmed that the two countries would deepen ties.'],
    ['vi', 'Tại buổi tiếp, Thủ tướng Việt Nam, Phạm Minh Chính, và Thủ tướng Lào, Sonexay Siphandone, khẳng định hai nước sẽ tăng cường hợp tác.'],
  ])('joins them by the conjunction after the first one\'s closing comma (%s)', (_language, sentence) => {
    expect(quoteRows(analyse('2025-12-02', 'News', sentence)).map((r) => [...(r[0] as string).split('+')].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });
});

describe('extractStatements: the spokesperson of someone named', () => {
  it.each([
    ['en', 'Meanwhile, a spokesman for Prime Minister Pham Minh Chinh described the call as frank and open.'],
    ['en', 'The press secretary of Prime Minister Pham Minh Chinh said the two sides would meet again.'],
    ['vi', 'Trong khi đó, người phát ngôn của Thủ tướng Phạm Minh Chính cho biết hai bên sẽ gặp lại nhau.'],
  ])('gives the words to no one we name, not to the one spoken for (%s)', (_language, sentence) => {
    expect(quoteRows(analyse('2025-12-02', 'News', sentence))).toEqual([]);
  });
});

describe('extractStatements: "According to X, …"', () => {
  it.each([
    ['en', 'According to Prime Minister Pham Minh Chinh, the two sides will boost trade.', 'the two sides'],
    ['vi', 'Theo Thủ tướng Phạm Minh Chính, hai bên sẽ tăng cường hợp tác.', 'hai bên sẽ'],
  ])('ends the source at its comma though a group named after it would continue the chain (%s)', (_language, sentence, words) => {
    expect(quoteRows(analyse('2025-12-02', 'News', sentence))).toEqual([['pham-minh-chinh', 'reported', words]]);
  });
});

describe('extractStatements: "According to <a title the table lacks> X, …"', () => {
  it.each([
    ['en', 'According to Chairman Pham Minh Chinh, the two sides will boost trade.', 'the two sides'],
    ['vi', 'Theo chủ tịch Phạm Minh Chính, hai bên sẽ tăng cường hợp tác.', 'hai bên sẽ'],
  ])('takes a title the table does not hold between the phrase and the source (%s)', (_language, sentence, words) => {
    expect(quoteRows(analyse('2025-12-02', 'News', sentence))).toEqual([['pham-minh-chinh', 'reported', words]]);
  });

  it.each([
    // Three words, or two ending in a possessive: an invitation, a request, not a source.
    'Theo lời mời của Thủ tướng Phạm Minh Chính, hai bên sẽ tăng cường hợp tác.',
    'Theo đề nghị của Thủ tướng Phạm Minh Chính, hai bên sẽ tăng cường hợp tác.',
    'According to the office of Prime Minister Pham Minh Chinh, the two sides will boost trade.',
  ])('takes no source after words that are not a title ("%s")', (sentence) => {
    expect(quoteRows(analyse('2025-12-02', 'Tin', sentence)).filter(([id]) => id === 'pham-minh-chinh')).toEqual([]);
  });
});

describe('extractStatements: "…, according to X."', () => {
  it.each([
    ['en', 'Trade between the two countries will grow next year, according to Prime Minister Pham Minh Chinh.', 'Trade between the'],
    ['vi', 'Thương mại hai nước sẽ tăng trong năm tới, theo Thủ tướng Phạm Minh Chính.', 'Thương mại hai'],
  ])('takes the clause before a source that closes the sentence as that source\'s statement (%s)', (_language, sentence, words) => {
    expect(quoteRows(analyse('2025-12-02', 'News', sentence))).toEqual([['pham-minh-chinh', 'reported', words]]);
  });

  it('takes nothing when more than the source follows it', () => {
    expect(analyse('2025-12-02', 'News', 'Trade will grow next year, according to Prime Minister Pham Minh Chinh and data from the ministry of trade.').quotes).toEqual([]);
  });
});

describe('extractStatements: a statement closed by its speaker', () => {
  it('reads "…, he said." as reported speech by the subject of "he"', () => {
    const facts = analyse('2025-12-02', 'News', 'Prime Minister Pham Minh Chinh welcomed the delegation.', 'Vietnam treasures its ties with Laos, he said.');
    expect(facts.quotes.at(-1)).toMatchObject({ speakers: ['pham-minh-chinh'], text: 'Vietnam treasures its ties with Laos', kind: 'reported' });
  });
});

describe('extractStatements: the speaker after the verb ("…,” said X.")', () => {
  it('reads a quotation followed by "said" and the speaker as that speaker\'s direct quote', () => {
    const facts = analyse('2025-12-02', 'News', 'Prime Minister Pham Minh Chinh welcomed the delegation.', '“Vietnam treasures its ties with Laos,” said Chinh.');
    expect(facts.quotes.at(-1)).toMatchObject({ speakers: ['pham-minh-chinh'], text: 'Vietnam treasures its ties with Laos,', kind: 'direct' });
  });

  it('reads reported speech closed by "said" and a titled speaker', () => {
    const facts = analyse('2025-12-02', 'News', 'Vietnam treasures its ties with Laos, said Prime Minister Pham Minh Chinh.');
    expect(facts.quotes).toEqual([expect.objectContaining({ speakers: ['pham-minh-chinh'], text: 'Vietnam treasures its ties with Laos', kind: 'reported' })]);
  });

  it('reads a quotation followed by "said the" and a title as the direct quote of the one that title means', () => {
    const facts = analyse('2025-12-02', 'News', 'Lao Prime Minister Sonexay Siphandone welcomed the delegation in Vientiane on December 1.', '“Laos treasures its ties with Vietnam,” said the Prime Minister.');
    expect(facts.quotes.at(-1)).toMatchObject({ speakers: ['sonexay-siphandone'], text: 'Laos treasures its ties with Vietnam,', kind: 'direct' });
  });

  it('does not invert a verb the language does not let the speaker follow, nor one followed by more than its speaker', () => {
    expect(analyse('2025-12-02', 'News', 'Prime Minister Pham Minh Chinh spoke.', '“We agree,” urged Chinh.').quotes).toEqual([]);
    expect(analyse('2025-12-02', 'News', 'Prime Minister Pham Minh Chinh spoke.', '“We agree,” said Chinh and others who were there at the time.').quotes).toEqual([]);
  });
});

describe('extractStatements: a verb with a few words after it closes the sentence', () => {
  it('takes the quotation before "X told reporters." as what X said', () => {
    const facts = analyse('2025-12-02', 'News', 'Prime Minister Pham Minh Chinh spoke.', '“Trade will grow further,” Chinh told reporters.');
    expect(facts.quotes.at(-1)).toMatchObject({ speakers: ['pham-minh-chinh'], text: 'Trade will grow further,', kind: 'direct' });
  });
});

describe('extractStatements: a verb followed only by where and when', () => {
  it('takes the clause before ", X said in a meeting on Monday …" as what X said', () => {
    const facts = analyse('2025-11-14', 'News', 'Trade between the two countries should grow, General Secretary To Lam said in a meeting on Monday in Moscow.');
    expect(facts.quotes).toEqual([expect.objectContaining({ speakers: ['to-lam'], text: 'Trade between the two countries should grow', kind: 'reported' })]);
  });

  it('keeps what follows "that" after the adjunct', () => {
    const facts = analyse('2025-11-14', 'News', 'At the talks, General Secretary To Lam said in Moscow that trade should grow.');
    expect(facts.quotes[0]?.text).toContain('that trade should grow');
  });
});

describe('extractStatements: a fronted setting is not what was said', () => {
  it('does not take "At the reception" before ", X said following …" for the statement', () => {
    const facts = analyse('2025-05-10', 'News', 'At the reception, General Secretary To Lam said following the talks trade would grow.');
    expect(facts.quotes).toEqual([expect.objectContaining({ speakers: ['to-lam'], text: expect.stringContaining('following the talks') })]);
  });

  it('still takes a clause that only opens with a setting ("In Moscow, trade rose …, he said")', () => {
    const facts = analyse('2025-05-10', 'News', 'General Secretary To Lam arrived in Moscow.', 'In Moscow, trade rose by ten percent last year, he said.');
    expect(facts.quotes.at(-1)).toMatchObject({ speakers: ['to-lam'], text: 'In Moscow, trade rose by ten percent last year' });
  });
});

describe('findMentions through an article: a short form after a bare title identified its holder', () => {
  it('reads "Mr Lam" as the General Secretary a headline named by title only', () => {
    const facts = analyse('2025-05-10', 'General Secretary receives Lao guests', 'Mr Lam said the two countries would boost trade.');
    expect(facts.quotes).toEqual([expect.objectContaining({ speakers: ['to-lam'] })]);
  });
});

describe('extractStatements: the role a subject speaks in, set off by commas', () => {
  it.each([
    ['en', 'General Secretary To Lam, on behalf of the Party and State, thanked Russia for its support.', 'thanked Russia'],
    ['en', 'General Secretary To Lam, in his capacity as head of the delegation, stressed the role of the partnership.', 'stressed the role'],
    ['vi', 'Tổng Bí thư Tô Lâm, thay mặt lãnh đạo Đảng và Nhà nước Việt Nam, cảm ơn Nga đã hỗ trợ.', 'cảm ơn Nga'],
    ['vi', 'Tổng Bí thư Tô Lâm, với tư cách Trưởng đoàn, nhấn mạnh vai trò của quan hệ đối tác.', 'nhấn mạnh vai trò'],
  ])('passes over it to the subject (%s): %s', (_lang, sentence, text) => {
    const facts = analyse('2025-05-10', 'News', sentence);
    expect(facts.quotes).toEqual([expect.objectContaining({ speakers: ['to-lam'], text: expect.stringContaining(text) })]);
  });
});

describe('extractStatements: an agency byline after the sentence', () => {
  it('leaves ". - Bernama" out of a statement closed by its speaker', () => {
    const facts = analyse('2025-05-10', 'News', 'General Secretary To Lam met the press.', '“We will deepen the partnership,” Lam said. - Bernama');
    expect(facts.quotes.at(-1)).toMatchObject({ speakers: ['to-lam'], kind: 'direct', text: 'We will deepen the partnership,' });
  });
});

describe('resolving "he": the subject opening its own sentence first', () => {
  it('reads "…, and he pledged" as the sentence\'s subject, not the last speaker before it', () => {
    const facts = analyse(
      '2025-05-10',
      'News',
      'Russian President Vladimir Putin said the ties were strong.',
      'General Secretary To Lam was re-elected by the congress, and he pledged to speed up growth.',
    );
    expect(facts.quotes.at(-1)).toMatchObject({ speakers: ['to-lam'], text: expect.stringContaining('pledged') });
  });
});

describe('group subjects: the meeting the same sentence tells', () => {
  it('reads "…held talks on Monday, during which they agreed …" as the two who met', () => {
    const facts = analyse('2025-05-10', 'News', 'General Secretary To Lam and Russian President Vladimir Putin held talks on Monday, during which they agreed to boost trade.');
    expect(facts.quotes).toEqual([expect.objectContaining({ speakers: ['to-lam', 'vladimir-putin'], kind: 'joint' })]);
  });
});

describe('extractStatements: a hope told as "looked forward to"', () => {
  it.each(['looked forward to', 'looks forward to'])('is the speaker\'s statement ("X %s …"), as "mong muốn" is in Vietnamese', (verb) => {
    const facts = analyse('2025-05-10', 'News', `Russian President Vladimir Putin ${verb} the visit of Vietnam's leaders to Moscow next year.`);
    expect(quoteRows(facts)).toEqual([['vladimir-putin', 'reported', expect.stringContaining(verb)]]);
  });
});

describe('extractStatements: what a group or a pronoun did, told inside what one speaker said', () => {
  const talks = 'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Hanoi on May 9.';
  const hoiDam = 'Thủ tướng Lào Sonexay Siphandone hội kiến Thủ tướng Phạm Minh Chính tại Hà Nội ngày 9/5.';
  it.each([
    [talks, 'Prime Minister Pham Minh Chinh said they reaffirmed the close ties between the two countries.', 'said they reaffirmed the close ties between the two countries'],
    [talks, 'Mr Chinh said that both sides agreed to expand trade and investment.', 'said that both sides agreed to expand trade and investment'],
    [hoiDam, 'Thủ tướng Chính cho biết hai bên đã khẳng định quan hệ tốt đẹp giữa hai nước.', 'cho biết hai bên đã khẳng định quan hệ tốt đẹp giữa hai nước'],
  ])('is one statement, the speaker\'s: %s', (meeting, sentence, text) => {
    const facts = analyse('2025-05-10', 'News', meeting, sentence);
    expect(facts.quotes.map((q) => [q.speakers, q.text])).toEqual([[['pham-minh-chinh'], text]]);
  });
});

describe('extractStatements: a source the registry does not hold, named after its verb closing the sentence', () => {
  it.each([
    'Prime Minister Pham Minh Chinh held talks with his Lao counterpart, Sonexay Siphandone, in Hanoi on May 9, reported Xinhua News Agency.',
    'Prime Minister Pham Minh Chinh held talks with his Lao counterpart, Sonexay Siphandone, in Hanoi on May 9, said Kyodo.',
  ])('makes no statement of the person before it: %s', (sentence) => {
    expect(analyse('2025-05-10', 'News', sentence).quotes).toEqual([]);
  });

  it('leaves a speaker before the verb who tells someone unnamed ("…,” X told Phan.")', () => {
    const facts = analyse('2025-05-10', 'News', '“Laos and Vietnam have always been discussing many things about both our countries,” Prime Minister Sonexay Siphandone told Phan.');
    expect(quoteRows(facts).map((r) => r[0])).toEqual(['sonexay-siphandone']);
  });
});

describe('a participle after "by" ("X opened the meeting by saying …")', () => {
  it.each([
    'Prime Minister Pham Minh Chinh opened Sunday\'s meeting by saying Laos is a close friend.',
    'Prime Minister Pham Minh Chinh began by noting that Laos is a close friend.',
  ])('is the clause subject\'s statement: %s', (sentence) => {
    expect(quoteRows(analyse('2025-05-10', 'News', sentence), 1).map((r) => r[0])).toEqual(['pham-minh-chinh']);
  });

  it('is nobody\'s when someone else is named before it', () => {
    const sentence = 'Prime Minister Pham Minh Chinh surprised Lao Prime Minister Sonexay Siphandone by saying the two would meet again.';
    expect(quoteRows(analyse('2025-05-10', 'News', sentence))).toEqual([]);
  });
});

describe('a post quoted after a comma ("X wrote, “…”")', () => {
  it('is the writer\'s statement', () => {
    const sentence = 'Taking to X, Prime Minister Pham Minh Chinh wrote, "Spoke with Prime Minister Sonexay Siphandone today."';
    expect(quoteRows(analyse('2025-05-10', 'News', sentence), 1)).toEqual([['pham-minh-chinh', 'direct', 'Spoke']]);
  });

  it('is not when "wrote" has an object before the comma and the quotation', () => {
    const sentence = 'Prime Minister Pham Minh Chinh wrote a letter, "a gesture of friendship", to Lao Prime Minister Sonexay Siphandone.';
    expect(quoteRows(analyse('2025-05-10', 'News', sentence))).toEqual([]);
  });
});

describe('a pair named by what they do ("the two diplomats", "the two FMs", "the two government leaders", "the two defence chiefs")', () => {
  it.each(['The two diplomats', 'The two FMs', 'The two government leaders'])('"%s" is the pair who met', (group) => {
    const facts = analyse('2025-05-10', 'News', 'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Hanoi on May 9.', `${group} agreed to boost trade.`);
    expect(quoteRows(facts)).toEqual([['pham-minh-chinh+sonexay-siphandone', 'joint', 'agreed to boost']]);
  });

  it('"the two defence chiefs" are the two defence ministers at the meeting, not another the guest met', () => {
    // The project registry, where both hold the defence office on the day.
    const project = readRegistryFile('corpus/leaders.json');
    const paragraphs = [
      'News',
      'Defence Minister Ngo Xuan Lich held talks with Singaporean Defence Minister Ng Eng Hen in Singapore on June 1.',
      'Prime Minister Lee Hsien Loong received Ngo Xuan Lich on the same day.',
      'The two defence chiefs agreed to boost cooperation.',
    ];
    const facts = analyseArticle(paragraphs.map((text, i) => ({ text, line: i + 1 })), { date: '2016-06-02', inferred: false }, project, loadNameTable(buildNameTable(project)), rulesFor('en'));
    expect(quoteRows(facts).at(-1)).toEqual(['ngo-xuan-lich+ng-eng-hen', 'joint', 'agreed to boost']);
  });
});

describe('a person in a fronted participle clause ("Talking to X, Y highlighted …")', () => {
  it.each(['Talking to', 'Meeting with', 'Receiving'])('is not a co-speaker: "%s X, Y …"', (opener) => {
    const sentence = `${opener} Lao Prime Minister Sonexay Siphandone, Prime Minister Pham Minh Chinh highlighted progress in bilateral ties.`;
    expect(quoteRows(analyse('2025-05-10', 'News', sentence), 1).map((r) => r[0])).toEqual(['pham-minh-chinh']);
  });
});

describe('a fronted clause whose speaker after the comma is a name we do not know', () => {
  it('is not the previous speaker\'s statement', () => {
    const facts = analyse(
      '2025-05-10',
      'News',
      'Prime Minister Pham Minh Chinh received the new US Ambassador on Monday and stressed that ties were growing.',
      'Expressing his honour to return to work in Vietnam, Knapper said he was impressed with the country.',
    );
    expect(quoteRows(facts, 2)).toEqual([['pham-minh-chinh', 'reported', 'stressed that']]);
  });

  it('is still the named speaker\'s when we know them', () => {
    const facts = analyse('2025-05-10', 'News', 'Expressing his thanks to Laos, Prime Minister Pham Minh Chinh said ties were growing.');
    // The fronted participle and the verb after the name: two statements, both theirs.
    expect(quoteRows(facts, 1).map((r) => r[0])).toEqual(['pham-minh-chinh', 'pham-minh-chinh']);
  });
});

describe('"host and guest", the reception\'s two sides', () => {
  it.each(['Host and guest', 'Both host and guest', 'The host and the guest'])('"%s agreed …" is both people met', (group) => {
    const facts = analyse('2025-05-10', 'News', 'Prime Minister Pham Minh Chinh received Lao Prime Minister Sonexay Siphandone in Hanoi on May 9.', `${group} agreed to boost trade.`);
    expect(quoteRows(facts)).toEqual([['pham-minh-chinh+sonexay-siphandone', 'joint', 'agreed to boost']]);
  });
});
