/**
 * A synthetic leaders registry shaped like `corpus/leaders.json` (schema in src/registry/schema.ts):
 * the same `titles` / `countries` / `leaders[].offices` layout, so the real loader validates it and
 * the pipeline does the same work per name as with the real file. Every office slot (country ×
 * office) has a chain of holders from 2015 to today, so a bare title ("Thủ tướng Lào") in an
 * article has exactly one right answer on the article's date, as in the real world.
 *
 * Like the real registry (corpus/registry/*.json: 295 people, 499 offices, two in five people with
 * more than one, offices with notes and attested days, two or three sources each), people carry
 * sourced facts: a second office for some (a seat in the Politburo, an earlier deputy
 * premiership), notes, days a source shows them in office, and source URLs. Titles the registry
 * knows but nobody in it holds (a defence minister) are what articles title people outside it with.
 */
import { createRng, type Rng, type Seed } from './synthetic-random';
import { foldToAscii, generateNames, type NameKind, type SyntheticName } from './synthetic-names';

export interface SyntheticCountry {
  code: string;
  vi: string[];
  en: string[];
  /** Where its leaders are received, for "tại Vientiane". */
  capital: string;
  names: NameKind;
  /** Office keys that exist in this country, each a slot with a chain of holders. */
  offices: string[];
  /** The word of a name the press uses alone for people found in the corpus (registry schema). */
  laterNameToken?: 'first' | 'last';
}

export const SYNTHETIC_TITLES: Record<string, { vi: string[]; en: string[] }> = {
  'general-secretary': { vi: ['Tổng Bí thư', 'Tổng Bí thư Ban Chấp hành Trung ương Đảng'], en: ['General Secretary', 'Party Chief'] },
  president: { vi: ['Chủ tịch nước', 'Tổng thống'], en: ['President', 'State President'] },
  'prime-minister': { vi: ['Thủ tướng', 'Thủ tướng Chính phủ'], en: ['Prime Minister', 'PM'] },
  'na-chairman': { vi: ['Chủ tịch Quốc hội'], en: ['Chairman of the National Assembly', 'NA Chairman'] },
  'deputy-prime-minister': { vi: ['Phó Thủ tướng'], en: ['Deputy Prime Minister'] },
  'foreign-minister': { vi: ['Bộ trưởng Ngoại giao', 'Ngoại trưởng'], en: ['Foreign Minister', 'Minister of Foreign Affairs'] },
  king: { vi: ['Quốc vương'], en: ['King'] },
  // A collective office: many hold it at once, so it never names one person alone.
  'politburo-member': { vi: ['Ủy viên Bộ Chính trị'], en: ['Politburo member', 'member of the Politburo'] },
  // Offices nobody in the registry holds: articles title people outside it with them
  // ("Bộ trưởng Quốc phòng Australia Richard Marles"), and the build finds those people.
  'defence-minister': { vi: ['Bộ trưởng Quốc phòng'], en: ['Defence Minister', 'Minister of Defence'] },
  'trade-minister': { vi: ['Bộ trưởng Công Thương'], en: ['Minister of Industry and Trade', 'Trade Minister'] },
};

