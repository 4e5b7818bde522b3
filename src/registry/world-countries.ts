/**
 * The names of the world's countries, for the countries no registry file covers with its people.
 *
 * Why: an office-holder from outside the registry's scope is still a person the corpus finds from
 * their title ("Turkish Foreign Minister Hakan Fidan", "Thủ tướng New Zealand Christopher
 * Luxon"). Without the country's name known, the Vietnamese name is read with the country glued to
 * it ("New Zealand Christopher Luxon") and neither language gives the person a country, so they
 * never become a person of the index. The names come from two well-kept public datasets, not from
 * our hand: Vietnamese and English short names from `i18n-iso-countries` (its `vi` and `en` locales,
 * from the Unicode CLDR), English official names and the English demonym
 * ("Turkish", "Norwegian") from `world-countries` (mledoze/countries). Only sovereign states are
 * taken (`independent`, as that dataset marks them, and Palestine, which the press writes of as one),
 * and a few forms the Vietnamese and English press write beside the datasets' (`PRESS_FORMS`).
 */
export interface CountryNamesSource {
  /** `i18n-iso-countries/langs/vi.json`'s `countries`: a name or names per alpha-2 code. */
  vi: Readonly<Record<string, string | readonly string[]>>;
  /** `i18n-iso-countries/langs/en.json`'s `countries`. */
  en: Readonly<Record<string, string | readonly string[]>>;
  /** `world-countries/countries.json`. */
  world: readonly {
    cca2: string;
    independent?: boolean | null;
    region?: string;
    name: { common: string; official: string };
    demonyms?: { eng?: { f: string; m: string } };
  }[];
}

/** A registry part holding only countries (the shape `corpus/registry/*.json` files have). */
export interface CountriesPart {
  sources: string[];
  countries: Record<string, { vi: string[]; en: string[]; laterNameToken?: 'last' }>;
}

/**
 * Forms the press writes that the datasets lack ("Gruzia" for Georgia,
 * "Italy" beside "Ý"), read from the press, per alpha-2 code.
 */
export const PRESS_FORMS: Readonly<Record<string, { vi?: readonly string[]; en?: readonly string[]; laterNameToken?: 'last' }>> = {
  GE: { vi: ['Gruzia'] },
  IT: { vi: ['Italy', 'Italia'] },
  CZ: { vi: ['Séc', 'CH Séc'] },
  KP: { vi: ['CHDCND Triều Tiên', 'Cộng hòa Dân chủ Nhân dân Triều Tiên'] },
  PS: { vi: ['Palestine'] },
  VA: { vi: ['Vatican', 'Tòa Thánh Vatican'] },
  TR: { en: ['Turkey'], laterNameToken: 'last' },
  IL: { laterNameToken: 'last' },
  AE: { vi: ['UAE', 'Các Tiểu vương quốc Arab Thống nhất'], en: ['UAE'] },
  NZ: { vi: ['Niu Di-lân'] },
  BY: { vi: ['Belarus'] },
  // The demonyms the English press writes where the dataset gives another ("Kazakh President
  // Tokayev", "Tajik President Rahmon", "the Saudi Crown Prince"); unread, "The Kazakh President"
  // was a president with no country, and so the home country's.
  KZ: { en: ['Kazakh'], laterNameToken: 'last' },
  TJ: { en: ['Tajik'], laterNameToken: 'last' },
  UZ: { en: ['Uzbek'], laterNameToken: 'last' },
  KG: { en: ['Kyrgyz'], laterNameToken: 'last' },
  // Central and South Asia, Iran and Mongolia: once named, a leader is the last word of the name
  // in both presses ("President Tokayev", "Tổng thống Mirziyoyev", "President Wickremesinghe",
  // "Dr. Muizzu", "ông Pezeshkian", "Tổng thống Khurelsukh", "Prime Minister Dahal", "Hasina",
  // "Aliyev", "Pashinyan").
  LK: { laterNameToken: 'last' },
  MV: { laterNameToken: 'last' },
  IR: { laterNameToken: 'last' },
  MN: { laterNameToken: 'last' },
  NP: { laterNameToken: 'last' },
  BD: { laterNameToken: 'last' },
  AZ: { laterNameToken: 'last' },
  AM: { laterNameToken: 'last' },
  // Pakistan and the English-writing press of eastern and southern Africa: "PM Khan", "Sharif said",
  // "President Ruto", "Ramaphosa", "Tinubu", "Kagame" (not Ethiopia, whose second name is a father's:
  // "Abiy").
  PK: { laterNameToken: 'last' },
  KE: { laterNameToken: 'last' },
  ZA: { laterNameToken: 'last' },
  NG: { laterNameToken: 'last' },
  GH: { laterNameToken: 'last' },
  RW: { laterNameToken: 'last' },
  UG: { laterNameToken: 'last' },
  TZ: { laterNameToken: 'last' },
  ZM: { laterNameToken: 'last' },
  ZW: { laterNameToken: 'last' },
  MZ: { laterNameToken: 'last' },
  NA: { laterNameToken: 'last' },
  BW: { laterNameToken: 'last' },
  // Egypt and Iraq: "Sisi", "Shoukry", "Madbouly", "Sudani" (not the Gulf's and Jordan's royals:
  // "Sheikh Tamim", "King Abdullah").
  EG: { laterNameToken: 'last' },
  IQ: { laterNameToken: 'last' },
  SA: { vi: ['Saudi Arabia', 'Ả-rập Xê-út', 'Arab Saudi'], en: ['Saudi'] },
};

