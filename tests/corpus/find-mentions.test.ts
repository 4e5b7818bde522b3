import { readRegistryFile } from '../../src/registry/read-registry-file';
import { loadRegistry } from '../../src/registry/load-registry';
import { buildNameTable, loadNameTable } from '../../src/names/name-table';
import { descriptorFor, detectLanguage } from '../../src/lang';
import { compileRules, rulesFor } from '../../src/corpus/language-rules';
import { describe, expect, it } from 'vitest';
import { findMentions, newMentionContext } from '../../src/corpus/find-mentions';
import { registry, table } from './registry-fixture';
import { registryWithCommonNames } from '../names/common-names-fixture';
import { read, reading, stage } from './stage-fixture';

function mentionsOf(sentences: string[], date: string | null) {
  const ctx = newMentionContext(registry, date, rulesFor(detectLanguage(sentences.join(' '))));
  return sentences.map((s) => {
    const { mentions, unknown } = findMentions(s, ctx, table);
    return { mentions: mentions.map((m) => ({ kind: m.kind, text: s.slice(m.start, m.end), ids: m.leaderIds })), unknown };
  });
}

describe('findMentions', () => {
  it('reads "U.N." as the United Nations before a title, as "UN" is (registry data), so the title and its holder are one mention', () => {
    const sentence = 'Earlier in the day, Suga held a telephone talk with U.N. Secretary-General Antonio Guterres.';
    const { mentions } = findMentions(sentence, newMentionContext(stage.registry, '2020-09-26', rulesFor('en')), stage.table);
    expect(mentions.map((m) => [sentence.slice(m.start, m.end), m.leaderIds, m.country]).at(-1)).toEqual(['U.N. Secretary-General Antonio Guterres', ['antonio-guterres'], 'UN']);
  });

  it('reads "nước chủ nhà" (the host country) between a title and its holder as the title\'s qualifier, so the title is the holder\'s, not the last person\'s with that office', () => {
    const [sentence] = mentionsOf(['Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng nước chủ nhà Sonexay Siphandone.'], '2024-01-05');
    expect(sentence!.mentions).toEqual([
      { kind: 'named', text: 'Thủ tướng Phạm Minh Chính', ids: ['pham-minh-chinh'] },
      { kind: 'named', text: 'Thủ tướng nước chủ nhà Sonexay Siphandone', ids: ['sonexay-siphandone'] },
    ]);
  });

  it('reads a misspelt holder after titles of two countries chained by commas as the one holder of those offices anywhere whose name is that close', () => {
    const sentence = 'Chiều ngày 5/4, nhân dịp đồng chí Nguyễn Xuân Phúc được bầu giữ chức Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam, Tổng Bí thư, Chủ tịch nước Cộng hòa dân chủ nhân dân Lào Thounglun Sisolith đã gửi thư mừng.';
    const ctx = newMentionContext(stage.registry, '2021-04-05', rulesFor('vi'));
    const { mentions, unknown } = findMentions(sentence, ctx, stage.table);
    expect(mentions.filter((m) => sentence.slice(m.start, m.end).endsWith('Thounglun Sisolith')).map((m) => m.leaderIds)).toEqual([['thongloun-sisoulith']]);
    expect(unknown).toEqual([]);
  });

  it('knows "Senior Minister" as a title (Singapore\'s office, Cambodia\'s rank), so a minister\'s chain of titles runs through it to the name', () => {
    const sentence = 'He met Cambodian Senior Minister and Minister of Foreign Affairs and International Cooperation Prak Sokhonn.';
    const { mentions } = findMentions(sentence, newMentionContext(stage.registry, '2017-10-17', rulesFor('en')), stage.table);
    expect(mentions.map((m) => [sentence.slice(m.start, m.end), m.leaderIds]).at(-1)).toEqual([
      'Cambodian Senior Minister and Minister of Foreign Affairs and International Cooperation Prak Sokhonn',
      ['prak-sokhonn'],
    ]);
  });

  it.each(['Dato’ Seri', "Dato' Seri", 'Dato’'])('reads the Malay style "%s" before a name as part of it, so the name stands in apposition to the title before it', (style) => {
    const sentence = `Singh also held a bilateral meeting with Malaysia’s Defence Minister, ${style} Mohamed Khaled Nordin, in Kuala Lumpur.`;
    const ctx = newMentionContext(stage.registry, '2025-10-31', rulesFor('en'));
    const found = findMentions(sentence, ctx, stage.table).mentions.map((m) => [sentence.slice(m.start, m.end), m.leaderIds]);
    expect(found).toContainEqual([`${style} Mohamed Khaled Nordin`, ['khaled-nordin']]);
  });

  it('reads India\'s "Raksha Mantri" (its press office\'s name for the Defence Minister) as that office\'s title before a name', () => {
    const sentence = 'Raksha Mantri Rajnath Singh held a bilateral meeting with General Phan Van Giang.';
    const ctx = newMentionContext(stage.registry, '2026-05-06', rulesFor('en'));
    const found = findMentions(sentence, ctx, stage.table).mentions.map((m) => [sentence.slice(m.start, m.end), m.leaderIds, m.titles.map((t) => t.office)]);
    expect(found[0]).toEqual(['Raksha Mantri Rajnath Singh', ['rajnath-singh'], ['minister-defence']]);
  });

  it('gives titles joined by a bare comma to two people when the name after them is of another country than the first title', () => {
    const sentence = 'In a meeting with the Malaysian Foreign Minister, President Jokowi again raised the issue of migrant workers.';
    const ctx = newMentionContext(stage.registry, '2022-12-30', rulesFor('en'));
    const found = findMentions(sentence, ctx, stage.table).mentions.map((m) => [sentence.slice(m.start, m.end), m.leaderIds]);
    expect(found).toEqual([
      ['Malaysian Foreign Minister', ['zambry-abdul-kadir']],
      ['President Jokowi', ['joko-widodo']],
    ]);
  });

  it('gives titles joined by "and" to two people when the name after them is of another country than the first title', () => {
    const sentence = 'The meeting was co-chaired by the Malaysian Foreign Minister and Deputy Prime Minister, Foreign Minister Pham Binh Minh.';
    const ctx = newMentionContext(stage.registry, '2017-07-29', rulesFor('en'));
    const found = findMentions(sentence, ctx, stage.table).mentions.map((m) => [sentence.slice(m.start, m.end), m.leaderIds]);
    expect(found).toEqual([
      ['Malaysian Foreign Minister', ['anifah-aman']],
      ['Deputy Prime Minister, Foreign Minister Pham Binh Minh', ['pham-binh-minh']],
    ]);
  });

  it.each([
    ['Speaker of the House of Representatives of Malaysia Ahmad Fauzi Rahman’s visit to Hanoi was a success, General Secretary To Lam said.', 'Ahmad Fauzi Rahman'],
    ["Speaker of the House of Representatives of Malaysia Ahmad Fauzi Rahman's visit to Hanoi was a success, General Secretary To Lam said.", 'Ahmad Fauzi Rahman'],
    ['General Secretary To Lam thanked Speaker of the House of Representatives of Malaysia Ahmad Fauzi bin Abdul Rahman’s delegation.', 'Ahmad Fauzi bin Abdul Rahman'],
  ])('leaves a possessive ending out of the name of a titled person the registry lacks (%j)', (sentence, name) => {
    const { unknown } = findMentions(sentence, newMentionContext(stage.registry, '2025-10-02', rulesFor('en')), stage.table);
    expect(unknown.map((u) => [u.name, u.country])).toEqual([[name, 'MY']]);
  });

  it.each([
    ['en', 'The Prime Minister of Belarus, Ivan Sidorenko, met Prime Minister Pham Minh Chinh in Hanoi.', 'Ivan Sidorenko'],
    ['en', 'Prime Minister Pham Minh Chinh received the Prime Minister of Belarus, Ivan Sidorenko.', 'Ivan Sidorenko'],
    ['en', 'Prime Minister Pham Minh Chinh met Belarus’s Prime Minister, Ivan Sidorenko on Monday.', 'Ivan Sidorenko'],
    ['en', 'The Prime Minister of Belarus, Honorable Ivan Sidorenko, met Prime Minister Pham Minh Chinh in Hanoi.', 'Ivan Sidorenko'],
    ['vi', 'Thủ tướng Phạm Minh Chính tiếp Thủ tướng Belarus, ông Ivan Sidorenko.', 'Ivan Sidorenko'],
  ])('reads a name the registry lacks set off by a comma after a title that names its country as that title\'s holder (%s: "%s")', (language, sentence, name) => {
    const { unknown } = findMentions(sentence, newMentionContext(stage.registry, '2024-05-20', rulesFor(language as 'vi' | 'en')), stage.table);
    expect(unknown.map((u) => [u.name, u.country])).toEqual([[name, 'BY']]);
  });

  it.each([
    // Whose staff: the title is the owner's, the name the aide's.
    ['vi', 'Thư ký báo chí của Tổng thống Belarus, ông Ivan Sidorenko, cho biết cuộc gặp diễn ra tốt đẹp.'],
    ['en', 'A spokesman of the President of Belarus, Ivan Sidorenko, said the meeting went well.'],
    // A fronted clause ends at the comma; a style and one word is no name set off so.
    ['en', 'As it was his last meeting with the President of Belarus, Mr Sidorenko thanked his hosts.'],
    // What the tables know inside the words after the comma (a country here): a list, not a name.
    ['en', 'Prime Minister Pham Minh Chinh met the Prime Minister of Belarus, New Zealand and Japan in Tokyo.'],
  ])('makes no person of the words after a title and a comma when they are not its holder set off (%s: "%s")', (language, sentence) => {
    const { unknown } = findMentions(sentence, newMentionContext(stage.registry, '2024-05-20', rulesFor(language as 'vi' | 'en')), stage.table);
    expect(unknown.filter((u) => u.country === 'BY')).toEqual([]);
  });

  it.each([
    ['en', 'Albanese met US President Joe Biden for the first time as prime minister.', ['Albanese', 'US President Joe Biden']],
    ['en', 'He met Biden in his capacity as prime minister.', ['He', 'Biden']],
    ['vi', 'Ông Anthony Albanese, trên cương vị Thủ tướng Australia, đã gặp Tổng thống Mỹ Joe Biden.', ['Ông Anthony Albanese', 'Tổng thống Mỹ Joe Biden']],
    // Not a role: a name after the title, or a determiner before it.
    ['en', 'As Prime Minister Anthony Albanese said, ties were good.', ['Prime Minister Anthony Albanese']],
    ['en', 'As the prime minister said, ties were good.', ['prime minister']],
  ])('reads a bare title after a capacity word ("as", "trên cương vị") as a role, naming nobody (%s: "%s")', (language, sentence, texts) => {
    const { mentions } = findMentions(sentence, newMentionContext(stage.registry, '2022-05-24', rulesFor(language as 'vi' | 'en')), stage.table);
    expect(mentions.map((m) => sentence.slice(m.start, m.end))).toEqual(texts);
  });

  it.each([
    ['vi', 'Tổng Bí thư Tô Lâm tiếp Chủ tịch Hạ viện (Hội đồng Đại biểu Nhân dân) Indonesia Budi Santoso Wirawan.', 'Budi Santoso Wirawan', 'ID'],
    ['vi', 'Tổng Bí thư Tô Lâm tiếp Chủ tịch Thượng viện (tức Hội đồng Quốc gia) Campuchia Men Sam Orng.', 'Men Sam Orng', 'KH'],
    ['en', 'General Secretary To Lam received Speaker of the House of Representatives (Dewan Rakyat) of Malaysia Ahmad Fauzi Rahman.', 'Ahmad Fauzi Rahman', 'MY'],
  ])('passes over an aside in parentheses naming the institution another way, between a title and its country (%s)', (language, sentence, name, country) => {
    const { unknown } = findMentions(sentence, newMentionContext(stage.registry, '2025-10-02', rulesFor(language as 'vi' | 'en')), stage.table);
    expect(unknown.map((u) => [u.name, u.country])).toEqual([[name, country]]);
  });

  it.each([
    ['en', 'Minister of Defence Ngo Xuan Lich held talks with his Belarusian counterpart Viktor Khrenin in Hanoi.', 'Viktor Khrenin', 'Belarusian counterpart'],
    ['en', 'Minister of Defence Ngo Xuan Lich received his Belarusian counterpart, Viktor Khrenin, in Hanoi.', 'Viktor Khrenin', 'Belarusian counterpart'],
    // The wires drop the pronoun: "held talks with Belarusian counterpart X".
    ['en', 'Minister of Defence Ngo Xuan Lich held talks with Belarusian counterpart Viktor Khrenin in Hanoi.', 'Viktor Khrenin', 'Belarusian counterpart'],
    ['vi', 'Bộ trưởng Quốc phòng Ngô Xuân Lịch hội đàm với người đồng cấp Belarus Viktor Khrenin tại Hà Nội.', 'Viktor Khrenin', 'người đồng cấp Belarus'],
  ])('reads a name the registry lacks after a counterpart noun as a person of that country holding the owner\'s office (%s: "%s")', (language, sentence, name, title) => {
    const { unknown } = findMentions(sentence, newMentionContext(stage.registry, '2019-05-20', rulesFor(language as 'vi' | 'en')), stage.table);
    expect(unknown.map((u) => [u.name, u.country, u.offices, u.title])).toEqual([[name, 'BY', ['minister-defence'], title]]);
  });

  it.each([
    ['with its country', 'Cuban Vice President Salvador Valdés received Foreign Minister Bui Thanh Son in Havana.'],
    ['without a country', 'Vice President Salvador Valdés received Foreign Minister Bui Thanh Son in Havana.'],
  ])('reads a holder\'s name with a second surname left out as that holder, under a title %s', (_, sentence) => {
    const { mentions, unknown } = findMentions(sentence, newMentionContext(stage.registry, '2023-08-23', rulesFor('en')), stage.table);
    expect(mentions.map((m) => m.leaderIds)).toEqual([['salvador-valdes-mesa'], ['bui-thanh-son']]);
    expect(unknown).toEqual([]);
  });

  it('reads a bare "the Secretary-General" as the UN Secretary-General the article titled so, and not where it titled the ASEAN one', () => {
    const ctx = newMentionContext(stage.registry, '2023-09-07', rulesFor('en'));
    const read = (sentence: string) => findMentions(sentence, ctx, stage.table).mentions.map((m) => [sentence.slice(m.start, m.end), m.leaderIds]);
    read('United Nations Secretary-General António Guterres arrived in Jakarta on Wednesday.');
    expect(read('The Secretary-General met with Anwar Ibrahim.')).toEqual([['Secretary-General', ['antonio-guterres']], ['Anwar Ibrahim', ['anwar-ibrahim']]]);
    const asean = newMentionContext(stage.registry, '2023-09-07', rulesFor('en'));
    findMentions('ASEAN Secretary-General Kao Kim Hourn arrived in Jakarta on Wednesday.', asean, stage.table);
    expect(findMentions('The Secretary-General met with Anwar Ibrahim.', asean, stage.table).mentions.flatMap((m) => m.leaderIds)).toEqual(['anwar-ibrahim']);
  });

  it('makes no person of a name after a counterpart noun where the registry covers that office of that country (a misspelt holder, the day unknown)', () => {
    const sentence = 'Foreign Minister Sergei Lavrov met his Vietnamese counterpart, Bao Thanh Son, in Hanoi.';
    const { unknown } = findMentions(sentence, newMentionContext(stage.registry, null, rulesFor('en')), stage.table);
    expect(unknown).toEqual([]);
  });

  it('joins a title qualified by an institution the table does not know to the next title of the same person ("Chủ tịch Quốc hội Chính quyền nhân dân, Chủ tịch Hội đồng Nhà nước Cuba X")', () => {
    const sentence = 'Tổng Bí thư Tô Lâm tiếp Chủ tịch Quốc hội Chính quyền nhân dân, Chủ tịch Hội đồng Nhà nước Cộng hòa Cuba Esteban Lazo Hernandez.';
    const ctx = newMentionContext(stage.registry, '2025-10-02', rulesFor('vi'));
    const { mentions, unknown } = findMentions(sentence, ctx, stage.table);
    expect(mentions.flatMap((m) => m.leaderIds)).toEqual(['to-lam']);
    expect(unknown.map((u) => [u.name, u.offices, u.country])).toEqual([['Esteban Lazo Hernandez', ['na-chairman', 'president'], 'CU']]);
    // A name between the titles (every syllable capitalised) is a person of the first title: two people.
    const two = 'Tổng Bí thư Tô Lâm tiếp Chủ tịch Quốc hội Cuba Xo Pha Li, Chủ tịch Hội đồng Nhà nước Cộng hòa Cuba Esteban Lazo Hernandez.';
    const found = findMentions(two, newMentionContext(stage.registry, '2025-10-02', rulesFor('vi')), stage.table).unknown;
    expect(found.map((u) => u.name)).toEqual(['Xo Pha Li', 'Esteban Lazo Hernandez']);
  });

  it.each([
    ['Japanese Prime Minister Shigeru Ishiba met President Ferdinand "Bongbong" Marcos Jr. in Manila.', 'President Ferdinand "Bongbong" Marcos Jr.'],
    ["Ishiba met President Ferdinand ''Bongbong'' Marcos Jr. in Manila.", "President Ferdinand ''Bongbong'' Marcos Jr."],
    ['Tổng thống Ferdinand “Bongbong” Marcos Jr. tiếp Thủ tướng Nhật Bản.', 'Tổng thống Ferdinand “Bongbong” Marcos Jr.'],
  ])('reads a name with a nickname in quotes inside it as the name ("%s")', (sentence, written) => {
    const ctx = newMentionContext(stage.registry, '2025-04-29', rulesFor(detectLanguage(sentence)));
    const found = findMentions(sentence, ctx, stage.table).mentions.filter((m) => m.leaderIds.includes('ferdinand-marcos-jr'));
    expect(found.map((m) => sentence.slice(m.start, m.end))).toEqual([written]);
  });

  it.each([
    ['en', ['Prime Minister Pham Minh Chinh received former Lao Prime Minister Thongloun Sisoulith.', 'The former Prime Minister said ties were strong.'], 'former Lao Prime Minister Thongloun Sisoulith'],
    ['vi', ['Thủ tướng Phạm Minh Chính tiếp nguyên Thủ tướng Lào Thongloun Sisoulith.', 'Nguyên Thủ tướng cho biết quan hệ hai nước rất tốt.'], 'nguyên Thủ tướng Lào Thongloun Sisoulith'],
  ] as const)('takes a former word into the mention, and gives a bare title after it the former holder the article named, not the holder that day (%s)', (_, sentences, first) => {
    const [named, bare] = mentionsOf([...sentences], '2025-12-01');
    expect(named!.mentions.map((m) => [m.text, m.ids])).toContainEqual([first, ['thongloun-sisoulith']]);
    expect(bare!.mentions.map((m) => m.ids)).toEqual([['thongloun-sisoulith']]);
  });

  it('reads a name a letter or two off after a title of a country as a former holder of that office ("former Lao Prime Minister Thongloune Sisoulit")', () => {
    const [found] = mentionsOf(['Prime Minister Pham Minh Chinh received former Lao Prime Minister Thongloune Sisoulit.'], '2025-12-01');
    expect(found!.mentions.map((m) => m.ids)).toEqual([['pham-minh-chinh'], ['thongloun-sisoulith']]);
    expect(found!.unknown).toEqual([]);
  });

  it('reads a title with an acronym in parentheses inside it as the title ("Cambodian People\'s Party (CPP) President Hun Sen"), offsets unchanged', () => {
    const sentence = "Zhao Leji met Cambodian People's Party (CPP) President Hun Sen in Beijing.";
    const ctx = newMentionContext(stage.registry, '2024-12-04', rulesFor('en'));
    const found = findMentions(sentence, ctx, stage.table).mentions.filter((m) => m.leaderIds.includes('hun-sen'));
    expect(found.map((m) => [sentence.slice(m.start, m.end), m.titles.map((t) => t.office)])).toEqual([["Cambodian People's Party (CPP) President Hun Sen", ['party-president']]]);
  });

  it.each([
    ['en', ['Samdech Techo Hun Sen received a trade minister at the Peace Palace.', 'The Prime Minister said Cambodia welcomed investment.'], '2022-03-05', ['hun-sen']],
    ['en', ['Mr Lawrence Wong spoke to reporters in Singapore.', 'The Prime Minister said the borders would stay open.'], '2025-03-05', ['lawrence-wong']],
    ['vi', ['Ông Anwar Ibrahim đã đến Hà Nội chiều 4/3.', 'Thủ tướng cho biết Malaysia coi trọng quan hệ với Việt Nam.'], '2024-03-05', ['anwar-ibrahim']],
    // Two such people and neither at home: the title cannot say which, and the home holder is neither.
    ['en', ['Srettha Thavisin met Anwar Ibrahim in Bangkok.', 'The Prime Minister said ties were strong.'], '2024-03-05', []],
    // Nobody named who holds the office: the home country's holder, as before.
    ['vi', ['Chiều 4/3, Thủ tướng đã tiếp Đại sứ Nhật Bản.', 'Thủ tướng nhấn mạnh quan hệ hai nước.'], '2024-03-05', ['pham-minh-chinh']],
  ] as const)('gives a bare title (%s) the person the article named untitled who held the office that day, before the home holder it never named', (_, sentences, date, ids) => {
    const ctx = newMentionContext(stage.registry, date, rulesFor(detectLanguage(sentences.join(' '))));
    findMentions(sentences[0], ctx, stage.table);
    const { mentions } = findMentions(sentences[1], ctx, stage.table);
    expect(mentions.filter((m) => m.kind === 'title').map((m) => m.leaderIds)).toEqual([ids]);
  });

  it('reads a home leader\'s family name alone in English once named ("Pham said"), never one that is a function word ("To")', () => {
    const [, pham] = mentionsOf(['Vietnamese Prime Minister Pham Minh Chinh arrived in Beijing.', 'Pham said ties were strong.'], '2025-12-01');
    expect(pham!.mentions).toEqual([{ kind: 'short', text: 'Pham', ids: ['pham-minh-chinh'] }]);
    const [, to] = mentionsOf(['General Secretary To Lam arrived in Beijing.', 'To date, ties have been strong.'], '2025-12-01');
    expect(to!.mentions).toEqual([]);
  });

  it.each([
    ['Chủ tịch nước đắc cử Sonexay Siphandone phát biểu.'],
    ['Prime Minister designate Sonexay Siphandone spoke.'],
  ])('reads a title to come in %j as the person after it alone, never as the holder of the office', (sentence) => {
    const [first] = mentionsOf([sentence], '2025-12-01');
    expect(first!.mentions.map((m) => m.ids)).toEqual([['sonexay-siphandone']]);
  });

  it.each([
    ['Lao Prime Minister-designate Sonexay Siphandone spoke.', 'Lao Prime Minister-designate Sonexay Siphandone'],
    ['Tổng thống Nga đắc cử Vladimir Putin phát biểu.', 'Tổng thống Nga đắc cử Vladimir Putin'],
    ['Tổng thống đắc cử Nga Vladimir Putin phát biểu.', 'Tổng thống đắc cử Nga Vladimir Putin'],
  ])('takes a title to come and its country into the mention of the registry\'s person after it (%j), without giving them the title', (sentence, text) => {
    const [first] = mentionsOf([sentence], '2025-12-01');
    expect(first!.mentions.map((m) => [m.kind, m.text])).toEqual([['named', text]]);
  });

  it('reads a name the registry does not know after a title to come as a stranger with that title ("Foreign Minister-designate Y")', () => {
    const [first] = mentionsOf(['Lao Foreign Minister-designate Bounkeut Sangsomsak spoke.'], '2025-12-01');
    expect(first!.unknown.map((u) => u.name)).toEqual(['Bounkeut Sangsomsak']);
  });

  it('passes over honorifics stacked before a stranger\'s name after a title ("Tan Sri Dato\' …")', () => {
    const sentence = "Malaysian Foreign Minister Tan Sri Dato' Ahmad Fakhrul Yusuf spoke.";
    const { unknown } = findMentions(sentence, newMentionContext(stage.registry, '2024-10-24', rulesFor('en')), stage.table);
    expect(unknown.map((u) => u.name)).toEqual(['Ahmad Fakhrul Yusuf']);
  });

  it.each([
    ['Published: 20 Mar 2021 12:32 PM BdST Updated: 20 Mar 2021 12:32 PM BdST'],
    ['The talks began at 11 a.m. and ended at 3 PM local time.'],
  ])('reads no title in a clock\'s half-day word: %s', (sentence) => {
    const { mentions } = findMentions(sentence, newMentionContext(stage.registry, '2021-03-20', rulesFor('en')), stage.table);
    expect(mentions).toEqual([]);
  });

  it('still reads "PM" before a name as the title', () => {
    const { mentions } = findMentions('At 3 pm, PM Pham Minh Chinh met the delegation.', newMentionContext(stage.registry, '2024-03-20', rulesFor('en')), stage.table);
    expect(mentions.map((m) => m.leaderIds)).toEqual([['pham-minh-chinh']]);
  });

  it.each([
    ["He thanked the Malaysian Foreign Minister Dato’ Seri and the Prime Minister for their welcome."],
    ["He thanked the Malaysian Foreign Minister Tan Sri and the Prime Minister for their welcome."],
  ])('reads no stranger in a style left without its name: %s', (sentence) => {
    const { unknown } = findMentions(sentence, newMentionContext(stage.registry, '2024-10-24', rulesFor('en')), stage.table);
    expect(unknown).toEqual([]);
  });

  it.each([
    ['Kazakh President Kassym-Jomart Tokayev received the delegation.', 'Kassym-Jomart Tokayev', 'KZ'],
    ['Tajik President Emomali Rahmon received the delegation.', 'Emomali Rahmon', 'TJ'],
    ['Uzbek Foreign Minister Bakhtiyor Saidov received the delegation.', 'Bakhtiyor Saidov', 'UZ'],
    ['Kyrgyz President Sadyr Japarov received the delegation.', 'Sadyr Japarov', 'KG'],
    ['Saudi Foreign Minister Faisal bin Farhan received the delegation.', 'Faisal bin Farhan', 'SA'],
  ])('reads the demonym the English press writes, not only the dataset\'s, as the country of a title: %s', (sentence, name, country) => {
    const { unknown } = findMentions(sentence, newMentionContext(stage.registry, '2021-05-20', rulesFor('en')), stage.table);
    expect(unknown.map((u) => [u.name, u.country])).toEqual([[name, country]]);
  });

  it.each([
    ['Dame', 'Governor-General of Tuvalu Dame Hilia Vaitupu spoke.', 'Hilia Vaitupu'],
    ['Sir', 'Governor-General of Tuvalu Sir Iakoba Taeia Italeli spoke.', 'Iakoba Taeia Italeli'],
  ])('reads the knighthood "%s" before a stranger\'s name as a style, not the name', (_style, sentence, name) => {
    const { unknown } = findMentions(sentence, newMentionContext(stage.registry, '2024-10-24', rulesFor('en')), stage.table);
    expect(unknown.map((u) => u.name)).toEqual([name]);
  });

  it('reads a name after the holder\'s title written with a particle the registry\'s form leaves out as that holder ("Johari Bin Abdul")', () => {
    const sentence = 'Speaker of the House of Representatives of Malaysia Johari Bin Abdul spoke.';
    const { mentions } = findMentions(sentence, newMentionContext(stage.registry, '2024-10-24', rulesFor('en')), stage.table);
    expect(mentions.map((m) => m.leaderIds)).toEqual([['johari-abdul']]);
  });

  it('gives no title to the registry\'s person named after a title to come said before its country ("Tổng thống đắc cử Nga X")', () => {
    const ctx = newMentionContext(registry, '2025-12-01', rulesFor('vi'));
    const { mentions } = findMentions('Tổng thống đắc cử Nga Vladimir Putin phát biểu.', ctx, table);
    expect(mentions.map((m) => [m.leaderIds, m.titles])).toEqual([[['vladimir-putin'], []]]);
  });

  it('reads the ASEAN Secretary-General\'s title in British spelling ("Secretary-General of the Association of South East Asian Nations")', () => {
    const sentence = 'He met the Secretary-General of the Association of South East Asian Nations (ASEAN), Kao Kim Hourn.';
    const { mentions } = findMentions(sentence, newMentionContext(stage.registry, '2025-10-26', rulesFor('en')), stage.table);
    expect(mentions.filter((m) => m.kind !== 'pronoun').map((m) => [sentence.slice(m.start, m.end), m.leaderIds])).toEqual([
      ['Secretary-General of the Association of South East Asian Nations', ['kao-kim-hourn']],
      ['Kao Kim Hourn', ['kao-kim-hourn']],
    ]);
  });

  it.each(['V. Putin', 'V.Putin'])('reads a title, an initial and the family name as one mention, the initial apart or against the name: "Russian President %s"', (written) => {
    const [r] = mentionsOf([`Russian President ${written} held talks with General Secretary To Lam.`], '2025-05-09');
    expect(r!.mentions.map((m) => [m.text, m.ids])).toEqual([
      [`Russian President ${written}`, ['vladimir-putin']],
      ['General Secretary To Lam', ['to-lam']],
    ]);
  });

  it('reads initials in capitals without dots as the opening of a stranger\'s name in English ("Foreign Minister AK Abdul Momen")', () => {
    const [en] = mentionsOf(['Bangladeshi Foreign Minister AK Abdul Momen spoke.'], '2023-07-14');
    expect(en!.unknown.map((u) => u.name)).toEqual(['AK Abdul Momen']);
  });

  it.each([
    ['Tổng Bí thư Tô Lâm phát biểu.', 'Tổng Bí thư Tô Lâm', 'to-lam'],
    ['Chủ tịch nước Lương Cường hội đàm.', 'Chủ tịch nước Lương Cường', 'luong-cuong'],
    ['Tổng thống Liên bang Nga Vladimir Putin nói.', 'Tổng thống Liên bang Nga Vladimir Putin', 'vladimir-putin'],
    ['General Secretary To Lam met Luong Cuong.', 'General Secretary To Lam', 'to-lam'],
    ['Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith phát biểu.', 'Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith', 'thongloun-sisoulith'],
    ['Владимир Путин выступил.', 'Владимир Путин', 'vladimir-putin'],
  ])('finds a titled or plain name in %j', (sentence, text, id) => {
    const [first] = mentionsOf([sentence], '2025-12-01');
    expect(first!.mentions[0]).toEqual({ kind: 'named', text, ids: [id] });
  });

  it('in English, ends a title\'s qualifier at a lowercase word: "Russian President Kim congratulated Putin" is no mention of Putin with a title', () => {
    const [result] = mentionsOf(['Russian President Kim congratulated Putin on his re-election to a new term.'], '2024-05-10');
    expect(result!.mentions.filter((m) => m.text.includes('congratulated'))).toEqual([]);
  });

  it('in Vietnamese, lets a lowercase syllable follow a capitalised one inside a title\'s qualifier ("Chính phủ")', () => {
    const [result] = mentionsOf(['Thủ tướng Chính phủ Phạm Minh Chính phát biểu tại hội nghị.'], '2024-05-10');
    expect(result!.mentions.map((m) => [m.text, m.ids])).toEqual([['Thủ tướng Chính phủ Phạm Minh Chính', ['pham-minh-chinh']]]);
  });

  it('reads a title form the registry lists with its country in it as that country\'s office, not the home country\'s', () => {
    // The ten-person registry with Russia's president's title written with the country, as the
    // real registry writes "Tổng thống Pháp" and "French President".
    const president = registry.titles['president']!;
    const withForms = { ...registry, titles: { ...registry.titles, president: { ...president, vi: [...president.vi, 'Tổng thống Nga'], en: [...president.en, 'Russian President'] } } };
    const withTable = loadNameTable(buildNameTable(withForms));
    const ctx = newMentionContext(withForms, '2025-06-09', rulesFor('vi'));
    const found = (s: string) => findMentions(s, ctx, withTable).mentions.map((m) => [s.slice(m.start, m.end), m.leaderIds]);
    expect(found('Thủ tướng Phạm Minh Chính điện đàm với Tổng thống Nga.')).toEqual([['Thủ tướng Phạm Minh Chính', ['pham-minh-chinh']], ['Tổng thống Nga', ['vladimir-putin']]]);
    const en = newMentionContext(withForms, '2025-06-09', rulesFor('en'));
    const s = 'He later called the Russian President.';
    expect(findMentions(s, en, withTable).mentions.map((m) => [s.slice(m.start, m.end), m.leaderIds])).toContainEqual(['Russian President', ['vladimir-putin']]);
  });

  it('gives a bare title the person the article titled so, past the last day the registry attests their term (no end known), not past its end', () => {
    const withTerm = (office: Record<string, unknown>) => ({
      ...registry,
      leaders: registry.leaders.map((l) => (l.id === 'pham-minh-chinh' ? { ...l, offices: [{ office: 'prime-minister', country: 'VN', start: '2021-04-05', ...office }] } : l)),
    });
    const bare = (reg: typeof registry) => {
      const ctx = newMentionContext(reg, '2026-03-13', rulesFor('vi'));
      findMentions('Chiều nay, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Thái Lan.', ctx, table);
      return findMentions('Thủ tướng nhấn mạnh Thái Lan là đối tác quan trọng.', ctx, table).mentions.map((m) => m.leaderIds);
    };
    expect(bare(withTerm({ attested: ['2026-03-09'] }))).toEqual([['pham-minh-chinh']]);
    expect(bare(withTerm({ end: '2026-03-10' }))).toEqual([[]]);
  });

  it('reads a possessive country before a title as that country\'s office ("Russia’s President")', () => {
    const [result] = mentionsOf(['Russia’s President said ties would grow.'], '2024-05-10');
    expect(result!.mentions.map((m) => [m.text, m.ids])).toEqual([['Russia’s President', ['vladimir-putin']]]);
  });

  it.each([
    ["Myanmar's junta chief", '2024-11-07'],
    ['Myanmar junta leader', '2023-05-10'],
  ])('reads the press\'s title for Myanmar\'s commander-in-chief ("%s") as its holder', (title, date) => {
    const sentence = `Thai Prime Minister Paetongtarn Shinawatra met ${title} in Kunming.`;
    const ctx = newMentionContext(stage.registry, date, rulesFor('en'));
    const found = findMentions(sentence, ctx, stage.table).mentions;
    expect(found.map((m) => [sentence.slice(m.start, m.end), m.leaderIds])).toContainEqual([title, ['min-aung-hlaing']]);
  });

  it.each([
    ['Chủ tịch Trung Quốc Tập Cận Bình', 'xi-jinping'],
    ['Chủ tịch Lào Thongloun Sisoulith', 'thongloun-sisoulith'],
  ])('reads "Chủ tịch" with a country that has no "nước" as its president\'s title ("%s")', (named, id) => {
    const sentence = `Thủ tướng Phạm Minh Chính đã có cuộc gặp ${named} tại Bắc Kinh.`;
    const ctx = newMentionContext(stage.registry, '2024-11-07', rulesFor('vi'));
    const found = findMentions(sentence, ctx, stage.table).mentions;
    expect(found.map((m) => [sentence.slice(m.start, m.end), m.leaderIds])).toContainEqual([named, [id]]);
  });

  it.each(['US Secretary of Defence Mark Esper', 'US secretary of defence, Mark Esper', 'US Defence Secretary Mark Esper'])('reads the British spelling of the US defence secretary\'s title with the name ("%s")', (named) => {
    const sentence = `Defence Minister Rajnath Singh held a bilateral meeting with the ${named}.`;
    const ctx = newMentionContext(stage.registry, '2019-11-17', rulesFor('en'));
    expect(findMentions(sentence, ctx, stage.table).mentions.map((m) => [sentence.slice(m.start, m.end), m.leaderIds])).toContainEqual([named, ['mark-esper']]);
  });

  describe('a generic office noun ("the minister") standing alone', () => {
    const minister = (...sentences: string[]) => {
      const ctx = newMentionContext(stage.registry, '2023-06-01', rulesFor('en'));
      const last = sentences.pop()!;
      for (const s of sentences) findMentions(s, ctx, stage.table);
      return findMentions(last, ctx, stage.table).mentions.filter((m) => /minister/iu.test(last.slice(m.start, m.end))).map((m) => m.leaderIds);
    };

    it('means the one person the article titled with an office the registry\'s title says it covers', () => {
      expect(minister('Foreign Minister Bui Thanh Son received the Lao ambassador.', 'The minister said ties were strong.')).toEqual([['bui-thanh-son']]);
      expect(minister('Defence Minister Phan Van Giang received the Lao ambassador.', 'The minister said ties were strong.')).toEqual([['phan-van-giang']]);
    });

    it('means no one where the article titled none such, two, or one the registry does not know', () => {
      // A prime minister is no "minister".
      expect(minister('Prime Minister Pham Minh Chinh received the Lao ambassador.', 'The minister said ties were strong.')).toEqual([]);
      expect(minister('Foreign Minister Bui Thanh Son met Defence Minister Phan Van Giang.', 'The minister said ties were strong.')).toEqual([]);
      expect(minister('Foreign Minister Bui Thanh Son spoke with Spanish Foreign Minister Jose Manuel Albares.', 'The minister said ties were strong.')).toEqual([]);
    });
  });

  it('reads "Bí thư Ban Bí thư", as Vietnamese writes the first-ranked secretary of China\'s Party Secretariat, with the name it introduces', () => {
    const named = 'Bí thư Ban Bí thư Trung ương Đảng Cộng sản Trung Quốc Thái Kỳ';
    const sentence = `Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung đã hội kiến ${named}.`;
    const ctx = newMentionContext(stage.registry, '2024-03-22', rulesFor('vi'));
    const found = findMentions(sentence, ctx, stage.table).mentions;
    expect(found.map((m) => [sentence.slice(m.start, m.end), m.leaderIds])).toContainEqual([named, ['cai-qi']]);
  });

  it('reads "Subianto" alone, as Vietnam\'s agency writes Prabowo Subianto, as him', () => {
    const ctx = newMentionContext(stage.registry, '2025-03-10', rulesFor('en'));
    const sentence = 'For his part, Subianto congratulated Vietnam on its achievements.';
    expect(findMentions(sentence, ctx, stage.table).mentions.map((m) => [sentence.slice(m.start, m.end), m.leaderIds])).toEqual([['Subianto', ['prabowo-subianto']]]);
  });

  it('passes over a second title the registry does not list when the name after it held the first', () => {
    const [a] = mentionsOf(['Tổng Bí thư, Chủ tịch Lào Thongloun Sisoulith phát biểu.'], '2025-12-01');
    expect(a!.mentions).toEqual([{ kind: 'named', text: 'Tổng Bí thư, Chủ tịch Lào Thongloun Sisoulith', ids: ['thongloun-sisoulith'] }]);
  });

  it('passes over an unlisted second title written as Vietnamese writes an institution, a capital and several small syllables per word', () => {
    const sentence = 'Tổng Bí thư, Chủ nhiệm Ủy ban Công tác đối ngoại Trung ương Lào Thongloun Sisoulith phát biểu.';
    const [a] = mentionsOf([sentence], '2025-12-01');
    expect(a!.mentions).toEqual([{ kind: 'named', text: sentence.slice(0, sentence.indexOf(' phát')), ids: ['thongloun-sisoulith'] }]);
  });

  it('passes over an unlisted role between two listed titles of one person, and not a name between them', () => {
    const listed = 'Tổng Bí thư, Chủ nhiệm Văn phòng Ủy ban Công tác đối ngoại Trung ương, Chủ tịch nước Lào Thongloun Sisoulith';
    const [a] = mentionsOf([`${listed} phát biểu.`], '2025-12-01');
    expect(a!.mentions).toEqual([{ kind: 'named', text: listed, ids: ['thongloun-sisoulith'] }]);
    const [b] = mentionsOf(['Tổng Bí thư, Khamphan Phommathat, Chủ tịch nước Lào Thongloun Sisoulith phát biểu.'], '2025-12-01');
    expect(b!.mentions.map((m) => m.text)).toEqual(['Tổng Bí thư', 'Chủ tịch nước Lào Thongloun Sisoulith']);
  });

  it('leaves a bare title unresolved when more titles and a name the registry does not know follow it', () => {
    const [a] = mentionsOf(['Tổng Bí thư Tô Lâm gặp Tổng Bí thư, Chủ tịch Triều Tiên Kim Jong Un;'], '2025-12-01');
    expect(a!.mentions.map((m) => [m.text, m.ids])).toEqual([
      ['Tổng Bí thư Tô Lâm', ['to-lam']],
      ['Tổng Bí thư', []],
    ]);
  });

  it('does not pass over it for a name that never held the first title', () => {
    const [a] = mentionsOf(['Bộ trưởng, Chủ nhiệm Lào Thongloun Sisoulith phát biểu.'], '2025-12-01');
    expect(a!.mentions.map((m) => m.text)).not.toContain('Bộ trưởng, Chủ nhiệm Lào Thongloun Sisoulith');
  });

  it.each([
    ['Thủ tướng Lào Sonexai Siphandone phát biểu.', 'Thủ tướng Lào Sonexai Siphandone'],
    ['Lao Prime Minister Sonexai Siphandone spoke.', 'Lao Prime Minister Sonexai Siphandone'],
  ])('takes a name one letter off after a country\'s title for that office\'s holder on the date: %j', (sentence, text) => {
    const [a] = mentionsOf([sentence], '2025-12-01');
    expect(a!.mentions[0]).toEqual({ kind: 'named', text, ids: ['sonexay-siphandone'] });
    expect(a!.unknown).toEqual([]);
  });

  it.each([null, '2022-07-04'])('takes a name a letter off after titles of which the registry records the holder\'s one office only (date %s)', (date) => {
    const sentence = 'Bộ trưởng Ngoại giao Bùi Thanh Sơn gặp Phó Thủ tướng, Bộ trưởng Ngoại giao Thái Lan Don Pramudwina.';
    const { mentions, unknown } = findMentions(sentence, newMentionContext(stage.registry, date, rulesFor('vi')), stage.table);
    expect(mentions.map((m) => m.leaderIds)).toEqual([['bui-thanh-son'], ['don-pramudwinai']]);
    expect(unknown).toEqual([]);
  });

  it('keeps a name further off than a letter or two a stranger', () => {
    const [a] = mentionsOf(['Thủ tướng Lào Bounmy Vongsay phát biểu.'], '2025-12-01');
    expect(a!.mentions[0]!.ids).toEqual([]);
    expect(a!.unknown.map((u) => u.name)).toEqual(['Bounmy Vongsay']);
  });

  it('resolves a title qualified by a country to whoever held it on the date', () => {
    const [a] = mentionsOf(['Tổng Bí thư, Chủ tịch nước Lào khẳng định.'], '2024-11-08');
    expect(a!.mentions[0]!.ids).toEqual(['thongloun-sisoulith']);
  });

  it('resolves a bare Vietnamese title to Vietnam\'s office-holder on the article date', () => {
    expect(mentionsOf(['Tổng Bí thư khẳng định.'], '2023-02-17')[0]!.mentions[0]!.ids).toEqual(['nguyen-phu-trong']);
    expect(mentionsOf(['Tổng Bí thư khẳng định.'], '2025-12-01')[0]!.mentions[0]!.ids).toEqual(['to-lam']);
  });

  it('never reads a bare "Tổng thống" as Vietnam\'s president', () => {
    const [, second] = mentionsOf(['Tổng thống Nga Vladimir Putin đến.', 'Tổng thống khẳng định.'], '2025-10-01');
    expect(second!.mentions[0]!.ids).toEqual(['vladimir-putin']);
  });

  it('prefers the Vietnamese leader for a bare title both leaders were named with', () => {
    const [, , third] = mentionsOf(
      ['Tổng Bí thư Tô Lâm hội đàm.', 'Tổng Bí thư, Chủ tịch nước Thongloun Sisoulith phát biểu.', 'Tổng Bí thư cảm ơn.'],
      '2025-12-01',
    );
    expect(third!.mentions[0]!.ids).toEqual(['to-lam']);
  });

  it('counts a short form only after the full name and, for Vietnamese syllables, after an honorific', () => {
    const before = mentionsOf(['Ông Cường phát biểu.'], '2025-01-01')[0]!;
    expect(before.mentions.filter((m) => m.kind === 'short')).toEqual([]);
    const [, after, bare] = mentionsOf(['Chủ tịch nước Lương Cường đến.', 'Sau đó ông Cường phát biểu.', 'Cường phát biểu.'], '2025-01-01');
    expect(after!.mentions.find((m) => m.kind === 'short')).toMatchObject({ text: 'ông Cường', ids: ['luong-cuong'] });
    expect(bare!.mentions.filter((m) => m.kind === 'short')).toEqual([]);
  });

  it('accepts a Western surname alone once the full name appeared', () => {
    const [, second] = mentionsOf(['Vladimir Putin đến Hà Nội.', 'Putin nói.'], '2024-06-19');
    expect(second!.mentions[0]).toMatchObject({ kind: 'short', ids: ['vladimir-putin'] });
  });

  it('accepts a bare Vietnamese surname in an English sentence', () => {
    const [, second] = mentionsOf(['General Secretary To Lam arrived.', 'Later, Lam thanked the hosts.'], '2025-12-01');
    expect(second!.mentions[0]).toMatchObject({ kind: 'short', ids: ['to-lam'] });
  });

  it('does not take "tổ lâm" or lowercase "to lam" for Tô Lâm', () => {
    expect(mentionsOf(['Các tổ lâm sản họp.', 'we went to lam street'], null).flatMap((r) => r.mentions)).toEqual([]);
  });

  it('reads titles after a name as an apposition, not as another person', () => {
    const [r] = mentionsOf(['Tổng Bí thư Nguyễn Phú Trọng tiếp đồng chí Thongsalith Mangnomek, Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào.'], '2023-02-17');
    expect(r!.mentions.map((m) => m.ids)).toEqual([['nguyen-phu-trong'], ['thongsalith-mangnomek']]);
  });

  it.each([
    ['vi', 'Phó Thủ tướng Phạm Bình Minh gặp Bộ trưởng Ngoại giao Nga S. Lavrov, Bộ trưởng Ngoại giao Na Uy E. Soreide và Bộ trưởng Ngoại giao Lào Saleumxay Kommasith.', 'E. Soreide'],
    ['en', 'Deputy Prime Minister Pham Binh Minh met Russian Foreign Minister Sergey Lavrov, Norwegian Foreign Minister Ine Eriksen Soreide and Lao Foreign Minister Saleumxay Kommasith.', 'Ine Eriksen Soreide'],
  ])('reads a title of another country after a name and its comma as the next person\'s, not an apposition (%s)', (language, sentence, stranger) => {
    const { mentions, unknown } = findMentions(sentence, newMentionContext(stage.registry, '2019-08-01', rulesFor(language as 'vi' | 'en')), stage.table);
    expect(mentions.map((m) => m.leaderIds)).toEqual([['pham-binh-minh'], ['sergey-lavrov'], [], ['saleumxay-kommasith']]);
    expect(unknown.map((u) => u.name)).toEqual([stranger]);
  });

  it.each([
    ['Ng', ['Defence Minister Ng Eng Hen arrived in Hanoi on Monday.', 'Ng met his Vietnamese counterpart on Tuesday.'], 'ng-eng-hen'],
    ['Tan', ['Speaker Tan Chuan Jin arrived in Hanoi on Monday.', 'Tan met his Vietnamese counterpart on Tuesday.'], 'tan-chuan-jin'],
  ])('reads "%s", a Singapore leader\'s family name the registry gives as shared, as the one the article named in full', (_form, sentences, id) => {
    const ctx = newMentionContext(stage.registry, '2019-06-11', rulesFor('en'));
    const [first, later] = sentences as [string, string];
    findMentions(first, ctx, stage.table);
    const { mentions } = findMentions(later, ctx, stage.table);
    expect(mentions.map((m) => [later.slice(m.start, m.end), m.leaderIds])[0]).toEqual([later.split(' ')[0], [id]]);
  });

  it('reads "Bolkiah", the dynasty\'s name the registry gives the Sultan as shared, as the Sultan the article named in full', () => {
    const ctx = newMentionContext(stage.registry, '2024-09-04', rulesFor('en'));
    findMentions('Prime Minister Narendra Modi met Sultan Hassanal Bolkiah on Wednesday.', ctx, stage.table);
    const later = 'The meeting between Modi and Bolkiah was held at the palace.';
    expect(findMentions(later, ctx, stage.table).mentions.map((m) => m.leaderIds)).toEqual([['narendra-modi'], ['hassanal-bolkiah']]);
  });

  it.each([
    ['en', 'The talks were co-chaired by Chinese State Councilor and Foreign Minister Wang Yi and Deputy Prime Minister Pham Binh Minh.', 'Chinese State Councilor and Foreign Minister Wang Yi'],
    ['vi', 'Phó Thủ tướng Phạm Bình Minh hội đàm với Ủy viên Quốc vụ, Bộ trưởng Ngoại giao Trung Quốc Vương Nghị.', 'Ủy viên Quốc vụ, Bộ trưởng Ngoại giao Trung Quốc Vương Nghị'],
  ])('reads China\'s State Councilor, a title of the registry, as part of its holder\'s mention (%s)', (language, sentence, mention) => {
    const { mentions } = findMentions(sentence, newMentionContext(stage.registry, '2021-09-10', rulesFor(language as 'vi' | 'en')), stage.table);
    expect(mentions.map((m) => [sentence.slice(m.start, m.end), m.leaderIds])).toContainEqual([mention, ['wang-yi']]);
  });

  it.each([
    ['an acronym and an institution', 'Thongloun Sisoulith, General Secretary of the Lao People’s Revolutionary Party (LPRP) Central Committee, held talks with President Luong Cuong.'],
    ['an institution', 'Thongloun Sisoulith, General Secretary of the Lao People’s Revolutionary Party Central Committee, held talks with President Luong Cuong.'],
  ])('reads an apposition\'s title to its closing comma, %s the table does not know included, so the verb after it has its subject', (_, sentence) => {
    const [r] = mentionsOf([sentence], '2025-05-02');
    const apposition = sentence.slice(0, sentence.indexOf(', held'));
    expect(r!.mentions.map((m) => m.text)).toEqual([apposition, 'President Luong Cuong']);
  });

  it.each([
    // A country no registry file covers with its people (corpus/registry/world.json) is not part of the name.
    ['Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Hà Lan Mark Rutte.', 'Mark Rutte', 'NL'],
    ['Prime Minister Pham Minh Chinh held talks with Turkish Foreign Minister Hakan Fidan.', 'Hakan Fidan', 'TR'],
    // Particles join the parts of one name.
    ['Chủ tịch Quốc hội Nguyễn Thị Kim Ngân hội kiến Thủ tướng Qatar Sheikh Abdullah bin Nasser bin Khalifa Al Thani.', 'Sheikh Abdullah bin Nasser bin Khalifa Al Thani', 'QA'],
    ['Thủ tướng Phạm Minh Chính hội đàm với Tổng thống Brazil Luiz Inácio Lula da Silva tại Brasilia.', 'Luiz Inácio Lula da Silva', 'BR'],
    // The Arabic article as Egypt's press writes it ("el-"), as "al-" is.
    ['Thủ tướng Phạm Minh Chính hội kiến Tổng thống Ai Cập Abdel Fattah el-Sisi tại Cairo.', 'Abdel Fattah el-Sisi', 'EG'],
    ['President Luong Cuong held talks with Egyptian President Abdel Fattah el-Sisi in Cairo.', 'Abdel Fattah el-Sisi', 'EG'],
    // An initial inside a name, a hyphenated part written with a capital.
    ['Chủ tịch Quốc hội Nguyễn Thị Kim Ngân gặp Chủ tịch Quốc hội Liên bang Micronesia Wesley W. Simina.', 'Wesley W. Simina', 'FM'],
    ['Chủ tịch Quốc hội Vương Đình Huệ hội đàm với Chủ tịch Quốc hội Hàn Quốc Park Byeong-Seug tại Seoul.', 'Park Byeong-Seug', 'KR'],
    // A capitalised part after an apostrophe, either kind.
    ['Chủ tịch nước tiếp Chủ tịch Thượng viện Bỉ Stephanie D’Hose tại Hà Nội.', 'Stephanie D’Hose', 'BE'],
    ["President Luong Cuong received Irish Foreign Minister Fiona O'Brady in Hanoi.", "Fiona O'Brady", 'IE'],
  ])('reads the whole name a title introduces: %s', (sentence, name, country) => {
    const ctx = newMentionContext(stage.registry, '2022-12-05', rulesFor(detectLanguage(sentence)));
    const { unknown } = findMentions(sentence, ctx, stage.table);
    expect(unknown.map((u) => [u.name, u.country])).toEqual([[name, country]]);
  });

  it.each([['2024-10-11'], [null]])('reads a name spelt word by word like the title\'s holder as that holder (day %s)', (date) => {
    const ids = (sentence: string) => {
      const ctx = newMentionContext(stage.registry, date, rulesFor('en'));
      return findMentions(sentence, ctx, stage.table).mentions.map((m) => m.leaderIds);
    };
    expect(ids('He also met with Lao President Thongla Sisolith in Vientiane.')).toEqual([[], ['thongloun-sisoulith']]);
    // Words begun otherwise, or changed by more than a third, are someone else's name.
    expect(ids('He also met with Lao President Khamla Sisavath in Vientiane.')).toEqual([[], []]);
    expect(ids('He also met with Lao President Thongsa Sisoumang in Vientiane.')).toEqual([[], []]);
  });

  it('ends a name a title introduces at a Title Case headline\'s verb, and makes none of the verb', () => {
    const unknownOf = (sentence: string) => findMentions(sentence, newMentionContext(stage.registry, '2023-10-11', rulesFor('en')), stage.table).unknown.map((u) => u.name);
    expect(unknownOf('Mongolian President Ukhnaagiin Khurelsukh Meets Lao President Thongloun Sisoulith')).toEqual(['Ukhnaagiin Khurelsukh']);
    expect(unknownOf('Lao President Visits Senior Member of CCP in Kunming, China')).toEqual([]);
  });

  it('names nobody with a title a spouse word stands before: the name after it is the spouse\'s', () => {
    const found = (sentence: string, lang: 'vi' | 'en') => {
      const r = findMentions(sentence, newMentionContext(stage.registry, '2025-05-26', rulesFor(lang)), stage.table);
      return [r.mentions.map((m) => m.leaderIds), r.unknown.map((u) => u.name)];
    };
    expect(found('Phu nhân Tổng thống Pháp Brigitte Macron thăm Bảo tàng Phụ nữ Việt Nam.', 'vi')).toEqual([[], []]);
    expect(found('Phu nhân Thủ tướng Lê Thị Bích Trân thăm trường học.', 'vi')).toEqual([[], []]);
    // Not before the title: the holder and the spouse named beside.
    expect(found('Tổng thống Pháp Emmanuel Macron và Phu nhân Brigitte Macron thăm Bảo tàng.', 'vi')[0]).toEqual([['emmanuel-macron']]);
    // English names the holder after "the wife of".
    expect(found('Brigitte Macron, the wife of French President Emmanuel Macron, visited the museum.', 'en')[0]).toContainEqual(['emmanuel-macron']);
  });

  it('reads a country said again right after a title\'s country as a word of the name', () => {
    const ctx = newMentionContext(stage.registry, '2021-04-20', rulesFor('vi'));
    const { unknown } = findMentions('Đoàn có Chủ tịch Quốc hội Hàn Quốc Han Myeong Hee.', ctx, stage.table);
    expect(unknown.map((u) => [u.name, u.title])).toEqual([['Han Myeong Hee', 'Chủ tịch Quốc hội Hàn Quốc']]);
  });

  it('joins a short form to titles of which the registry records one for its person and is silent on the other', () => {
    // The registry lists Prayut's premiership, not the defence ministry he held beside it.
    const sentence = 'Wunna Maung Lwin held talks with Thai Prime Minister and Defense Minister Prayut in Bangkok.';
    const ctx = newMentionContext(stage.registry, '2021-02-24', rulesFor('en'));
    const found = findMentions(sentence, ctx, stage.table).mentions.map((m) => [sentence.slice(m.start, m.end), m.leaderIds]);
    expect(found).toContainEqual(['Thai Prime Minister and Defense Minister Prayut', ['prayut-chan-o-cha']]);
  });

  it('reads a title after a name, a comma, an article and a modifier of the title as that person', () => {
    const sentence = 'On February 24, Wunna Maung Lwin, the newly appointed Foreign Minister of Myanmar, visited Thailand.';
    const ctx = newMentionContext(stage.registry, '2021-02-24', rulesFor('en'));
    const found = findMentions(sentence, ctx, stage.table).mentions.map((m) => [sentence.slice(m.start, m.end), m.leaderIds]);
    expect(found).toEqual([['Wunna Maung Lwin, the newly appointed Foreign Minister of Myanmar', ['wunna-maung-lwin']]]);
  });

  it('gives a title its country before it across a possessive and a modifier of the title', () => {
    const sentence = 'Myanmar’s new foreign minister visits Thailand';
    const ctx = newMentionContext(stage.registry, '2021-02-24', rulesFor('en'));
    expect(findMentions(sentence, ctx, stage.table).mentions.map((m) => [sentence.slice(m.start, m.end), m.leaderIds])).toEqual([['Myanmar’s new foreign minister', ['wunna-maung-lwin']]]);
  });

  it('reads a title after a name, a comma and an article as that person, even on an unknown day', () => {
    const sentence = 'He had meetings with Anutin Charnvirakul, the Prime Minister of Thailand; Ferdinand Romualdez Marcos Jr., the President of the Philippines.';
    const ctx = newMentionContext(stage.registry, null, rulesFor('en'));
    const found = findMentions(sentence, ctx, stage.table).mentions.filter((m) => m.kind !== 'pronoun');
    expect(found.map((m) => [sentence.slice(m.start, m.end), m.leaderIds, m.apposition])).toEqual([
      ['Anutin Charnvirakul, the Prime Minister of Thailand', ['anutin-charnvirakul'], true],
      ['Ferdinand Romualdez Marcos Jr., the President of the Philippines', ['ferdinand-marcos-jr'], true],
    ]);
  });

  it('joins titles with their own qualifiers into one person', () => {
    const [r] = mentionsOf(
      ['Nhận lời mời của Tổng Bí thư Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào Thongloun Sisoulith, ông đến.'],
      '2025-12-01',
    );
    expect(r!.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.ids)).toEqual([['thongloun-sisoulith']]);
  });

  it('marks pronouns and groups for the caller to resolve', () => {
    const [r] = mentionsOf(['Ông khẳng định, hai nhà lãnh đạo nhất trí.'], '2025-01-01');
    expect(r!.mentions.map((m) => m.kind)).toEqual(['pronoun', 'group']);
  });

  it('does not read "ông" before a name as a pronoun', () => {
    const [, r] = mentionsOf(['Chủ tịch nước Lương Cường đến.', 'Ông Lương Cường nói.'], '2025-01-01');
    expect(r!.mentions.map((m) => m.kind)).toEqual(['named']);
  });

  it('lists a titled person missing from the registry as unknown, never as the office-holder', () => {
    const [r] = mentionsOf(['Thủ tướng Campuchia Hun Manet phát biểu.'], '2025-01-01');
    expect(r!.unknown).toEqual([expect.objectContaining({ name: 'Hun Manet', title: 'Thủ tướng Campuchia' })]);
    expect(r!.mentions[0]!.ids).toEqual([]);
  });

  it('does not take an institution after a title for a person', () => {
    const [r] = mentionsOf(['Chủ tịch Quốc hội Việt Nam phát biểu tại Hội nghị.'], '2025-01-01');
    expect(r!.unknown).toEqual([]);
  });

  it('does not take an agency or an organisation after a title for a person', () => {
    const [r] = mentionsOf(['The President of the Japan International Cooperation Agency spoke.'], '2025-01-01');
    expect(r!.unknown).toEqual([]);
    const [v] = mentionsOf(['Chủ tịch Quỹ Hòa bình phát biểu.'], '2025-01-01');
    expect(v!.unknown).toEqual([]);
  });

  it('never reads a deputy as the office-holder; a name after a deputy title is someone the registry lacks', () => {
    const [vi] = mentionsOf(['Chủ tịch nước Lương Cường tiếp Phó Chủ tịch Quốc hội Lào Sounthone Xayachack.'], '2025-01-01');
    expect(vi!.unknown).toEqual([expect.objectContaining({ name: 'Sounthone Xayachack', title: 'Phó Chủ tịch Quốc hội Lào', offices: [] })]);
    expect(vi!.mentions.flatMap((m) => m.ids)).toEqual(['luong-cuong']);
    const [en] = mentionsOf(['Deputy Foreign Minister Nguyen Minh Vu received the envoy.'], '2025-01-01');
    expect(en!.unknown).toEqual([expect.objectContaining({ name: 'Nguyen Minh Vu', offices: [] })]);
    expect(en!.mentions.flatMap((m) => m.ids)).toEqual([]);
  });

  it('takes a known person under a deputy title whole, the title included, with no office', () => {
    const [r] = mentionsOf(['Phó Chủ tịch Quốc hội Tô Lâm phát biểu.'], '2025-01-01');
    expect(r!.mentions[0]).toEqual({ kind: 'named', text: 'Phó Chủ tịch Quốc hội Tô Lâm', ids: ['to-lam'] });
  });

  it('reads a later bare deputy title as the deputy the article named with it', () => {
    const [, second] = mentionsOf(['Phó Chủ tịch Quốc hội Tô Lâm đến Hà Nội.', 'Phó Chủ tịch Quốc hội cho biết như vậy.'], '2025-01-01');
    expect(second!.mentions[0]).toEqual({ kind: 'title', text: 'Phó Chủ tịch Quốc hội', ids: ['to-lam'] });
  });

  it('leaves a bare title unresolved when the article has no date and names nobody with it', () => {
    const [r] = mentionsOf(['Thủ tướng phát biểu.'], null);
    expect(r!.mentions[0]!.ids).toEqual([]);
  });
});

