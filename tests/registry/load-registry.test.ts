import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/registry/load-registry';
import { readRegistryFile } from '../../src/registry/read-registry-file';
import { RegistryError } from '../../src/registry/registry-error';
import { smallRegistry } from './fixtures';

type Fixture = ReturnType<typeof smallRegistry>;
// The project registry with its parts merged, as plain JSON again, for loadRegistry to validate.
const realJson: unknown = JSON.parse(JSON.stringify(readRegistryFile('corpus/leaders.json')));
const SEED_PEOPLE = [
  'kaysone-phomvihane', 'le-minh-hung', 'luong-cuong', 'nguyen-phu-trong', 'pham-minh-chinh',
  'sonexay-siphandone', 'thongloun-sisoulith', 'thongsalith-mangnomek', 'to-lam', 'vladimir-putin',
];

function messageOf(mutate: (r: Fixture) => void): string {
  const registry = smallRegistry();
  mutate(registry);
  try {
    loadRegistry(registry, 'test.json');
  } catch (error) {
    expect(error).toBeInstanceOf(RegistryError);
    return (error as Error).message;
  }
  throw new Error('expected loadRegistry to throw');
}

describe('loadRegistry', () => {
  it('loads the project registry, corpus/leaders.json', () => {
    const registry = loadRegistry(realJson, 'corpus/leaders.json');
    expect(registry.leaders.map((l) => l.id)).toEqual(expect.arrayContaining(SEED_PEOPLE));
  });

  it('names every leader of the corpus articles in one of its forms', () => {
    // Guards against a typo in a form: each registry leader must be findable in the seed corpus.
    const registry = loadRegistry(realJson, 'corpus/leaders.json');
    const dir = 'corpus/articles/';
    const text = ['000_8dffa88fda23db17', '001_934c8d96b2ae570d', '002_556d5bdfab724e9e', '003_73471ccb4a1099fa', '004_7b1fe3742d0cdee1']
      .map((f) => readFileSync(`${dir}${f}.txt`, 'utf8').normalize('NFC'))
      .join('\n');
    for (const leader of registry.leaders.filter((l) => SEED_PEOPLE.includes(l.id))) {
      expect(leader.forms.some((form) => text.includes(form)), leader.id).toBe(true);
    }
  });

  it('fills defaults: short and offices may be left out', () => {
    const raw = smallRegistry();
    delete raw.leaders[0]!.short;
    delete raw.leaders[0]!.offices;
    const leader = loadRegistry(raw, 'test.json').leaders[0]!;
    expect(leader.short).toEqual([]);
    expect(leader.offices).toEqual([]);
  });

  it('lets leaders share a form listed as sharedShort by each of them', () => {
    const raw = smallRegistry() as Fixture & { leaders: { sharedShort?: string[] }[] };
    raw.leaders[0]!.sharedShort = ['Li'];
    raw.leaders[1]!.sharedShort = ['LI'];
    const registry = loadRegistry(raw, 'test.json');
    expect(registry.leaders.map((l) => l.sharedShort)).toEqual([['Li'], ['LI']]);
  });

  it('lets a shared short form sit beside another leader\'s short form written with other marks, both marked', () => {
    const raw = smallRegistry() as Fixture & { leaders: { sharedShort?: string[] }[] };
    raw.leaders[0]!.short = ['Vượng'];
    raw.leaders[1]!.sharedShort = ['Vương'];
    expect(loadRegistry(raw, 'test.json').leaders.map((l) => l.sharedShort ?? [])).toEqual([[], ['Vương']]);
    // The same marks, another case: one form, still refused.
    raw.leaders[1]!.sharedShort = ['VƯỢNG'];
    expect(() => loadRegistry(raw, 'test.json')).toThrow(/"VƯỢNG" is also a form of leader "a"/u);
  });

  it.each<[string, (r: Fixture) => void, string]>([
    [
      'a duplicate id',
      (r) => { r.leaders[1]!.id = 'a'; },
      'test.json: leader "a", field "id": duplicate id "a" (leaders[1] repeats leaders[0])',
    ],
    [
      'a full form shared by two leaders, ignoring case and diacritics',
      (r) => { r.leaders[1]!.forms = ['Thongloun Sisoulith', 'TO LÂM']; },
      'test.json: leader "b", field "forms[1]": name form "TO LÂM" is also a form of leader "a" ("Tô Lâm" in name), compared without case and diacritics',
    ],
    [
      'a short form shared with another leader',
      (r) => { r.leaders[1]!.short = ['lam']; },
      'test.json: leader "b", field "short[0]": name form "lam" is also a form of leader "a" ("Lâm" in short[0]), compared without case and diacritics',
    ],
    [
      'a shared short form that is another leader\'s own short form',
      (r) => { (r.leaders[1] as { sharedShort?: string[] }).sharedShort = ['LAM']; },
      'test.json: leader "b", field "sharedShort[0]": name form "LAM" is also a form of leader "a" ("Lâm" in short[0]), compared without case and diacritics',
    ],
    [
      'an office ending before it starts',
      (r) => { r.leaders[0]!.offices = [{ office: 'president', country: 'VN', start: '2021-01-01', end: '2020-01-01' }]; },
      'test.json: leader "a", field "offices[0].end": office "president" ends 2020-01-01 before it starts 2021-01-01',
    ],
    [
      'an attested day outside the term',
      (r) => { r.leaders[0]!.offices = [{ office: 'president', country: 'VN', start: '2021-01-01', end: '2022-01-01', attested: ['2023-05-01'] }]; },
      'test.json: leader "a", field "offices[0].attested[0]": office "president" attested on 2023-05-01, outside its term 2021-01-01..2022-01-01',
    ],
    [
      'an office ending, by month, before the month it starts',
      (r) => { r.leaders[0]!.offices = [{ office: 'president', country: 'VN', start: '2021-05', end: '2021-04' }]; },
      'test.json: leader "a", field "offices[0].end": office "president" ends 2021-04 before it starts 2021-05',
    ],
    [
      'an unknown country on the leader',
      (r) => { r.leaders[0]!.country = 'XX'; },
      'test.json: leader "a", field "country": unknown country "XX" (not in "countries")',
    ],
    [
      'an unknown country on an office',
      (r) => { r.leaders[0]!.offices = [{ office: 'president', country: 'RU', start: '2021-01-01' }]; },
      'test.json: leader "a", field "offices[0].country": unknown country "RU" (not in "countries")',
    ],
    [
      'an office key not in titles',
      (r) => { r.leaders[0]!.offices = [{ office: 'emperor', country: 'VN', start: '2021-01-01' }]; },
      'test.json: leader "a", field "offices[0].office": unknown office "emperor" (not in "titles")',
    ],
    [
      'an impossible date',
      (r) => { r.leaders[0]!.offices = [{ office: 'president', country: 'VN', start: '2024-02-30' }]; },
      'test.json: leader "a", field "offices[0].start": expected a date YYYY-MM-DD (or only a month YYYY-MM or a year YYYY), got "2024-02-30"',
    ],
    [
      'a date in another format',
      (r) => { r.leaders[0]!.offices = [{ office: 'president', country: 'VN', start: '22/05/2024' }]; },
      'test.json: leader "a", field "offices[0].start": expected a date YYYY-MM-DD (or only a month YYYY-MM or a year YYYY), got "22/05/2024"',
    ],
    [
      'a missing name',
      (r) => { delete r.leaders[0]!.name; },
      'test.json: leader "a", field "name": Invalid input: expected string, received undefined',
    ],
    [
      'a missing id (the entry is named by its index)',
      (r) => { delete r.leaders[0]!.id; },
      'test.json: leader at leaders[0], field "id": Invalid input: expected string, received undefined',
    ],
    [
      'an id that is not an ascii slug',
      (r) => { r.leaders[0]!.id = 'Tô Lâm'; },
      'test.json: leader "Tô Lâm", field "id": must be an ascii slug like "to-lam"',
    ],
    [
      'an unknown field (a typo would otherwise be ignored silently)',
      (r) => { r.leaders[0]!.shorts = ['Lâm']; },
      'test.json: leader "a", field "shorts": Unrecognized key: "shorts"',
    ],
    [
      'a blank name form',
      (r) => { r.leaders[0]!.forms = ['Tô Lâm', '  ']; },
      'test.json: leader "a", field "forms[1]": must not be empty',
    ],
    [
      'no full form',
      (r) => { r.leaders[0]!.forms = []; },
      'test.json: leader "a", field "forms": needs at least one full name form',
    ],
    [
      'no source',
      (r) => { r.leaders[0]!.sources = []; },
      'test.json: leader "a", field "sources": needs at least one source (URL or publication name)',
    ],
    [
      'a day of death that is no calendar day',
      (r) => { r.leaders[0]!.died = '2024-02-30'; },
      'test.json: leader "a", field "died": expected a date YYYY-MM-DD, got "2024-02-30"',
    ],
    [
      'a country code that is not ISO alpha-2',
      (r) => { (r.countries as Record<string, unknown>)['vn'] = { vi: ['Việt Nam'], en: ['Vietnam'] }; },
      'test.json: field "countries.vn": country codes are ISO-3166 alpha-2, e.g. "VN"',
    ],
    [
      'a format version it does not know',
      (r) => { (r as { version: number }).version = 2; },
      'test.json: field "version": unsupported registry version 2 (this build reads version 1)',
    ],
  ])('rejects %s', (_what, mutate, expected) => {
    expect(messageOf(mutate)).toBe(expected);
  });

  it('rejects input that is not an object', () => {
    expect(() => loadRegistry(null, 'test.json')).toThrow('test.json: field "(root)": Invalid input: expected object, received null');
  });

  it('reports every problem, one per line, and lists them on the error', () => {
    const registry = smallRegistry();
    registry.leaders[0]!.country = 'XX';
    registry.leaders[1]!.id = 'a';
    let caught: unknown;
    try {
      loadRegistry(registry, 'test.json');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RegistryError);
    const error = caught as RegistryError;
    expect(error.message.split('\n')).toEqual([
      'test.json: leader "a", field "id": duplicate id "a" (leaders[1] repeats leaders[0])',
      'test.json: leader "a", field "country": unknown country "XX" (not in "countries")',
    ]);
    expect(error.problems.map((p) => [p.leaderId, p.field])).toEqual([
      ['a', 'id'],
      ['a', 'country'],
    ]);
    expect(error.source).toBe('test.json');
  });

  it('allows forms of one leader that fold to the same text (with and without diacritics)', () => {
    expect(() => loadRegistry(smallRegistry(), 'test.json')).not.toThrow();
  });
});
