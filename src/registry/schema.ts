import { z } from 'zod';

/** A calendar date written `YYYY-MM-DD`; rejects impossible days such as 2024-02-30. */
export const isoDate = z.string().refine(isCalendarDate, {
  error: (issue) => `expected a date YYYY-MM-DD, got ${JSON.stringify(issue.input)}`,
});

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A term's bound as precisely as a source confirms it: a day, or only a month (`YYYY-MM`) or a
 * year (`YYYY`), e.g. an election "at the first session, April 2026" whose day no source fixes.
 * Lookups count such a term only on the days it certainly covers (src/registry/offices.ts).
 */
export const termBound = z.string().refine((value) => isCalendarDate(value) || /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/.test(value), {
  error: (issue) => `expected a date YYYY-MM-DD (or only a month YYYY-MM or a year YYYY), got ${JSON.stringify(issue.input)}`,
});

/** A non-empty string with something other than whitespace in it. */
const text = z.string().refine((s) => s.trim() !== '', { error: 'must not be empty' });

/**
 * One office held by a leader. Dates follow "honest data" (DESIGN.md):
 * - `start` missing: we could not confirm when it began; `start` a month or year (`2026-04`): only
 *   that is confirmed, so the term certainly covers the days from the period's last day on.
 * - `end: null`: still held (as of the registry's `asOf`); `end` missing: it ended or may have
 *   ended, but we could not confirm when.
 * - `attested`: days on which a named source shows the person in this office. They bound an
 *   unknown start or end, so a lookup can still answer for those days without a guessed date.
 * A term runs from `start` up to, not including, `end`: on the day of a hand-over the successor
 * holds the office, so a lookup finds exactly one holder.
 */
export const officeSchema = z.strictObject({
  /** Key into the registry's `titles`. */
  office: text,
  /** ISO-3166 alpha-2 code; key into the registry's `countries`. */
  country: text,
  start: termBound.optional(),
  end: termBound.nullable().optional(),
  attested: z.array(isoDate).optional(),
  note: z.string().optional(),
});

const leaderFields = z.strictObject({
  /** Stable ascii slug, used as the leader's id everywhere (export, messages, the card). */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be an ascii slug like "to-lam"' }),
  /** The name as the registry displays it, with diacritics. */
  name: text,
  country: text,
  /** Every full form a page may use: with and without diacritics, English press spelling, native script. */
  forms: z.array(text).min(1, { error: 'needs at least one full name form' }),
  /** Forms that refer to the leader only after a full form has named them ("Lâm", "Putin"). */
  short: z.array(text).default([]),
  /**
   * Short forms other leaders bear too: a Chinese or Korean family name ("Li", "Wang", "Lee"), a
   * surname shared across countries ("Wong", "Guterres"). Unlike `short`, they are not this
   * person's alone: the corpus engine reads one as this leader only in an article that has named
   * this leader in full and no other leader who bears it (find-mentions.ts, `addGivenNames`, the
   * rule the home country's given names follow). The page does not read them.
   */
  sharedShort: z.array(text).optional(),
  /**
   * Full forms (from `forms`) that ordinary people also bear: a Sino-Vietnamese "Lý Cường", a name
   * shared with a footballer. They name the leader only with evidence: a title or office next to
   * them, the leader's country nearby, or an unambiguous form of the same person elsewhere.
   */
  common: z.array(text).optional(),
  offices: z.array(officeSchema).default([]),
  /**
   * The day the person died, where a source gives it: the news keeps naming the dead ("the late
   * Prime Minister Abe", "the state funeral of former Prime Minister Shinzo Abe"), and a meeting
   * held after that day has them as no side (corpus/living-sides.ts).
   */
  died: isoDate.optional(),
  /** Where the facts come from: URLs or publication names. */
  sources: z.array(text).min(1, { error: 'needs at least one source (URL or publication name)' }),
});

export const leaderSchema = leaderFields.superRefine((leader, ctx) => {
  const forms = new Set(leader.forms);
  leader.common?.forEach((form, i) => {
    if (!forms.has(form)) ctx.addIssue({ code: 'custom', path: ['common', i], message: `"${form}" is not one of this person's forms` });
  });
});

/** Title forms of one office, as pages write them. */
export const titleSchema = z.strictObject({
  vi: z.array(text).min(1),
  en: z.array(text).min(1),
  /**
   * Forms (from `vi`/`en`) the press uses only for foreign office-holders: Vietnamese writes
   * "Tổng thống" for other countries' presidents and "Chủ tịch nước" for its own, so a bare
   * "Tổng thống" never means the home country's president.
   */
  foreignOnly: z.array(text).optional(),
  /**
   * Per language, the common noun the press uses alone, with its article, for a holder of the
   * office once named ("the minister" for a foreign or a defence minister, never a prime
   * minister): it means the one person the article named with an office that noun covers.
   */
  generic: z.strictObject({ vi: z.array(text).optional(), en: z.array(text).optional() }).optional(),
});

/** Names and adjectives of one country, as pages write them. */
export const countrySchema = z.strictObject({
  vi: z.array(text).min(1),
  en: z.array(text).min(1),
  native: z.array(text).optional(),
  /**
   * Which word of a full name the press uses alone for a person of this country once named:
   * `last` ("Marles", "Macron"), `first` ("Sonexay", "Paetongtarn", "Anwar"). Absent where the
   * press repeats the full name or a word shared by many ("Hun" of Hun Sen and Hun Manet). Read
   * only for people found in the corpus; the registry lists its people's short forms itself.
   */
  laterNameToken: z.enum(['first', 'last']).optional(),
  /**
   * True where the press writes this country's names in either order ("Nakatani Gen" in
   * Vietnamese, "Gen Nakatani" in English): the same words in another order are the same person.
   * Read only for people found in the corpus; the registry lists its people's forms itself.
   */
  nameOrderVaries: z.boolean().optional(),
});

export const REGISTRY_VERSION = 1;

/** The registry's `home` when it names none: the corpus reads Vietnam's press. */
export const DEFAULT_HOME = 'VN';

export const registrySchema = z.strictObject({
  /** Format version of this file; the loader refuses others. */
  version: z.literal(REGISTRY_VERSION, {
    error: (issue) => `unsupported registry version ${JSON.stringify(issue.input)} (this build reads version ${REGISTRY_VERSION})`,
  }),
  /** The day the facts were last checked: `end: null` means "still held on this day". */
  asOf: isoDate,
  /**
   * The country whose press the corpus reads (ISO alpha-2): a bare title ("Thủ tướng", "the Prime
   * Minister") with no country and no earlier name means this country's office-holder.
   */
  home: z.string().regex(/^[A-Z]{2}$/, { error: 'home is an ISO-3166 alpha-2 code, e.g. "VN"' }).default(DEFAULT_HOME),
  titles: z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'office keys are ascii slugs' }), titleSchema),
  countries: z.record(z.string().regex(/^[A-Z]{2}$/, { error: 'country codes are ISO-3166 alpha-2, e.g. "VN"' }), countrySchema),
  leaders: z.array(leaderSchema),
});

export type IsoDate = string;
export type Office = z.infer<typeof officeSchema>;
export type Leader = z.infer<typeof leaderSchema>;
export type Title = z.infer<typeof titleSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Registry = z.infer<typeof registrySchema>;