describe('findMentions: given names of leaders the article named', () => {
  // The frozen registry without short forms for Phạm Minh Chính and Lê Minh Hưng: only the article can
  // tell that "Chinh" is the Prime Minister, as it does for names whose syllable many leaders share.
  const json = JSON.parse(JSON.stringify(registry)) as typeof registry;
  for (const l of json.leaders) if (l.id === 'pham-minh-chinh' || l.id === 'le-minh-hung') l.short = [];
  const bare = loadRegistry(json, 'test');
  const bareTable = loadNameTable(buildNameTable(bare));
  const read = (...sentences: string[]) => {
    const ctx = newMentionContext(bare, '2025-12-01', rulesFor(detectLanguage(sentences.join(' '))));
    return sentences.map((s) => findMentions(s, ctx, bareTable).mentions.map((m) => ({ text: s.slice(m.start, m.end), ids: m.leaderIds })));
  };

  it('takes the last syllable of a named home leader for that leader', () => {
    const [, later] = read('Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone.', 'Chinh said trade was rising.');
    expect(later).toEqual([{ text: 'Chinh', ids: ['pham-minh-chinh'] }]);
  });

  it('joins it to a title right before it', () => {
    const [, later] = read('Prime Minister Pham Minh Chinh held talks.', 'At the talks, PM Chinh said trade was rising.');
    expect(later).toEqual([{ text: 'PM Chinh', ids: ['pham-minh-chinh'] }]);
  });

  it('needs an honorific or a title in Vietnamese, where the syllable is also a word', () => {
    const [, bareWord, honorific] = read('Thủ tướng Phạm Minh Chính hội đàm.', 'Chính sách được nhất trí.', 'Ông Chính cho biết thương mại tăng.');
    expect(bareWord).toEqual([]);
    expect(honorific).toEqual([{ text: 'Ông Chính', ids: ['pham-minh-chinh'] }]);
  });

  it('means nobody before the full name, or inside a longer name', () => {
    expect(read('Chinh said trade was rising.')[0]).toEqual([]);
    const [, place] = read('Prime Minister Pham Minh Chinh spoke.', 'He visited Chinh Nghia Street.');
    expect(place!.filter((m) => m.text.includes('Chinh'))).toEqual([]);
  });
});

