import type { Registry } from './schema';

/** How many people the registry has per country, and per country and office. */
export interface RegistryCoverage {
  /** Country code → number of people whose country it is. */
  people: Record<string, number>;
  /** "VN prime-minister" → number of people who held that office of that country. */
  offices: Record<string, number>;
  /**
   * Offices recorded with neither a start, an end nor an attested day: nothing bounds them, so a
   * lookup can never place them on a date. Listed so the research can be completed.
   */
  undated: { leaderId: string; office: string; country: string }[];
}

/**
 * Counts the registry's people by country and office, for `npm run corpus -- check`: the scope
 * the registry declares (issue "2 of 7") is checkable at a glance, and so is what is missing.
 *
 * @example
 * registryCoverage(registry).offices['VN prime-minister']; // 4
 */
export function registryCoverage(registry: Registry): RegistryCoverage {
  const people: Record<string, number> = {};
  const offices: Record<string, number> = {};
  const undated: RegistryCoverage['undated'] = [];
  for (const leader of registry.leaders) {
    people[leader.country] = (people[leader.country] ?? 0) + 1;
    const held = new Set<string>();
    for (const office of leader.offices) {
      held.add(`${office.country} ${office.office}`);
      if (office.start === undefined && office.end === undefined && (office.attested ?? []).length === 0) {
        undated.push({ leaderId: leader.id, office: office.office, country: office.country });
      }
    }
    for (const key of held) offices[key] = (offices[key] ?? 0) + 1;
  }
  return { people: sortedRecord(people), offices: sortedRecord(offices), undated };
}

/** The coverage as lines of text: people per country, then offices per country. */
export function formatCoverage(coverage: RegistryCoverage): string[] {
  const byCountry = new Map<string, string[]>();
  for (const [key, n] of Object.entries(coverage.offices)) {
    const [country, office] = key.split(' ') as [string, string];
    const list = byCountry.get(country) ?? [];
    list.push(`${office} ${n}`);
    byCountry.set(country, list);
  }
  const lines = ['registry coverage (people per country; per office, people who held it):'];
  for (const [country, n] of Object.entries(coverage.people)) {
    lines.push(`  ${country} ${n}: ${(byCountry.get(country) ?? []).join(', ') || 'no offices'}`);
  }
  for (const [country, offices] of byCountry) {
    if (coverage.people[country] === undefined) lines.push(`  ${country} (offices only): ${offices.join(', ')}`);
  }
  if (coverage.undated.length > 0) {
    lines.push(`offices with no date at all (${coverage.undated.length}):`);
    for (const u of coverage.undated) lines.push(`  ${u.leaderId}: ${u.country} ${u.office}`);
  }
  return lines;
}

function sortedRecord(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
