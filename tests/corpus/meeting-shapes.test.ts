/**
 * The everyday shapes of a meeting sentence, combined: each subject form with each meeting phrase
 * and each form of the other side, in English and Vietnamese, must tell a meeting of the two. A
 * rule written for one shape that breaks another shows here, on constructed text (the real
 * registry, the whole per-article stage).
 */
import { describe, expect, it } from 'vitest';
import { read, reading } from './stage-fixture';

const metTogether = (title: string, line: string) =>
  reading(read(` date 2025-12-02\n${title}\n${line}\n`)).facts.meetings.some((m) => m.participants.includes('pham-minh-chinh') && m.participants.includes('sonexay-siphandone'));

/** The sentences of `lines` that tell no meeting of the two. */
const missed = (title: string, lines: readonly string[]) => lines.filter((line) => !metTogether(title, line));

const combine = (...parts: readonly (readonly string[])[]): string[] =>
  parts.reduce<string[]>((acc, part) => acc.flatMap((a) => part.map((p) => a + p)), ['']);

describe('meeting sentences in English', () => {
  const subjects = ['Prime Minister Pham Minh Chinh', 'Vietnamese Prime Minister Pham Minh Chinh', "Pham Minh Chinh, Vietnam's prime minister,", "Vietnam's Prime Minister Pham Minh Chinh", 'PM Pham Minh Chinh'];
  const verbs = ['met', 'met with', 'held talks with', 'received', 'had a phone call with', 'hosted', 'welcomed', 'talked with', 'held a meeting with', 'had a bilateral meeting with', 'spoke by phone with', 'held a phone conversation with', 'paid a courtesy call on', 'had a working session with', 'hosted a banquet for', 'held a virtual meeting with', 'sat down with'];
  const others = ['Lao Prime Minister Sonexay Siphandone', 'his Lao counterpart Sonexay Siphandone', 'Sonexay Siphandone, the Lao prime minister', "Laos' Prime Minister Sonexay Siphandone", 'visiting Lao PM Sonexay Siphandone', 'Prime Minister of Laos Sonexay Siphandone'];

  it('tells the meeting of subject and object, whatever their forms and the meeting phrase', () => {
    expect(missed('News', combine(subjects.map((s) => `${s} `), verbs.map((v) => `${v} `), others, [' in Hanoi on Monday.']))).toEqual([]);
  });

  it('tells it whatever stands after the object', () => {
    const tails = [' on the sidelines of the ASEAN Summit in Vientiane on Monday.', ' on Monday to discuss trade.', '.'];
    // "welcomed Y on the sidelines of …" is no reception: a welcome needs its guest's occasion.
    const lines = combine([`${subjects[0]} `], verbs.filter((v) => v !== 'welcomed').map((v) => `${v} `), [others[0]!], tails);
    expect(missed('News', lines)).toEqual([]);
  });

  it('tells it in the other shapes of the news: joint subjects, passives, fronted clauses, invitations', () => {
    const lines = [
      'Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone held talks in Hanoi on Monday.',
      'Lao Prime Minister Sonexay Siphandone was received by Prime Minister Pham Minh Chinh in Hanoi on Monday.',
      'Lao Prime Minister Sonexay Siphandone was warmly welcomed by Prime Minister Pham Minh Chinh at the Presidential Palace on Monday.',
      'Talks between Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone took place in Hanoi on Monday.',
      'During his talks with his Lao counterpart Sonexay Siphandone in Hanoi on Monday, Prime Minister Pham Minh Chinh said the two countries would boost trade.',
      'Meeting Lao Prime Minister Sonexay Siphandone in Hanoi on Monday, Prime Minister Pham Minh Chinh said the two countries would boost trade.',
      'Prime Minister Pham Minh Chinh on Monday held phone talks with his Lao counterpart Sonexay Siphandone, during which they agreed to boost trade.',
      'At the invitation of Prime Minister Pham Minh Chinh, Lao Prime Minister Sonexay Siphandone paid an official visit to Vietnam from December 1 to 3.',
      'Lao Prime Minister Sonexay Siphandone paid a courtesy call on Prime Minister Pham Minh Chinh in Hanoi on Monday.',
      'Prime Minister Pham Minh Chinh met with Lao Prime Minister Sonexay Siphandone on Monday, the first meeting between the two leaders since June.',
      'In a phone call with Lao Prime Minister Sonexay Siphandone on Monday, Prime Minister Pham Minh Chinh thanked Laos for its support.',
    ];
    expect(missed('News', lines)).toEqual([]);
  });
});