describe('findMentions: short forms several leaders bear (sharedShort)', () => {
  // Two constructed leaders who share a family name, as Chinese leaders share "Li".
  const json = JSON.parse(JSON.stringify(registry)) as typeof registry & { leaders: Record<string, unknown>[] };
  const person = (id: string, name: string) => ({
    id,
    name,
    country: 'CN',
    forms: [name],
    short: [],
    sharedShort: ['Li'],
    offices: [{ office: 'prime-minister', country: 'CN', start: '2013-03-15' }],
    sources: ['constructed for this test'],
  });
  json.leaders.push(person('li-keqiang', 'Li Keqiang'), person('li-qiang', 'Li Qiang'));
  const shared = loadRegistry(json, 'test');
  const sharedTable = loadNameTable(buildNameTable(shared));
  const read = (...sentences: string[]) => {
    const ctx = newMentionContext(shared, '2017-11-14', rulesFor(detectLanguage(sentences.join(' '))));
    return sentences.map((s) => findMentions(s, ctx, sharedTable).mentions.map((m) => ({ text: s.slice(m.start, m.end), ids: m.leaderIds })));
  };

  it('reads the form as the one leader bearing it that the article named', () => {
    const [, later] = read('Premier Li Keqiang met Prime Minister Pham Minh Chinh in Manila.', 'Li said trade should grow.');
    expect(later).toEqual([{ text: 'Li', ids: ['li-keqiang'] }]);
  });

  it('reads it as nobody before the full name, or when the article named two leaders bearing it', () => {
    expect(read('Li said trade should grow.')[0]).toEqual([]);
    const [, , later] = read('Li Keqiang met Pham Minh Chinh.', 'Li Qiang later joined them.', 'Li said trade was rising.');
    expect(later).toEqual([]);
  });
});

