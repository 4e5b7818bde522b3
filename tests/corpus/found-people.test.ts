import { describe, expect, it } from 'vitest';
import { foundPeople, type UnknownTelling } from '../../src/corpus/found-people';
import { registry } from './registry-fixture';
import { readRegistryFile } from '../../src/registry/read-registry-file';

const telling = (over: Partial<UnknownTelling>): UnknownTelling => ({
  name: 'Hun Manet',
  title: 'Thủ tướng Campuchia',
  offices: ['prime-minister'],
  country: 'KH',
  articleId: 'a',
  articleFile: 'a.txt',
  articleDate: '2025-12-01',
  ...over,
});

describe('foundPeople', () => {
  it('makes one person per name, with a slug id, the titles\' country and offices, attested on the articles\' days', () => {
    const [person, ...rest] = foundPeople(registry, [
      telling({}),
      telling({ name: 'HUN MANET', articleId: 'b', articleFile: 'b.txt', articleDate: '2025-12-03', title: 'Cambodian Prime Minister' }),
    ]);
    expect(rest).toEqual([]);
    expect(person!.leader).toMatchObject({
      id: 'hun-manet',
      name: 'Hun Manet',
      country: 'KH',
      offices: [{ office: 'prime-minister', country: 'KH', attested: ['2025-12-01', '2025-12-03'] }],
      sources: ['corpus article a.txt', 'corpus article b.txt'],
    });
    expect(person!.leader.forms).toEqual(['Hun Manet', 'HUN MANET']);
  });

  it('makes one person of the same words in either order where the country says its names are written so, and two elsewhere', () => {
    const japan = { ...registry, countries: { ...registry.countries, JP: { vi: ['Nhật Bản'], en: ['Japan', 'Japanese'], nameOrderVaries: true } } };
    const jp = (name: string, articleId: string) => telling({ name, title: 'Japanese Defence Minister', offices: ['minister-defence'], country: 'JP', articleId, articleFile: `${articleId}.txt` });
    const one = foundPeople(japan, [jp('Nakatani Gen', 'a'), jp('Gen Nakatani', 'b'), jp('Gen Nakatani', 'c')]);
    expect(one.map((p) => [p.leader.id, p.leader.name, p.leader.forms])).toEqual([['gen-nakatani', 'Gen Nakatani', ['Nakatani Gen', 'Gen Nakatani']]]);
    const plain = { ...japan, countries: { ...japan.countries, JP: { vi: ['Nhật Bản'], en: ['Japan', 'Japanese'] } } };
    expect(foundPeople(plain, [jp('Nakatani Gen', 'a'), jp('Gen Nakatani', 'b')]).map((p) => p.leader.id)).toEqual(['gen-nakatani', 'nakatani-gen']);
  });

  it('spells in ascii the letters its id would otherwise drop ("Børge Brende", "Cevdet Yılmaz")', () => {
    const fm = (name: string, articleId: string) => telling({ name, title: 'Bộ trưởng Ngoại giao Campuchia', offices: ['foreign-minister'], country: 'KH', articleId, articleFile: `${articleId}.txt` });
    expect(foundPeople(registry, [fm('Børge Brende', 'a'), fm('Cevdet Yılmaz', 'b')]).map((p) => p.leader.id).sort()).toEqual(['borge-brende', 'cevdet-yilmaz']);
  });

  it('makes one person of a name written with a hyphen or a space between its parts', () => {
    const kr = (name: string, articleId: string) => telling({ name, title: 'Chủ tịch Quốc hội Hàn Quốc', offices: ['na-chairman'], country: 'KH', articleId, articleFile: `${articleId}.txt` });
    const people = foundPeople(registry, [kr('Park Byeong-seug', 'a'), kr('Park Byeong Seug', 'b'), kr('Park Byeong-seug', 'c')]);
    expect(people.map((p) => [p.leader.id, p.leader.name, p.leader.forms])).toEqual([['park-byeong-seug', 'Park Byeong-seug', ['Park Byeong-seug', 'Park Byeong Seug']]]);
  });

  it('makes one person of transliterations that differ only by a doubled letter, and two of names that differ otherwise', () => {
    const mn = (name: string, articleId: string) => telling({ name, title: 'Mongolian President', offices: ['president'], country: 'KH', articleId, articleFile: `${articleId}.txt` });
    const people = foundPeople(registry, [mn('Ukhnaagiin Khurelsukh', 'a'), mn('Ukhnaagin Khurelsukh', 'b'), mn('Ukhnaagiin Khurelsukh', 'c')]);
    expect(people.map((p) => [p.leader.id, p.leader.forms])).toEqual([['ukhnaagiin-khurelsukh', ['Ukhnaagiin Khurelsukh', 'Ukhnaagin Khurelsukh']]]);
    expect(foundPeople(registry, [mn('Ukhnaagiin Khurelsukh', 'a'), mn('Ukhnaagiin Enkhbayar', 'b')])).toHaveLength(2);
  });

  it('makes one person of spellings of one name one edit apart in a word (two in a long word), titled with the same country and office', () => {
    const lk = (name: string, articleId: string, offices = ['president']) => telling({ name, title: 'Sri Lankan President', offices, country: 'KH', articleId, articleFile: `${articleId}.txt` });
    const one = foundPeople(registry, [lk('Maithripala Sirisena', 'a'), lk('Maithripala Srisena', 'b'), lk('Maithripala Sirisena', 'c')]);
    expect(one.map((p) => [p.leader.id, p.leader.forms])).toEqual([['maithripala-sirisena', ['Maithripala Sirisena', 'Maithripala Srisena']]]);
    // Two letters swapped ("Zoiyr", "Zoyir"); two edits in a word of eight letters or more ("Duangdy", "Duangdyre").
    expect(foundPeople(registry, [lk('Mirzaev Zoiyr', 'a'), lk('Mirzaev Zoyir', 'b')])).toHaveLength(1);
    expect(foundPeople(registry, [lk('Somdy Duangdy', 'a'), lk('Somdy Duangdyre', 'b')])).toHaveLength(1);
    // Spellings one edit from one spelling are one person with it. Not across offices, not two edits
    // in a shorter word, not short words ("Kim Jong Un", "Kim Jong Il"), not with no word the same.
    expect(foundPeople(registry, [lk('Maithripala Sirisena', 'a'), lk('Maithripala Srisena', 'b', ['prime-minister'])])).toHaveLength(2);
    expect(foundPeople(registry, [lk('Maithripala Sirisena', 'a'), lk('Maithripala Sirisana', 'b'), lk('Maithripala Sirisenu', 'c')])).toHaveLength(1);
    expect(foundPeople(registry, [lk('Somdy Duang', 'a'), lk('Somdy Duangre', 'b')])).toHaveLength(2);
    expect(foundPeople(registry, [lk('Kim Jong Un', 'a'), lk('Kim Jong Il', 'b')])).toHaveLength(2);
    expect(foundPeople(registry, [lk('Andrei Sirisena', 'a'), lk('Andres Srisena', 'b')])).toHaveLength(2);
  });

  it('joins a shorter name to the one fuller name of the same country and office it is part of, the fullest form naming the person', () => {
    const za = (name: string, articleId: string, offices = ['president']) => telling({ name, title: 'South African President', offices, country: 'KH', articleId, articleFile: `${articleId}.txt` });
    const one = foundPeople(registry, [za('Cyril Ramaphosa', 'a'), za('Cyril Ramaphosa', 'b'), za('Matamela Cyril Ramaphosa', 'c')]);
    expect(one.map((p) => [p.leader.id, p.leader.name, p.leader.forms])).toEqual([['matamela-cyril-ramaphosa', 'Matamela Cyril Ramaphosa', ['Cyril Ramaphosa', 'Matamela Cyril Ramaphosa']]]);
    // A chain of fuller names is one person: "Faisal bin Farhan" of "Faisal bin Farhan Al Saud" of "Prince Faisal bin Farhan Al Saud".
    const chain = foundPeople(registry, [za('Faisal bin Farhan', 'a'), za('Faisal bin Farhan Al Saud', 'b'), za('Prince Faisal bin Farhan Al Saud', 'c')]);
    expect(chain.map((p) => p.leader.id)).toEqual(['prince-faisal-bin-farhan-al-saud']);
    // An initial with or without its full stop is one name.
    expect(foundPeople(registry, [za('M. Venkaiah Naidu', 'a'), za('M Venkaiah Naidu', 'b')]).map((p) => p.leader.forms)).toEqual([['M. Venkaiah Naidu', 'M Venkaiah Naidu']]);
  });

  it('keeps apart a shorter name titled with another office, one part of two fuller names, a single word, and a son of the same name', () => {
    const za = (name: string, articleId: string, offices = ['president']) => telling({ name, title: 'South African President', offices, country: 'KH', articleId, articleFile: `${articleId}.txt` });
    expect(foundPeople(registry, [za('Cyril Ramaphosa', 'a', ['prime-minister']), za('Matamela Cyril Ramaphosa', 'b')])).toHaveLength(2);
    expect(foundPeople(registry, [za('Kim Jong', 'a'), za('Kim Jong Un', 'b'), za('Kim Jong Il', 'c')])).toHaveLength(3);
    expect(foundPeople(registry, [za('Ramaphosa', 'a'), za('Matamela Cyril Ramaphosa', 'b')])).toHaveLength(2);
    expect(foundPeople(registry, [za('Ferdinand Marcos', 'a'), za('Ferdinand Marcos Jr.', 'b')])).toHaveLength(2);
  });

  it('never makes a person of a name the registry owns, or of a title with no country', () => {
    expect(foundPeople(registry, [telling({ name: 'Tô Lâm' }), telling({ name: 'To Lam' })])).toEqual([]);
    expect(foundPeople(registry, [telling({ country: null })])).toEqual([]);
  });

  it('keeps ids stable and apart from the registry\'s', () => {
    const json = { ...registry, leaders: [...registry.leaders, { ...registry.leaders[0]!, id: 'hun-manet', name: 'X', forms: ['X Y'], short: [] }] };
    expect(foundPeople(json, [telling({})])[0]!.leader.id).toBe('hun-manet-found');
  });
});