/** The regions (as `world-countries` names them) whose people's family name is written last. */
const SURNAME_LAST_REGIONS: ReadonlySet<string> = new Set(['Europe', 'Americas', 'Oceania']);

/** A CLDR entry: one name, or the name first and its variants after. */
function names(entry: string | readonly string[] | undefined): string[] {
  if (entry === undefined) return [];
  return typeof entry === 'string' ? [entry] : [...entry];
}

/**
 * A form the press writes as a country's name: letters, spaces, hyphens, apostrophes and dots only,
 * not an all-capital code ("TR", "USA"), and nothing CLDR adds in parentheses or after a comma
 * ("Lãnh thổ Palestine, bị chiếm đóng").
 */
function isPressForm(form: string): boolean {
  return /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u.test(form) && !/^[\p{Lu}]{2,4}$/u.test(form);
}

/**
 * The countries part for every sovereign state whose code `declared` lacks, each with its
 * Vietnamese and English forms (English: the short and official names and the demonyms; not the
 * dataset's other spellings, mostly the country's own language's, which an English story does not
 * write and every page scan would pay for), sorted by code so the file it is written to changes only when the data does.
 *
 * @example
 * worldCountries(source, new Set(['VN'])).countries.TR; // { vi: ['Thổ Nhĩ Kỳ'], en: ['Türkiye', 'Turkey', …, 'Turkish'] }
 */
export function worldCountries(source: CountryNamesSource, declared: ReadonlySet<string>): CountriesPart {
  const countries: CountriesPart['countries'] = {};
  for (const country of [...source.world].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
    const code = country.cca2;
    if ((country.independent !== true && !Object.hasOwn(PRESS_FORMS, code)) || declared.has(code)) continue;
    const press = PRESS_FORMS[code] ?? {};
    const vi = unique([...names(source.vi[code]), ...(press.vi ?? [])].filter(isPressForm));
    const demonyms = country.demonyms?.eng ? [country.demonyms.eng.m, country.demonyms.eng.f] : [];
    const en = unique(
      [country.name.common, ...names(source.en[code]), ...(press.en ?? []), country.name.official, ...demonyms].filter(isPressForm),
    );
    if (vi.length === 0 || en.length === 0) continue;
    // Once named in full, the press calls a European's, an American's or an Oceanian's office-holder
    // by the family name, written last ("Fidan", "Luxon", "Meloni").
    const lastName = press.laterNameToken === 'last' || (country.region !== undefined && SURNAME_LAST_REGIONS.has(country.region));
    countries[code] = { vi, en, ...(lastName ? { laterNameToken: 'last' as const } : {}) };
  }
  return {
    sources: [
      'i18n-iso-countries (npm, Unicode CLDR country names, locales vi and en): https://github.com/michaelwittig/node-i18n-iso-countries',
      'world-countries (npm, mledoze/countries: official names, spellings, English demonyms, independence): https://github.com/mledoze/countries',
      'PRESS_FORMS in src/registry/world-countries.ts: spellings read in the Vietnamese and English press',
    ],
    countries,
  };
}

function unique(forms: readonly string[]): string[] {
  return [...new Set(forms.map((f) => f.trim()).filter((f) => f !== ''))];
}
