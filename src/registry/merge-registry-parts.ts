import { z } from 'zod';
import { problem, RegistryError } from './registry-error';
import { countrySchema, DEFAULT_HOME, leaderSchema, titleSchema } from './schema';

/**
 * One file of a registry split by country: `corpus/leaders.json` names such files in `include`
 * (paths relative to itself) so that research on one country touches one file. A part has the
 * root's vocabularies and leaders, nothing else; the root keeps `version` and `asOf`.
 */
export const registryPartSchema = z.strictObject({
  /** Where a part's facts come from, when the part says it once for all of them (a generated part). */
  sources: z.array(z.string()).optional(),
  titles: z.record(z.string(), titleSchema).optional(),
  countries: z.record(z.string(), countrySchema).optional(),
  leaders: z.array(z.unknown()).optional(),
});

export type RegistryPart = z.infer<typeof registryPartSchema>;

/**
 * Merges the root registry JSON and its parts into one registry JSON for `loadRegistry`:
 * leaders are appended in `include` order; `titles` and `countries` entries with the same key
 * are merged form by form (the union, first spelling kept), because two countries' files may
 * both add English forms to "president". A part that is not a part (wrong shape, unknown keys)
 * throws a {@link RegistryError} naming that part's file and field, so the person editing one
 * country's file is sent to it. Cross-file checks (duplicate ids, shared name forms) run after
 * the merge in `loadRegistry` and name the leader, whose id is unique to one file.
 *
 * @example
 * mergeRegistryParts({ version: 1, asOf: '2026-11-23', titles: {}, countries: {}, leaders: [], include: ['registry/vn.json'] },
 *   [{ source: 'corpus/registry/vn.json', json: { leaders: [...] } }]);
 */
export function mergeRegistryParts(root: Record<string, unknown>, parts: readonly { source: string; json: unknown }[]): Record<string, unknown> {
  const { include: _include, ...rest } = root;
  const titles: Record<string, Record<string, unknown>> = { ...(asRecord(rest.titles) as Record<string, Record<string, unknown>>) };
  const countries: Record<string, Record<string, unknown>> = { ...(asRecord(rest.countries) as Record<string, Record<string, unknown>>) };
  const leaders: unknown[] = Array.isArray(rest.leaders) ? [...(rest.leaders as unknown[])] : [];
  // Title forms as the home country's press uses them for its own (the root's, and a part's of
  // home people) and as parts of other countries only add them ("Foreign Secretary", "Chancellor").
  const home = typeof rest.home === 'string' ? rest.home : DEFAULT_HOME;
  const homeForms = new Map<string, Set<string>>();
  const foreignForms = new Map<string, Set<string>>();
  const note = (into: Map<string, Set<string>>, key: string, title: Record<string, unknown>) => {
    const set = into.get(key) ?? new Set<string>();
    for (const language of ['vi', 'en']) for (const form of (title[language] as string[] | undefined) ?? []) set.add(form);
    into.set(key, set);
  };
  for (const [key, title] of Object.entries(titles)) note(homeForms, key, title);
  for (const { source, json } of parts) {
    const parsed = registryPartSchema.safeParse(json);
    if (!parsed.success) {
      throw new RegistryError(
        source,
        parsed.error.issues.map((issue) => problem(null, issue.path.map(String).join('.') || '(root)', issue.message)),
      );
    }
    const entries = (parsed.data.leaders ?? []).map((leader, index) => {
      const checked = leaderSchema.safeParse(leader);
      if (!checked.success) {
        const id = typeof (leader as { id?: unknown })?.id === 'string' ? (leader as { id: string }).id : null;
        throw new RegistryError(
          source,
          checked.error.issues.map((issue) => problem(id, issue.path.map(String).join('.') || `leaders[${index}]`, issue.message, index)),
        );
      }
      return leader;
    });
    leaders.push(...entries);
    const foreignPart = entries.length > 0 && entries.every((leader) => (leader as { country?: unknown }).country !== home);
    for (const [key, forms] of Object.entries(parsed.data.titles ?? {})) {
      titles[key] = unionForms(titles[key], forms);
      note(foreignPart ? foreignForms : homeForms, key, forms);
    }
    for (const [key, forms] of Object.entries(parsed.data.countries ?? {})) countries[key] = unionForms(countries[key], forms);
  }
  // A bare "the foreign secretary" in a Bangladeshi paper is no home minister: a form only other
  // countries' parts give is used only for foreigners (`foreignOnly`), as the root marks "Tổng thống".
  for (const [key, forms] of foreignForms) {
    const only = [...forms].filter((form) => !homeForms.get(key)?.has(form));
    if (only.length > 0) titles[key] = { ...titles[key], foreignOnly: [...new Set([...((titles[key]?.foreignOnly as string[] | undefined) ?? []), ...only])] };
  }
  return { ...rest, titles, countries, leaders };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return isPlainObject(value) ? value : {};
}

/**
 * Lists are joined (first spelling kept), and so are the lists of an object of lists (a title's
 * `generic` nouns per language); a single value (a country's `laterNameToken`) keeps the first file's.
 */
function unionForms<T extends Record<string, unknown>>(before: T | undefined, added: T): T {
  if (before === undefined) return added;
  const merged: Record<string, unknown> = { ...before };
  for (const [key, value] of Object.entries(added)) {
    const earlier = before[key];
    if (Array.isArray(value) || Array.isArray(earlier)) merged[key] = [...new Set([...((earlier as string[] | undefined) ?? []), ...((value as string[] | undefined) ?? [])])];
    else if (isPlainObject(value) && isPlainObject(earlier)) merged[key] = unionForms(earlier, value);
    else merged[key] = earlier ?? value;
  }
  return merged as T;
}
