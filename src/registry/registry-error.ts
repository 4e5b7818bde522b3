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
 * Thrown when a registry cannot be used. The message has one line per problem, each naming the
 * source, the entry and the field, so a failed build points straight at what to fix:
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
    super(problems.map((p) => `${source}: ${p.message}`).join('\n'));
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