const WEST = ['president', 'prime-minister', 'foreign-minister'];
export const SYNTHETIC_COUNTRIES: SyntheticCountry[] = [
  { code: 'VN', vi: ['Việt Nam'], en: ['Vietnam', 'Viet Nam'], capital: 'Hà Nội', names: 'vietnamese',
    offices: ['general-secretary', 'president', 'prime-minister', 'na-chairman', 'deputy-prime-minister', 'foreign-minister'] },
  { code: 'LA', vi: ['Lào', 'Cộng hòa Dân chủ Nhân dân Lào'], en: ['Laos', 'Lao PDR'], capital: 'Vientiane', names: 'lao',
    offices: ['general-secretary', 'president', 'prime-minister', 'na-chairman', 'foreign-minister'], laterNameToken: 'first' },
  { code: 'KH', vi: ['Campuchia', 'Vương quốc Campuchia'], en: ['Cambodia'], capital: 'Phnom Penh', names: 'lao',
    offices: ['king', 'prime-minister', 'na-chairman'] },
  { code: 'TH', vi: ['Thái Lan', 'Vương quốc Thái Lan'], en: ['Thailand'], capital: 'Bangkok', names: 'lao', offices: ['king', 'prime-minister'], laterNameToken: 'first' },
  { code: 'RU', vi: ['Nga', 'Liên bang Nga'], en: ['Russia', 'Russian Federation'], capital: 'Moskva', names: 'western', offices: WEST, laterNameToken: 'last' },
  { code: 'US', vi: ['Hoa Kỳ', 'Mỹ'], en: ['United States'], capital: 'Washington', names: 'western', offices: ['president', 'foreign-minister'], laterNameToken: 'last' },
  { code: 'FR', vi: ['Pháp', 'Cộng hòa Pháp'], en: ['France'], capital: 'Paris', names: 'western', offices: WEST, laterNameToken: 'last' },
  { code: 'DE', vi: ['Đức', 'Cộng hòa Liên bang Đức'], en: ['Germany'], capital: 'Berlin', names: 'western', offices: WEST, laterNameToken: 'last' },
  { code: 'PL', vi: ['Ba Lan'], en: ['Poland'], capital: 'Warszawa', names: 'western', offices: WEST, laterNameToken: 'last' },
  { code: 'HU', vi: ['Hungary'], en: ['Hungary'], capital: 'Budapest', names: 'western', offices: WEST, laterNameToken: 'last' },
  { code: 'BR', vi: ['Brazil'], en: ['Brazil'], capital: 'Brasília', names: 'western', offices: ['president', 'foreign-minister'], laterNameToken: 'last' },
  { code: 'AU', vi: ['Australia', 'Ô-xtrây-li-a'], en: ['Australia'], capital: 'Canberra', names: 'western', offices: ['prime-minister', 'foreign-minister'], laterNameToken: 'last' },
  { code: 'CZ', vi: ['Séc', 'Cộng hòa Séc'], en: ['Czech Republic', 'Czechia'], capital: 'Praha', names: 'western', offices: WEST, laterNameToken: 'last' },
  { code: 'IT', vi: ['Italy', 'I-ta-li-a'], en: ['Italy'], capital: 'Rome', names: 'western', offices: WEST, laterNameToken: 'last' },
];

/** The period every synthetic term chain covers; articles are dated inside it. */
export const TIMELINE_START = '2015-01-01';
export const TIMELINE_AS_OF = '2026-10-31';

export interface SyntheticOffice {
  office: string;
  country: string;
  start: string;
  /** `null`: still held on {@link TIMELINE_AS_OF}. */
  end: string | null;
}

export interface SyntheticLeader {
  id: string;
  name: SyntheticName;
  country: SyntheticCountry;
  /** The short form articles may use ("ông Hùng"), or null when it would be ambiguous. */
  short: string | null;
  office: SyntheticOffice;
}

export interface SyntheticRegistry {
  leaders: SyntheticLeader[];
  /** The registry as JSON text, in the shape of `corpus/leaders.json`. */
  json: string;
}

export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