describe('findMentions: look-alikes (the rules the page applies too)', () => {
  const commonRegistry = registryWithCommonNames();
  const commonTable = loadNameTable(buildNameTable(commonRegistry));
  /** [text, leader ids] of every mention, sentence by sentence, in one article. */
  function namedIn(sentences: string[]): [string, string[]][][] {
    const ctx = newMentionContext(commonRegistry, '2025-06-01', rulesFor(detectLanguage(sentences.join(' '))));
    return sentences.map((s) => findMentions(s, ctx, commonTable).mentions.filter((m) => m.leaderIds.length > 0).map((m) => [s.slice(m.start, m.end), m.leaderIds]));
  }

  it('does not take a street named after a leader', () => {
    expect(namedIn(['Cửa hàng trên đường Tô Lâm mở cửa lại.'])).toEqual([[]]);
  });

  it('takes a common form only with evidence: a title, the country, or an earlier unambiguous form', () => {
    expect(namedIn(['Tiền đạo Lý Cường ghi hai bàn.'])).toEqual([[]]);
    expect(namedIn(['Lý Cường thăm Trung Quốc.'])[0]).toEqual([['Lý Cường', ['li-qiang']]]);
    expect(namedIn(['李强 phát biểu.', 'Lý Cường nói thêm.'])[1]).toEqual([['Lý Cường', ['li-qiang']]]);
  });

  it('does not take a spouse for the leader', () => {
    const [, second] = namedIn(['Vladimir Putin arrived in Hanoi.', 'Mrs Lyudmila Putin visited a school.']);
    expect(second).toEqual([]);
  });

  it('gives Sino-Vietnamese and pinyin forms one person', () => {
    const ids = namedIn(['Premier Li Qiang met Pham Minh Chinh.', 'Thủ tướng Quốc vụ viện Lý Cường hội đàm.']).flat().map(([, ids]) => ids[0]);
    expect(ids.filter((id) => id === 'li-qiang')).toHaveLength(2);
  });
});

