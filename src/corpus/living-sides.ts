/**
 * No one meets anyone after their death. A registry person with a `died` day (Shinzo Abe, 8 July
 * 2022) is still named long after — "the late Prime Minister Abe", "the state funeral of former
 * Prime Minister Shinzo Abe", a wreath laid at a monument — and a sentence that names them beside
 * a visit reads them as its side. The day a meeting was held, as far as its article tells it,
 * settles whether they can be.
 */
import type { Registry } from '../registry';

/** Ids of the registry's people with the day each died, made once per registry. */
const deathsOf = new WeakMap<Registry, ReadonlyMap<string, string>>();

function deaths(registry: Registry): ReadonlyMap<string, string> {
  let map = deathsOf.get(registry);
  if (!map) {
    map = new Map(registry.leaders.flatMap((l) => (l.died === undefined ? [] : [[l.id, l.died] as const])));
    deathsOf.set(registry, map);
  }
  return map;
}

/** What of a meeting tells when it was held. */
export interface HeldWhen {
  when: { date: string | null; approx: string | null };
  status: 'reported' | 'referenced';
}

/**
 * The earliest day a meeting can have been held, as its article tells it: its own day; else the
 * first day of its month or year ("tháng 6/2024", "in 2019"); else, for a meeting the article
 * reports as news, the article's own day. Null for a recalled meeting with no time of its own: it
 * may be from any year, a dead person's lifetime included.
 */
export function earliestHeldDay(meeting: HeldWhen, articleDate: string | null): string | null {
  if (meeting.when.date !== null) return meeting.when.date;
  const approx = meeting.when.approx;
  if (approx !== null && /^\d{4}-\d{2}$/.test(approx)) return `${approx}-01`;
  if (approx !== null && /^\d{4}$/.test(approx)) return `${approx}-01-01`;
  return meeting.status === 'reported' ? articleDate : null;
}

/**
 * The participants of a meeting who were alive on the earliest day it can have been held (all of
 * them when that day is not known).
 *
 * @example
 * livingSides(registry, ['shinzo-abe', 'ranil-wickremesinghe'], '2022-09-27') // ['ranil-wickremesinghe']
 */
export function livingSides(registry: Registry, participants: readonly string[], earliestDay: string | null): string[] {
  if (earliestDay === null) return [...participants];
  const died = deaths(registry);
  if (died.size === 0) return [...participants];
  return participants.filter((id) => {
    const day = died.get(id);
    return day === undefined || day >= earliestDay;
  });
}
