import { heldOn, leaderById, type Registry } from '../registry';
import type { LanguageRules } from './language-rules';

/** A leader named with titles in an article: "Chủ tịch nước Lương Cường" → president. */
export interface TitledName {
  leaderId: string;
  offices: string[];
  country: string | null;
}


function isoDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/**
 * The year of a day/month the article gives without one, from the offices its named leaders held:
 * the years in which every "title + name" in the article was true on that day. One such year →
 * that year. Several → the first one only when the article says someone has just taken office
 * (the first matching day after that start); else no year, because a guess would be invented.
 * Never a day after `latest` (today, or a date the article cannot be later than).
 *
 * @example
 * inferYear(registry, [{ leaderId: 'luong-cuong', offices: ['president'], country: 'VN' }], 'trên cương vị mới', '2026-11-23')(11, 8)
 * // { year: 2024, reason: '…' }
 */
export function inferYear(
  registry: Registry,
  titled: readonly TitledName[],
  articleText: string,
  latest: string,
  rules: LanguageRules,
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
            leader.offices.some((o) => o.office === office && (t.country === null || o.country === t.country) && heldOn(o, date)),
          )
        );
      });
      if (allHeld) candidates.push(year);
    }
    const names = titled.map((t) => `${t.leaderId} as ${t.offices.join('+')}`).join(', ');
    if (candidates.length === 1) return { year: candidates[0]!, reason: `the only year in which ${names}` };
    if (candidates.length > 1 && rules.newInOffice.test(articleText)) {
      return { year: candidates[0]!, reason: `the first year in which ${names}, and the article says the office is new` };
    }
    return null;
  };
}