describe('a meeting noun as the setting of an act done to the other side', () => {
  it('gives the meeting to the subject and the person the act is done to, a few words apart: "X conveyed the commitment to Y during a phone call"', () => {
    const lines = [
      'Prime Minister Pham Minh Chinh conveyed the commitment to Lao Prime Minister Sonexay Siphandone during a phone call on Monday.',
      'Prime Minister Pham Minh Chinh said the message was conveyed to Lao Prime Minister Sonexay Siphandone during a phone call on Monday.',
    ];
    expect(missed('News', lines)).toEqual([]);
  });
});

describe('a meeting noun as the setting of what the subject said', () => {
  it('takes the subject past a relative clause set off by commas: "X, who arrived on Sunday, said it was an honour to be at talks with Y"', () => {
    expect(missed('News', ['Prime Minister Pham Minh Chinh, who arrived in Vientiane on Sunday, said it was an honour to be at bilateral talks with Lao Prime Minister Sonexay Siphandone.'])).toEqual([]);
  });

  it('takes a subject called "Senator" as its honorific: "Senator Penny Wong said it was an honour to represent Australia at talks with Y"', () => {
    const text = ' date 2022-06-28\nNews\nSenator Penny Wong said it was an honour to represent Australia at bilateral talks with Malaysian Foreign Minister Saifuddin Abdullah.\n';
    const meetings = reading(read(text)).facts.meetings.map((m) => [...m.participants].sort().join('+'));
    expect(meetings).toEqual(['penny-wong+saifuddin-abdullah']);
  });
});

describe('a delegation led by the other side', () => {
  const meetingsOf = (line: string) =>
    reading(read(` date 2025-12-02\nNews\n${line}\n`)).facts.meetings.map((m) => [...m.participants].sort().join('+')).sort();

  it('is met through its leader, a role the registry does not list before the name: "X received a delegation … led by Special Envoy Y"', () => {
    expect(missed('News', ['Prime Minister Pham Minh Chinh received a delegation of the Lao Government led by Special Envoy Sonexay Siphandone in Hanoi on Monday.'])).toEqual([]);
  });

  it('is received by each of a joint subject that hosted separate receptions for it: "A and B hosted separate receptions … for a delegation … led by Y"', () => {
    const line = 'President Luong Cuong and Prime Minister Pham Minh Chinh hosted separate receptions in Hanoi on Monday for a high-level delegation of Laos led by Prime Minister Sonexay Siphandone.';
    expect(meetingsOf(line)).toEqual(['luong-cuong+sonexay-siphandone', 'pham-minh-chinh+sonexay-siphandone']);
  });
});

describe('a meeting still to come', () => {
  it('makes its setting in the same clause still to come too: "X will meet Y and other leaders during the visit starting Monday"', () => {
    const text = ' date 2024-01-25\nNews\nPrime Minister Pham Minh Chinh will meet Lao Prime Minister Sonexay Siphandone and other leaders during the visit starting Monday.\n';
    expect(reading(read(text)).facts.meetings).toEqual([]);
  });
});

describe('a second verb joined to the meeting verb', () => {
  it('shares the object: "X was present to greet and hug Y"', () => {
    expect(missed('News', ['Prime Minister Pham Minh Chinh was present to greet and hug Lao Prime Minister Sonexay Siphandone at Noi Bai airport on Monday.'])).toEqual([]);
  });

  it.each([
    'Sáng 1/12, Thủ tướng Phạm Minh Chính đã có cuộc gặp, trao đổi với Thủ tướng Lào Sonexay Siphandone.',
    'Sáng 1/12, Thủ tướng Phạm Minh Chính gặp gỡ, trao đổi với Thủ tướng Lào Sonexay Siphandone.',
  ])('shares it when a comma joins them and the linker follows the second: %s', (line) => {
    expect(missed('Tin', [line])).toEqual([]);
  });
});

describe('a meeting noun opening the sentence after a dateline or an outlet\'s tag', () => {
  it.each([
    'TP - Hội đàm hôm qua tại Hà Nội, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone nhất trí tăng cường hợp tác.',
    'VOV.VN - Hội đàm hôm qua tại Hà Nội, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone nhất trí tăng cường hợp tác.',
  ])('is the meeting of the people after the comma: %s', (line) => {
    expect(missed('Tin', [line])).toEqual([]);
  });
});

describe('a fronted meeting noun with its date inside', () => {
  it('is the meeting of the subject after the comma and the person their verb is about: "In the June 15 telephone conversation, X had addressed Y …"', () => {
    expect(missed('News', ['In the December 1 phone conversation, Prime Minister Pham Minh Chinh had thanked Lao Prime Minister Sonexay Siphandone for his support.'])).toEqual([]);
  });
});

