import { periodOf } from '../model/partial-date';
import type { IsoDate, Leader, Office, Registry } from './schema';

/**
 * The first and last day an office is known to have been held, or null where no source fixes a
 * bound. An unknown `start` falls back to the earliest attested day, an unknown `end` to the
 * latest: both are facts, so we never claim more than the sources show. `last` is inclusive;
 * `end` itself is the successor's first day. A bound known only by month or year (`start:
 * '2026-04'`) gives the days it certainly covers: the term began by the period's last day, and a
 * term that ended in a month was certainly held up to the day before that month.
 *
 * @example
 * knownTerm({ office: 'president', country: 'LA', start: '2021-03-22', attested: ['2026-02-25'] });
 * // { first: '2021-03-22', last: '2026-02-25', ongoing: false }
 */
export function knownTerm(office: Office): Readonly<{ first: IsoDate | null; last: IsoDate | null; ongoing: boolean }> {
  let term = terms.get(office);
  if (!term) {
    term = Object.freeze(computeTerm(office));
    terms.set(office, term);
  }
  return term;
}

// Asked for every office of every leader each time a title is resolved (1k people: most of the
// lookups' time went into sorting and parsing the same dates). An office is never changed once
// loaded, so its term is worked out once.
const terms = new WeakMap<Office, Readonly<{ first: IsoDate | null; last: IsoDate | null; ongoing: boolean }>>();

function computeTerm(office: Office): { first: IsoDate | null; last: IsoDate | null; ongoing: boolean } {
  const attested = [...(office.attested ?? [])].sort();
  const startBy = office.start === undefined ? undefined : periodOf(office.start)?.last;
  // An attested day inside the start's period is certain earlier than the period's end.
  const first = [startBy, attested[0]].filter((day): day is IsoDate => day !== undefined).sort()[0] ?? null;
  if (office.end === null) return { first, last: null, ongoing: true };
  const endFrom = office.end === undefined ? undefined : periodOf(office.end)?.first;
  const last = endFrom !== undefined ? daysBefore(endFrom, 1) : (attested[attested.length - 1] ?? null);
  const lastAttested = attested[attested.length - 1];
  return { first, last: lastAttested !== undefined && last !== null && lastAttested > last ? lastAttested : last, ongoing: false };
}

/**
 * `office` with only the attested days {@link knownTerm} reads, its first and last: the same term
 * for every lookup of this module. The corpus build reads articles again with the people it found
 * in them (src/corpus/corpus-merge.ts); their offices are attested on the days of the articles
 * that title them, and a new article on a day inside the term must not make every earlier reading
 * stale. Keep this next to `knownTerm`: it is right only while `knownTerm` reads nothing else.
 *
 * @example
 * termBoundsOnly({ office: 'prime-minister', country: 'KH', attested: ['2024-03-01', '2023-09-02', '2025-01-05'] });
 * // { office: 'prime-minister', country: 'KH', attested: ['2023-09-02', '2025-01-05'] }
 */
export function termBoundsOnly(office: Office): Office {
  if (office.attested === undefined || office.attested.length <= 2) return office;
  const attested = [...office.attested].sort();
  return { ...office, attested: [attested[0]!, attested[attested.length - 1]!] };
}

/**
 * The day `n` days before `day` (YYYY-MM-DD), in UTC: terms end the day before a successor's
 * first, and a title outlives its term by a few weeks (corpus/infer-year.ts).
 *
 * @example
 * daysBefore('2024-03-01', 1); // '2024-02-29'
 */
