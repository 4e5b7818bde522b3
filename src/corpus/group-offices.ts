import { foldName } from '../registry/fold';
import { leaderById, type Registry } from '../registry';
import { officesHeldOnOrEver } from '../registry/offices';
import type { LanguageRules } from './language-rules';

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
  const found = rules.groupTitle.exec(group.trim());
  const title = found?.[1] ?? found?.[2];
  if (title === undefined) return [];
  return officesTitled(rules.singularTitle(title), registry);
}

/**
 * Every office of the registry with a title form, in any language, equal to `form` (folded): the
 * offices a title written without its person names.
 */
export function officesTitled(form: string, registry: Registry): string[] {
  const folded = foldName(form);
  return Object.entries(registry.titles)
    .filter(([, forms]) => [...forms.vi, ...forms.en].some((f) => foldName(f) === folded))
    .map(([office]) => office);
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