describe('a counterpart with a country of two words', () => {
  it.each([
    ['Nhật Bản Fumio Kishida', 'fumio-kishida'],
    ['Hàn Quốc Han Duck-soo', 'han-duck-soo'],
  ])('is the other side: "hội đàm với người đồng cấp %s"', (other, id) => {
    const facts = reading(read(` date 2022-09-28\nTin\nChiều 27/9, Thủ tướng Phạm Minh Chính hội đàm với người đồng cấp ${other} tại Hà Nội.\n`)).facts;
    expect(facts.meetings.map((m) => [...m.participants].sort())).toEqual([[id, 'pham-minh-chinh'].sort()]);
  });
});

describe('a counterpart with the country before it, after a time word', () => {
  // "a phone conversation today with his Thai counterpart Y": with a time word passed over, nothing
  // but linkers may stand before the name, and "his Lao counterpart" is one.
  it.each(['held a phone conversation', 'held talks', 'had a meeting', 'met'])('is the other side: "X %s today with his Lao counterpart Y"', (verb) => {
    const facts = reading(read(` date 2025-12-02\nNews\nPrime Minister Pham Minh Chinh ${verb} today with his Lao counterpart Sonexay Siphandone.\n`)).facts;
    expect(facts.meetings.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });
});

describe('a counterpart "from" a country of two words, the name after a comma', () => {
  it.each(['from South Korea', 'of South Korea'])('is the other side: "held a bilateral meeting with his counterpart %s, Y"', (country) => {
    const facts = reading(read(` date 2024-05-10\nNews\nPrime Minister Pham Minh Chinh held a bilateral meeting with his counterpart ${country}, Han Duck-soo, on Friday.\n`)).facts;
    expect(facts.meetings.map((m) => [...m.participants].sort())).toEqual([['han-duck-soo', 'pham-minh-chinh']]);
  });
});

describe('meetings with a list whose items carry their roles, set off by semicolons', () => {
  const meetingsOf = (line: string) =>
    reading(read(` date 2025-10-27\nNews\n${line}\n`)).facts.meetings.map((m) => [...m.participants].sort().join('+')).sort();

  it('is one meeting with each when the meeting word is plural', () => {
    const line =
      'On Sunday, Prime Minister Pham Minh Chinh had meetings with Anutin Charnvirakul, the Prime Minister of Thailand; Ferdinand Romualdez Marcos Jr., the President of the Philippines; the Prime Minister of Malaysia, Anwar Ibrahim; and Kao Kim Hourn, the Secretary-General of ASEAN.';
    expect(meetingsOf(line)).toEqual(
      ['anutin-charnvirakul', 'anwar-ibrahim', 'ferdinand-marcos-jr', 'kao-kim-hourn'].map((id) => [id, 'pham-minh-chinh'].sort().join('+')).sort(),
    );
  });

  it('keeps a singular meeting word with two people one meeting, and a semicolon without roles a clause break', () => {
    expect(meetingsOf('On Sunday, Prime Minister Pham Minh Chinh had a meeting with Anutin Charnvirakul and Anwar Ibrahim.')).toEqual(['anutin-charnvirakul+anwar-ibrahim+pham-minh-chinh']);
    expect(meetingsOf('On Sunday, Prime Minister Pham Minh Chinh held talks with Anutin Charnvirakul; Anwar Ibrahim was in Jakarta.')).toEqual(['anutin-charnvirakul+pham-minh-chinh']);
  });

  it.each(['các', 'những'])('is one meeting with each after a plural noun with "%s" and no "với": "X đã có các cuộc gặp A và B"', (plural) => {
    const line = `Chiều 27-10, Thủ tướng Phạm Minh Chính đã có ${plural} cuộc gặp Thủ tướng Thái Lan Anutin Charnvirakul và Thủ tướng Malaysia Anwar Ibrahim.`;
    expect(meetingsOf(line)).toEqual(['anutin-charnvirakul+pham-minh-chinh', 'anwar-ibrahim+pham-minh-chinh']);
  });

  it('reads a titled name that opens with initials in capitals as one person of the list, not the list\'s end: "Foreign Minister AK Abdul Momen"', () => {
    const line = 'On Sunday, Prime Minister Pham Minh Chinh held separate talks with Bangladeshi Foreign Minister AK Abdul Momen, Thai Prime Minister Anutin Charnvirakul and Malaysian Prime Minister Anwar Ibrahim.';
    expect(meetingsOf(line)).toEqual(['anutin-charnvirakul+pham-minh-chinh', 'anwar-ibrahim+pham-minh-chinh', 'pham-minh-chinh']);
    // The first, whom this registry does not know, is a meeting of its own with them as someone found.
    const facts = reading(read(` date 2025-12-02\nNews\n${line}\n`)).facts;
    expect(facts.meetings.filter((m) => m.participants.length === 1).map((m) => m.others)).toEqual([['AK Abdul Momen']]);
  });
});

describe('named meetings and subjects in apposition', () => {
  const pairs = (line: string) => reading(read(` date 2025-12-02\nNews\n${line}\n`)).facts.meetings.map((m) => [...m.participants].sort());

  it('reads a named meeting, its capitalised words after the light verb: "held the first Vietnam-Laos Annual Leaders’ Meeting"', () => {
    expect(pairs('Prime Minister Pham Minh Chinh held the first Vietnam-Laos Annual Leaders’ Meeting with Lao Prime Minister Sonexay Siphandone on Monday.')).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('takes a joint subject whose last person is named after their title, set off by commas: "X and Prime Minister of Laos, Y, held talks"', () => {
    expect(pairs('Prime Minister Pham Minh Chinh and Prime Minister of Laos, Sonexay Siphandone, held talks in Hanoi on Monday.')).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });
});

describe('a bare title opening the sentence after a fronted phrase', () => {
  // "In a Facebook post, the Prime Minister said that during a call with Y, they …": the article of
  // the title stands between the comma and the sentence's subject.
  it.each(['In a Facebook post, the Prime Minister', 'The Prime Minister'])('is the side the object meets: "%s said that during a phone conversation with Y, they …"', (opening) => {
    const text = ` date 2025-12-02\nNews\nPrime Minister Pham Minh Chinh spoke in Hanoi on Monday.\n${opening} said that during a phone conversation with his Lao counterpart Sonexay Siphandone, they discussed trade.\n`;
    expect(reading(read(text)).facts.meetings.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['phone_call', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });
});

describe('a nickname in quotes', () => {
  // 'President Joko "Jokowi" …': a name alone between quotation marks is what the press calls
  // someone, not words said, so the one it names is the sentence's subject and speaker.
  const facts = (line: string) => reading(read(` date 2025-12-02\nNews\n${line}\n`)).facts;

  it.each([
    'President Joko "Jokowi" held a bilateral meeting with Prime Minister Pham Minh Chinh in Jakarta on Monday.',
    'President Joko “Jokowi” on Monday held talks with Vietnamese Prime Minister Pham Minh Chinh.',
  ])('is the subject of the meeting: %j', (line) => {
    expect(facts(line).meetings.map((m) => [...m.participants].sort())).toEqual([['joko-widodo', 'pham-minh-chinh']]);
  });

  it('is the speaker', () => {
    const quotes = facts('President Joko "Jokowi" said on Monday that trade between Indonesia and Vietnam must grow.').quotes;
    expect(quotes.map((q) => q.speakers)).toEqual([['joko-widodo']]);
  });
});

describe('meeting sentences in Vietnamese', () => {
  const subjects = ['Thủ tướng Phạm Minh Chính', 'Thủ tướng Chính phủ Phạm Minh Chính', 'Ủy viên Bộ Chính trị, Thủ tướng Phạm Minh Chính', 'Thủ tướng Việt Nam Phạm Minh Chính', 'ông Phạm Minh Chính'];
  const verbs = ['đã gặp', 'hội đàm với', 'đã tiếp', 'điện đàm với', 'có cuộc gặp với', 'đã có cuộc hội đàm với', 'tiếp xã giao', 'hội kiến', 'có cuộc điện đàm với', 'chủ trì lễ đón', 'gặp gỡ', 'đón tiếp', 'có buổi làm việc với', 'hội đàm trực tuyến với', 'gặp song phương với', 'chủ trì tiệc chiêu đãi', 'trao đổi qua điện thoại với',
    // A solemn welcome or banquet, a banquet in welcome of the guest.
    'chủ trì lễ đón trọng thể', 'chủ trì tiệc chiêu đãi chào mừng', 'chủ trì tiệc chiêu đãi trọng thể chào mừng'];
  const others = ['Thủ tướng Lào Sonexay Siphandone', 'người đồng cấp Lào Sonexay Siphandone', 'Thủ tướng nước CHDCND Lào Sonexay Siphandone', 'Ủy viên Bộ Chính trị, Thủ tướng Lào Sonexay Siphandone', 'Thủ tướng Cộng hòa Dân chủ Nhân dân Lào Sonexay Siphandone', 'ông Sonexay Siphandone, Thủ tướng Lào'];

  it('tells the meeting of subject and object, whatever their forms and the meeting phrase', () => {
    expect(missed('Tin', combine(['Chiều 1/12, tại Hà Nội, '], subjects.map((s) => `${s} `), verbs.map((v) => `${v} `), others, ['.']))).toEqual([]);
  });

  it('tells it whatever opens the sentence, and with the time and place after the object', () => {
    const fronts = ['Ngày 1/12, ', 'Nhân dịp dự Hội nghị Cấp cao ASEAN, ', 'Sáng nay (1/12), tại Trụ sở Chính phủ, ', ''];
    const fronted = combine(fronts, [`${subjects[0]} `], verbs.map((v) => `${v} `), [`${others[0]}.`]);
    const after = combine([`${subjects[0]} `], verbs.map((v) => `${v} `), [`${others[0]} chiều 1/12 tại Hà Nội.`]);
    expect(missed('Tin', [...fronted, ...after])).toEqual([]);
  });

  it('tells it in the other shapes of the news: passives, joint subjects, fronted meetings, invitations', () => {
    const lines = [
      'Chiều 1/12, Thủ tướng Lào Sonexay Siphandone đã được Thủ tướng Phạm Minh Chính tiếp tại Hà Nội.',
      'Chiều 1/12, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone đã hội đàm tại Hà Nội.',
      'Tại cuộc hội đàm chiều 1/12 với người đồng cấp Lào Sonexay Siphandone, Thủ tướng Phạm Minh Chính khẳng định hai nước sẽ tăng cường thương mại.',
      'Tiếp Thủ tướng Lào Sonexay Siphandone chiều 1/12, Thủ tướng Phạm Minh Chính khẳng định hai nước sẽ tăng cường thương mại.',
      'Nhận lời mời của Thủ tướng Phạm Minh Chính, Thủ tướng Lào Sonexay Siphandone thăm chính thức Việt Nam từ ngày 1 đến 3/12.',
      'Chiều 1/12, Thủ tướng Lào Sonexay Siphandone đã đến chào xã giao Thủ tướng Phạm Minh Chính.',
      'Cuộc hội đàm giữa Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone diễn ra chiều 1/12 tại Hà Nội.',
      'Trong cuộc điện đàm chiều 1/12 với người đồng cấp Lào Sonexay Siphandone, Thủ tướng Phạm Minh Chính cảm ơn Lào.',
      'Chiều 1/12, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Lào Sonexay Siphandone, trong đó hai bên nhất trí tăng cường thương mại.',
    ];
    expect(missed('Tin', lines)).toEqual([]);
  });

  it('gives a meeting that names both its sides in a fronted clause no third person from the pair group after it: "Tại cuộc hội đàm giữa A và B, hai bên …"', () => {
    const text = ` date 2025-12-02\nTin\nChiều 2/12, Chủ tịch nước Lương Cường đã tiếp Thủ tướng Lào Sonexay Siphandone.\nTại cuộc hội đàm giữa Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone vào chiều 1/12, hai bên đã đánh giá kết quả hợp tác.\n`;
    const meetings = reading(read(text)).facts.meetings.map((m) => [...m.participants].sort().join('+')).sort();
    expect(meetings).toEqual(['luong-cuong+sonexay-siphandone', 'pham-minh-chinh+sonexay-siphandone']);
  });

  it('takes the owner of a visit told as a noun after its dates: "Chuyến thăm … từ ngày 1 đến 3/12 của Y … theo lời mời của X"', () => {
    expect(missed('Tin', ['Chuyến thăm chính thức Việt Nam từ ngày 1 đến 3/12 của Thủ tướng Lào Sonexay Siphandone được thực hiện theo lời mời của Thủ tướng Phạm Minh Chính.'])).toEqual([]);
  });

  it('tells an airport welcome, and a welcome of the guest with their spouse: "X đã ra tận sân bay đón vợ chồng Y"', () => {
    const lines = [
      'Chiều 1/12, Thủ tướng Phạm Minh Chính đã ra tận sân bay đón Thủ tướng Lào Sonexay Siphandone.',
      'Chiều 1/12, Thủ tướng Phạm Minh Chính đón vợ chồng Thủ tướng Lào Sonexay Siphandone tại Phủ Chủ tịch.',
    ];
    expect(missed('Tin', lines)).toEqual([]);
  });
});