describe('foundPeople and laterNameToken', () => {
  it('gives a found person of such a country that short form', () => {
    const withToken = { ...registry, countries: { ...registry.countries, KH: { ...registry.countries.KH!, laterNameToken: 'last' as const } } };
    expect(foundPeople(withToken, [telling({})])[0]!.leader.short).toEqual(['Manet']);
  });
});

describe('foundPeople with the project registry: the name the press uses later, by country', () => {
  const project = readRegistryFile('corpus/leaders.json');
  // People the project registry does not list (Dong Jun and Pete Hegseth, once the examples here, now are).
  it.each([
    ['CN', 'Sun Weidong', 'Sun'],
    ['KR', 'Ahn Gyu-back', 'Ahn'],
    ['US', 'Kristi Noem', 'Noem'],
    // Central and South Asia, Iran and Mongolia: the last word ("President Wickremesinghe", "Dr. Muizzu").
    ['LK', 'Ranil Wickremesinghe', 'Wickremesinghe'],
    ['MV', 'Mohamed Muizzu', 'Muizzu'],
    ['KZ', 'Olzhas Bektenov', 'Bektenov'],
    ['IR', 'Masoud Pezeshkian', 'Pezeshkian'],
    ['MN', 'Luvsannamsrain Oyun-Erdene', 'Oyun-Erdene'],
  ])('gives a person found with %s the form %j later names them by', (country, name, later) => {
    const [person] = foundPeople(project, [telling({ name, country, title: 'Minister of National Defense', offices: ['minister-defence'] })]);
    expect(person?.leader.short).toEqual([later]);
  });
});

