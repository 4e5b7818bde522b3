import { foldName } from '../registry/fold';
import { leaderById, type Registry } from '../registry';
import { officesHeldOnOrEver } from '../registry/offices';
import type { LanguageRules } from './language-rules';
import { matchesOf } from '../text/matches-of';

/**
 * The offices a counted group's title names ("the two prime ministers", "hai Bộ trưởng"): every
 * office of the registry with a title form, in any language, that is the title's singular. Empty
 * for a group with no title or with one no office is written as ("the two leaders", "both sides"):
 * anyone may be in it.
 *
 * @example
 * groupOffices('the two prime ministers', rulesFor('en'), registry); // ['prime-minister']
 */
export function groupOffices(group: string, rules: LanguageRules, registry: Registry): string[] {
  const trimmed = group.trim();
  const found = rules.groupTitle.exec(trimmed);
  const title = found?.[1] ?? found?.[2] ?? articledPluralTitle(trimmed, rules);
  if (title === undefined) return [];
  return officesTitled(rules.singularTitle(title), registry);
}

/**
 * The plural title of a group written as an article and the title alone ("the foreign ministers",
 * "the premiers", as a joint statement names its pair), or undefined.
 */
function articledPluralTitle(group: string, rules: LanguageRules): string | undefined {
  const last = [...matchesOf(group, rules.pluralTitle)].at(-1);
  if (!last || last.index + last[0].length !== group.length) return undefined;
  return rules.determinerOnly.test(group.slice(0, last.index)) && last.index > 0 ? last[0] : undefined;
}

/**
 * Every office of the registry with a title form, in any language, equal to `form` (folded): the
 * offices a title written without its person names.
 */
export function officesTitled(form: string, registry: Registry): string[] {
  return [...(titleIndex(registry.titles).get(foldName(form)) ?? [])];
}

/** Each registry's offices by their title forms, folded, in the registry's order of offices: asked for every group of every sentence. */
const titleIndexes = new WeakMap<Registry['titles'], ReadonlyMap<string, readonly string[]>>();

function titleIndex(titles: Registry['titles']): ReadonlyMap<string, readonly string[]> {
  let index = titleIndexes.get(titles);
  if (index === undefined) {
    const byForm = new Map<string, string[]>();
    for (const [office, forms] of Object.entries(titles)) {
      for (const form of [...forms.vi, ...forms.en]) {
        const key = foldName(form);
        const offices = byForm.get(key) ?? [];
        if (!offices.includes(office)) offices.push(office);
        byForm.set(key, offices);
      }
    }
    titleIndexes.set(titles, (index = byForm));
  }
  return index;
}

/**
 * Whether the leader held one of `offices` on `date` by the registry; with no date, whether they
 * ever held one. A group of "the two prime ministers" is made of such people.
 */
export function heldAny(registry: Registry, leaderId: string, offices: readonly string[], date: string | null): boolean {
  const leader = leaderById(registry, leaderId);
  if (!leader) return false;
  const held = officesHeldOnOrEver(leader, date);
  return held.some((o) => offices.includes(o.office));
}
