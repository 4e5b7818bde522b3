import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { worldCountries, type CountryNamesSource } from '../../src/registry/world-countries';

const require = createRequire(import.meta.url);

const world = (over: Partial<CountryNamesSource['world'][number]>): CountryNamesSource['world'][number] => ({
  cca2: 'TR',
  independent: true,
  region: 'Asia',
  name: { common: 'Türkiye', official: 'Republic of Türkiye' },
  demonyms: { eng: { f: 'Turkish', m: 'Turkish' } },
  ...over,
});

describe('worldCountries', () => {
  it('names each sovereign state no registry file declares, in both languages, with its English demonym', () => {
    const part = worldCountries(
      {
        vi: { NO: 'Na Uy', VN: 'Việt Nam', PS: ['Lãnh thổ Palestine, bị chiếm đóng'], GU: 'Guam' },
        en: { NO: 'Norway', VN: 'Vietnam', PS: 'Palestine', GU: 'Guam' },
        world: [
          world({ cca2: 'NO', region: 'Europe', name: { common: 'Norway', official: 'Kingdom of Norway' }, demonyms: { eng: { f: 'Norwegian', m: 'Norwegian' } } }),
          world({ cca2: 'VN', name: { common: 'Vietnam', official: 'Socialist Republic of Vietnam' } }),
          // A territory, not a state: left out.
          world({ cca2: 'GU', independent: false, name: { common: 'Guam', official: 'Guam' } }),
          // Not marked independent, but written of as a state: kept, with the press's form.
          world({ cca2: 'PS', independent: false, name: { common: 'Palestine', official: 'State of Palestine' }, demonyms: { eng: { f: 'Palestinian', m: 'Palestinian' } } }),
        ],
      },
      new Set(['VN']),
    );
    expect(Object.keys(part.countries)).toEqual(['NO', 'PS']);
    expect(part.countries.NO).toEqual({ vi: ['Na Uy'], en: ['Norway', 'Kingdom of Norway', 'Norwegian'], laterNameToken: 'last' });
    // CLDR's descriptive Vietnamese name (a comma, a clause) is no name the press writes.
    expect(part.countries.PS).toEqual({ vi: ['Palestine'], en: ['Palestine', 'State of Palestine', 'Palestinian'] });
    expect(part.sources.length).toBeGreaterThan(0);
  });

  it('gives the family name for later mentions only where the press writes it last', () => {
    const both = worldCountries(
      {
        vi: { TR: 'Thổ Nhĩ Kỳ', SA: 'Ả Rập Xê Út', MN: 'Mông Cổ' },
        en: { TR: 'Turkey', SA: 'Saudi Arabia', MN: 'Mongolia' },
        world: [
          world({}),
          world({ cca2: 'SA', region: 'Asia', name: { common: 'Saudi Arabia', official: 'Kingdom of Saudi Arabia' }, demonyms: { eng: { f: 'Saudi Arabian', m: 'Saudi Arabian' } } }),
          world({ cca2: 'MN', region: 'Asia', name: { common: 'Mongolia', official: 'Mongolia' }, demonyms: { eng: { f: 'Mongolian', m: 'Mongolian' } } }),
        ],
      },
      new Set(),
    );
    expect(both.countries.TR!.laterNameToken).toBe('last');
    // "Crown Prince Mohammed bin Salman": no single word the press repeats.
    expect(both.countries.SA!.laterNameToken).toBeUndefined();
    // "Ukhnaagiin Khurelsukh" is "President Khurelsukh" later: Asia, but the press's own choice.
    expect(both.countries.MN!.laterNameToken).toBe('last');
    expect(both.countries.TR!.en).toEqual(['Türkiye', 'Turkey', 'Republic of Türkiye', 'Turkish']);
  });

  it('writes a leader by the last word of the name where that country\'s press does ("PM Khan", "President Ruto", "Ramaphosa said"), not where the second name is a father\'s ("Abiy") nor for the Gulf\'s royals', () => {
    const world = JSON.parse(readFileSync(join(import.meta.dirname, '../../corpus/registry/world.json'), 'utf8')) as { countries: Record<string, { laterNameToken?: string }> };
    for (const code of ['PK', 'KE', 'ZA', 'NG', 'RW', 'UG', 'TZ', 'ZW', 'EG', 'IQ']) expect([code, world.countries[code]!.laterNameToken]).toEqual([code, 'last']);
    expect(world.countries.ET!.laterNameToken).toBeUndefined();
    expect(world.countries.QA!.laterNameToken).toBeUndefined();
  });

  it('is what corpus/registry/world.json holds (npm run registry:world writes it from the installed datasets)', () => {
    const root = join(import.meta.dirname, '../../corpus');
    const registry = JSON.parse(readFileSync(join(root, 'leaders.json'), 'utf8')) as { include: string[]; countries: object };
    const declared = new Set<string>(Object.keys(registry.countries));
    for (const part of registry.include.filter((p) => p !== 'registry/world.json')) {
      for (const code of Object.keys((JSON.parse(readFileSync(join(root, part), 'utf8')) as { countries?: object }).countries ?? {})) declared.add(code);
    }
    const source: CountryNamesSource = {
      vi: (require('i18n-iso-countries/langs/vi.json') as { countries: CountryNamesSource['vi'] }).countries,
      en: (require('i18n-iso-countries/langs/en.json') as { countries: CountryNamesSource['en'] }).countries,
      world: require('world-countries/countries.json') as CountryNamesSource['world'],
    };
    expect(JSON.parse(readFileSync(join(root, 'registry/world.json'), 'utf8'))).toEqual(worldCountries(source, declared));
  });
});