describe('foundPeople: later names of the name\'s spellings', () => {
  const withToken = { ...registry, countries: { ...registry.countries, HU: { vi: ['Hungary'], en: ['Hungary', 'Hungarian'], laterNameToken: 'last' as const } } };
  const hu = (name: string, articleId: string) => telling({ name, title: 'Hungarian Prime Minister', country: 'HU', articleId, articleFile: `${articleId}.txt` });

  it('gives the later name of each spelling with other marks, the chosen name\'s first', () => {
    const [person] = foundPeople(withToken, [hu('Viktor Orban', 'a'), hu('Viktor Orban', 'b'), hu('Viktor Orbán', 'c')]);
    expect(person!.leader.name).toBe('Viktor Orban');
    expect(person!.leader.short).toEqual(['Orban', 'Orbán']);
  });

  it('gives none of a form in capitals or in another order', () => {
    const japan = { ...withToken, countries: { ...withToken.countries, JP: { vi: ['Nhật Bản'], en: ['Japan', 'Japanese'], nameOrderVaries: true, laterNameToken: 'last' as const } } };
    const jp = (name: string, articleId: string) => telling({ name, title: 'Japanese Defence Minister', offices: ['minister-defence'], country: 'JP', articleId, articleFile: `${articleId}.txt` });
    expect(foundPeople(japan, [jp('Gen Nakatani', 'a'), jp('Gen Nakatani', 'b'), jp('Nakatani Gen', 'c')])[0]!.leader.short).toEqual(['Nakatani']);
    expect(foundPeople(withToken, [hu('Viktor Orban', 'a'), hu('VIKTOR ORBAN', 'b')])[0]!.leader.short).toEqual(['Orban']);
  });
});