export function isoFromDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function slugify(text: string): string {
  return foldToAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * `count` synthetic leaders spread over every office slot (at least one holder per slot, so the
 * count is raised to the number of slots when lower), with registry JSON that passes the project's
 * registry validation: distinct ids, distinct folded name forms, terms that end after they start.
 * `legacy` leaves out the fields older engines' loaders refuse (`home`, `laterNameToken`).
 */
export function generateRegistry(count: number, seed: Seed, options: { legacy?: boolean } = {}): SyntheticRegistry {
  const rng = createRng(seed).fork('registry');
  const slots = SYNTHETIC_COUNTRIES.flatMap((country) => country.offices.map((office) => ({ country, office })));
  const holders = slots.map(() => 1);
  for (let extra = Math.max(0, count - slots.length); extra > 0; extra--) {
    const i = rng.int(0, slots.length - 1);
    holders[i] = (holders[i] ?? 1) + 1;
  }

  // Names per naming tradition, drawn once so they are distinct across the whole registry.
  const wanted: Record<NameKind, number> = { vietnamese: 0, lao: 0, western: 0 };
  slots.forEach((slot, i) => (wanted[slot.country.names] += holders[i] ?? 1));
  const pools: Record<NameKind, SyntheticName[]> = {
    vietnamese: generateNames(wanted.vietnamese, { seed: `${String(seed)}/vi`, mix: { vietnamese: 1, lao: 0, western: 0 } }),
    lao: generateNames(wanted.lao, { seed: `${String(seed)}/lao`, mix: { vietnamese: 0, lao: 1, western: 0 } }),
    western: generateNames(wanted.western, { seed: `${String(seed)}/west`, mix: { vietnamese: 0, lao: 0, western: 1 } }),
  };

  const start = dayNumber(TIMELINE_START);
  const asOf = dayNumber(TIMELINE_AS_OF);
  const taken = new Set<string>();
  const leaders: SyntheticLeader[] = [];
  slots.forEach((slot, i) => {
    const n = holders[i] ?? 1;
    // Hand-over days: n-1 distinct sorted days strictly inside the timeline.
    const cuts = new Set<number>();
    while (cuts.size < n - 1) cuts.add(rng.int(start + 30, asOf - 30));
    const bounds = [start, ...[...cuts].sort((a, b) => a - b), asOf];
    for (let k = 0; k < n; k++) {
      const name = pools[slot.country.names].pop();
      if (!name) throw new Error('synthetic: ran out of names for the registry');
      taken.add(name.ascii.toLowerCase());
      leaders.push({
        id: slugify(name.full),
        name,
        country: slot.country,
        short: name.short,
        office: {
          office: slot.office,
          country: slot.country.code,
          start: isoFromDay(bounds[k] as number),
          end: k === n - 1 ? null : isoFromDay(bounds[k + 1] as number),
        },
      });
    }
  });

  // The loader rejects a name form shared by two leaders (the matcher could not tell them apart).
  // Real registries solve that by leaving the ambiguous short form out, and so do we: the first
  // leader keeps "Hùng", later ones are only ever called by full name or title.
  const shortOwner = new Set<string>();
  for (const leader of leaders) {
    const key = foldToAscii(leader.name.short).toLowerCase();
    if (shortOwner.has(key) || taken.has(key)) leader.short = null;
    else shortOwner.add(key);
  }

  // The sourced facts come from streams of their own, so the people, names and terms above are
  // those of registries written before these facts existed.
  const facts = createRng(seed).fork('registry-facts');
  const json = {
    version: 1,
    asOf: TIMELINE_AS_OF,
    // Registries before the found-people work had neither field, and their loaders refuse them.
    ...(options.legacy ? {} : { home: 'VN' }),
    titles: SYNTHETIC_TITLES,
    countries: Object.fromEntries(
      SYNTHETIC_COUNTRIES.map((c) => [c.code, { vi: c.vi, en: c.en, ...(c.laterNameToken && !options.legacy ? { laterNameToken: c.laterNameToken } : {}) }]),
    ),
    leaders: leaders.map((l) => ({
      id: l.id,
      name: l.name.full,
      country: l.country.code,
      forms: unique([l.name.full, l.name.ascii]),
      short: l.short === null ? [] : unique([l.short, foldToAscii(l.short)]),
      offices: officesOf(l, facts),
      sources: sourcesOf(l, facts),
    })),
  };
  return { leaders, json: `${JSON.stringify(json, null, 2)}\n` };
}

const OUTLETS = ['https://baochinhphu.vn', 'https://nhandan.vn', 'https://vnanet.vn/en', 'https://tuoitre.vn', 'https://vietnamnews.vn'];

/**
 * A person's offices as the registry records them: the one their chain gives, with a note and
 * days a source shows them in it for some; and for two in five a second one, a seat in the
 * Politburo held through the term (Vietnam, Laos) or a deputy premiership before it (elsewhere).
 */
function officesOf(leader: SyntheticLeader, rng: Rng): Record<string, unknown>[] {
  const { office } = leader;
  const start = dayNumber(office.start);
  const end = office.end === null ? dayNumber(TIMELINE_AS_OF) : dayNumber(office.end);
  const main: Record<string, unknown> = { ...office };
  if (rng.chance(0.3) && end - start > 2) {
    const days = new Set<string>();
    const n = rng.int(1, 3);
    for (let i = 0; i < n; i++) days.add(isoFromDay(rng.int(start, end - 1)));
    main.attested = [...days].sort();
  }
  if (rng.chance(0.6)) main.note = `${rng.pick(['elected', 'appointed', 'approved'])} on ${office.start}; synthetic`;
  const offices = [main];
  if (rng.chance(0.4)) {
    const years = rng.int(1, 4) * 365;
    if (leader.country.code === 'VN' || leader.country.code === 'LA') {
      offices.push({ office: 'politburo-member', country: leader.country.code, start: isoFromDay(start - years), end: office.end, note: 'synthetic' });
    } else {
      offices.push({ office: 'deputy-prime-minister', country: leader.country.code, start: isoFromDay(start - years), end: office.start, note: 'synthetic' });
    }
  }
  return offices;
}

/** One to four source URLs, as the real registry's people have two or three on average. */
function sourcesOf(leader: SyntheticLeader, rng: Rng): string[] {
  const n = rng.int(1, 4);
  return Array.from({ length: n }, (_, i) => `${rng.pick(OUTLETS)}/${leader.id}-${i + 1}.html`);
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
