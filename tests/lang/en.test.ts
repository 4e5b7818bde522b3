import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/lang';
import { join } from 'node:path';
import { en } from '../../src/lang/en';
import { foldName } from '../../src/registry/fold';
import { readRegistryFile } from '../../src/registry/read-registry-file';
import { analyse, meetingPairs, quoteRows } from '../corpus/statement-fixture';

// The English descriptor's test table: each row is constructed text in the shapes of the region's
// English-language press, read by the one engine with the English rules, and what it must find.
// People are those of the frozen ten-person registry (tests/fixtures/registry-ten).
const meetings = (date: string, ...text: string[]) => analyse(date, 'News', ...text).meetings;

describe('the English descriptor', () => {
  it('is what the engine detects for English text, Vietnamese names with diacritics or not', () => {
    expect(detectLanguage('Prime Minister Phạm Minh Chính held talks with Lao Prime Minister Sonexay Siphandone on Monday.')).toBe('en');
    expect(detectLanguage('Party General Secretary Nguyen Phu Trong received the delegation.')).toBe('en');
    expect(en.shortFormNeedsHonorific).toBe(false);
  });

  it.each([
    ['General Secretary To Lam held talks with Lao President Thongloun Sisoulith in Vientiane on December 1.', 'talks', '2025-12-01', 'Vientiane'],
    ['President Luong Cuong held phone talks with Russian President Vladimir Putin on December 1.', 'phone_call', '2025-12-01', null],
    ['Prime Minister Pham Minh Chinh and his Lao counterpart Sonexay Siphandone held online talks on Monday.', 'online_talks', '2025-12-01', null],
    ['President Luong Cuong held a videoconference with Russian President Vladimir Putin on December 1.', 'online_talks', '2025-12-01', null],
    ['Lao Prime Minister Sonexay Siphandone paid a courtesy call on Party General Secretary To Lam in Hanoi on Dec. 1, 2025.', 'courtesy_call', '2025-12-01', 'Hanoi'],
    ['Prime Minister Pham Minh Chinh received visiting Lao Prime Minister Sonexay Siphandone in Hanoi on 1 December 2025.', 'reception', '2025-12-01', 'Hanoi'],
    ['Prime Minister Pham Minh Chinh met with Lao Prime Minister Sonexay Siphandone on the same day.', 'other', null, null],
    ['Receiving Lao Prime Minister Sonexay Siphandone in Hanoi on Monday, Prime Minister Pham Minh Chinh said ties were strong.', 'reception', '2025-12-01', 'Hanoi'],
    ['Prime Minister Pham Minh Chinh was accorded a ceremonial welcome by Lao Prime Minister Sonexay Siphandone in Vientiane on December 1.', 'reception', '2025-12-01', 'Vientiane'],
  ])('reads %j as %s on %s at %s', (sentence, kind, date, place) => {
    const found = meetings('2025-12-02', sentence);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind, when: expect.objectContaining({ date }), place });
    expect(found[0]!.participants).toHaveLength(2);
  });

  it('reads "The talks between X and Y …" opening a sentence as the talks already told, not a meeting dated by another clause', () => {
    const found = meetings(
      '2025-12-02',
      'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Hanoi on December 1.',
      'The talks between Pham Minh Chinh and Sonexay Siphandone come after the signing of a trade agreement in September.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'talks', when: expect.objectContaining({ date: '2025-12-01' }) });
  });

  it.each([
    ['held bilateral discussions with', 'talks'],
    ['had a telephonic conversation with', 'phone_call'],
    ['hosted a tea party for', 'reception'],
    ['extended a warm welcome to', 'reception'],
    ['held a talk with', 'other'],
    ['had very productive meetings with', 'other'],
    ['had an early encounter with', 'other'],
  ])('reads "X %s Y" as %s', (phrase, kind) => {
    const found = meetings('2025-12-02', `On December 1, Lao Prime Minister Sonexay Siphandone ${phrase} General Secretary To Lam.`);
    expect(found.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['sonexay-siphandone', 'to-lam'], kind]]);
  });

  it.each([
    ['On Facebook, Prime Minister Pham Minh Chinh wrote that he and Lao Prime Minister Sonexay Siphandone discussed many areas of cooperation.', 'pham-minh-chinh', 'reported'],
    ['Both Pham Minh Chinh and Sonexay Siphandone instructed relevant agencies to continue working together on border issues.', 'pham-minh-chinh+sonexay-siphandone', 'joint'],
  ])('reads a post or a directive as a statement: %j', (sentence, speakers, kind) => {
    expect(quoteRows(analyse('2025-12-02', 'News', sentence), 1).map(([s, k]) => [s, k])).toEqual([[speakers, kind]]);
  });

  it.each([
    ['a country and a title word', 'At the reception, the Cambodian ambassador congratulated Vietnam on its congress.'],
    ['a title word and a name', 'Ambassador Chay Navuth congratulated Vietnam on its congress.'],
    ['an honorific and a name', 'For his part, General Bounkham Vorachit highly valued Vietnam\'s preparations.'],
  ])('reads "he" after a sentence opened by a person the index does not hold (%s) as that person, not the last one named', (_, opening) => {
    const found = analyse('2025-12-02', 'News', 'General Secretary To Lam received the Cambodian ambassador in Hanoi on Monday.', opening, 'He thanked the Vietnamese Party for its support.');
    expect(found.quotes.filter((q) => q.evidence.startsWith('He thanked'))).toEqual([]);
  });

  it.each([
    'Prime Minister Pham Minh Chinh on Monday held bilateral talks with Lao Prime Minister Sonexay Siphandone asserting that ties had never been better.',
    'Hanoi, December 1: Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone stressing that ties had never been better.',
  ])('gives a participle right after the one met, no comma between, to the meeting\'s subject: %j', (sentence) => {
    expect(quoteRows(analyse('2025-12-02', 'News', sentence), 1).map(([s]) => s)).toEqual(['pham-minh-chinh']);
  });

  it.each(['The premiers praised the progress of joint projects in energy.', 'The two comrades expressed their joy at the progress of the ties.'])(
    'reads %j after a meeting of two as both sides\' joint statement',
    (sentence) => {
      const found = analyse('2025-12-02', 'News', 'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Hanoi on Monday.', sentence);
      expect(found.quotes.filter((q) => q.evidence === sentence).map((q) => [...q.speakers].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
    },
  );

  it('reads "they" after a comma that closes the one met as the next clause\'s subject, not the meeting\'s third side', () => {
    const found = meetings(
      '2025-12-02',
      'At his meeting with Lao Prime Minister Sonexay Siphandone, Prime Minister Pham Minh Chinh said ties were strong.',
      'At Chinh\'s meeting with Russian President Vladimir Putin, they reached a consensus on trade.',
    );
    expect(found.map((m) => [...m.participants].sort())).toEqual([
      ['pham-minh-chinh', 'sonexay-siphandone'],
      ['pham-minh-chinh', 'vladimir-putin'],
    ]);
  });

  it('reads a monarch\'s style, "His Majesty", as the one named before, as a pronoun', () => {
    const found = meetings('2025-12-02', 'Lao President Thongloun Sisoulith held an audience ceremony at the palace on December 1.', 'Following the ceremony, His Majesty held a bilateral meeting with Prime Minister Pham Minh Chinh.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'thongloun-sisoulith']]);
  });

  it('reads a pronoun joined by "and" to a title with its article ("He and the Vietnamese Prime Minister …") as a joint subject', () => {
    const sentence = 'He and the Vietnamese Prime Minister reaffirmed the special relationship.';
    const found = analyse('2025-12-02', 'News', 'Lao Prime Minister Sonexay Siphandone received Vietnamese Prime Minister Pham Minh Chinh in Vientiane on December 1.', sentence);
    expect(found.quotes.filter((q) => q.evidence === sentence).map((q) => [...q.speakers].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('reads "after the meeting with Y, X …" after X met Z as a meeting of X and Y, not a pointer back to the one with Z', () => {
    const found = meetings(
      '2025-12-02',
      'President Vladimir Putin held talks with General Secretary To Lam on December 1.',
      'Earlier in the morning, after the meeting with Prime Minister Pham Minh Chinh, President Vladimir Putin witnessed the groundbreaking ceremony.',
    );
    expect(found.map((m) => [...m.participants].sort())).toEqual([['to-lam', 'vladimir-putin'], ['pham-minh-chinh', 'vladimir-putin']]);
  });

  it('reads "the leaders of A and B" as those countries\' leaders at large, not the pair the story is about', () => {
    const found = meetings(
      '2025-12-02',
      'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone on December 1.',
      'Chinh recalled that in May last year, on the sidelines of the meeting of the leaders of Russia and China, a plan was signed.',
    );
    expect(found.map((m) => [m.status, [...m.participants].sort()])).toEqual([['reported', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('reads "the top Lao diplomat" as the Lao leader named before', () => {
    const found = meetings('2025-12-02', 'Lao Prime Minister Sonexay Siphandone arrived in Hanoi on December 1.', 'The top Lao diplomat said before meeting with President Luong Cuong that ties were strong.');
    expect(found.filter((m) => m.kind !== 'visit').map((m) => [...m.participants].sort())).toEqual([['luong-cuong', 'sonexay-siphandone']]);
  });

  it('reads "The prime ministers" after the prime minister met a president as the prime ministers who met before, not the last meeting\'s sides', () => {
    const sentence = 'The prime ministers agreed to boost trade.';
    const found = analyse(
      '2025-12-02',
      'News',
      'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Hanoi on Monday.',
      'Sonexay Siphandone later met President Luong Cuong at the Presidential Palace.',
      sentence,
    );
    expect(found.quotes.filter((q) => q.evidence === sentence).map((q) => [...q.speakers].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it.each([
    ['The Vietnamese leader emphasized the importance of the ties.', 'pham-minh-chinh'],
    ['The top Vietnamese leader emphasized the importance of the ties.', 'to-lam'],
  ])('reads a leader told by country with no office in the story of a meeting as that country\'s side of it, not another leader of it named since: %j', (sentence, speaker) => {
    const found = analyse('2025-12-02', 'News', 'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Hanoi on Monday.', 'Chinh conveyed the greetings of General Secretary To Lam to Sonexay.', sentence);
    expect(found.quotes.filter((q) => q.evidence === sentence).map((q) => q.speakers)).toEqual([[speaker]]);
  });

  it.each([
    'After talks with his Lao counterpart, Sonexay Siphandone, in Vientiane on Monday, Minister Karlsson said that trade could double.',
    'Prime Minister Sonexay Siphandone, in Vientiane on Monday, Ambassador Erik Nilsson said the visit went well.',
  ])('gives no one a statement whose clause opens with a title word and a name the index does not hold: %j', (sentence) => {
    expect(analyse('2025-12-02', 'News', sentence).quotes).toEqual([]);
  });

  it.each([
    ['“We will work closely together to strengthen our friendship,” wrote Prime Minister Pham Minh Chinh.', 'pham-minh-chinh'],
    ['“We will work closely together to strengthen our friendship,” Prime Minister Pham Minh Chinh posted on Facebook.', 'pham-minh-chinh'],
  ])('reads a post quoted, its verb closing the quotation, as a statement: %j', (sentence, speakers) => {
    expect(quoteRows(analyse('2025-12-02', 'News', sentence), 1).map(([s]) => s)).toEqual([speakers]);
  });

  it.each(['Prime Minister Pham Minh Chinh posted a photo of the two leaders on Facebook.', 'Prime Minister Pham Minh Chinh writes a letter to the Lao people every year.'])(
    'does not read a post or a letter that closes no quotation as a statement: %j',
    (sentence) => {
      expect(analyse('2025-12-02', 'News', sentence).quotes).toEqual([]);
    },
  );

  it('does not read a letter written as a statement', () => {
    expect(analyse('2025-12-02', 'News', 'Prime Minister Pham Minh Chinh wrote a letter to Lao Prime Minister Sonexay Siphandone.').quotes).toEqual([]);
  });

  it('reads "In a telephone conversation with X, the two leaders …" as X and the one the story is about', () => {
    const found = meetings(
      '2025-12-02',
      'Lao Prime Minister Sonexay Siphandone thanked Vietnam for its help on Tuesday.',
      'In a telephone conversation with General Secretary To Lam on Tuesday, the two leaders discussed issues related to their citizens.',
    );
    expect(found.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['sonexay-siphandone', 'to-lam'], 'phone_call']]);
  });

  it('does not read "both leaders" as the last two named when they are of one country (one side, not two)', () => {
    const found = meetings(
      '2025-12-02',
      'Prime Minister Pham Minh Chinh, accompanied by General Secretary To Lam, landed in Vientiane on Monday.',
      'They later headed to the palace for both leaders’ scheduled luncheon.',
    );
    expect(found.map((m) => [...m.participants].sort())).not.toContainEqual(['pham-minh-chinh', 'to-lam']);
  });

  it('reads "both leaders" as the last two named when they are of two countries', () => {
    const found = meetings(
      '2025-12-02',
      'Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone arrived at the palace on Monday.',
      'They later headed to the garden for both leaders’ scheduled luncheon.',
    );
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('reads an object shared by two verbs, named after the second one\'s linker ("held discussions with and vowed to strengthen ties with Y")', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh held discussions with and vowed to strengthen ties with Lao Prime Minister Sonexay Siphandone on Monday.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('shares no object past a clause\'s end ("met with and thanked the hosts, and Y …")', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh held talks with and thanked the hosts, and Lao Prime Minister Sonexay Siphandone spoke with reporters on Monday.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([]);
  });

  it('reads "their meeting" as the one named and the one other person the clause named ("X said he was glad to see Y following their meeting in Vientiane in February")', () => {
    const found = meetings(
      '2025-12-02',
      'Prime Minister Pham Minh Chinh said he was glad to see Lao Prime Minister Sonexay Siphandone again following their meeting in Vientiane in February.',
    );
    expect(found.map((m) => [[...m.participants].sort(), m.status])).toEqual([[['pham-minh-chinh', 'sonexay-siphandone'], 'referenced']]);
  });

  it('reads no pair from "their" before a visit (its owners are its visitors) or with two others named in the clause', () => {
    const visit = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh welcomed Lao Prime Minister Sonexay Siphandone on the occasion of their official visit to Vietnam on Monday.');
    expect(visit.filter((m) => m.kind === 'visit').map((m) => m.participants)).not.toContainEqual(expect.arrayContaining(['pham-minh-chinh', 'sonexay-siphandone']));
    const two = meetings('2025-12-02', 'General Secretary To Lam and Prime Minister Pham Minh Chinh were glad to see Lao Prime Minister Sonexay Siphandone following their meeting in February.');
    expect(two.map((m) => [...m.participants].sort())).toEqual([]);
  });

  it.each([
    ['After his talks with Lao Prime Minister Sonexay Siphandone in Vientiane, Prime Minister Pham Minh Chinh said ties were strong.'],
    ['Following her meeting with Lao Prime Minister Sonexay Siphandone in Vientiane, Prime Minister Pham Minh Chinh said ties were strong.'],
  ])('reads a meeting noun owned by "his" or "her" as the setting of the subject\'s act: %j', (sentence) => {
    expect(meetings('2025-12-02', sentence).map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('keeps a list of people met going past title words the name table did not take with the next one ("… and Chairman of Lao Government Council Y")', () => {
    const found = meetings('2025-12-02', 'President Luong Cuong held talks with Lao President Thongloun Sisoulith and Chairman of Lao Government Council Sonexay Siphandone on Monday.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['luong-cuong', 'sonexay-siphandone', 'thongloun-sisoulith']]);
  });

  it('keeps a subject list going back past title words the name table did not take with its next person ("X and Lao Speaker Y held talks")', () => {
    const found = meetings('2025-12-02', 'President Luong Cuong and Lao Speaker Thongloun Sisoulith held talks in Hanoi on Monday.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['luong-cuong', 'thongloun-sisoulith']]);
  });

  it('dates a meeting with no day of its own by the month of the visit it was held during ("last met in Hanoi during Y\'s visit to Vietnam in April 2023")', () => {
    const talks = 'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Vientiane on Monday.';
    const recalled = meetings('2025-12-02', talks, 'The two leaders last met in Hanoi during the Lao leader\'s visit to Vietnam in April 2023.');
    // (The visit itself is a meeting of its own, dated so too.)
    expect(recalled.filter((m) => m.kind !== 'visit').map((m) => [m.kind, [...m.participants].sort(), m.when.date, m.when.approx])).toEqual([
      ['talks', ['pham-minh-chinh', 'sonexay-siphandone'], '2025-12-01', null],
      ['other', ['pham-minh-chinh', 'sonexay-siphandone'], null, '2023-04'],
    ]);
    // A day is the visit's alone: which day of it the meeting took is not told.
    const dayOfVisit = meetings('2025-12-02', talks, 'The two leaders last met in Hanoi during the Lao leader\'s visit to Vietnam on April 8, 2023.');
    expect(dayOfVisit.filter((m) => m.kind !== 'visit').map((m) => m.when.date ?? m.when.approx)).not.toContain('2023-04-08');
  });

  it('reads a counter alone before a verb of theirs as the pair ("The two last met in Vientiane in March 2023"), not before a noun ("the two countries")', () => {
    const talks = 'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Hanoi on Monday.';
    const recalled = meetings('2025-12-02', talks, 'The two last met in Vientiane in March 2023.');
    expect(recalled.map((m) => [[...m.participants].sort(), m.when.date ?? m.when.approx])).toEqual([
      [['pham-minh-chinh', 'sonexay-siphandone'], '2025-12-01'],
      [['pham-minh-chinh', 'sonexay-siphandone'], '2023-03'],
    ]);
    expect(meetings('2025-12-02', talks, 'The two countries last met in Vientiane in March 2023.')).toHaveLength(1);
  });

  it('reads a pair group that is a subject as the two people its sentence named before it, not the sides of the meeting told last', () => {
    const found = meetings(
      '2025-12-02',
      'Prime Minister Pham Minh Chinh held talks with Russian President Vladimir Putin in Moscow on Monday.',
      'It was the second meeting between Chinh and Lao Prime Minister Sonexay Siphandone this year, as the two leaders held talks in Vientiane in March.',
    );
    expect(found.map((m) => [[...m.participants].sort(), m.when.date ?? m.when.approx])).toContainEqual([['pham-minh-chinh', 'sonexay-siphandone'], '2025-03']);
    expect(found.flatMap((m) => (m.when.approx === '2025-03' ? [[...m.participants].sort()] : []))).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('reads the one named after "the leader of <country>," as the one met ("met with the leader of the Republic of Turkey, Y")', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh met with the leader of the Russian Federation, Vladimir Putin, on December 1.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'vladimir-putin']]);
  });

  it('leaves a day right after a speech verb to the saying, not the meeting it tells ("X said Friday he spoke to Y")', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh said Friday he spoke to Lao Prime Minister Sonexay Siphandone by phone.');
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['phone_call', ['pham-minh-chinh', 'sonexay-siphandone']]]);
    expect(found[0]!.when.date).not.toBe('2025-11-28');
  });

  it('reads "spoke to Y over the telephone" as a call', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh spoke to Lao Prime Minister Sonexay Siphandone over the telephone on December 1.');
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['phone_call', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('reads "with A, and B" as a list of two when only where and when follow B ("… and B on December 1.")', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh held separate phone talks with Lao President Thongloun Sisoulith, and Russian President Vladimir Putin on December 1.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'thongloun-sisoulith'], ['pham-minh-chinh', 'vladimir-putin']]);
  });

  it('reads the names set off after a title of several as the subject ("Vietnamese and Lao Prime Ministers, A and B, met …")', () => {
    const found = meetings('2025-12-02', 'Vietnamese and Lao Prime Ministers, Pham Minh Chinh and Sonexay Siphandone, met on Monday in Hanoi.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('reads a bare title joined to a second title the table does not list as the named holder\'s ("Prime Minister and Minister for Finance Y"), not the home country\'s', () => {
    const found = meetings('2025-12-02', 'Prime Minister and Minister for Finance Sonexay Siphandone is on his introductory visit to Phnom Penh, Cambodia.');
    expect(found.map((m) => [m.kind, m.participants])).toEqual([['visit', ['sonexay-siphandone']]]);
  });

  it('reads a name particle joined by a hyphen as part of a name the index does not hold ("Abdel Fattah al-Sisi")', () => {
    const sentence = 'Prime Minister Pham Minh Chinh held a phone call with Egyptian President Abdel Fattah al-Sisi on Monday.';
    expect(analyse('2025-12-02', 'News', sentence).unknown.map((u) => u.name)).toEqual(['Abdel Fattah al-Sisi']);
  });

  it.each([
    ['Prime Minister Pham Minh Chinh held a phone call with Spanish President Felipe VI on Monday.', 'Felipe VI'],
    ['Prime Minister Pham Minh Chinh held a phone call with Spanish President Carlos XIV on Monday.', 'Carlos XIV'],
  ])('reads a regnal number as the last word of a name the index does not hold, whole: %j', (sentence, name) => {
    expect(analyse('2025-12-02', 'News', sentence).unknown.map((u) => u.name)).toEqual([name]);
  });

  it.each([
    ['Prime Minister Pham Minh Chinh called Lao Prime Minister Sonexay Siphandone to congratulate him on his election.', [['pham-minh-chinh', 'sonexay-siphandone']]],
    ['Prime Minister Pham Minh Chinh called his Lao counterpart, Sonexay Siphandone, on Monday to discuss trade.', [['pham-minh-chinh', 'sonexay-siphandone']]],
    // A person called something is no call.
    ['Prime Minister Pham Minh Chinh called Lao Prime Minister Sonexay Siphandone a close friend of Vietnam.', []],
  ])('reads a bare "called Y" as a call only with a purpose or a day after Y: %j', (sentence, pairs) => {
    expect(meetings('2025-12-02', sentence).map((m) => [...m.participants].sort())).toEqual(pairs);
  });

  it('keeps a list going past the rest of a body\'s name a title match stopped short of ("General Secretary of the Lao People’s Revolutionary Party (LPRP) and President X, …")', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh met separately with General Secretary of the Lao People’s Revolutionary Party (LPRP) and State President Thongloun Sisoulith, and Prime Minister Sonexay Siphandone.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'thongloun-sisoulith'], ['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('reads the holder named after a comma as the one met when the office is named in words of its own ("met the Chairman of the … Commission of the Party, Y")', () => {
    const found = meetings(
      '2025-12-02',
      'Lao Prime Minister Sonexay Siphandone on Monday also met the Chairman of the Commission for External Relations of the Communist Party of Vietnam, Le Minh Hung.',
    );
    expect(found.map((m) => [...m.participants].sort())).toEqual([['le-minh-hung', 'sonexay-siphandone']]);
  });

  it('does not read a person after a place and a comma as the one met when their own clause goes on ("visited the Ho Chi Minh Mausoleum, Y said")', () => {
    const found = meetings('2025-12-02', 'Lao Prime Minister Sonexay Siphandone visited the Ho Chi Minh Mausoleum, General Secretary To Lam said on Monday.');
    expect(found.filter((m) => m.participants.length >= 2)).toEqual([]);
  });

  it.each([
    ['On November 28, Prime Minister Pham Minh Chinh held phone talks with Lao Prime Minister Sonexay Siphandone regarding the speech of General Secretary To Lam at the forum on November 20.', '2025-11-28'],
    ['Prime Minister Pham Minh Chinh held phone talks with Lao Prime Minister Sonexay Siphandone on November 28 regarding the forum.', '2025-11-28'],
    ['Prime Minister Pham Minh Chinh met Lao Prime Minister Sonexay Siphandone in Vientiane Friday.', '2025-11-28'],
  ])('dates a meeting by its own day, not by a day after a topic marker in its clause: %j', (sentence, date) => {
    expect(meetings('2025-12-02', sentence).map((m) => m.when.date)).toEqual([date]);
  });

  it.each(['after assuming office on November 20', 'since he took office on November 20', 'after his election on November 20'])(
    'does not date a meeting by the day office was taken ("met Y for the first time %s")',
    (phrase) => {
      const found = meetings('2025-12-02', `Prime Minister Pham Minh Chinh met Lao Prime Minister Sonexay Siphandone for the first time ${phrase}.`);
      expect(found.map((m) => m.when.date)).toEqual([null]);
    },
  );

  it('does not date a meeting by the day the two countries\' ties were founded ("… established diplomatic relations on March 25, 1971")', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh met Lao Prime Minister Sonexay Siphandone to mark the day the two countries established diplomatic relations on September 5, 1962.');
    expect(found.map((m) => m.when.date)).toEqual([null]);
  });

  it('reads two office-holders of two countries met by a visitor come to a gathering ("to attend the BRICS Summit") as two meetings, one each, and in no gathering as one', () => {
    const pairs = (text: string) => meetingPairs(analyse('2024-10-24', 'News', text));
    expect(pairs('Prime Minister Pham Minh Chinh also met Lao President Thongloun Sisoulith and Russian President Vladimir Putin after arriving in Kazan to attend the BRICS Summit.')).toEqual([
      'pham-minh-chinh+thongloun-sisoulith',
      'pham-minh-chinh+vladimir-putin',
    ]);
    expect(pairs('Prime Minister Pham Minh Chinh also met Lao President Thongloun Sisoulith and Russian President Vladimir Putin in Kazan.')).toEqual(['pham-minh-chinh+thongloun-sisoulith+vladimir-putin']);
  });

  it.each(['summit telephone talk', 'Vietnam-Laos summit telephone talk'])('reads a summit held by telephone ("held a %s with Y") as one call, dated', (noun) => {
    const found = meetings('2025-12-02', `On December 1, Prime Minister Pham Minh Chinh held a ${noun} with Lao Prime Minister Sonexay Siphandone.`);
    expect(found.map((m) => [m.kind, [...m.participants].sort(), m.when.date])).toEqual([['phone_call', ['pham-minh-chinh', 'sonexay-siphandone'], '2025-12-01']]);
  });

  it.each(['top diplomat', 'president'])('reads "with Laos\'s %s, Y," as Y, the noun set off by a comma as "counterpart" and "leader" are', (noun) => {
    const found = meetings('2025-12-02', `Prime Minister Pham Minh Chinh held phone talks with Laos's ${noun}, Thongloun Sisoulith, on Monday.`);
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'thongloun-sisoulith']]);
  });

  it.each(['Lao leader', 'Lao top leader'])('reads "X and %s Y held talks" as both sides, a leader told by country as a counterpart is', (noun) => {
    const found = meetings('2025-12-02', `Prime Minister Pham Minh Chinh and ${noun} Sonexay Siphandone held talks in Hanoi on Monday.`);
    expect(found.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['pham-minh-chinh', 'sonexay-siphandone'], 'talks']]);
  });

  it('takes unnamed people going with the subject ("X and Pheu Thai executives also met with Y") as companions, the subject the person before them', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh and Vietnamese officials also met with Lao Prime Minister Sonexay Siphandone on Monday.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('takes the name set off by a comma after a counterpart noun for the counterpart, not the holder of the same office ("his Brunei counterpart, Second Minister … Y")', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh was hosted to lunch by his Lao counterpart, President Thongloun Sisoulith.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'thongloun-sisoulith']]);
  });

  it('takes "State" before a minister\'s title for a junior office, not the title\'s holder ("State Minister for Foreign Affairs of Japan")', () => {
    const found = meetings('2015-06-02', 'General Secretary Nguyen Phu Trong received the visiting State Minister of Foreign Affairs of Laos on Monday.');
    expect(found.flatMap((m) => m.participants)).not.toContain('thongloun-sisoulith');
    // The title alone is the minister's.
    const minister = meetings('2015-06-02', 'General Secretary Nguyen Phu Trong received the visiting Minister of Foreign Affairs of Laos on Monday.');
    expect(minister.map((m) => [...m.participants].sort())).toEqual([['nguyen-phu-trong', 'thongloun-sisoulith']]);
  });

  it.each([
    'Prime Minister Pham Minh Chinh had a meeting with his counterpart from Laos in Vientiane on Monday.',
    'Prime Minister Pham Minh Chinh had a meeting with his counterpart from Laos Sonexay Siphandone on Monday.',
  ])('reads a counterpart whose country follows a linker ("his counterpart from Laos") as the holder of the same office there: %j', (sentence) => {
    const found = meetings('2025-12-02', sentence);
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('reads "discussion with Y" as a meeting noun with its other side ("He said in his discussion with Y, both leaders had agreed …")', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh spoke to reporters in Hanoi.', 'He said in his discussion with Lao Prime Minister Sonexay Siphandone, both leaders had agreed to expand trade.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('does not date a meeting by a day inside what a speech verb\'s "that" opens ("In a phone call with Y, X affirmed that … ties established on September 5, 1962")', () => {
    const found = meetings('2025-12-02', 'In a phone call with Lao Prime Minister Sonexay Siphandone, Prime Minister Pham Minh Chinh affirmed that the two countries have much in common, noting ties which were formally established on September 5, 1962.');
    expect(found.map((m) => [[...m.participants].sort(), m.when.date])).toEqual([[['pham-minh-chinh', 'sonexay-siphandone'], null]]);
    // A day the sentence gives the meeting itself is still its own.
    const dated = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh held phone talks with Lao Prime Minister Sonexay Siphandone and vowed to boost ties on December 1.');
    expect(dated.map((m) => m.when.date)).toEqual(['2025-12-01']);
  });

  it('reads "his host Y" before a name as that name\'s title, not a reference to the host told before', () => {
    const found = meetings('2025-12-02', 'Lao Prime Minister Sonexay Siphandone had talks with his host Pham Minh Chinh, and met with General Secretary To Lam.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([
      ['pham-minh-chinh', 'sonexay-siphandone'],
      ['sonexay-siphandone', 'to-lam'],
    ]);
  });

  it('passes over an acronym in brackets between a title in words of its own and the name ("a reception for Chairwoman of the Lao National Assembly (NA) Y")', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh hosted a reception for Head of the Lao Government Office (LGO) Sonexay Siphandone on December 1.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('reads "held a series of separate meetings with A and B" as one meeting with each', () => {
    const found = meetings('2025-12-02', 'President Vladimir Putin held a series of separate meetings with General Secretary To Lam and Prime Minister Pham Minh Chinh on Monday.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([
      ['to-lam', 'vladimir-putin'],
      ['pham-minh-chinh', 'vladimir-putin'],
    ]);
  });

  it('reads a dateline of a place in title case, a comma, the outlet and a colon as no part of the subject ("Riyadh, The Gulf Observer: X … during a meeting with Y")', () => {
    const found = meetings('2025-12-02', 'Riyadh, The Daily Example: Prime Minister Pham Minh Chinh stressed ties with Laos during a meeting with Lao Prime Minister Sonexay Siphandone on December 1.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('reads a fronted participle\'s subject told as a title with its determiner ("Receiving X …, the Vietnamese premier said …")', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh hailed the ties.', 'Receiving Lao Prime Minister Sonexay Siphandone in Hanoi on Monday, the Vietnamese premier said ties were strong.');
    expect(found.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['pham-minh-chinh', 'sonexay-siphandone'], 'reception']]);
  });

  it.each([
    'In phone talks with his Lao counterpart on December 1, Prime Minister Pham Minh Chinh said ties were strong.',
    'After talks with his Lao counterpart in Vientiane, Prime Minister Pham Minh Chinh said ties were strong.',
  ])('reads an unnamed counterpart in a fronted phrase as that of the subject after it: %j', (sentence) => {
    const found = meetings('2025-12-02', sentence);
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('reads "X and his Lao counterpart, Mr Y, held talks" with the name set off by commas as both sides', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh and his Lao counterpart, Mr Sonexay Siphandone, held talks in Hanoi on Monday.');
    expect(found.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['pham-minh-chinh', 'sonexay-siphandone'], 'talks']]);
  });

  it.each([
    ['Talks were held between Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone in Hanoi on Monday.', 'talks'],
    ['A meeting took place between Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone on Monday.', 'other'],
  ])('passes over a meeting noun\'s own predicate before its sides: %j', (sentence, kind) => {
    expect(meetings('2025-12-02', sentence).map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['pham-minh-chinh', 'sonexay-siphandone'], kind]]);
  });

  it.each([
    ['General Secretary To Lam received him at the Party headquarters.', 'reception'],
    ['General Secretary To Lam hosted him for dinner at the Presidential Palace.', 'reception'],
  ])('reads the object pronoun of a meeting verb as the one the story was about, not the verb\'s subject: %j', (sentence, kind) => {
    const found = meetings('2025-12-02', 'Lao Prime Minister Sonexay Siphandone arrived in Hanoi on Monday.', sentence);
    expect(found.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['sonexay-siphandone', 'to-lam'], kind]]);
  });

  it('reads a courtesy call on two people as one call on each', () => {
    const found = meetings('2025-12-02', 'Lao Prime Minister Sonexay Siphandone paid a courtesy call on General Secretary To Lam and President Luong Cuong.');
    expect(found.map((m) => [[...m.participants].sort(), m.kind])).toEqual([
      [['sonexay-siphandone', 'to-lam'], 'courtesy_call'],
      [['luong-cuong', 'sonexay-siphandone'], 'courtesy_call'],
    ]);
  });

  it('reads a host inviting a guest to a reception told as a noun as that reception, an invitation to visit as none', () => {
    const tea = meetings('2025-12-02', 'On December 1, Lao Prime Minister Sonexay Siphandone invited General Secretary To Lam to a tea party in Vientiane.');
    expect(tea.map((m) => [[...m.participants].sort(), m.kind, m.host])).toEqual([[['sonexay-siphandone', 'to-lam'], 'reception', ['sonexay-siphandone']]]);
    expect(meetings('2025-12-02', 'On December 1, Lao Prime Minister Sonexay Siphandone invited General Secretary To Lam to visit Laos next year.')).toEqual([]);
  });

  it('does not take a meeting being arranged for one held ("in talks to arrange a meeting between X and Y")', () => {
    expect(meetings('2025-12-02', 'Vietnam and Laos are in talks to arrange a meeting between Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone.')).toEqual([]);
  });

  it('reads a Vietnamese leader\'s family name alone, once named, as that leader ("Pham said", as the Chinese wires write), never a function word ("To")', () => {
    const pham = analyse('2025-12-02', 'News', 'Vietnamese Prime Minister Pham Minh Chinh met Lao Prime Minister Sonexay Siphandone in Beijing on Monday.', 'Pham said Vietnam supports stronger trade ties and hopes to expand rail links.');
    expect(quoteRows(pham, 2)).toEqual([['pham-minh-chinh', 'reported', 'said Vietnam']]);
    const to = analyse('2025-12-02', 'News', 'General Secretary To Lam met Lao Prime Minister Sonexay Siphandone in Vientiane on Monday.', 'To strengthen ties, Laos will open a new consulate in the city next year.');
    expect(to.quotes).toEqual([]);
  });

  it('reads "X received Y, inviting him to visit …" as the reception alone: an invitation to visit is no visit', () => {
    const found = meetings('2025-12-02', 'General Secretary To Lam received Lao Prime Minister Sonexay Siphandone in Hanoi on Monday, inviting him to visit Vietnam again.');
    expect(found.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['sonexay-siphandone', 'to-lam'], 'reception']]);
  });

  it('reads a title inside an office\'s name ("the Office of the President", "the President\'s Office") as no person', () => {
    expect(quoteRows(analyse('2025-12-02', 'News', 'A spokesperson for the Office of the President of Russia said the two countries would boost trade.'))).toEqual([]);
    const visit = meetings('2025-12-02', "On Monday, Prime Minister Pham Minh Chinh visited the Russian President's Office in Moscow.");
    expect(visit.map((m) => [m.participants, m.kind])).toEqual([[['pham-minh-chinh'], 'visit']]);
  });

  it.each([
    ['President Luong Cuong, said Putin, welcomed the planned arrival of Prime Minister Sonexay Siphandone.', 'welcomed the planned'],
    ['Therefore, said Putin, President Luong Cuong stressed that the two countries can agree on trade.', 'stressed that the'],
  ])('gives a statement relayed in a speaker\'s aside (", said X,") to its subject alone: %j', (sentence, words) => {
    expect(quoteRows(analyse('2025-12-02', 'News', sentence))).toEqual([['luong-cuong', 'reported', words]]);
  });

  it.each([
    ['Xinhua quoted Prime Minister Pham Minh Chinh as saying that the two countries would boost trade.', 'as saying that'],
    ['The website quoted President Luong Cuong as saying the two countries would boost trade.', 'as saying the'],
  ])('gives a statement told as "quoted X as saying" to X, the one quoted, not the one quoting: %j', (sentence, words) => {
    const rows = quoteRows(analyse('2025-12-02', 'News', sentence));
    expect(rows.map(([speakers]) => speakers)).toEqual([sentence.includes('Chinh') ? 'pham-minh-chinh' : 'luong-cuong']);
    expect(rows[0]![2]).toBe(words);
  });

  it.each([
    ['“We will boost trade,” said Prime Minister Pham Minh Chinh in his opening statement.', 'We will boost'],
    ['Trade must grow, said Prime Minister Pham Minh Chinh at a press conference in Hanoi on Monday.', 'Trade must grow'],
  ])('gives a statement to the speaker after "said" when only where or when it was said follows: %j', (sentence, words) => {
    expect(quoteRows(analyse('2025-12-02', 'News', sentence))).toEqual([['pham-minh-chinh', expect.any(String), words]]);
  });

  it('reads "the two state leaders" as the pair of the story ("…, the two state leaders had a bilateral meeting")', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Lao Prime Minister Sonexay Siphandone arrived in Hanoi on Monday, where General Secretary To Lam hosted a banquet.',
      'On Tuesday morning, the two state leaders had a bilateral meeting at the Party Central Committee headquarters.',
    );
    expect(facts.meetings.map((m) => [[...m.participants].sort(), m.kind])).toContainEqual([['sonexay-siphandone', 'to-lam'], 'talks']);
  });

  it.each([
    "Prime Minister Sonexay Siphandone of the Lao People's Democratic Republic held talks with Prime Minister Pham Minh Chinh in Hanoi on Monday.",
    'Prime Minister Sonexay Siphandone of Laos on Monday met with Prime Minister Pham Minh Chinh.',
  ])('passes over the country a named subject is "of" to the verb: %j', (sentence) => {
    expect(meetingPairs(analyse('2025-12-02', 'News', sentence))).toEqual(['pham-minh-chinh+sonexay-siphandone']);
  });

  it('does not date a meeting by the bound after "since" ("the first talks between the two leaders since March 2019"): it is the talks just told', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Hanoi on Monday.',
      'They were the first talks between the two leaders since March 2019.',
    );
    expect(facts.meetings.map((m) => [m.kind, m.status, m.when.date])).toEqual([['talks', 'reported', '2025-12-01']]);
  });

  it('does not date a meeting by a date inside a since-phrase naming something else ("the first visit … since his inauguration on Oct 20 last year")', () => {
    const dates = (sentence: string) => analyse('2025-12-02', 'News', sentence).meetings.map((m) => [m.kind, m.when.date]);
    expect(dates('It is the first state visit by Lao Prime Minister Sonexay Siphandone to Vietnam since his inauguration as head of government on Oct 20 last year.')).toEqual([['visit', null]]);
    // The same date with no since-phrase before it is the visit's.
    expect(dates('Lao Prime Minister Sonexay Siphandone paid a state visit to Vietnam on Oct 20, 2024.')).toEqual([['visit', '2024-10-20']]);
  });

  it('passes over a royal style before the host who invited a visit ("at the invitation of His Majesty Y")', () => {
    const visits = (sentence: string) => meetings('2025-12-02', sentence).map((m) => [m.kind, [...m.participants].sort()]);
    expect(visits('Prime Minister Pham Minh Chinh arrived in Vientiane for an official visit at the invitation of His Majesty Lao President Thongloun Sisoulith.')).toEqual([['visit', ['pham-minh-chinh', 'thongloun-sisoulith']]]);
    expect(visits('Prime Minister Pham Minh Chinh arrived in Vientiane for an official visit at the invitation of Her Royal Highness Lao President Thongloun Sisoulith.')).toEqual([['visit', ['pham-minh-chinh', 'thongloun-sisoulith']]]);
  });

  it('reads a reception whose guest follows a determiner ("received the Indonesian President-elect Y", "the country\'s President-elect Y")', () => {
    const pairs = (sentence: string) => meetings('2025-12-02', sentence).map((m) => [m.kind, [...m.participants].sort()]);
    expect(pairs('Prime Minister Pham Minh Chinh received the Lao Prime Minister Sonexay Siphandone in Hanoi.')).toEqual([['reception', ['pham-minh-chinh', 'sonexay-siphandone']]]);
    expect(pairs("Prime Minister Pham Minh Chinh said ties were strong as he received the country's Prime Minister Sonexay Siphandone in Hanoi.")).toEqual([['reception', ['pham-minh-chinh', 'sonexay-siphandone']]]);
    // A thing received is no guest, whoever it came from.
    expect(pairs('Prime Minister Pham Minh Chinh received the award from Lao Prime Minister Sonexay Siphandone.')).toEqual([]);
  });

  it('does not take a name owning the noun after it for the one met ("met the US President\'s national security adviser"); the noun\'s own name is', () => {
    const pairs = (sentence: string) => meetings('2025-12-02', sentence).map((m) => [m.kind, [...m.participants].sort()]);
    expect(pairs("Prime Minister Pham Minh Chinh met the Russian President's national security adviser in Hanoi.")).toEqual([]);
    expect(pairs("General Secretary To Lam met Putin's Lao counterpart Thongloun Sisoulith in Vientiane.")).toEqual([['other', ['thongloun-sisoulith', 'to-lam']]]);
    // A possessive ending the titles set off after a name is their country's.
    expect(pairs('Prime Minister Pham Minh Chinh received Sonexay Siphandone, Prime Minister of Laos’s Government, in Hanoi.')).toEqual([['reception', ['pham-minh-chinh', 'sonexay-siphandone']]]);
    // A delegation the name owns is theirs to lead.
    expect(pairs("Prime Minister Pham Minh Chinh received President Vladimir Putin's delegation in Hanoi.")).toEqual([['reception', ['pham-minh-chinh', 'vladimir-putin']]]);
  });

  it('takes the members a group is told with ("paid courtesy visits to Cambodian leaders, including X") for the ones met', () => {
    const pairs = (sentence: string) => meetings('2025-12-02', sentence).map((m) => [m.kind, [...m.participants].sort()]);
    expect(pairs('Lao Prime Minister Sonexay Siphandone paid courtesy visits to Vietnamese leaders, including General Secretary To Lam, in Hanoi.')).toEqual([['courtesy_call', ['sonexay-siphandone', 'to-lam']]]);
  });

  it('reads a predicate joined to a planned one by "and" as planned too ("is set to make a courtesy call on X, and meet with Y"), a finite verb as held', () => {
    const pairs = (sentence: string) => meetings('2025-12-02', sentence).map((m) => [m.kind, [...m.participants].sort()]);
    expect(pairs('The Vietnamese guest is set to make a courtesy call on President Thongloun Sisoulith, and meet with Lao Prime Minister Sonexay Siphandone and President Luong Cuong.')).toEqual([]);
    expect(pairs('Prime Minister Pham Minh Chinh will make a courtesy call on President Thongloun Sisoulith next week, and met with Lao Prime Minister Sonexay Siphandone on Monday.')).toEqual([['other', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('reads a leaders\' retreat as a summit of its two leaders, its host the subject of "hosted" ("hosted his first retreat with Y")', () => {
    const pairs = (sentence: string) => meetings('2025-12-02', sentence).map((m) => [m.kind, [...m.participants].sort()]);
    expect(pairs('Prime Minister Pham Minh Chinh held a retreat with Lao Prime Minister Sonexay Siphandone in Hanoi.')).toEqual([['summit', ['pham-minh-chinh', 'sonexay-siphandone']]]);
    expect(pairs('Prime Minister Pham Minh Chinh hosted his first retreat with Lao Prime Minister Sonexay Siphandone in Hanoi.')).toEqual([['summit', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('gives bilateral talks with two others a meeting with each ("held bilateral talks with A and B")', () => {
    const pairs = (sentence: string) => meetings('2025-12-02', sentence).map((m) => [m.kind, [...m.participants].sort()]);
    expect(pairs('General Secretary To Lam held bilateral talks with Lao Prime Minister Sonexay Siphandone and Russian President Vladimir Putin on Monday.')).toEqual([
      ['talks', ['sonexay-siphandone', 'to-lam']],
      ['talks', ['to-lam', 'vladimir-putin']],
    ]);
  });

  it('reads a call told as a noun with its other side ("PM call with Prime Minister Y", a readout\'s headline)', () => {
    const pairs = (sentence: string) => meetings('2025-12-02', sentence).map((m) => [m.kind, [...m.participants].sort()]);
    expect(pairs("Prime Minister Pham Minh Chinh's call with Lao Prime Minister Sonexay Siphandone was cordial.")).toEqual([['phone_call', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('does not take the subject of a since-clause after a visit for the one visited ("her second visit to Cambodia since Y assumed office")', () => {
    const pairs = (sentence: string) => meetings('2025-12-02', sentence).map((m) => [m.kind, [...m.participants].sort()]);
    expect(pairs('This marks Lao Prime Minister Sonexay Siphandone’s second visit to Vietnam since General Secretary To Lam assumed office.')).toEqual([['visit', ['sonexay-siphandone']]]);
  });

  it('dates a day "last year" in the year counted back from the article\'s, as "November last year"', () => {
    const dates = (sentence: string) => analyse('2025-12-02', 'News', sentence).meetings.map((m) => [m.kind, m.when.date]);
    expect(dates('Lao Prime Minister Sonexay Siphandone paid a state visit to Vietnam on Oct 20 last year.')).toEqual([['visit', '2024-10-20']]);
  });

  it('gives a date after one meeting word to that word alone, not to the next one ("… for formal talks on Thursday, X was greeted by Y")', () => {
    const found = meetings(
      '2025-12-04',
      'While he was due to hold formal talks with Prime Minister Pham Minh Chinh on Thursday, Lao Prime Minister Sonexay Siphandone was greeted by President Luong Cuong at his hotel.',
    );
    const greeting = found.find((m) => m.participants.includes('luong-cuong'))!;
    expect(greeting.kind).toBe('reception');
    expect(greeting.when.date).toBeNull();
  });

  it('does not take a visit someone hopes for as one held ("hopes that during Y\'s visit …")', () => {
    expect(meetings('2025-12-02', "Prime Minister Pham Minh Chinh hopes that during President Putin's visit, the two sides can sign a trade deal.")).toEqual([]);
  });

  it('reads "spoke to Y by phone" as a phone call, "spoke to reporters" as no meeting', () => {
    const call = meetings('2025-12-02', 'On December 1, General Secretary To Lam spoke to Russian President Vladimir Putin by phone.');
    expect(call.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['to-lam', 'vladimir-putin'], 'phone_call']]);
    expect(meetings('2025-12-02', 'On December 1, General Secretary To Lam spoke to reporters about Russian President Vladimir Putin.')).toEqual([]);
  });

  it.each([
    ['congratulated', 'General Secretary To Lam congratulated Russian President Vladimir Putin over the phone on his re-election.'],
    ['told', 'General Secretary To Lam told Russian President Vladimir Putin by phone that trade would grow.'],
  ])('reads "X %s Y" with a phone marker as a phone call and a statement, without one as a statement only', (verb, sentence) => {
    const call = analyse('2025-12-02', 'News', sentence);
    expect(call.meetings.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['to-lam', 'vladimir-putin'], 'phone_call']]);
    expect(quoteRows(call).map((q) => q[0])).toEqual(['to-lam']);
    const plain = analyse('2025-12-02', 'News', sentence.replace(/ (?:over the phone|by phone)/u, ''));
    expect(plain.meetings).toEqual([]);
    expect(quoteRows(plain).map((q) => q[0])).toEqual(['to-lam']);
  });

  it('reads "X welcomed Y in Hanoi" as a reception and no statement, "welcomed Y\'s proposal" as a statement and no reception', () => {
    const welcome = analyse('2025-12-02', 'News', 'Lao Prime Minister Sonexay Siphandone welcomed President Luong Cuong in Vientiane on Monday.');
    expect(welcome.meetings.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['luong-cuong', 'sonexay-siphandone'], 'reception']]);
    expect(quoteRows(welcome)).toEqual([]);
    const statement = analyse('2025-12-02', 'News', "Lao Prime Minister Sonexay Siphandone welcomed President Luong Cuong's proposal to boost trade.");
    expect(statement.meetings).toEqual([]);
    expect(quoteRows(statement)).toEqual([['sonexay-siphandone', 'reported', 'welcomed President Luong']]);
  });

  it('gives no quote for inviting the guest to an act of the welcome ceremony ("invited Y to review the guard of honour")', () => {
    expect(quoteRows(analyse('2025-12-02', 'News', 'General Secretary To Lam invited Lao Prime Minister Sonexay Siphandone to review the guard of honour.'))).toEqual([]);
  });

  it('reads "called on" a person as a courtesy call, and as an appeal when "to" follows the person or no person does', () => {
    const call = analyse('2025-12-02', 'News', 'Lao Prime Minister Sonexay Siphandone called on President Luong Cuong in Hanoi on Monday.');
    expect(call.meetings.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['luong-cuong', 'sonexay-siphandone'], 'courtesy_call']]);
    expect(call.quotes).toEqual([]);
    const appeal = analyse('2025-12-02', 'News', 'Lao Prime Minister Sonexay Siphandone called on President Luong Cuong to boost trade between the two countries.');
    expect(appeal.meetings).toEqual([]);
    expect(quoteRows(appeal, 2)).toEqual([['sonexay-siphandone', 'reported', 'called on']]);
    const countries = analyse('2025-12-02', 'News', 'Lao Prime Minister Sonexay Siphandone called on the two countries to boost trade.');
    expect(countries.meetings).toEqual([]);
  });

  it('passes over the delegation a leader heads: "X and his delegation held talks with Y"', () => {
    const found = meetings('2025-12-02', 'Minister To Lam and his delegation held talks with Lao Prime Minister Sonexay Siphandone in Vientiane.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['sonexay-siphandone', 'to-lam']]);
  });

  it('reads "met A as well as B" as two meetings, "met A and B" as one (unless each is a holder of another office, met in turn)', () => {
    const sorted = (found: { participants: readonly string[] }[]) => found.map((m) => [...m.participants].sort()).sort();
    expect(sorted(meetings('2025-12-02', 'Lao Prime Minister Sonexay Siphandone met with President Luong Cuong as well as the General Secretary To Lam before a dinner.'))).toEqual([
      ['luong-cuong', 'sonexay-siphandone'],
      ['sonexay-siphandone', 'to-lam'],
    ]);
    // The preposition said again after the joiner: "as well as with".
    expect(sorted(meetings('2025-12-02', 'Lao Prime Minister Sonexay Siphandone met with President Luong Cuong as well as with the General Secretary To Lam before a dinner.'))).toEqual([
      ['luong-cuong', 'sonexay-siphandone'],
      ['sonexay-siphandone', 'to-lam'],
    ]);
    expect(sorted(meetings('2025-12-02', 'Lao Prime Minister Sonexay Siphandone met with Luong Cuong and To Lam before a dinner.'))).toEqual([
      ['luong-cuong', 'sonexay-siphandone', 'to-lam'],
    ]);
  });

  it('dates a meeting told with a day counted back from the article\'s (yesterday, chiều qua) by that day', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh received visiting Lao Prime Minister Sonexay Siphandone in Hanoi yesterday.');
    expect(found).toHaveLength(1);
    expect(found[0]!.when).toMatchObject({ date: '2025-12-01' });
  });

  it('reads "his host" as the one person of another country the article has named, when no meeting told its host', () => {
    const opening = 'Visiting President Thongloun Sisoulith and his Russian counterpart Vladimir Putin hailed the growing relations.';
    const talks = 'During talks held at the Kremlin on Monday, the Lao leader reminded his host about the treaty.';
    expect(meetingPairs(analyse('2025-12-02', 'Lao president in Moscow', opening, talks))).toEqual(['thongloun-sisoulith+vladimir-putin']);
    // Two people of other countries named: whose guest he was cannot be told.
    const two = opening.replace('hailed', 'and General Secretary To Lam hailed');
    expect(meetingPairs(analyse('2025-12-02', 'Lao president in Moscow', two, talks))).toEqual([]);
  });

  it('gives the verb after an aside saying whose relation the subject is to the subject, not to the person inside it', () => {
    // Constructed: the relation is not a fact, only the shape of the sentence.
    expect(quoteRows(analyse('2025-12-02', 'News', 'Lao Prime Minister Sonexay Siphandone, the eldest son of Lao President Thongloun Sisoulith, expressed his gratitude for the support of Vietnam.')).map((r) => r[0])).toEqual(['sonexay-siphandone']);
  });

  it('makes no meeting of the people a title the registry cannot resolve met one by one: they did not meet one another', () => {
    const text = 'The Cambodian Prime Minister held phone talks with Lao Prime Minister Sonexay Siphandone and Russian President Vladimir Putin on Monday.';
    expect(meetings('2025-12-02', text)).toEqual([]);
    // The same calls told by someone the registry knows: one meeting with each.
    const known = meetings('2025-12-02', text.replace('The Cambodian Prime Minister', 'Prime Minister Pham Minh Chinh'));
    expect(known.map((m) => [...m.participants].sort()).sort()).toEqual([
      ['pham-minh-chinh', 'sonexay-siphandone'],
      ['pham-minh-chinh', 'vladimir-putin'],
    ]);
  });

  it('gives the people met separately by someone the registry does not know a meeting each with that person, none together', () => {
    const text = 'Turkish Foreign Minister Hakan Fidan also held separate closed-door meetings with Lao Prime Minister Sonexay Siphandone and Russian President Vladimir Putin in Vientiane.';
    expect(meetings('2025-12-02', text).map((m) => [m.participants, m.others])).toEqual([
      [['sonexay-siphandone'], ['Hakan Fidan']],
      [['vladimir-putin'], ['Hakan Fidan']],
    ]);
    // Not even a person the corpus found: no meeting at all.
    expect(meetings('2025-12-02', text.replace('Turkish Foreign Minister Hakan Fidan', 'Fidan'))).toEqual([]);
    // Told by someone the registry knows, one meeting of them with each.
    const known = meetings('2025-12-02', text.replace('Turkish Foreign Minister Hakan Fidan', 'Prime Minister Pham Minh Chinh'));
    expect(known.map((m) => [...m.participants].sort()).sort()).toEqual([
      ['pham-minh-chinh', 'sonexay-siphandone'],
      ['pham-minh-chinh', 'vladimir-putin'],
    ]);
  });

  it('gives a participle after the one met and a role set off after them to the subject', () => {
    const sentence = 'President Luong Cuong received Lao Prime Minister Sonexay Siphandone, Chairman of the Lao Front for National Development, affirming that the two countries will strengthen cooperation.';
    expect(quoteRows(analyse('2025-12-02', 'News', sentence), 2)).toEqual([['luong-cuong', 'reported', 'affirming that']]);
  });

  it('gives a meeting told with its other side alone to the one person named before it as an owner', () => {
    const pairs = (text: string) => meetings('2025-12-02', text).map((m) => [m.kind, [...m.participants].sort()]);
    expect(pairs("President Vladimir Putin's post on Telegram after the phone call with General Secretary To Lam drew attention.")).toEqual([['phone_call', ['to-lam', 'vladimir-putin']]]);
    expect(pairs('The post of President Vladimir Putin after the phone call with General Secretary To Lam drew attention.')).toEqual([['phone_call', ['to-lam', 'vladimir-putin']]]);
    // Two people before the word: whose call it was is not told.
    expect(pairs("President Vladimir Putin's post about Prime Minister Pham Minh Chinh after the phone call with General Secretary To Lam drew attention.")).toEqual([]);
  });

  it('reads a Title Case headline: a capitalised verb after a short form does not make it part of a longer name', () => {
    const found = analyse('2025-09-02', 'Putin Meets With Vietnamese President Luong Cuong in Beijing', 'The talks were held at a hotel in the city.').meetings;
    expect(found.map((m) => [...m.participants].sort())).toEqual([['luong-cuong', 'vladimir-putin']]);
  });

  it.each([
    ['a modified meeting noun', 'President Luong Cuong held a breakfast meeting with Russian President Vladimir Putin on December 1.'],
    ['modified talks', 'Prime Minister Pham Minh Chinh held bilateral talks with Lao Prime Minister Sonexay Siphandone on December 1.'],
    ['the setting of an act, a modifier between the article and the noun', 'Prime Minister Pham Minh Chinh spoke at a bilateral meeting with Lao Prime Minister Sonexay Siphandone on December 1.'],
    ['a subject with a relative clause', 'Lao Prime Minister Sonexay Siphandone, who is on an official visit to Vietnam, held talks with Prime Minister Pham Minh Chinh on December 1.'],
    ['a subject with a relative clause naming a city and its country', 'Lao Prime Minister Sonexay Siphandone, who is in Hanoi, Vietnam to attend a forum, held talks with Prime Minister Pham Minh Chinh on December 1.'],
    ['a subject with a relative clause holding a full date', 'Lao Prime Minister Sonexay Siphandone, who took office on December 30, 2022, held talks with Prime Minister Pham Minh Chinh on December 1.'],
    ['a round of golf ("played golf with")', 'Prime Minister Pham Minh Chinh played golf with Lao Prime Minister Sonexay Siphandone on December 1.'],
    ['a courtesy call told as "called upon"', 'Lao Prime Minister Sonexay Siphandone called upon Prime Minister Pham Minh Chinh in Hanoi on December 1.'],
    ['a subject in the possessive', "Prime Minister Pham Minh Chinh's talks with Lao Prime Minister Sonexay Siphandone on December 1 were fruitful."],
    ['titles in apposition and "H.E. Mr."', 'On December 1, Mr. Vladimir Putin, President of Russia, held a meeting with H.E. Mr. Luong Cuong, President of Viet Nam.'],
    ['"His Excellency" abbreviated with a space, "H. E. Mr."', 'On December 1, Mr. Vladimir Putin, President of Russia, held a telephone talk with H. E. Mr. Luong Cuong, President of Viet Nam.'],
    ['a passive reception ("was received by")', 'Lao Prime Minister Sonexay Siphandone was received by Prime Minister Pham Minh Chinh in Hanoi on December 1.'],
    ['a ceremony told as a noun, its guest after "for" past a place and a date', 'Prime Minister Pham Minh Chinh hosted an official welcome ceremony in Hanoi on December 1 for his Lao counterpart Sonexay Siphandone.'],
    ['a fronted setting, the subject after a place with a comma in it', 'During his meeting with Lao Prime Minister Sonexay Siphandone in Vientiane, Laos, on December 1, Prime Minister Pham Minh Chinh said trade was growing.'],
    ['a setting set off by commas after the subject', 'Prime Minister Pham Minh Chinh, in a phone call with Lao Prime Minister Sonexay Siphandone on December 1, said trade was growing.'],
    ['a setting after a dateline and a verb', 'VIENTIANE - Prime Minister Pham Minh Chinh is committed to boosting trade in a bilateral meeting with Lao Prime Minister Sonexay Siphandone on December 1.'],
    ['a meeting noun the subject\'s act is about', 'Prime Minister Pham Minh Chinh valued the recent phone call with Lao Prime Minister Sonexay Siphandone.'],
    ['a meeting noun the subject\'s act is about, adjectives before it', 'Prime Minister Pham Minh Chinh briefed reporters on the productive and candid talks with Lao Prime Minister Sonexay Siphandone.'],
    ['a joint subject far from its meeting word', 'Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone laid wreaths in Hanoi on December 1 before holding talks.'],
    ['a joint subject witnessing a signing', 'Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone witnessed the signing of several agreements on December 1.'],
    ['a fronted "In talks with"', 'In talks with Lao Prime Minister Sonexay Siphandone on December 1, Prime Minister Pham Minh Chinh said trade was growing.'],
    ['an object "X and the Lao PM" after "between"', 'Prime Minister Pham Minh Chinh spoke highly of the consultation between General Secretary To Lam and the Lao President on December 1.'],
    ['a phone call told as "talked over the phone"', 'General Secretary To Lam and Russian President Vladimir Putin talked over the phone on December 1.'],
    ['a joint press conference', 'Prime Minister Pham Minh Chinh held a joint press conference with Lao Prime Minister Sonexay Siphandone on December 1.'],
    ['a working session', 'Prime Minister Pham Minh Chinh held a working session with Lao Prime Minister Sonexay Siphandone on December 1.'],
    ['a setting opened by "when" with a gerund', 'Prime Minister Pham Minh Chinh said when receiving Lao Prime Minister Sonexay Siphandone in Hanoi on December 1 that trade was growing.'],
    ['a setting opened by "while"', 'Prime Minister Pham Minh Chinh made the remarks while meeting with Lao Prime Minister Sonexay Siphandone on December 1.'],
    ['a purpose "for talks with"', 'Lao Prime Minister Sonexay Siphandone arrived in Hanoi on December 1 for talks with Prime Minister Pham Minh Chinh.'],
    ['a relative clause "X, who met Y"', 'Prime Minister Pham Minh Chinh, who met Lao Prime Minister Sonexay Siphandone on December 1, said trade was growing.'],
    ['"greeted"', 'Prime Minister Pham Minh Chinh greeted Lao Prime Minister Sonexay Siphandone at Noi Bai airport on December 1.'],
    ['"held discussions with"', 'Prime Minister Pham Minh Chinh held discussions with Lao Prime Minister Sonexay Siphandone on December 1.'],
    ['a setting opened by a bare "at" and a gerund', 'Prime Minister Pham Minh Chinh expressed his delight at meeting Lao Prime Minister Sonexay Siphandone again on December 1.'],
    ['a fronted "Welcoming Y"', 'Welcoming Lao Prime Minister Sonexay Siphandone to Hanoi on December 1, Prime Minister Pham Minh Chinh said trade was growing.'],
    ['a dinner for Y', 'Prime Minister Pham Minh Chinh hosted a dinner for Lao Prime Minister Sonexay Siphandone on December 1.'],
    ['a dinner hosted by Y', 'Prime Minister Pham Minh Chinh attended a dinner hosted by Lao Prime Minister Sonexay Siphandone on December 1.'],
    ['a counterpart with the name in apposition ("with his counterpart, Prime Minister Y,")', 'Prime Minister Pham Minh Chinh held a closed-door meeting with his counterpart, Prime Minister Sonexay Siphandone, in Vientiane on December 1.'],
    ['an object whose title a country\'s possessive and an institution qualify', "Russian President Vladimir Putin held talks with Vietnam's Communist Party chief Nguyen Phu Trong on December 1."],
    ['a photo caption ("shakes hands with")', 'Prime Minister Pham Minh Chinh shakes hands with Lao Prime Minister Sonexay Siphandone in Vientiane on December 1.'],
    ['an object with a role listed before the title ("with Politburo member, Prime Minister Y")', 'Prime Minister Pham Minh Chinh held talks with Politburo member, Lao Prime Minister Sonexay Siphandone on December 1.'],
    ['a reception with a place and a time before its guest ("received here at … this morning visiting Y")', 'Lao Prime Minister Sonexay Siphandone received here at the Presidential Palace this morning visiting Vietnamese Prime Minister Pham Minh Chinh.'],
    ['a reception with a place and a date before its guest ("received in Vientiane on December 1 Y")', 'Lao Prime Minister Sonexay Siphandone received in Vientiane on December 1 Vietnamese Prime Minister Pham Minh Chinh.'],
    ['talks with a time word before the other side ("held talks today with Y")', 'Lao Prime Minister Sonexay Siphandone held talks here today with Vietnamese Prime Minister Pham Minh Chinh.'],
    ['an object with a role joined to the title by "and" ("with Politburo member and Prime Minister Y")', 'Lao Prime Minister Sonexay Siphandone held talks with Politburo member and Prime Minister Pham Minh Chinh on December 1.'],
    ['a place named by its common noun and a day before the other side ("held a meeting at the presidential office on Thursday with Y")', 'Prime Minister Pham Minh Chinh held a meeting at the presidential office on Thursday with Lao Prime Minister Sonexay Siphandone.'],
    ['an object whose title has a modifier before it ("with newly sworn-in Lao Prime Minister Y")', 'Prime Minister Pham Minh Chinh spoke with newly sworn-in Lao Prime Minister Sonexay Siphandone on December 1.'],
    ['an object whose role as China\'s cabinet names it is joined to the title by "and" ("from State Councilor and Foreign Minister Y")', 'Prime Minister Pham Minh Chinh received a courtesy call from visiting Chinese State Councilor and Lao Prime Minister Sonexay Siphandone on December 1.'],
    ['a guest whose long role is joined to the title by "and"', 'Lao Prime Minister Sonexay Siphandone received visiting Secretary of the Central Committee of the Communist Party of Vietnam and Prime Minister of Vietnam H.E. Pham Minh Chinh.'],
    ['a ceremony presided over ("presided over the welcome ceremony for Y")', 'Prime Minister Pham Minh Chinh presided over the welcome ceremony for Lao Prime Minister Sonexay Siphandone at the Presidential Palace.'],
    ['a caption of two people shaking hands ("X and Y shake hands")', 'Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone shake hands at the Presidential Palace in Vientiane.'],
    ['a caller after "from" named as "his Lao counterpart Y"', 'Prime Minister Pham Minh Chinh received a courtesy call from his Lao counterpart Sonexay Siphandone on December 1.'],
    ['an object whose title is one to come ("with Lao Prime Minister-designate Y")', 'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister-designate Sonexay Siphandone on December 1.'],
    ['"between X and his Russian counterpart, Y", the name after a comma', 'The talks between General Secretary To Lam and his Russian counterpart, Vladimir Putin, came amid tension.'],
    ['a setting of the doer a passive opening the sentence names ("The remark was made by X while meeting with Y")', 'The remark was made by Prime Minister Pham Minh Chinh while meeting with Lao Prime Minister Sonexay Siphandone on December 1.'],
    ['a call taken ("took a phone call from Y")', 'Prime Minister Pham Minh Chinh took a phone call from Lao Prime Minister Sonexay Siphandone on December 1.'],
    ['a setting of the one who spoke a quotation opening the sentence ("“…,” X said during a meeting with Y")', '“Trade is growing,” Prime Minister Pham Minh Chinh said during a bilateral meeting with Lao Prime Minister Sonexay Siphandone on December 1.'],
    ['a setting after the act and its object ("X told Y during talks on Monday that …")', 'Prime Minister Pham Minh Chinh told Lao Prime Minister Sonexay Siphandone during talks on Monday that trade would grow.'],
    ['a setting after the act and its object ("X told Y in a phone call …")', 'Prime Minister Pham Minh Chinh told Lao Prime Minister Sonexay Siphandone in a phone call on Monday that trade would grow.'],
    ['a pointer phrase with nothing told before it', 'At the summit, Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone agreed to boost trade.'],
    ['a place adverb and a bare weekday before the other side, as Xinhua writes ("met here Saturday with Y")', 'Prime Minister Pham Minh Chinh met here Saturday with Lao Prime Minister Sonexay Siphandone.'],
    ['the same after talks ("held talks here Monday with Y")', 'Prime Minister Pham Minh Chinh held talks here Monday with Lao Prime Minister Sonexay Siphandone.'],
    ['the hour of the day between the meeting and the other side ("held a meeting earlier in the day with Y")', 'Prime Minister Pham Minh Chinh held a meeting earlier in the day with Lao Prime Minister Sonexay Siphandone.'],
    ['the same, "later that day"', 'Prime Minister Pham Minh Chinh held talks later that day with Lao Prime Minister Sonexay Siphandone.'],
    ['an office in words of its own after the meeting\'s linker, its holder after a comma ("with the Chairman of …, Y")', 'Prime Minister Pham Minh Chinh held a bilateral meeting with the Head of the Lao Government Office of Laos, Sonexay Siphandone.'],
    ['a relative clause about the first of two joined subjects ("X, who …, and Y held talks")', 'Prime Minister Pham Minh Chinh, who took office last year, and Lao Prime Minister Sonexay Siphandone held talks on December 1.'],
    ['an inverted speech verb whose speaker said it at the meeting ("…, affirmed X at a meeting with Y")', 'Trade is a priority for Vietnam, affirmed Prime Minister Pham Minh Chinh at a meeting with Lao Prime Minister Sonexay Siphandone.'],
    ['a meeting one of its sides recalls, told as a gerund ("X recalled meeting with Y")', 'Prime Minister Pham Minh Chinh recalled meeting with Lao Prime Minister Sonexay Siphandone in 2023.'],
    ['a discussion told with its sides ("The discussion took place between X and Y")', 'The discussion took place between Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone on December 1.'],
    ['a discussion the two sides had ("X and Y had an in-depth discussion on …")', 'Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone had an in-depth discussion on trade on December 1.'],
    ['a standing dialogue chaired with the other side ("X co-chaired the sixth Ministerial Dialogue with Y")', 'Prime Minister Pham Minh Chinh co-chaired the sixth Vietnam-Laos Ministerial Dialogue with Lao Prime Minister Sonexay Siphandone.'],
    ['such a clause naming an office itself ("X, who became prime minister days ago, and Y held talks")', 'Pham Minh Chinh, who became prime minister days ago, and Lao Prime Minister Sonexay Siphandone held talks on December 1.'],
    ['a leader noun set off by a comma before the name ("with Laos\'s top leader, Y")', 'Prime Minister Pham Minh Chinh had phone talks with Laos\'s top leader, Sonexay Siphandone, on ways to boost ties.'],
    ['adverbs between a light verb and its noun, the subject after a word of its own ("Visiting X and Y held here Saturday strategic consultations")', 'Visiting Lao Prime Minister Sonexay Siphandone and Prime Minister Pham Minh Chinh held here Saturday strategic consultations.'],
  ])('finds both sides of %s', (_what, sentence) => {
    expect(meetings('2025-12-02', sentence).filter((m) => m.kind !== 'visit').map((m) => m.participants.length)).toEqual([2]);
  });

  it.each([
    ['"paid … visit" at the invitation of Y', 'Prime Minister Pham Minh Chinh paid an official visit to Laos at the invitation of Lao Prime Minister Sonexay Siphandone.'],
    ['"is making a visit" at the invitation of Y', 'Prime Minister Pham Minh Chinh is making an official visit to Laos at the invitation of Lao Prime Minister Sonexay Siphandone.'],
    ['an inviter named as "his Lao counterpart Y"', 'Prime Minister Pham Minh Chinh visited Laos on December 1 at the invitation of his Lao counterpart Sonexay Siphandone.'],
    ['a visit "in response to an invitation by Y"', 'Prime Minister Pham Minh Chinh paid an official visit to Laos in response to an invitation by Lao Prime Minister Sonexay Siphandone.'],
  ])('finds the visitor and the host of %s', (_what, sentence) => {
    expect(meetings('2025-12-02', sentence).map((m) => [m.kind, [...m.participants].sort()])).toEqual([['visit', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('reads two titles of one person joined by "and" as one object, so a second predicate after ";" keeps the subject', () => {
    const found = meetings(
      '2025-12-02',
      'On December 1, Prime Minister Pham Minh Chinh met with General Secretary of the Lao People’s Revolutionary Party Central Committee and President of Laos Thongloun Sisoulith; and held talks with Prime Minister Sonexay Siphandone.',
    );
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'thongloun-sisoulith'], ['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('reads what follows a meeting clause after ", agreeing" as both sides\' joint statement', () => {
    const facts = analyse('2025-12-02', 'News', 'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone on December 1, agreeing to upgrade bilateral ties.');
    expect(facts.quotes.map((q) => [q.kind, [...q.speakers].sort(), q.text])).toEqual([['joint', ['pham-minh-chinh', 'sonexay-siphandone'], 'agreeing to upgrade bilateral ties']]);
  });

  it('gives no quote for speaking to reporters with nothing said', () => {
    const facts = analyse('2025-12-02', 'News', 'Prime Minister Pham Minh Chinh remarked to reporters after the talks on December 1.', 'Prime Minister Pham Minh Chinh remarked to reporters that trade would grow.');
    expect(facts.quotes.map((q) => q.text)).toEqual(['remarked to reporters that trade would grow']);
  });

  it.each([
    ['It followed their talks in Vientiane in October.', 'talks', null, '2025-10'],
    ['Their first meeting took place in New York on September 21.', 'other', '2025-09-21', null],
  ])('reads "their" meeting told with a day or month of its own and no name as one of the pair the story is about: %j', (sentence, kind, date, approx) => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Hanoi on Friday.', sentence);
    expect(found.slice(1).map((m) => [m.kind, m.participants, m.status, m.when.date, m.when.approx])).toEqual([[kind, ['pham-minh-chinh', 'sonexay-siphandone'], 'referenced', date, approx]]);
  });

  it('reads "their third meeting this year" as the meeting told, not one more', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Hanoi on Friday.', 'This was their third meeting this year.');
    expect(found).toHaveLength(1);
  });

  it('reads the people after a fronted meeting phrase, the second set off by commas after a counterpart noun, as its sides', () => {
    const found = meetings('2025-12-02', 'In a meeting in Vientiane on Sunday, Prime Minister Pham Minh Chinh and his counterpart, Lao Prime Minister Sonexay Siphandone, pledged to work closely.');
    expect(found.map((m) => [m.kind, m.participants])).toEqual([['other', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('passes over a party secretary-general\'s role with its acronym before the person\'s state title ("with Secretary-General of the X (ABC), Prime Minister Y")', () => {
    const found = meetings('2025-12-02', "General Secretary To Lam held phone talks on November 30 with Secretary-General of the People's Solidarity Party (PSP), Prime Minister of Laos Sonexay Siphandone.");
    expect(found.map((m) => [m.kind, m.participants])).toEqual([['phone_call', ['to-lam', 'sonexay-siphandone']]]);
  });

  it('passes over a retired officer\'s rank before a name ("H.E. Gen(ret) Y")', () => {
    const found = meetings('2025-12-02', 'General Secretary To Lam had a telephone conversation today with H.E. Gen(ret) Sonexay Siphandone, Prime Minister of Laos.');
    expect(found.map((m) => [m.kind, m.participants])).toEqual([['phone_call', ['to-lam', 'sonexay-siphandone']]]);
  });

  it('reads a meeting the two leaders last held in a year ("in 2023") as a meeting of its own, recalled, not the talks told', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Hanoi on Friday.', 'The two leaders last met in Vientiane in 2023.');
    expect(found.map((m) => [m.kind, m.participants, m.status, m.when.date, m.when.approx])).toEqual([
      ['talks', ['pham-minh-chinh', 'sonexay-siphandone'], 'reported', '2025-11-28', null],
      ['other', ['pham-minh-chinh', 'sonexay-siphandone'], 'referenced', null, '2023'],
    ]);
  });

  it('takes "his Lao counterpart" without a name for the holder of the same office in that country on the day', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh met with his Lao counterpart in Hanoi on December 1.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it.each([
    ['attended … at the invitation of Y', 'Prime Minister Pham Minh Chinh attended the Mekong forum in Vientiane on December 1 at the invitation of Lao Prime Minister Sonexay Siphandone.'],
    ['visit … at the invitation of Y', 'Prime Minister Pham Minh Chinh paid an official visit to Laos on December 1 at the invitation of Lao Prime Minister Sonexay Siphandone.'],
  ])('takes the host who invited a visit after it: %s', (_what, sentence) => {
    const found = meetings('2025-12-02', sentence);
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['visit', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('gives a second predicate after "and" the subject of the first ("X met Y and held talks with Z")', () => {
    const found = meetings('2025-12-02', 'General Secretary To Lam met Russian President Vladimir Putin and held talks with Lao Prime Minister Sonexay Siphandone on December 1.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['to-lam', 'vladimir-putin'], ['sonexay-siphandone', 'to-lam']]);
  });

  it('tells a conversation "by phone" as a phone call', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh spoke with Lao Prime Minister Sonexay Siphandone by phone on December 1.');
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['phone_call', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('does not date a meeting by the date of the report it is quoted from', () => {
    const found = meetings(
      '2025-12-02',
      'VIENTIANE - Prime Minister Pham Minh Chinh met Lao Prime Minister Sonexay Siphandone on the sidelines of the forum.',
      'Quoted from KPL, Tuesday, December 2, 2025, during a meeting with Lao Prime Minister Sonexay Siphandone in Vientiane, Laos, Prime Minister Pham Minh Chinh said trade was growing.',
    );
    expect(found.map((m) => m.when.date)).toEqual([null]);
  });

  it.each([
    ['a visit owned by a pronoun, its subject the one the sentence opens with', 'Prime Minister Pham Minh Chinh returned to Hanoi on December 1, concluding his official visit to Laos at the invitation of Lao Prime Minister Sonexay Siphandone.'],
    ['a subject after a title-case dateline with its agency', 'Hanoi, December 1 (VNA) – Prime Minister Pham Minh Chinh and his delegation arrived home on December 1, concluding their official visit to Laos at the invitation of Lao Prime Minister Sonexay Siphandone.'],
  ])('takes the visitor of %s', (_what, sentence) => {
    const visits = meetings('2025-12-02', sentence).filter((m) => m.kind === 'visit');
    expect(visits.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('takes the doer after "by" as the host of a passive reception', () => {
    const found = meetings('2025-12-02', 'Lao Prime Minister Sonexay Siphandone was received by Prime Minister Pham Minh Chinh in Hanoi on December 1.');
    expect(found).toEqual([expect.objectContaining({ kind: 'reception', host: ['pham-minh-chinh'], place: 'Hanoi' })]);
  });

  it('takes the subject as the speaker of a verb joined to a meeting with someone ("X met with Y and said")', () => {
    const facts = analyse('2025-12-02', 'News', 'Prime Minister Pham Minh Chinh met with Lao Prime Minister Sonexay Siphandone and said trade would grow.');
    expect(quoteRows(facts)).toEqual([['pham-minh-chinh', 'reported', 'said trade would']]);
  });

  it('refers "the Lao minister" back to the Lao leader named before it, not to one first named later in the sentence', () => {
    const found = meetings(
      '2025-12-02',
      'Lao Prime Minister Sonexay Siphandone held talks with Prime Minister Pham Minh Chinh on December 1.',
      'The Lao minister also met President Luong Cuong and conveyed the greetings of General Secretary Thongloun Sisoulith.',
    );
    expect(found.map((m) => [...m.participants].sort())).toEqual([
      ['pham-minh-chinh', 'sonexay-siphandone'],
      ['luong-cuong', 'sonexay-siphandone'],
    ]);
  });

  it('reads "held separate talks with X and Y" as one meeting with each', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh held separate talks with Lao Prime Minister Sonexay Siphandone and Russian President Vladimir Putin on December 1.');
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([
      ['talks', ['pham-minh-chinh', 'sonexay-siphandone']],
      ['talks', ['pham-minh-chinh', 'vladimir-putin']],
    ]);
  });

  it('reads "him" in "the talks between him and Y" as the person the sentence names before it', () => {
    const found = meetings('2025-12-02', 'Putin also briefed the Prime Minister on the outcomes of the talks between him and General Secretary To Lam on December 1.');
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['talks', ['to-lam', 'vladimir-putin']]]);
  });

  it('reads "met separately with X and Y" as one meeting with each', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh met separately with Lao Prime Minister Sonexay Siphandone and Russian President Vladimir Putin on December 1.');
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([
      ['other', ['pham-minh-chinh', 'sonexay-siphandone']],
      ['other', ['pham-minh-chinh', 'vladimir-putin']],
    ]);
  });

  it('passes over a companion named after a comma and an honorific ("X, and his wife, Mrs. Y visited Z")', () => {
    const found = meetings('2025-12-02', 'Lao Prime Minister Sonexay Siphandone, and his wife, Mrs. Malavanh Keola visited General Secretary To Lam on December 1.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['sonexay-siphandone', 'to-lam']]);
  });

  it('reads a bare title several people were given as the one the story is about ("The President" after Putin spoke)', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Russian President Vladimir Putin held talks with President Luong Cuong in Moscow on December 1.',
      'Putin said ties were strong.',
      'The President also thanked Vietnam for its support.',
    );
    expect(facts.quotes.at(-1)?.speakers).toEqual(['vladimir-putin']);
  });

  it('takes the doer after "by" as the host of a passive reception with words before "by" ("was hosted to lunch by X")', () => {
    const found = meetings('2025-12-02', 'Lao Prime Minister Sonexay Siphandone was hosted to lunch by Prime Minister Pham Minh Chinh in Hanoi on December 1.');
    expect(found).toEqual([expect.objectContaining({ kind: 'reception', host: ['pham-minh-chinh'], participants: expect.arrayContaining(['pham-minh-chinh', 'sonexay-siphandone']) })]);
  });

  it.each([
    ['a weekday', 'Lao Prime Minister Sonexay Siphandone was received on Monday by Prime Minister Pham Minh Chinh in Hanoi.'],
    ['a day in brackets', 'Lao Prime Minister Sonexay Siphandone was warmly received today (December 1) by Prime Minister Pham Minh Chinh in Hanoi.'],
  ])('takes the doer after "by" as the host of a passive reception with %s before "by"', (_what, sentence) => {
    const found = meetings('2025-12-02', sentence);
    expect(found).toEqual([expect.objectContaining({ kind: 'reception', host: ['pham-minh-chinh'], participants: expect.arrayContaining(['pham-minh-chinh', 'sonexay-siphandone']) })]);
  });

  it('reads a parenthetical "he suggested" as its speaker alone, not joined to the group before it', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Russian President Vladimir Putin held talks with General Secretary To Lam in Moscow on December 1.',
      'The two sides, he suggested, should steadily expand trade.',
    );
    expect(facts.quotes.map((q) => q.speakers)).toEqual([['vladimir-putin']]);
  });

  it('keeps a pronoun joined by "and" in a joint subject ("he and Mr Lam noted")', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Russian President Vladimir Putin held talks with General Secretary To Lam in Moscow on December 1.',
      'In the meeting, he and General Secretary To Lam noted the growth of trade.',
    );
    expect(facts.quotes.map((q) => [...q.speakers].sort())).toEqual([['to-lam', 'vladimir-putin']]);
  });

  it('reads "the Lao side" as the Lao people of the meeting being told', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Hanoi on December 1.',
      'The Lao side thanked Vietnam for its support.',
    );
    expect(facts.quotes.map((q) => q.speakers)).toEqual([['sonexay-siphandone']]);
  });

  it('reads "the Lao leaders" as the last sentence\'s Lao subjects when no meeting being told has any', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Lao President Thongloun Sisoulith and Lao Prime Minister Sonexay Siphandone hosted separate receptions in Vientiane on December 1 for a delegation of the Vietnamese Fatherland Front.',
      'The Lao leaders praised the growing ties between the two countries.',
    );
    expect(facts.quotes.map((q) => [[...q.speakers].sort(), q.kind])).toEqual([[['sonexay-siphandone', 'thongloun-sisoulith'], 'joint']]);
  });

  it('dates a meeting "on Monday" inside the range of days its sentence gives ("during the visit from June 26 to 28")', () => {
    const found = meetings('2022-06-26', 'Lao Prime Minister Sonexay Siphandone held talks with Prime Minister Pham Minh Chinh in Hanoi on Monday as part of his official visit from June 26 to 28.');
    expect(found.filter((m) => m.kind === 'talks').map((m) => m.when.date)).toEqual(['2022-06-27']);
    // A range the article's day is not in is another event's: the Monday before the article.
    const ahead = meetings('2022-06-22', 'Lao Prime Minister Sonexay Siphandone held talks with Prime Minister Pham Minh Chinh in Hanoi on Monday, ahead of the Mekong summit from June 26 to 28.');
    expect(ahead.filter((m) => m.kind === 'talks').map((m) => m.when.date)).toEqual(['2022-06-20']);
  });

  it('keeps the place before a meeting word to the place ("X in Hanoi held talks with Y")', () => {
    const found = meetings('2025-12-02', 'Lao Prime Minister Sonexay Siphandone in Hanoi held talks with Prime Minister Pham Minh Chinh on December 1.');
    expect(found.map((m) => [m.kind, m.place])).toEqual([['talks', 'Hanoi']]);
  });

  it('gives no speaker from an object before a place ("Supporters of X in Moscow said")', () => {
    expect(quoteRows(analyse('2025-12-02', 'News', 'Supporters of Russian President Vladimir Putin in Moscow said the talks were useful.'))).toEqual([]);
  });

  it('reads "X received by Y" right after the one received, a caption\'s passive without "was", as Y receiving X', () => {
    const found = meetings('2025-12-02', 'The photo shows Lao Prime Minister Sonexay Siphandone received by Prime Minister Pham Minh Chinh at a reception in Hanoi on December 1.');
    expect(found.map((m) => [m.kind, [...m.participants].sort(), m.host])).toEqual([['reception', ['pham-minh-chinh', 'sonexay-siphandone'], ['pham-minh-chinh']]]);
    // An active verb with "by" later in its object is no passive: the subject hosts.
    const active = meetings('2025-12-02', 'President Luong Cuong received a delegation led by Lao Prime Minister Sonexay Siphandone in Hanoi on December 1.');
    expect(active.map((m) => m.host)).toEqual([['luong-cuong']]);
  });

  it('reads "called on Y and …" as a courtesy call with no words said, "called on Y to …" as an appeal', () => {
    const call = analyse('2025-12-02', 'News', 'Prime Minister Pham Minh Chinh called on visiting Lao Prime Minister Sonexay Siphandone and discussed ways to deepen ties.');
    expect(quoteRows(call)).toEqual([]);
    const others = analyse('2025-12-02', 'News', 'Prime Minister Pham Minh Chinh called on Lao Prime Minister Sonexay Siphandone and his government to speed up the railway project.');
    expect(quoteRows(others)).toEqual([['pham-minh-chinh', 'reported', 'called on Lao']]);
    const appeal = analyse('2025-12-02', 'News', 'Prime Minister Pham Minh Chinh called on Lao Prime Minister Sonexay Siphandone to boost trade.');
    expect(quoteRows(appeal)).toEqual([['pham-minh-chinh', 'reported', 'called on Lao']]);
  });

  it('reads no host from an invitation owned by someone the sentence is about ("commented on Y\'s invitation")', () => {
    const found = meetings('2025-12-02', 'Lao Prime Minister Sonexay Siphandone, who visited Vietnam last week, commented on Prime Minister Pham Minh Chinh’s invitation to attend the parade.');
    expect(found.filter((m) => m.participants.length >= 2)).toEqual([]);
  });

  it('reads the host of a visit "at Y\'s invitation", as "at the invitation of Y"', () => {
    const found = meetings('2025-12-02', 'Lao Prime Minister Sonexay Siphandone is on a three-day official visit to Vietnam from June 26 to 28 at Prime Minister Pham Minh Chinh’s invitation.');
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['visit', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('reads "had a bilateral talk with" as talks', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh had a bilateral talk with Lao Prime Minister Sonexay Siphandone on December 1.');
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['talks', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('reads "a bilateral meeting" as talks', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh held a bilateral meeting with Lao Prime Minister Sonexay Siphandone on December 1.');
    expect(found).toEqual([expect.objectContaining({ kind: 'talks' })]);
  });

  it('tells one meeting, of its own kind, when a pointer clause with nothing told before it precedes a meeting of the same people', () => {
    const found = meetings(
      '2025-12-02',
      'Following the welcome ceremony, Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone held talks on December 1.',
    );
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['talks', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('records a meeting noun the subject\'s act is about as recalled', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh valued the recent phone call with Lao Prime Minister Sonexay Siphandone.');
    expect(found).toEqual([expect.objectContaining({ kind: 'phone_call', status: 'referenced' })]);
  });

  it.each([
    ['"between", which names both sides', 'Prime Minister Pham Minh Chinh spoke highly of the talks between General Secretary To Lam and Lao President Thongloun Sisoulith.', ['thongloun-sisoulith', 'to-lam']],
    ['a person after a ceremony without "for"', 'Prime Minister Pham Minh Chinh hosted a welcome ceremony in Hanoi attended by Lao Prime Minister Sonexay Siphandone.', []],
  ])('keeps the subject out of %s', (_what, sentence, participants) => {
    expect(meetings('2025-12-02', sentence).map((m) => [...m.participants].sort())).toEqual(participants.length > 0 ? [participants] : []);
  });

  it('takes a dateline for the article and a weekday for the last such day up to it', () => {
    const found = meetings('2025-12-04', 'HANOI, Dec 3 (VNA) – Prime Minister Pham Minh Chinh on Tuesday received Lao Prime Minister Sonexay Siphandone.');
    expect(found[0]?.when.date).toBe('2025-12-02');
  });

  it.each([
    ['said', 'Prime Minister Pham Minh Chinh said the two countries would boost trade.'],
    ['affirmed', 'Prime Minister Pham Minh Chinh affirmed that Vietnam treasures its ties with Laos.'],
    ['stressed', 'Prime Minister Pham Minh Chinh stressed the importance of connectivity.'],
    ['thanked', 'Lao Prime Minister Sonexay Siphandone thanked Vietnam for its support.'],
    ['proposed', 'Lao Prime Minister Sonexay Siphandone proposed that the two sides boost investment.'],
    ['agreed that', 'Lao Prime Minister Sonexay Siphandone agreed that the two sides should meet more often.'],
    ['according to', 'According to Prime Minister Pham Minh Chinh, trade rose by 10 percent.'],
    ['described … as', 'Prime Minister Pham Minh Chinh described the visit as a milestone in the ties.'],
    ['took this occasion to', 'Prime Minister Pham Minh Chinh took this occasion to thank Laos for its support.'],
    ['reached a consensus', 'Prime Minister Pham Minh Chinh reached a consensus with the Lao side on stepping up trade.'],
    ['said with the speaker after it', '“Vietnam treasures its ties with Laos,” said Prime Minister Pham Minh Chinh.'],
    ['a post quoted with the speaker after "tweeted"', '“Had an excellent talk with my Lao counterpart today,” tweeted Prime Minister Pham Minh Chinh.'],
    ['said with only where and when after it', 'Vietnam treasures its ties with Laos, Prime Minister Pham Minh Chinh said at a meeting in Hanoi.'],
    ['offered his congratulations', 'Prime Minister Pham Minh Chinh offered his congratulations to Laos on its national day.'],
    ['sent a message congratulating', 'Prime Minister Pham Minh Chinh sent a message congratulating Sonexay Siphandone on his election.'],
    ['accepted the invitation', 'Lao Prime Minister Sonexay Siphandone accepted the invitation to visit Vietnam at a convenient time.'],
    ['responded', 'Lao Prime Minister Sonexay Siphandone responded by thanking Vietnam for its support.'],
    ['a participle after a meeting clause', 'Prime Minister Pham Minh Chinh received the Lao ambassador in Hanoi on December 1, expressing his delight at the growth of trade.'],
    ['a fronted participle', 'Noting that trade had doubled, Lao Prime Minister Sonexay Siphandone called the ties exemplary.'],
    ['replied', 'Lao Prime Minister Sonexay Siphandone replied that Laos would take part.'],
    ['answered that', 'Lao Prime Minister Sonexay Siphandone answered that he hopes trade will grow.'],
  ])('attributes a statement introduced by "%s"', (_verb, sentence) => {
    const facts = analyse('2025-12-02', 'News', sentence);
    expect(facts.quotes).toHaveLength(1);
    expect(facts.quotes[0]!.speakers).toHaveLength(1);
  });

  it.each([
    ['the surname alone', 'Chinh said the talks were fruitful.', ['pham-minh-chinh']],
    ['"he"', 'He said the talks were fruitful.', ['pham-minh-chinh']],
    ['the country\'s leader', 'The Lao leader said the talks were fruitful.', ['sonexay-siphandone']],
    ['"the two leaders"', 'The two leaders agreed to boost trade.', ['pham-minh-chinh', 'sonexay-siphandone']],
    ['"both sides"', 'Both sides agreed to boost trade.', ['pham-minh-chinh', 'sonexay-siphandone']],
    ['"the duo"', 'The duo also discussed the economy and emphasised that trade must grow.', ['pham-minh-chinh', 'sonexay-siphandone']],
  ])('follows a later reference by %s', (_what, later, speakers) => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Hanoi on December 1.',
      later.startsWith('He') ? `Prime Minister Pham Minh Chinh welcomed the guest. ${later}` : later,
    );
    expect(facts.quotes.at(-1)?.speakers.sort()).toEqual([...speakers].sort());
  });

  it('takes a bare title for the person the article named with it, though the registry records no such office of theirs', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Lao Deputy Prime Minister Thongsalith Mangnomek received the Vietnamese ambassador in Vientiane on December 1.',
      'The Deputy PM welcomed the growth of trade between the two countries.',
    );
    expect(quoteRows(facts)).toEqual([['thongsalith-mangnomek', 'reported', 'welcomed the growth']]);
  });

  it.each(['this morning', 'on Monday'])('takes the speaker into talks the sentence follows with a day between the noun and "with" ("following the phone talks %s with Y")', (day) => {
    const facts = analyse('2025-12-02', 'News', `Prime Minister Pham Minh Chinh said trade was growing following the phone talks ${day} with Lao Prime Minister Sonexay Siphandone.`);
    expect(meetingPairs(facts)).toEqual(['pham-minh-chinh+sonexay-siphandone']);
  });

  it('makes one phone call of each caller of several countries with one person ("A and B phoned Y")', () => {
    const facts = analyse('2025-12-02', 'News', 'Lao Prime Minister Sonexay Siphandone and Russian President Vladimir Putin phoned General Secretary To Lam on December 1.');
    expect(meetingPairs(facts).sort()).toEqual(['sonexay-siphandone+to-lam', 'to-lam+vladimir-putin']);
  });

  it('reads "called upon Y to" as an appeal, not a courtesy call', () => {
    expect(meetingPairs(analyse('2025-12-02', 'News', 'Lao Prime Minister Sonexay Siphandone called upon Prime Minister Pham Minh Chinh to boost trade on December 1.'))).toEqual([]);
  });

  it('ends the sides after "between" with the one "and" joined: the subject after the comma speaks of the talks, not in them', () => {
    const facts = analyse('2025-12-02', 'News', 'Praising the talks between General Secretary To Lam and Russian President Vladimir Putin, Prime Minister Pham Minh Chinh said trade would grow.');
    expect(facts.meetings.map((m) => [...m.participants].sort().join('+'))).toEqual(['to-lam+vladimir-putin']);
  });

  it.each([
    ['a city', 'the city Party Chief'],
    ['a province', 'the Provincial Party Chief'],
  ])('takes no national leader for the bare title of %s\'s office ("%s said")', (_, title) => {
    const facts = analyse('2025-12-02', 'News', `At the reception on December 1, ${title} said the two sides would boost trade.`);
    expect(quoteRows(facts)).toEqual([]);
    // The national office itself is still read.
    expect(quoteRows(analyse('2025-12-02', 'News', 'At the reception on December 1, the Party Chief said the two sides would boost trade.'))).toEqual([['to-lam', 'reported', 'said the two']]);
  });

  it('takes a bare title for the person last named with that very form, before anyone else of the office', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Prime Minister Pham Minh Chinh held talks with Lao Premier Sonexay Siphandone in Hanoi on December 1.',
      'The Premier said the two countries would boost trade.',
    );
    expect(facts.quotes.at(-1)?.speakers).toEqual(['sonexay-siphandone']);
  });

  it.each([
    ['the host', 'The host noted his wish for closer ties.', ['pham-minh-chinh']],
    ['the guest', 'The guest thanked Vietnam for the warm welcome.', ['sonexay-siphandone']],
    ['the host with a leader noun after it', 'The host leader noted his wish for closer ties.', ['pham-minh-chinh']],
    ['the guest with a leader noun after it', 'The guest leader thanked Vietnam for the warm welcome.', ['sonexay-siphandone']],
    ['a subject set off by ", for his part,"', 'Sonexay, for his part, thanked Vietnam for the warm welcome.', ['sonexay-siphandone']],
  ])('follows %s of the meeting being told', (_what, later, speakers) => {
    const facts = analyse('2025-12-02', 'News', 'Prime Minister Pham Minh Chinh received Lao Prime Minister Sonexay Siphandone in Hanoi on December 1.', later);
    expect(facts.quotes.at(-1)?.speakers).toEqual(speakers);
  });

  it('does not take meetings the leaders agree to keep up ("maintain the annual summit") for one held', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone on December 1.',
      'The two leaders agreed to maintain the annual summit between the two countries.',
    );
    expect(facts.meetings.map((m) => m.kind)).toEqual(['talks']);
  });

  it('does not take "will" or "is to" plans for meetings', () => {
    expect(meetings('2025-12-02', 'Prime Minister Pham Minh Chinh will hold talks with Lao Prime Minister Sonexay Siphandone next week.')).toEqual([]);
  });

  it('joins a country adjective and a qualified title to the person they describe', () => {
    const found = meetings(
      '2025-12-02',
      'President Luong Cuong held talks with General Secretary of the Lao People\'s Revolutionary Party Central Committee and Lao President Thongloun Sisoulith on December 1.',
    );
    expect(found[0]?.participants.sort()).toEqual(['luong-cuong', 'thongloun-sisoulith']);
  });
  it.each([
    ['held productive talks with'],
    ['had a brief meeting with'],
    ['held warm and friendly talks with'],
    ['held a 20-minute phone call with'],
    ['held a phone call lasting 20 minutes with'],
  ])('takes the subject before a light verb and the meeting noun\'s modifiers ("%s")', (phrase) => {
    const found = meetings('2025-12-02', `Prime Minister Pham Minh Chinh ${phrase} Lao Prime Minister Sonexay Siphandone on December 1.`);
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('does not read a preposition as a modifier of the meeting noun ("has a long history of talks with")', () => {
    expect(meetings('2025-12-02', 'Prime Minister Pham Minh Chinh has a long history of talks with Lao Prime Minister Sonexay Siphandone.')).toEqual([]);
  });

  it('gives a passive after "and" the subject the sentence opens with ("X arrived … and was welcomed by Y")', () => {
    const found = meetings('2025-12-02', 'Russian President Vladimir Putin arrived in Hanoi on December 1 and was welcomed by General Secretary To Lam at the airport.');
    expect(found.map((m) => [m.kind, [...m.participants].sort(), m.host])).toEqual([['reception', ['to-lam', 'vladimir-putin'], ['to-lam']]]);
  });

  it('reads phone talks with a list of people as one call with each, unless the call joined them all ("trilateral")', () => {
    const each = meetings('2025-12-02', 'General Secretary To Lam held phone talks with Russian President Vladimir Putin and Lao Prime Minister Sonexay Siphandone on December 1.');
    expect(each.map((m) => [...m.participants].sort())).toEqual([
      ['to-lam', 'vladimir-putin'],
      ['sonexay-siphandone', 'to-lam'],
    ]);
    const all = meetings('2025-12-02', 'General Secretary To Lam held a trilateral phone call with Russian President Vladimir Putin and Lao Prime Minister Sonexay Siphandone on December 1.');
    expect(all.map((m) => [...m.participants].sort())).toEqual([['sonexay-siphandone', 'to-lam', 'vladimir-putin']]);
  });
  it.each([
    ['a courtesy call', 'courtesy_call'],
    ['an official visit', 'visit'],
  ])('reads "X received %s from Y" as a meeting of X with Y', (noun, kind) => {
    const found = meetings('2025-12-02', `Prime Minister Pham Minh Chinh received ${noun} from Lao Prime Minister Sonexay Siphandone on December 1.`);
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([[kind, ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it.each([
    ['telephoned', 'phone_call'],
    ['spoke over phone with', 'phone_call'],
    ['held a phone talk with', 'phone_call'],
    ['had a telephone talk with', 'phone_call'],
    ['held a teleconference with', 'online_talks'],
    ['held a tete-a-tete with', 'other'],
    ['had a working lunch with', 'other'],
    ['hosted a lunch for', 'reception'],
  ])('reads "X %s Y" as a meeting of kind %s', (phrase, kind) => {
    const found = meetings('2025-12-02', `Prime Minister Pham Minh Chinh ${phrase} Lao Prime Minister Sonexay Siphandone on December 1.`);
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([[kind, ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it.each([
    ['"speaks by phone with", a headline\'s present tense', 'Prime Minister Pham Minh Chinh speaks by phone with Lao Prime Minister Sonexay Siphandone', 'phone_call'],
    ['"paid a call on"', 'Lao Prime Minister Sonexay Siphandone paid a call on Prime Minister Pham Minh Chinh in Hanoi on December 1.', 'courtesy_call'],
    ['"received an honorary visit from"', 'Prime Minister Pham Minh Chinh received an honorary visit from Lao Prime Minister Sonexay Siphandone in Hanoi on December 1.', 'courtesy_call'],
    ['"had an audience with"', 'Lao Prime Minister Sonexay Siphandone had an audience with Prime Minister Pham Minh Chinh in Hanoi on December 1.', 'courtesy_call'],
    ['"to have an audience with" after a verb', 'Lao Prime Minister Sonexay Siphandone then proceeded to have an audience with Prime Minister Pham Minh Chinh in Hanoi on December 1.', 'courtesy_call'],
    ['"was granted an audience by"', 'Lao Prime Minister Sonexay Siphandone was granted an audience by Prime Minister Pham Minh Chinh in Hanoi on December 1.', 'reception'],
  ])('reads %s', (_what, sentence, kind) => {
    expect(meetings('2025-12-02', sentence).map((m) => [m.kind, [...m.participants].sort()])).toEqual([[kind, ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it.each([
    ['urges (a headline\'s present tense)', 'Prime Minister Pham Minh Chinh urges Laos to boost trade'],
    ['pledges', 'Lao Prime Minister Sonexay Siphandone pledges to continue promoting ties with Vietnam'],
    ['hails', 'Prime Minister Pham Minh Chinh hails the growth of trade with Laos'],
    ['reiterates that', 'Prime Minister Pham Minh Chinh reiterates that Vietnam values its ties with Laos.'],
    ['observed that', 'Prime Minister Pham Minh Chinh observed that trade had doubled.'],
    ['commented that', 'Prime Minister Pham Minh Chinh commented that trade had doubled.'],
    ['encouraged', 'Prime Minister Pham Minh Chinh encouraged Lao firms to invest in Vietnam.'],
    ['was quoted as saying', 'Prime Minister Pham Minh Chinh was quoted as saying that trade had doubled.'],
    ['was quoted saying, closing a quotation, the report relayed named after it', '“Trade has doubled,” Prime Minister Pham Minh Chinh was quoted saying by the Straits Times.'],
    ['underlined, the speaker after a quotation', '“Trade has doubled,” underlined Prime Minister Pham Minh Chinh.'],
    ['observed, closing a quotation', '“Trade has doubled,” Prime Minister Pham Minh Chinh observed.'],
  ])('attributes a statement introduced by "%s"', (_verb, sentence) => {
    expect(analyse('2025-12-02', 'News', sentence).quotes.map((q) => q.speakers.length)).toEqual([1]);
  });

  it.each([
    'reaffirming that the two countries would boost trade', 'describing the visit as a milestone', 'praising the growth of trade',
    'hailing the growth of trade', 'congratulating Laos on its success', 'acknowledging the growth of trade', 'recalling his visit to Vientiane',
    'voicing support for the plan', 'wishing Laos success', 'speaking highly of the growth of trade', 'stating that trade would grow',
    'assuring him that Vietnam would take part', 'requesting that Laos boost trade', 'asking Laos to boost trade', 'hoping that trade would grow',
    'sharing his view that trade would grow', 'announcing that Vietnam would take part',
  ])('gives the participle after a reception\'s guest and a comma to the host ("X received Y, %s")', (said) => {
    const facts = analyse('2025-12-02', 'News', `Prime Minister Pham Minh Chinh received Lao Prime Minister Sonexay Siphandone, ${said}.`);
    expect(facts.quotes.map((q) => q.speakers)).toEqual([['pham-minh-chinh']]);
  });

  it.each([
    ['criticised', 'Prime Minister Pham Minh Chinh criticised the delays in the railway project.'],
    ['criticized', 'Prime Minister Pham Minh Chinh criticized the delays in the railway project.'],
    ['condemned', 'Prime Minister Pham Minh Chinh condemned the attack on the embassy.'],
    ['characterised', 'Prime Minister Pham Minh Chinh characterised the ties as exemplary.'],
    ['characterized', 'Prime Minister Pham Minh Chinh characterized the ties as exemplary.'],
  ])('attributes a statement introduced by "%s", either spelling', (_verb, sentence) => {
    expect(analyse('2025-12-02', 'News', sentence).quotes.map((q) => q.speakers)).toEqual([['pham-minh-chinh']]);
  });

  it.each([
    ['a day word between subject and verb ("today")', 'Prime Minister Pham Minh Chinh today reiterated that Vietnam values its ties with Laos.', 'pham-minh-chinh'],
    ['an apposition opening with "also"', 'Lao Prime Minister Sonexay Siphandone, also a member of the Political Bureau, said Laos values its ties with Vietnam.', 'sonexay-siphandone'],
  ])('passes over %s to the speaker', (_what, sentence, speaker) => {
    expect(analyse('2025-12-02', 'News', sentence).quotes.map((q) => q.speakers)).toEqual([[speaker]]);
  });

  it.each([
    ['Prime Minister Pham Minh Chinh also interacted with Lao Prime Minister Sonexay Siphandone on Thursday.'],
    ['On the sidelines, Prime Minister Pham Minh Chinh had a fruitful interaction with Lao Prime Minister Sonexay Siphandone.'],
  ])('reads an interaction, as the Indian press tells a meeting, as a meeting: %s', (sentence) => {
    expect(meetings('2024-10-11', sentence).map((m) => [m.kind, [...m.participants].sort()])).toEqual([['other', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('reads "complimented each other on …" after a call of two as what both said', () => {
    const facts = analyse('2022-04-17', 'News', 'Prime Minister Pham Minh Chinh held phone talks with Lao Prime Minister Sonexay Siphandone on Friday.', 'The two leaders complimented each other on the anniversary of diplomatic relations.');
    expect(quoteRows(facts)).toEqual([['pham-minh-chinh+sonexay-siphandone', 'joint', 'complimented each other']]);
  });

  it('reads "X is visiting Laos at the invitation of Y" as the visit, with its host; "visiting Y" alone as no visit', () => {
    expect(meetings('2024-10-11', 'Prime Minister Pham Minh Chinh is visiting Laos at the invitation of Lao Prime Minister Sonexay Siphandone.').map((m) => [m.kind, [...m.participants].sort()])).toEqual([
      ['visit', ['pham-minh-chinh', 'sonexay-siphandone']],
    ]);
    expect(meetings('2024-10-11', 'The visiting Lao Prime Minister Sonexay Siphandone spoke to students.')).toEqual([]);
  });

  it('writes each plural title as a group title whose singular is a title form of the registry', () => {
    const registry = readRegistryFile(join(import.meta.dirname, '../../corpus/leaders.json'));
    const forms = new Set(Object.values(registry.titles).flatMap((t) => [...t.vi, ...t.en].map(foldName)));
    for (const [plural, singular] of Object.entries(en.pluralTitles)) {
      expect(en.groupTitles, plural).toContain(plural);
      expect(forms.has(foldName(singular)), singular).toBe(true);
    }
  });


  it('reads an opinion told as held ("X considers …") as a statement, not the passive "is considered"', () => {
    const held = analyse('2025-12-02', 'News', 'Lao Prime Minister Sonexay Siphandone considers Vietnam a very close friend of Laos.');
    expect(quoteRows(held)).toEqual([['sonexay-siphandone', 'reported', 'considers Vietnam a']]);
    const passive = analyse('2025-12-02', 'News', 'Lao Prime Minister Sonexay Siphandone is considered a close friend of Vietnam.');
    expect(passive.quotes).toEqual([]);
  });

  it('reads "was speaking with Y" as a meeting, whose sides a later "the two sides" stands for', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Lao Prime Minister Sonexay Siphandone was speaking with Prime Minister Pham Minh Chinh during a visit to Hanoi, the ministry said.',
      'At the meeting, the two sides agreed to boost trade.',
    );
    expect(facts.meetings.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
    expect(quoteRows(facts)).toContainEqual(['sonexay-siphandone+pham-minh-chinh', 'joint', 'agreed to boost']);
  });

  it.each(['Upon the invitation of', 'Upon invitation of', 'At the kind invitation of'])('reads "%s Y, X is paying an official visit" as X\'s visit hosted by Y', (phrase) => {
    const found = meetings('2025-12-02', `${phrase} Prime Minister Pham Minh Chinh, Lao Prime Minister Sonexay Siphandone is paying an official visit to Vietnam.`);
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['visit', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it.each(['held a call with', 'had a call with', 'took a call from'])('reads "X %s Y" as a phone call', (verb) => {
    const found = meetings('2025-12-02', `Prime Minister Pham Minh Chinh ${verb} Lao Prime Minister Sonexay Siphandone on Monday.`);
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['phone_call', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it.each(['virtual summit', 'online summit'])('reads "X held a %s with Y" as online talks, not a summit held in person', (noun) => {
    const found = meetings('2025-12-02', `Prime Minister Pham Minh Chinh held a ${noun} with Lao Prime Minister Sonexay Siphandone on Monday.`);
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['online_talks', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it.each([
    ['Lao Prime Minister Sonexay Siphandone paid a farewell call on Prime Minister Pham Minh Chinh.', 'courtesy_call', ['pham-minh-chinh']],
    ['Lao Prime Minister Sonexay Siphandone had a royal audience with Prime Minister Pham Minh Chinh.', 'courtesy_call', ['pham-minh-chinh']],
    ['Prime Minister Pham Minh Chinh granted a royal audience to Lao Prime Minister Sonexay Siphandone.', 'reception', ['pham-minh-chinh']],
  ])('reads %j as a %s hosted by the one called on or granting it', (sentence, kind, host) => {
    const found = meetings('2025-12-02', sentence);
    expect(found.map((m) => [m.kind, [...m.participants].sort(), m.host])).toEqual([[kind, ['pham-minh-chinh', 'sonexay-siphandone'], host]]);
  });

  it('reads a finite meeting verb after a conjunction as a second predicate of the opening subject, a date between ("visited Laos in November and met with Y")', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh visited Laos in November last year and met with Prime Minister Sonexay Siphandone.');
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toContainEqual(['other', ['pham-minh-chinh', 'sonexay-siphandone']]);
    // A noun after the conjunction joins a noun phrase: no subject is lent to it.
    const noun = analyse('2025-12-02', 'News', 'Prime Minister Pham Minh Chinh praised the results of the talks in November last year and the visit of Prime Minister Sonexay Siphandone.');
    expect(meetingPairs(noun)).toEqual([]);
  });

  it('leaves the day of an event still to come ("the … Meeting to be held on July 4") to that event, not to the meeting told beside it', () => {
    const found = meetings(
      '2025-07-04',
      'Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone met here on Sunday.',
      "They met on the sidelines of the ASEAN Foreign Ministers' Meeting to be held on July 4 in Vientiane.",
    );
    expect(found.filter((m) => m.participants.length >= 2).map((m) => m.when.date)).toEqual(['2025-06-29']);
  });

  it('gives a participle after the one met to the subject a wire dateline opens the sentence with ("HANOI, Dec. 3 (VNA) -- X met Y, urging …")', () => {
    expect(quoteRows(analyse('2025-12-03', 'News', 'HANOI, Dec. 3 (Wire) -- To Lam met with Thongloun Sisoulith, urging enhanced ties between the two countries.'))).toEqual([
      ['to-lam', 'reported', 'urging enhanced ties'],
    ]);
  });

  it('gives a participle after the one met to the subject past a place between ("X received Y in Hanoi, urging …")', () => {
    expect(quoteRows(analyse('2025-12-03', 'News', 'To Lam received Thongloun Sisoulith in Hanoi, urging the two countries to enhance ties.'))).toEqual([['to-lam', 'reported', 'urging the two']]);
  });

  it('gives a bare title the home country\'s holder only in news of home: not in a story naming only other countries\' leaders', () => {
    const abroad = analyse('2025-12-03', 'News', 'Russian President Vladimir Putin held phone talks with Lao President Thongloun Sisoulith on Monday.', 'The Prime Minister said the talks were useful.');
    expect(abroad.quotes.flatMap((q) => q.speakers)).not.toContain('pham-minh-chinh');
    const home = analyse('2025-12-03', 'News', 'President Luong Cuong held phone talks with Lao President Thongloun Sisoulith on Monday.', 'The Prime Minister said the talks were useful.');
    expect(home.quotes.flatMap((q) => q.speakers)).toContain('pham-minh-chinh');
  });

  it('takes no one named inside a quotation, closed or carried on to the next paragraph, for the "he" of its attribution', () => {
    const facts = analyse(
      '2025-12-03',
      'News',
      'Lao Prime Minister Sonexay Siphandone spoke to reporters in Vientiane on Monday.',
      '“In this visit, I also had a meeting with my counterpart from Vietnam, Pham Minh Chinh.',
      '“After that, I also held a meeting with my counterpart from Russia, Vladimir Putin. I reiterated my support,” he said.',
    );
    expect(facts.quotes.map((q) => q.speakers)).toEqual([['sonexay-siphandone']]);
  });

  it('gives a statement after the one met, an apposition\'s comma before "and", to the subject ("X met the prime minister of Vietnam, Y, and expressed …")', () => {
    expect(
      quoteRows(analyse('2025-12-03', 'News', 'Lao Prime Minister Sonexay Siphandone held a meeting with the prime minister of Vietnam, Pham Minh Chinh, and expressed his wish to boost trade.')),
    ).toEqual([['sonexay-siphandone', 'reported', 'expressed his wish']]);
  });

  it('tells no meeting that was called off ("X\'s meeting with Y, set for Monday, was off")', () => {
    const pairs = (sentence: string) => meetingPairs(analyse('2025-12-03', 'News', sentence));
    expect(pairs("President Luong Cuong's meeting with Russian President Vladimir Putin, set for Monday afternoon, was called off.")).toEqual([]);
    expect(pairs("President Luong Cuong's meeting with Russian President Vladimir Putin on Monday afternoon was cordial.")).toHaveLength(1);
  });

  it('tells no meeting that is a condition ("the call with Y, if it takes place, will …")', () => {
    const pairs = (sentence: string) => meetingPairs(analyse('2025-12-03', 'News', sentence));
    expect(pairs("President Luong Cuong's phone call with Russian President Vladimir Putin, if it takes place, will cover trade.")).toEqual([]);
    expect(pairs("President Luong Cuong's phone call with Russian President Vladimir Putin, which took place on Monday, covered trade.")).toHaveLength(1);
    // A condition of something a later clause tells is not the meeting's.
    expect(pairs('President Luong Cuong held talks with Russian President Vladimir Putin on Monday, discussing a railway project that, if it goes ahead, would link the two countries.')).toHaveLength(1);
  });

  it('reads "the pair" as the two sides of the meeting being told', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone on Monday.',
      'The pair agreed to boost trade.',
    );
    expect(quoteRows(facts)).toEqual([['pham-minh-chinh+sonexay-siphandone', 'joint', 'agreed to boost']]);
  });
  it('reads a standing meeting a leader chairs with the other side: the body\'s name and the round passed over', () => {
    const kinds = (sentence: string) => analyse('2025-12-03', 'News', sentence).meetings.map((m) => [m.kind, [...m.participants].sort()]);
    const both = ['pham-minh-chinh', 'sonexay-siphandone'];
    expect(kinds('Prime Minister Pham Minh Chinh co-chaired the 45th meeting of the Intergovernmental Committee on Bilateral Cooperation (IGC-45) with Lao Prime Minister Sonexay Siphandone on Monday.')).toEqual([['other', both]]);
    expect(kinds('Prime Minister Pham Minh Chinh chaired the 45th meeting with Lao Prime Minister Sonexay Siphandone on Monday.')).toEqual([['other', both]]);
    // A body's name needs its linker and the other side's "with" right after it.
    expect(kinds('Prime Minister Pham Minh Chinh chaired the meeting of the Intergovernmental Committee on Monday in the presence of Lao Prime Minister Sonexay Siphandone.')).toEqual([]);
  });
  it('reads a meeting noun joined to a planned one as planned too ("the upcoming A and B", "upcoming visits, particularly meetings …"), not one after a held one', () => {
    const pairs = (sentence: string) => meetingPairs(analyse('2025-12-03', 'News', sentence));
    expect(pairs('Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone discussed preparations for the upcoming Intergovernmental Committee meeting and the Mekong Special Summit.')).toEqual([]);
    expect(pairs('Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone agreed to prepare upcoming visits, particularly high-level meetings on the sidelines of the ASEAN Summit.')).toEqual([]);
    // Not planned: the summit joined to a meeting already held is a meeting of the two.
    expect(pairs('Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone discussed the results of the Intergovernmental Committee meeting and the Mekong Special Summit.')).toEqual(['pham-minh-chinh+sonexay-siphandone']);
  });
  it('reads a joint statement\'s plural title ("The Prime Ministers reaffirmed …") as the pair of the meeting told', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone on Monday.',
      'The Prime Ministers reaffirmed the close ties between the two countries.',
    );
    expect(quoteRows(facts)).toEqual([['pham-minh-chinh+sonexay-siphandone', 'joint', 'reaffirmed the close']]);
  });
  it('reads what a leader revealed as a statement, and a manner adverb between a subject and the verb ("She humorously remarked that …")', () => {
    const rows = (...text: string[]) => quoteRows(analyse('2025-12-02', 'News', ...text));
    expect(rows('Prime Minister Pham Minh Chinh revealed on Wednesday that the cabinet had met.')).toEqual([['pham-minh-chinh', 'reported', 'revealed on Wednesday']]);
    expect(rows('Prime Minister Pham Minh Chinh spoke in Hanoi.', 'He humorously remarked that nobody gives away a house.')).toEqual([['pham-minh-chinh', 'reported', 'remarked that nobody']]);
  });
  it.each([
    ['a counterpart noun set off by a comma', 'General Secretary To Lam hosted an official luncheon in honour of his visiting Lao counterpart, Thongloun Sisoulith.'],
    ['a counterpart noun of a two-word country', 'General Secretary To Lam hosted an official luncheon in honour of his Lao PDR counterpart Thongloun Sisoulith.'],
  ])('reads the guest of a reception told as a noun after "in honour of" and %s', (_what, sentence) => {
    expect(meetings('2025-12-02', sentence).map((m) => [m.kind, [...m.participants].sort()])).toEqual([['reception', ['thongloun-sisoulith', 'to-lam']]]);
  });

  it('reads a host named with a consort ("X and Empress Y hosted a welcome ceremony for Z") as the host of that reception', () => {
    // Constructed: the consort is no fact, only the shape of the sentence.
    const found = analyse('2025-12-02', 'News', 'Russian President Vladimir Putin and Empress Anna hosted a welcome ceremony for General Secretary To Lam.').meetings;
    expect(found.map((m) => [m.kind, [...m.participants].sort(), m.host])).toEqual([['reception', ['to-lam', 'vladimir-putin'], ['vladimir-putin']]]);
  });
  it('reads "to greet Y" after the subject as a reception, the plain form as after "to"', () => {
    const found = analyse('2025-12-02', 'News', 'General Secretary To Lam was at the airport to greet Russian President Vladimir Putin.').meetings;
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['reception', ['to-lam', 'vladimir-putin']]]);
  });

  it('reads welcomers listed after "were" at the head of the sentence ("Among those welcoming Y were A")', () => {
    const found = analyse('2025-12-02', 'News', 'Among those welcoming Russian President Vladimir Putin at the airport were General Secretary To Lam and Prime Minister Pham Minh Chinh.').meetings;
    expect(found.map((m) => [m.kind, [...m.participants].sort(), [...m.host].sort()])).toEqual([['reception', ['pham-minh-chinh', 'to-lam', 'vladimir-putin'], ['pham-minh-chinh', 'to-lam']]]);
  });

  it('reads the subject after a fronted meeting clause written as a title in capitals before a later name ("In a meeting with Y, Minister Chinh stressed …")', () => {
    const found = analyse(
      '2025-12-02',
      'News',
      'Prime Minister Pham Minh Chinh arrived in Vientiane on December 1.',
      'In a meeting with Lao President Thongloun Sisoulith, Minister Chinh stressed that the two countries share a special relationship.',
    ).meetings;
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['other', ['pham-minh-chinh', 'thongloun-sisoulith']]]);
  });

  it('passes over an aside in brackets between the subject and its verb ("X on Monday (Dec 1) held talks with Y", "X said on Monday (Dec 1) …")', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Prime Minister Pham Minh Chinh on Monday (Dec 1) held talks with Lao Prime Minister Sonexay Siphandone.',
      'President Vladimir Putin on Monday (Dec 1) described the visit as a success.',
    );
    expect(facts.meetings.map((m) => [m.kind, [...m.participants].sort(), m.when.date])).toEqual([['talks', ['pham-minh-chinh', 'sonexay-siphandone'], '2025-12-01']]);
    expect(quoteRows(facts).map(([speakers]) => speakers)).toEqual(['vladimir-putin']);
  });

  it('reads a summit two leaders talked of ("they discussed the ASEAN Summit slated in November", "to prepare for the summit") as no meeting of theirs, and one they held at as theirs', () => {
    const pair = (text: string) => meetings('2025-12-02', text).map((m) => [m.kind, [...m.participants].sort()]);
    expect(pair('General Secretary To Lam and Lao President Thongloun Sisoulith discussed the ASEAN Summit slated in November.')).toEqual([]);
    expect(pair('General Secretary To Lam and Lao President Thongloun Sisoulith agreed to prepare for the upcoming summit.')).toEqual([]);
    expect(pair('General Secretary To Lam and Lao President Thongloun Sisoulith held a summit in Hanoi on December 1.')).toEqual([['summit', ['thongloun-sisoulith', 'to-lam']]]);
  });

  it('reads meeting words made a practice ("tighten cooperation through exchanges of visits", "promoting visits and contacts at all levels") as no meeting', () => {
    const pair = (text: string) => meetings('2025-12-02', text).map((m) => [m.kind, [...m.participants].sort()]);
    expect(pair('General Secretary To Lam and Lao President Thongloun Sisoulith agreed to tighten cooperation through exchanges of high-level visits.')).toEqual([]);
    expect(pair('General Secretary To Lam and Lao President Thongloun Sisoulith discussed promoting visits and contacts at all levels.')).toEqual([]);
    expect(pair('General Secretary To Lam and Lao President Thongloun Sisoulith held talks to strengthen cooperation.')).toEqual([['talks', ['thongloun-sisoulith', 'to-lam']]]);
  });

  it('reads plural meeting words after a practice modifier ("boost all-level visits", "via mutual and high-level visits") as no meeting, and "high-level talks" as one', () => {
    const pair = (text: string) => meetings('2025-12-02', text).map((m) => [m.kind, [...m.participants].sort()]);
    expect(pair('General Secretary To Lam and Lao President Thongloun Sisoulith agreed to boost all-level visits.')).toEqual([]);
    expect(pair('General Secretary To Lam and Lao President Thongloun Sisoulith pledged to build trust via mutual and high-level visits.')).toEqual([]);
    expect(pair('General Secretary To Lam and Lao President Thongloun Sisoulith praised ties with high-level visits and activities.')).toEqual([]);
    expect(pair('General Secretary To Lam held high-level talks with Lao President Thongloun Sisoulith on Monday.')).toEqual([['talks', ['thongloun-sisoulith', 'to-lam']]]);
  });

  it('reads a relative clause whose comma before "who" was left out ("X who arrived in Vientiane on Monday, held talks with Y") as X\'s aside', () => {
    const found = meetings('2025-12-02', 'Prime Minister Pham Minh Chinh who arrived in Vientiane on Monday, held talks with Lao Prime Minister Sonexay Siphandone.');
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['talks', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('reads no meeting between the people a subject it cannot name met ("The Cuban Foreign Minister had met A and B"), each met by that one', () => {
    const found = meetings('2025-12-02', 'The Cuban Foreign Minister had met Russian President Vladimir Putin and Lao President Thongloun Sisoulith in Moscow.');
    expect(found.filter((m) => m.participants.length >= 2)).toEqual([]);
  });

  it('reads every meeting of a sentence opened by a plan ("According to the schedule, during his stay X calls on A and B") as still to come', () => {
    expect(meetings('2025-12-02', 'According to the schedule, during his stay Lao Prime Minister Sonexay Siphandone calls on General Secretary To Lam and State President Luong Cuong.')).toEqual([]);
  });
});