// The project's whole registry, read and compiled once for every block that needs it.
const project = readRegistryFile('corpus/leaders.json');
const projectTable = loadNameTable(buildNameTable(project));

describe('findMentions with the project registry: titles as the Vietnamese press writes them', () => {
  it.each([
    ['Chủ tịch QH Trần Thanh Mẫn phát biểu.', 'Chủ tịch QH Trần Thanh Mẫn', 'na-chairman'],
    ['TBT Tô Lâm phát biểu.', 'TBT Tô Lâm', 'general-secretary'],
    ['Trưởng ban Đối ngoại Trung ương Lê Hoài Trung phát biểu.', 'Trưởng ban Đối ngoại Trung ương Lê Hoài Trung', 'external-relations-commission-head'],
  ])('reads %j as a titled name', (sentence, text, office) => {
    const { mentions } = findMentions(sentence, newMentionContext(project, '2025-06-01', rulesFor('vi')), projectTable);
    expect(mentions[0]).toMatchObject({ kind: 'named', titles: [expect.objectContaining({ office })] });
    expect(sentence.slice(mentions[0]!.start, mentions[0]!.end)).toBe(text);
  });
});

describe('findMentions with the project registry: a foreign minister titled with trade ("Minister of Foreign Affairs and Trade")', () => {
  it('reads the title whole, so a stranger after it is named and a registry person titled with it is found', () => {
    const sentence = 'Minh met Papua New Guinea’s Minister of Foreign Affairs and Trade Rimbink Pato and New Zealand’s Minister for Foreign Affairs and Trade Winston Peters.';
    const { mentions, unknown } = findMentions(sentence, newMentionContext(project, '2024-06-05', rulesFor('en')), projectTable);
    expect(unknown.map((u) => u.name)).toContain('Rimbink Pato');
    expect(mentions).toContainEqual(expect.objectContaining({ kind: 'named', leaderIds: ['winston-peters'] }));
  });
});

