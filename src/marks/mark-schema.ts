import { z } from 'zod';
import { markKey, MAX_MARK_SOURCES, MAX_MARKS, type WrongMark } from './mark-types';

/**
 * The runtime shape of a stored mark. Storage can hold anything (a hand edit, a bug of an older
 * build, a newer build's shape after a downgrade), so every read goes through here: fields are
 * typed and bounded, and unknown fields are dropped (a newer build may add some).
 */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().max(max);
const id = z.string().min(1).max(200);

const markSource = z.object({
  articleId: id,
  file: text(500),
  title: text(2000),
  date: isoDay.nullable(),
  // The index caps evidence at 2,000 characters (DESIGN.md); room for a longer cut in a newer build.
  evidence: text(5000),
});

export const wrongMarkSchema = z.object({
  kind: z.enum(['meeting', 'quote']),
  id,
  leaderId: id,
  leaderName: text(500),
  markedAt: z.iso.datetime({ offset: true }),
  index: z.object({
    formatVersion: z.number().int().nonnegative(),
    registryAsOf: isoDay.nullable(),
    extensionVersion: text(100),
  }),
  item: z.object({
    date: isoDay.nullable(),
    people: z.array(z.object({ id, name: text(500) })).max(100),
    itemKind: text(50),
    place: text(500).nullable(),
    text: text(5000).nullable(),
    sources: z.array(markSource).max(MAX_MARK_SOURCES),
    sourceCount: z.number().int().nonnegative(),
  }),
}) satisfies z.ZodType<WrongMark>;

/** What a read of the stored marks found. */
export interface StoredMarks {
  /** The valid marks, each item once, in stored order (newest first), at most `MAX_MARKS`. */
  marks: WrongMark[];
  /**
   * What was wrong with the stored value, in English, for the one console warning and the
   * options page; empty when nothing was. Left-out entries are gone from storage at the next write.
   */
  problems: string[];
}

/**
 * The marks in whatever storage held, validated one by one: a bad entry is left out (and said so),
 * never the whole list; a value that is not a list at all counts as no marks. Never throws.
 *
 * @example
 * readStoredMarks([goodMark, { kind: 'gossip' }]); // { marks: [goodMark], problems: ['left out 1 entry …'] }
 * readStoredMarks(undefined);                      // { marks: [], problems: [] }
 */
export function readStoredMarks(value: unknown): StoredMarks {
  if (value === undefined || value === null) return { marks: [], problems: [] };
  if (!Array.isArray(value)) return { marks: [], problems: [`expected a list of marks, got ${typeof value}; no marks were read`] };
  const marks: WrongMark[] = [];
  const seen = new Set<string>();
  let invalid = 0;
  let repeated = 0;
  let firstIssue = '';
  for (const entry of value) {
    const parsed = wrongMarkSchema.safeParse(entry);
    if (!parsed.success) {
      invalid++;
      if (!firstIssue) {
        const issue = parsed.error.issues[0];
        firstIssue = `${issue?.message ?? 'invalid'}${issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''}`;
      }
      continue;
    }
    const key = markKey(parsed.data.kind, parsed.data.id);
    if (seen.has(key)) {
      repeated++;
      continue;
    }
    seen.add(key);
    marks.push(parsed.data);
  }
  const problems: string[] = [];
  if (invalid > 0) problems.push(`left out ${invalid} invalid entr${invalid === 1 ? 'y' : 'ies'} (first: ${firstIssue})`);
  if (repeated > 0) problems.push(`left out ${repeated} repeated entr${repeated === 1 ? 'y' : 'ies'}`);
  if (marks.length > MAX_MARKS) {
    problems.push(`kept the newest ${MAX_MARKS} of ${marks.length} marks`);
    marks.length = MAX_MARKS;
  }
  return { marks, problems };
}
