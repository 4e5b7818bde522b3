import { z } from 'zod';
import { normalizeHostname } from './normalize-hostname';
import type { Settings } from './settings-types';

/** The range the hover delay accepts, in milliseconds: 0 opens at once; past 3 s a card feels lost. */
export const HOVER_DELAY_RANGE = Object.freeze({ min: 0, max: 3000 });

/** A site as the reader gives it (`https://www.VnExpress.net/x`), stored as its normalised hostname. */
export const hostnameSchema = z.string().transform((input, ctx) => {
  const host = normalizeHostname(input);
  if (host === null) {
    ctx.addIssue({ code: 'custom', message: `not a site name: ${JSON.stringify(input)}` });
    return z.NEVER;
  }
  return host;
});

/** The disabled sites, each once, sorted so that equal lists are stored identically. */
export const disabledSitesSchema = z.array(hostnameSchema).transform((sites) => [...new Set(sites)].sort());

/**
 * One schema per setting, with zod like the registry's schema. Saving and importing use them
 * strictly (a bad value is refused); loading uses them field by field to repair what is stored
 * (src/settings/repair-settings.ts).
 */
export const settingSchemas = {
  enabled: z.boolean(),
  disabledSites: disabledSitesSchema,
  trigger: z.enum(['hover', 'hover-modifier', 'click']),
  modifier: z.enum(['Alt', 'Control', 'Shift', 'Meta']),
  hoverDelayMs: z.number().int().min(HOVER_DELAY_RANGE.min).max(HOVER_DELAY_RANGE.max),
  highlightStyle: z.enum(['underline', 'background', 'none']),
  sections: z.strictObject({ meetings: z.boolean(), quotes: z.boolean(), timeline: z.boolean() }),
  theme: z.enum(['auto', 'light', 'dark']),
  language: z.enum(['auto', 'vi', 'en']),
} satisfies { [K in keyof Settings]: z.ZodType<Settings[K]> };

/** Every setting at once, no unknown keys: what an imported file must hold. */
export const settingsSchema = z.strictObject(settingSchemas);

/** The settings' names in the order the options page and the repair report list them. */
export const SETTING_FIELDS = Object.keys(settingSchemas) as (keyof Settings)[];

/** Parses `value` as setting `key`; the error names the field. */
export function parseSetting<K extends keyof Settings>(
  key: K,
  value: unknown,
): { ok: true; value: Settings[K] } | { ok: false; reason: string } {
  const result = (settingSchemas[key] as unknown as z.ZodType<Settings[K]>).safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, reason: describeIssues(key, result.error) };
}

/** One line per issue, each prefixed with the path it concerns (`sections.quotes: expected boolean`). */
export function describeIssues(prefix: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('.');
      return path === '' ? issue.message : `${path}: ${issue.message}`;
    })
    .join('; ');
}