describe('findMentions with the project registry: a title the Vietnamese press gives Cuba\'s President', () => {
  it('reads "Chủ tịch Cuba" (no "nước") as the holder of the office on the day', () => {
    const sentence = 'Bí thư thứ Nhất - Chủ tịch Cuba ca ngợi quan hệ hữu nghị giữa hai nước.';
    const { mentions } = findMentions(sentence, newMentionContext(project, '2023-11-19', rulesFor('vi')), projectTable);
    expect(mentions).toContainEqual(expect.objectContaining({ kind: 'title', leaderIds: ['miguel-diaz-canel'] }));
  });
});

describe('findMentions with the project registry: "Korean" alone, as the Korean and Vietnamese press write it in English', () => {
  it('reads "Korean President" as South Korea\'s president that day, not the home country\'s', () => {
    const sentence = 'PM holds phone talks with Korean President on COVID-19 combat';
    const { mentions } = findMentions(sentence, newMentionContext(project, '2020-04-03', rulesFor('en')), projectTable);
    expect(mentions).toContainEqual(expect.objectContaining({ kind: 'title', leaderIds: ['moon-jae-in'] }));
  });
});

describe('findMentions with the project registry: name forms the Philippine press writes', () => {
  it.each([
    ['President Ferdinand R. Marcos, Jr. met the Speaker on Wednesday.', 'ferdinand-marcos-jr'],
    ['Foreign Secretary Teodoro Lopez Locsin arrived in Hanoi on Sunday.', 'teodoro-locsin-jr'],
  ])('finds the registry person in %j (a generational suffix after a comma, a middle name written out)', (sentence, id) => {
    const { mentions } = findMentions(sentence, newMentionContext(project, '2022-11-23', rulesFor('en')), projectTable);
    expect(mentions).toContainEqual(expect.objectContaining({ kind: 'named', leaderIds: [id] }));
  });
});

