import { daysBefore, knownTerm, mayHaveHeldOn, leaderById, type Office, type Registry } from '../registry';
import { periodOf } from '../model/partial-date';

/** A leader named with titles in an article: "Chủ tịch nước Lương Cường" → president. */
export interface TitledName {
  leaderId: string;
  offices: string[];
  country: string | null;
  /** Titled so in the headline or the lead's first paragraph: one of the story's own actors, titled as of its day. */
  inLead?: boolean;
}


function isoDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/**
 * The year of a day/month the article gives without one, from the offices its named leaders held:
 * the years in which every "title + name" in the article was true on that day. One such year →
 * that year. Several → the one within the first year of a term only when the article says one of
 * those leaders has just taken office (`newInOffice`, see new-in-office.ts), and only one is;
 * else no year, because a guess would be invented. Never a day after `latest` (today, or a date
 * the article cannot be later than).
 *
 * @example
 * inferYear(registry, [{ leaderId: 'luong-cuong', offices: ['president'], country: 'VN' }], true, '2026-11-23')(11, 8)
 * // { year: 2024, reason: '…' }
 */
export function inferYear(
  registry: Registry,
  titled: readonly TitledName[],
  newInOffice: boolean,
  latest: string,
): (month: number, day: number) => { year: number; reason: string } | null {
  return (month, day) => {
    if (titled.length === 0) return null;
    const lastYear = Number(latest.slice(0, 4));
    const candidates: number[] = [];
    for (let year = 1945; year <= lastYear; year++) {
      const date = isoDay(year, month, day);
      if (!date || date > latest) continue;
      const allHeld = titled.every((t) => {
        const leader = leaderById(registry, t.leaderId);
        return (
          leader !== undefined &&
          t.offices.every((office) =>
            // A term whose end no source gives may go on past its last attested day: such a day is
            // not counted out (a year is told only where every other year is ruled out).
            leader.offices.some((o) => o.office === office && (t.country === null || o.country === t.country) && mayHaveHeldOn(o, date)),
          )
        );
      });
      if (allHeld) candidates.push(year);
    }
    const names = titled.map((t) => `${t.leaderId} as ${t.offices.join('+')}`).join(', ');
    if (candidates.length === 1) return { year: candidates[0]!, reason: `the only year in which ${names}` };
    if (candidates.length > 1 && newInOffice) {
      // "Newly appointed": a year within the first one of a term, and only one such year (a second
      // term of the same office makes two, and then no year can be told).
      const fresh = candidates.filter((year) => {
        const date = isoDay(year, month, day)!;
        return titled.some((t) =>
          (leaderById(registry, t.leaderId)?.offices ?? []).some(
            (o) => t.offices.includes(o.office) && (t.country === null || o.country === t.country) && o.start !== undefined && o.start <= date && o.start >= daysBefore(date, NEW_IN_OFFICE_DAYS),
          ),
        );
      });
      if (fresh.length === 1) return { year: fresh[0]!, reason: `the first year of a term in which ${names}, and the article says the office is new` };
    }
    return null;
  };
}

/** How long after a term's start the press calls its holder new ("newly appointed", "tân"). */
const NEW_IN_OFFICE_DAYS = 366;

/** Days a title may outlive its term in the news: a report published soon after a hand-over still titles the one who left. */
const TITLE_AFTERLIFE_DAYS = 90;

/**
 * Why `date` cannot be the day of an article that names these people with these titles, or null
 * when it can. Read for a publication stamp, which a page's own furniture can fake (a site widget
 * showing the day the page was read, years after the story): when every titled name whose terms
 * the sources bound on both sides (an explicit start, and an end or "still held") was out of that
 * office on that day and in the {@link TITLE_AFTERLIFE_DAYS} before it, the stamp is not the
 * article's. Any titled name in office near that day keeps the stamp; names with an unknown start or
 * end, and people the corpus found (their terms are only the days articles titled them), never
 * contradict it: a doubt keeps the stamp.
 *
 * @example
 * // "Bộ trưởng Bộ Quốc phòng Ngô Xuân Lịch" (minister until April 2021) under a stamp "18/03/2026":
 * titlesContradict(registry, [{ leaderId: 'ngo-xuan-lich', offices: ['defence-minister'], country: 'VN' }], '2026-03-18')
 * // 'ngo-xuan-lich did not hold defence-minister on 2026-03-18 or in the 90 days before'
 */
export function titlesContradict(registry: Registry, titled: readonly TitledName[], date: string, leadDecides = false): string | null {
  const from = daysBefore(date, TITLE_AFTERLIFE_DAYS);
  const decisive: string[] = [];
  let kept = false;
  let leadDecisive = false;
  for (const t of titled) {
    const leader = leaderById(registry, t.leaderId);
    if (leader === undefined) continue;
    const terms = t.offices.map((office) => leader.offices.filter((o) => o.office === office && (t.country === null || o.country === t.country)));
    if (terms.every((ts) => ts.some((o) => overlaps(o, from, date)))) {
      kept = true;
      continue;
    }
    // Out of office then, as far as the sources show: a contradiction only when they bound every term on both sides.
    if (terms.some((ts) => ts.length === 0 || ts.some((o) => !boundedTerm(o)))) continue;
    decisive.push(`${t.leaderId} did not hold ${t.offices.join('+')} on ${date} or in the ${TITLE_AFTERLIFE_DAYS} days before`);
    leadDecisive ||= leadDecides && t.inLead === true;
  }
  // A name titled in office near that day keeps the stamp, unless the lead's own actor could not be
  // titled so then: "Sáng 9/2, Thủ tướng Lý Hiển Long chủ trì Lễ đón …" under a site clock of 2025.
  return decisive.length > 0 && (!kept || leadDecisive) ? decisive.join('; ') : null;
}

/**
 * Why an article that names these people with these titles cannot be of `date`, or null: one of
 * them took that office only later. An article titles people as of its own day, so it is never
 * older than the start of an office it gives. Read for a year the article states elsewhere (a
 * full date further down may recall an older event: "The previous round took place on January 22,
 * 2019" lends 2019 to the lead's "February 1", three months before "External Affairs Minister S
 * Jaishankar" took office). Only offices whose every term the sources start, explicitly, after
 * that day contradict it; found people (terms only attested) and a term without a start never do.
 *
 * @example
 * // "External Affairs Minister S Jaishankar" (minister from 2019-05-30) on 2019-02-01:
 * titledBeforeOffice(registry, [{ leaderId: 'subrahmanyam-jaishankar', offices: ['foreign-minister'], country: 'IN' }], '2019-02-01')
 * // 'subrahmanyam-jaishankar took foreign-minister only after 2019-02-01'
 */
export function titledBeforeOffice(registry: Registry, titled: readonly TitledName[], date: string): string | null {
  for (const t of titled) {
    const leader = leaderById(registry, t.leaderId);
    if (leader === undefined) continue;
    for (const office of t.offices) {
      const terms = leader.offices.filter((o) => o.office === office && (t.country === null || o.country === t.country));
      const later = terms.length > 0 && terms.every((o) => o.start !== undefined && (periodOf(o.start)?.first ?? '') > date);
      if (later) return `${t.leaderId} took ${office} only after ${date}`;
    }
  }
  return null;
}

function boundedTerm(office: Office): boolean {
  return office.start !== undefined && office.end !== undefined;
}

/** The office's known term meets the days from `from` to `to` (inclusive). */
function overlaps(office: Office, from: string, to: string): boolean {
  const { first, last, ongoing } = knownTerm(office);
  return first !== null && first <= to && (ongoing || (last !== null && last >= from));
}