export function daysBefore(day: IsoDate, n: number): IsoDate {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

/**
 * True when the sources show `office` held on `date`, or show when it began (its start, else its
 * first attested day) and leave its end out ("not confirmed"): a day after the last attested one
 * may still be in the term. A year told by
 * elimination (corpus/infer-year.ts) must not count such a day out. The start side stays as
 * {@link knownTerm} reads it: a term with no start given is not stretched back over years (a
 * second term "since 2026", day unknown, would otherwise cover every earlier year).
 *
 * @example
 * mayHaveHeldOn({ office: 'governor-general', country: 'AU', start: '2024-07-01', attested: ['2025-05-13'] }, '2025-09-10'); // true
 * mayHaveHeldOn({ office: 'governor-general', country: 'AU', start: '2024-07-01', attested: ['2025-05-13'] }, '2024-06-30'); // false
 */
export function mayHaveHeldOn(office: Office, date: IsoDate): boolean {
  if (heldOn(office, date)) return true;
  const { first } = knownTerm(office);
  return office.end === undefined && first !== null && date >= first;
}

/** True when the sources show `office` held on `date` (YYYY-MM-DD). */
export function heldOn(office: Office, date: IsoDate): boolean {
  const { first, last, ongoing } = knownTerm(office);
  if (first === null || date < first) return false;
  return ongoing || (last !== null && date <= last);
}

/**
 * The offices `leader` held on `date` (YYYY-MM-DD), in registry order; [] when none is known.
 * A term includes its start day and excludes its end day (the successor's first day).
 *
 * @example
 * officesOn(leaderById(registry, 'to-lam')!, '2024-09-01').map((o) => o.office);
 * // ['president', 'general-secretary']
 */
export function officesOn(leader: Leader, date: IsoDate): Office[] {
  return leader.offices.filter((office) => heldOn(office, date));
}

/**
 * The offices `leader` held on `date`, or every office they ever held when the day is unknown: what
 * a title in an article may stand for ("the two prime ministers", "President X" in an undated story).
 */
export function officesHeldOnOrEver(leader: Leader, date: IsoDate | null): Office[] {
  return date ? officesOn(leader, date) : leader.offices;
}

/**
 * Whoever held office `officeKey` (a key of `registry.titles`) of `country` (ISO alpha-2) on `date`.
 * Usually one leader; several for collective offices ("secretariat-member") or none when the
 * holder is not in the registry or no source fixes the date. Resolves a bare title on a page:
 * "Chủ tịch nước Lào" on 2024-11-08 → Thongloun Sisoulith.
 *
 * @example
 * holderOf(registry, 'general-secretary', 'VN', '2023-06-01').map((l) => l.id); // ['nguyen-phu-trong']
 * holderOf(registry, 'president', 'LA', '2024-11-08').map((l) => l.id); // ['thongloun-sisoulith']
 */
export function holderOf(registry: Registry, officeKey: string, country: string, date: IsoDate): Leader[] {
  return everHolders(registry.leaders, officeKey, country).filter((leader) =>
    leader.offices.some((office) => office.office === officeKey && office.country === country && heldOn(office, date)),
  );
}

// A bare title is resolved for nearly every sentence that has one, and a search through 1k people
// each time was a twentieth of the corpus build. Keyed by the list, which a registry never changes
// once loaded (as leaders.ts, leaderById).
const holderIndexes = new WeakMap<readonly Leader[], Map<string, Map<string, Leader[]>>>();

/**
 * Whether the registry lists anyone who ever held `officeKey` of `country`: where it does, a name
 * it lacks under that office is more likely a misspelling than a holder it does not know.
 */
export function registryCoversOffice(registry: Registry, officeKey: string, country: string): boolean {
  return everHolders(registry.leaders, officeKey, country).length > 0;
}

/** The leaders who ever held `officeKey` of `country`, in registry order. */
function everHolders(leaders: readonly Leader[], officeKey: string, country: string): readonly Leader[] {
  let byOffice = holderIndexes.get(leaders);
  if (!byOffice) {
    byOffice = new Map();
    for (const leader of leaders) {
      for (const office of leader.offices) {
        const byCountry = byOffice.get(office.office) ?? new Map<string, Leader[]>();
        byOffice.set(office.office, byCountry);
        const holders = byCountry.get(office.country) ?? [];
        byCountry.set(office.country, holders);
        if (holders.at(-1) !== leader) holders.push(leader);
      }
    }
    holderIndexes.set(leaders, byOffice);
  }
  return byOffice.get(officeKey)?.get(country) ?? [];
}