describe('findMentions with the project registry: a bare title only other countries\' press gives', () => {
  it('does not read "the foreign secretary" as the home country\'s foreign minister', () => {
    const { mentions } = findMentions('The foreign secretary welcomed the new ambassador to Dhaka.', newMentionContext(project, '2023-10-17', rulesFor('en')), projectTable);
    expect(mentions.flatMap((m) => m.leaderIds)).not.toContain('bui-thanh-son');
  });

  it('reads such a title on that country\'s own press as its holder named before ("the EAM" on an Indian site)', () => {
    const ctx = newMentionContext(project, '2023-10-16', rulesFor('en'), 'IN');
    findMentions('External Affairs Minister S Jaishankar met Vietnamese Prime Minister Pham Minh Chinh on Monday.', ctx, projectTable);
    const { mentions } = findMentions('The EAM also met the Chairman of the Commission.', ctx, projectTable);
    expect(mentions).toContainEqual(expect.objectContaining({ kind: 'title', leaderIds: ['subrahmanyam-jaishankar'] }));
  });
});

describe('findMentions: a country right after a title', () => {
  it('qualifies the title where the language puts the country after it ("Chủ tịch nước Lào")', () => {
    const [vi] = mentionsOf(['Chủ tịch nước Lào phát biểu tại buổi lễ.'], '2025-03-19');
    expect(vi!.mentions).toEqual([{ kind: 'title', text: 'Chủ tịch nước Lào', ids: ['thongloun-sisoulith'] }]);
  });

  it('is no qualifier of an English title: there a word folding as a country is a name ("Acting President Han", "Hàn")', () => {
    // "Vietnam" right after an English title, no "of" between: not Vietnam's president.
    const [en] = mentionsOf(['President Vietnam said the visit went well.'], '2025-03-19');
    expect(en!.mentions.filter((m) => m.ids.length > 0)).not.toContainEqual(expect.objectContaining({ text: 'President Vietnam' }));
    // With "of" between, as English writes it, the country qualifies the title.
    const [withOf] = mentionsOf(['The President of Laos said the visit went well.'], '2025-03-19');
    expect(withOf!.mentions).toContainEqual(expect.objectContaining({ text: 'President of Laos', ids: ['thongloun-sisoulith'] }));
  });
});

