import { z } from 'zod';
import { MEETING_KINDS } from '../model/kinds';

/**
 * A hand-made annotation of one real article (tests/fixtures/held-out/<half>/gold/*.json): who
 * met whom, who said what, written before any rule was written for the article.
 */
export const goldArticleSchema = z.object({
  file: z.string(),
  url: z.string().optional(),
  site: z.string().optional(),
  language: z.enum(['vi', 'en']),
  date: z.string().nullable(),
  /** The day can be read in the text itself; when false, the engine may honestly answer null. */
  dateFromText: z.boolean(),
  /** The true day, known from outside the text (notes or a named public source), where the text gives none; lets the scorer check a date the engine marks inferred. */
  dateOutside: z.string().optional(),
  people: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      forms: z.array(z.string()),
      country: z.string().optional(),
      role: z.string().optional(),
      /** A national-level office-holder, as the annotation rules define it. */
      leader: z.boolean(),
    }),
  ),
  meetings: z.array(
    z.object({
      participants: z.array(z.string()),
      kind: z.enum(MEETING_KINDS),
      date: z.string().nullable(),
      /** The true day, known from outside the text (notes or a named public source), where the text gives none; lets the scorer check a date the engine marks inferred. */
      dateOutside: z.string().optional(),
      dateEnd: z.string().nullable().optional(),
      place: z.string().nullable().optional(),
      status: z.enum(['reported', 'referenced']),
      evidence: z.string(),
    }),
  ),
  quotes: z.array(
    z.object({
      speakers: z.array(z.string()),
      kind: z.enum(['direct', 'reported', 'joint']),
      evidence: z.string(),
      text: z.string(),
    }),
  ),
  notes: z.string().optional(),
});

export type GoldArticle = z.infer<typeof goldArticleSchema>;
