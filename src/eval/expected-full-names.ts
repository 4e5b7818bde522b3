import { foldName } from '../registry';
import type { GoldArticle } from './gold';

/** What the page scorer reads of a registry person. */
export interface RegistryPerson {
  id: string;
  name: string;
  forms: readonly string[];
  short: readonly string[];
}

type GoldPerson = GoldArticle['people'][number];

/** A gold person the registry holds, with the full forms a page may write them by. */
export interface ExpectedPerson {
  key: string;
  id: string;
  leader: boolean;
  /** The registry's full forms: its display name and `forms`. */
  registryForms: string[];
  /**
   * Gold forms that are full names of this person the registry does not write ("Lee Hsien Long"
   * for "Lee Hsien Loong", a Sino-Vietnamese name it lacks): the page cannot find them, and the
   * strict recall counts them as missed.
   */
  missingSpellings: string[];
  /** How the gold person was tied to the registry: by its key being a registry id, or by a name form. */
  mappedBy: 'key' | 'form';
}

/** A gold person the registry does not hold. */
export interface UnregisteredPerson {
  key: string;
  name: string;
  forms: string[];
  leader: boolean;
}

const words = (folded: string): string[] => folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');

/** Whether folded `inner` occurs in folded `outer` as whole words. */
function containsWords(outer: string, inner: string): boolean {
  if (outer === inner) return false;
  const at = (i: number) => outer[i] === undefined || !/[\p{L}\p{N}]/u.test(outer[i]!);
  for (let i = outer.indexOf(inner); i >= 0; i = outer.indexOf(inner, i + 1)) {
    if (at(i - 1) && at(i + inner.length)) return true;
  }
  return false;
}

/** Levenshtein distance, for telling a misspelt full name from a title with a short name. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    row = next;
  }
  return row[b.length]!;
}

/**
 * The gold forms of `person` that are full names the registry lacks. Gold forms mix full names,
 * titled names and short forms ("Deputy Prime Minister Truong Hoa Binh", "Deputy PM Binh",
 * "Binh"); a form counts as a missing full spelling when it is none of the registry's forms, holds
 * no other gold form nor registry full form of the person (else it is a title around that form;
 * registry short forms are left out of this test, as "Lee Hsien Long" holds the short "Lee"), has two
 * words or more, and either is within two edits of a registry full form (a misspelling: "Kamala
 * Haris") or shares no word with the registry's forms of the person (another transliteration:
 * "Tập Cận Bình" beside "Xi Jinping"). "PM Phúc" shares "phuc" and is far from every full form:
 * a title and a short form, not a full name.
 */
export function missingSpellings(person: Pick<GoldPerson, 'forms'>, leader: RegistryPerson): string[] {
  const full = [leader.name, ...leader.forms].map(foldName);
  const known = new Set([...full, ...leader.short.map(foldName)]);
  const tokens = new Set([...known].flatMap(words));
  const gold = person.forms.map(foldName);
  const seen = new Set<string>();
  return person.forms.filter((form, i) => {
    const f = gold[i]!;
    if (known.has(f) || seen.has(f)) return false;
    seen.add(f);
    if ([...full, ...gold].some((other) => containsWords(f, other))) return false;
    const ws = words(f);
    if (ws.length < 2) return false;
    return full.some((k) => editDistance(f, k) <= 2) || ws.every((w) => !tokens.has(w));
  });
}

/**
 * Splits an article's gold people into those the registry holds and those it does not. A gold
 * person is the registry person whose id is the gold `key` (when the gold name or a gold form is
 * one of that person's forms, compared without marks or case), else the one a gold name or form
 * names as a full form.
 *
 * @example
 * expectedPeople(gold, registry.leaders).inRegistry.map((p) => p.id); // ['to-lam']
 */
export function expectedPeople(
  gold: Pick<GoldArticle, 'people'>,
  registry: readonly RegistryPerson[],
): { inRegistry: ExpectedPerson[]; notInRegistry: UnregisteredPerson[] } {
  const byId = new Map(registry.map((l) => [l.id, l]));
  const fullOwner = new Map<string, string>();
  for (const l of registry) for (const f of [l.name, ...l.forms]) fullOwner.set(foldName(f), l.id);
  const inRegistry: ExpectedPerson[] = [];
  const notInRegistry: UnregisteredPerson[] = [];
  for (const person of gold.people) {
    const names = [person.name, ...person.forms].map(foldName);
    const byKey = byId.get(person.key);
    const keyHolds = byKey && names.some((n) => [byKey.name, ...byKey.forms, ...byKey.short].some((f) => foldName(f) === n));
    const id = keyHolds ? person.key : names.map((n) => fullOwner.get(n)).find((x) => x !== undefined);
    const leader = id === undefined ? undefined : byId.get(id);
    if (!leader) {
      notInRegistry.push({ key: person.key, name: person.name, forms: person.forms, leader: person.leader });
      continue;
    }
    inRegistry.push({
      key: person.key,
      id: leader.id,
      leader: person.leader,
      registryForms: [...new Set([leader.name, ...leader.forms])],
      missingSpellings: missingSpellings(person, leader),
      mappedBy: keyHolds ? 'key' : 'form',
    });
  }
  return { inRegistry, notInRegistry };
}
