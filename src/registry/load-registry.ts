import { periodOf } from '../model/partial-date';
import type { z } from 'zod';
import { foldName } from './fold';
import { problem, RegistryError, type RegistryProblem } from './registry-error';
import { registrySchema, type Leader, type Registry } from './schema';

/**
 * Validates parsed registry JSON (`corpus/leaders.json`) and returns it typed.
 *
 * Throws a {@link RegistryError} listing every problem found, each naming `source`, the leader
 * entry and the field: a schema violation, a duplicate id, a name form (full or short, compared
 * without case and diacritics) shared by two leaders, an office ending before it starts, an
 * attested day outside its term, a country missing from `countries`, an office key missing from
 * `titles`. Pure: no I/O, so the extension can run it too (`readRegistryFile` is the Node wrapper).
 *
 * @example
 * const registry = loadRegistry(JSON.parse(text), 'corpus/leaders.json');
 * registry.leaders.length; // 10
 */
export function loadRegistry(json: unknown, source: string): Registry {
  const parsed = registrySchema.safeParse(json);
  if (!parsed.success) {
    throw new RegistryError(source, parsed.error.issues.map((issue) => schemaProblem(issue, json)));
  }
  const registry = parsed.data;
  const problems = [...idProblems(registry), ...vocabularyProblems(registry), ...termProblems(registry), ...nameProblems(registry)];
  if (problems.length > 0) throw new RegistryError(source, problems);
  return registry;
}

/** Turns a zod issue path such as ["leaders", 3, "offices", 0, "end"] into entry + field. */
function schemaProblem(issue: z.core.$ZodIssue, json: unknown): RegistryProblem {
  let path: PropertyKey[] = [...issue.path];
  // Zod reports an unknown key at the object holding it; the key itself is the field to fix.
  if (issue.code === 'unrecognized_keys' && issue.keys.length === 1) path = [...path, issue.keys[0] as string];
  // A bad record key ("vn" for "VN") arrives as a generic "Invalid key in record" wrapping the
  // key schema's own, more useful message.
  const what = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
  if (path[0] === 'leaders' && typeof path[1] === 'number') {
    const index = path[1];
    const field = formatPath(path.slice(2));
    return problem(rawLeaderId(json, index), field === '' ? `leaders[${index}]` : field, what, index);
  }
  return problem(null, formatPath(path) || '(root)', what);
}

/** The id of leaders[index] in the unvalidated input, if it is a plausible one, to name the entry. */
function rawLeaderId(json: unknown, index: number): string | null {
  if (typeof json !== 'object' || json === null) return null;
  const leaders = (json as { leaders?: unknown }).leaders;
  if (!Array.isArray(leaders)) return null;
  const entry: unknown = leaders[index];
  if (typeof entry !== 'object' || entry === null) return null;
  const id = (entry as { id?: unknown }).id;
  return typeof id === 'string' && id.trim() !== '' ? id : null;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function idProblems(registry: Registry): RegistryProblem[] {
  const firstIndex = new Map<string, number>();
  const problems: RegistryProblem[] = [];
  registry.leaders.forEach((leader, index) => {
    const first = firstIndex.get(leader.id);
    if (first === undefined) firstIndex.set(leader.id, index);
    else problems.push(problem(leader.id, 'id', `duplicate id "${leader.id}" (leaders[${index}] repeats leaders[${first}])`));
  });
  return problems;
}

function vocabularyProblems(registry: Registry): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const knownCountry = (code: string) => Object.hasOwn(registry.countries, code);
  for (const leader of registry.leaders) {
    if (!knownCountry(leader.country)) {
      problems.push(problem(leader.id, 'country', `unknown country "${leader.country}" (not in "countries")`));
    }
    leader.offices.forEach((office, i) => {
      if (!Object.hasOwn(registry.titles, office.office)) {
        problems.push(problem(leader.id, `offices[${i}].office`, `unknown office "${office.office}" (not in "titles")`));
      }
      if (!knownCountry(office.country)) {
        problems.push(problem(leader.id, `offices[${i}].country`, `unknown country "${office.country}" (not in "countries")`));
      }
    });
  }
  return problems;
}

function termProblems(registry: Registry): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  for (const leader of registry.leaders) {
    leader.offices.forEach((office, i) => {
      const { start, end } = office;
      // Bounds may be months or years (`2026-04`): compare the periods, so an attested day inside
      // a start or end month is not taken for one outside the term.
      const startFirst = start === undefined ? undefined : periodOf(start)?.first;
      const endLast = typeof end === 'string' ? periodOf(end)?.last : undefined;
      if (startFirst !== undefined && endLast !== undefined && endLast < startFirst) {
        problems.push(problem(leader.id, `offices[${i}].end`, `office "${office.office}" ends ${end} before it starts ${start}`));
      }
      (office.attested ?? []).forEach((day, j) => {
        // An attested day outside the term means one of the two dates is wrong; either way the
        // lookups would give answers that contradict the source.
        const beforeStart = startFirst !== undefined && day < startFirst;
        const afterEnd = typeof end === 'string' && (end.length === 10 ? day >= end : endLast !== undefined && day > endLast);
        if (beforeStart || afterEnd) {
          problems.push(
            problem(leader.id, `offices[${i}].attested[${j}]`, `office "${office.office}" attested on ${day}, outside its term ${start ?? '?'}..${end ?? '?'}`),
          );
        }
      });
    });
  }
  return problems;
}

/**
 * A folded name form may belong to one leader only: the matcher maps each form to a single id,
 * and a shared form would silently send one person's mentions to the other. `sharedShort` forms
 * are the exception, among themselves only: they are read per article, by who the article named;
 * and beside another leader's form written with other marks, both marked ("Vương" of Wang Yi,
 * "Vượng" of Trần Quốc Vượng), which text with its marks tells apart (a bare "LAM" beside
 * "Lâm" could be either).
 */
function nameProblems(registry: Registry): RegistryProblem[] {
  const owner = new Map<string, { leader: Leader; field: string; form: string; shared: boolean }>();
  const problems: RegistryProblem[] = [];
  for (const leader of registry.leaders) {
    const fields: [string, string, boolean][] = [
      ['name', leader.name, false],
      ...leader.forms.map((f, i): [string, string, boolean] => [`forms[${i}]`, f, false]),
      ...leader.short.map((f, i): [string, string, boolean] => [`short[${i}]`, f, false]),
      ...(leader.sharedShort ?? []).map((f, i): [string, string, boolean] => [`sharedShort[${i}]`, f, true]),
    ];
    for (const [field, form, shared] of fields) {
      const key = foldName(form);
      const seen = owner.get(key);
      if (seen === undefined) owner.set(key, { leader, field, form, shared });
      else if (seen.leader !== leader && !(seen.shared && shared) && !((seen.shared || shared) && markedApart(seen.form, form))) {
        problems.push(
          problem(leader.id, field, `name form "${form}" is also a form of leader "${seen.leader.id}" ("${seen.form}" in ${seen.field}), compared without case and diacritics`),
        );
      }
    }
  }
  return problems;
}

/** Two forms folding alike that are written apart with marks on both ("Vương", "Vượng"), case aside. */
function markedApart(a: string, b: string): boolean {
  const marked = (form: string) => form.normalize('NFC').toLowerCase() !== foldName(form);
  return marked(a) && marked(b) && a.normalize('NFC').toLowerCase() !== b.normalize('NFC').toLowerCase();
}