describe('findMentions: a rank standing alone for the person named with it', () => {
  const ranked = (sentences: string[]) => mentionsOf(sentences, '2023-05-01').at(-1)!.mentions.filter((m) => m.kind === 'title');

  it('is that person ("Đại tướng Tô Lâm …", then "Đại tướng nhấn mạnh …")', () => {
    expect(ranked(['Đại tướng Tô Lâm đến Vientiane ngày 1/5.', 'Đại tướng nhấn mạnh hợp tác ngày càng phát triển.'])).toEqual([{ kind: 'title', text: 'Đại tướng', ids: ['to-lam'] }]);
  });

  it('is nobody when no one was named with that rank, or before a capitalised word (a name of its own)', () => {
    expect(ranked(['Thủ tướng Phạm Minh Chính đến Vientiane ngày 1/5.', 'Đại tướng nhấn mạnh hợp tác ngày càng phát triển.'])).toEqual([]);
    expect(ranked(['Đại tướng Tô Lâm đến Vientiane ngày 1/5.', 'Đại tướng Lương Cường nhấn mạnh hợp tác.'])).toEqual([]);
  });

  it('is nobody when two people were named with it', () => {
    expect(ranked(['Đại tướng Tô Lâm và Đại tướng Phạm Minh Chính đến Vientiane ngày 1/5.', 'Đại tướng nhấn mạnh hợp tác ngày càng phát triển.'])).toEqual([]);
  });

  it('is not read from a title whose first word is a rank (a language listing "General": "General Secretary To Lam", then "the General said")', () => {
    const withRanks = compileRules({ ...descriptorFor('en'), rankAnaphors: { ranks: ['General'], determiners: ['the', 'The'] } });
    const ctx = newMentionContext(registry, '2023-05-01', withRanks);
    findMentions('General Secretary To Lam arrived in Vientiane on Monday.', ctx, table);
    expect(findMentions('The General said cooperation was growing.', ctx, table).mentions).toEqual([]);
    const named = newMentionContext(registry, '2023-05-01', withRanks);
    findMentions('General To Lam arrived in Vientiane on Monday.', named, table);
    expect(findMentions('The General said cooperation was growing.', named, table).mentions.map((m) => m.leaderIds)).toEqual([['to-lam']]);
  });
});

describe('findMentions: a person the registry does not know, named with a particle after one word', () => {
  it('is a stranger under the title before them ("Prime Minister Mohammed bin Salman")', () => {
    const { mentions, unknown } = mentionsOf(['He met Prime Minister Mohammed bin Salman in Riyadh.'], '2025-12-02')[0]!;
    expect(mentions.filter((m) => m.kind === 'title')).toEqual([{ kind: 'title', text: 'Prime Minister Mohammed bin Salman', ids: [] }]);
    expect(unknown.map((u) => u.name)).toEqual(['Mohammed bin Salman']);
  });

  it('goes on past the four words a name takes where the fourth is a particle, capitalised as the Gulf press writes it', () => {
    const { unknown } = mentionsOf(['He met Prime Minister Ahmad Bin Abdullah Bin Zaid Al-Mahmoud in Doha.'], '2025-12-02')[0]!;
    expect(unknown.map((u) => u.name)).toEqual(['Ahmad Bin Abdullah Bin Zaid Al-Mahmoud']);
  });

  it('is not passed over as the qualifier of the next title after a comma (two people, not one)', () => {
    const { mentions } = mentionsOf(['He met Prime Minister Mohammed bin Salman, Lao Prime Minister Sonexay Siphandone.'], '2025-12-02')[0]!;
    expect(mentions.filter((m) => m.kind !== 'pronoun')).toEqual([
      { kind: 'title', text: 'Prime Minister Mohammed bin Salman', ids: [] },
      { kind: 'named', text: 'Lao Prime Minister Sonexay Siphandone', ids: ['sonexay-siphandone'] },
    ]);
  });
});

describe('a later name before the full one in an article with no date', () => {
  it('counts once the article names its person in full further on', () => {
    const text = ' url https://example.org/news/123\nSonexay says Laos will deepen ties with Vietnam\nLao Prime Minister Sonexay Siphandone said on Tuesday that the two countries would boost trade.\n';
    const quotes = reading(read(text)).facts.quotes.map((q) => [q.speakers, q.evidence]);
    expect(quotes[0]).toEqual([['sonexay-siphandone'], 'Sonexay says Laos will deepen ties with Vietnam']);
  });

  it('does not count when the article never names them in full', () => {
    const text = ' url https://example.org/news/124\nSonexay says Laos will deepen ties with Vietnam\nThe two countries would boost trade, officials said on Tuesday.\n';
    expect(reading(read(text)).facts.quotes).toEqual([]);
  });
});

describe('findMentions with the project registry: countries listed after a plural counterpart noun', () => {
  it('takes a country set off after "những người đồng cấp Pháp," for one more country, never for a stranger\'s name', () => {
    const ctx = newMentionContext(project, '2022-10-24', rulesFor('vi'));
    findMentions('Bộ trưởng Quốc phòng Nga Sergei Shoigu phát biểu.', ctx, projectTable);
    const { unknown } = findMentions('Ông Shoigu đã điện đàm với những người đồng cấp Pháp, Thổ Nhĩ Kỳ và Anh ngày 23/10.', ctx, projectTable);
    expect(unknown.map((u) => u.name)).toEqual([]);
  });
});

describe('findMentions with the project registry: strangers named after titles of others', () => {
  const strangers = (sentence: string, date: string, language: 'vi' | 'en') => findMentions(sentence, newMentionContext(project, date, rulesFor(language)), projectTable).unknown.map((u) => ({ name: u.name, title: u.title, offices: u.offices }));
  it.each([
    ['Bộ trưởng Ngoại giao Phạm Bình Minh gặp Bộ trưởng Ngoại giao New Zealand Murray McCully.', 'Murray McCully'],
    ['Foreign Minister Pham Binh Minh met New Zealand Foreign Minister Murray McCully.', 'Murray McCully'],
    ['Tổng Bí thư Tô Lâm tiếp Thủ tướng Nhà nước Kuwait Sheikh Ahmad Abdullah AlAhmad Al Sabah.', 'Ahmad Abdullah AlAhmad Al Sabah'],
  ])('keeps a name whose word has a capital inside ("McCully", "AlAhmad"): %j', (sentence, name) => {
    expect(strangers(sentence, '2017-08-07', /Foreign Minister/.test(sentence) ? 'en' : 'vi').map((s) => s.name)).toEqual([name]);
  });

  it('takes the forces a title names ("… of the Royal Cambodian Armed Forces") for no name', () => {
    expect(strangers('Prime Minister Hun Sen welcomed the Deputy Commander-in-Chief of the Royal Cambodian Armed Forces and his delegation.', '2022-06-01', 'en')).toEqual([]);
  });

  it('reads an assistant\'s title ("Trợ lý Ngoại trưởng Mỹ") as another office than the Secretary\'s', () => {
    expect(strangers('Tổng Bí thư Tô Lâm tiếp Trợ lý Ngoại trưởng Mỹ Michael DeSombre.', '2026-02-14', 'vi')).toEqual([{ name: 'Michael DeSombre', title: 'Trợ lý Ngoại trưởng Mỹ', offices: [] }]);
  });

  it.each([
    'Phát ngôn viên tổng thống Philippines Harry Roque khẳng định vấn đề không được đề cập.',
    'Người phát ngôn của tổng thống Hàn Quốc Kang Yu Jung cho biết hai bên đã trao đổi.',
  ])('finds no holder of the office in a spokesperson\'s title, and no stranger holding it: %j', (sentence) => {
    const { mentions, unknown } = findMentions(sentence, newMentionContext(project, '2025-06-01', rulesFor('vi')), projectTable);
    expect(unknown).toEqual([]);
    expect(mentions.filter((m) => m.leaderIds.length > 0)).toEqual([]);
  });
});
