/** One thing wrong with a registry, located by the leader entry (when there is one) and the field. */
export interface RegistryProblem {
  /** The leader's id, or null when the problem is outside `leaders` or the entry has no usable id. */
  leaderId: string | null;
  /** Where in the entry (or in the file, outside `leaders`): `offices[1].end`, `titles.president.vi[0]`. */
  field: string;
  /** Human-readable, already prefixed with the entry and field. */
  message: string;
}

/**
 * How many problems the message lists before it only counts the rest. A broken generator can
 * write a registry with 100k bad entries (issue 10: 400k error lines, 44 MB on stderr); the first
 * fifty show what is wrong, and the count says how much. `problems` still holds every one.
 */
export const SHOWN_PROBLEMS = 50;

/**
 * The lines of a RegistryError's message: one per problem, prefixed with the source, the first
 * `shown` of them, then one line counting the rest.
 *
 * @example
 * formatProblems('x.json', problems, 50).at(-1); // 'x.json: … and 399950 more problems not shown (400000 in all)'
 */
export function formatProblems(source: string, problems: readonly RegistryProblem[], shown = SHOWN_PROBLEMS): string[] {
  const lines = problems.slice(0, shown).map((p) => `${source}: ${p.message}`);
  const rest = problems.length - lines.length;
  if (rest > 0) lines.push(`${source}: … and ${rest} more problem${rest === 1 ? '' : 's'} not shown (${problems.length} in all)`);
  return lines;
}

/**
 * Thrown when a registry cannot be used. The message has one line per problem (the first
 * {@link SHOWN_PROBLEMS}, then a count of the rest), each naming the source, the entry and the
 * field, so a failed build points straight at what to fix:
 *
 * @example
 * // corpus/leaders.json: leader "to-lam", field "offices[0].country": unknown country "XX" (not in "countries")
 * try { loadRegistry(json, 'corpus/leaders.json'); } catch (e) { if (e instanceof RegistryError) console.error(e.message); }
 */
export class RegistryError extends Error {
  override readonly name = 'RegistryError';
  readonly source: string;
  readonly problems: readonly RegistryProblem[];

  constructor(source: string, problems: readonly RegistryProblem[]) {
    super(formatProblems(source, problems).join('\n'));
    this.source = source;
    this.problems = problems;
  }
}

/** Builds a problem whose message starts with the entry and the field. */
export function problem(leaderId: string | null, field: string, what: string, entryIndex?: number): RegistryProblem {
  const entry =
    leaderId !== null ? `leader "${leaderId}", ` : entryIndex !== undefined ? `leader at leaders[${entryIndex}], ` : '';
  return { leaderId, field, message: `${entry}field "${field}": ${what}` };
}
