import { defaultSettings, isPlainObject } from './default-settings';
import { hostnameSchema, parseSetting, SETTING_FIELDS, settingSchemas } from './settings-schema';
import type { CardSections, Settings } from './settings-types';

/**
 * Why a stored value was not used:
 * - `invalid`: corrupt or foreign (wrong type, unknown choice, out of range); the default is used.
 * - `dropped-entries`: some entries of the disabled-sites list named no site and were left out.
 * - `newer-version`: written by a newer Leaderlens (through sync) in a shape this one cannot read.
 * - `unreadable`: storage itself failed; every setting is at its default for now.
 */
export type RepairCode = 'invalid' | 'dropped-entries' | 'newer-version' | 'unreadable';

/** One setting (`hoverDelayMs`, `sections.quotes`, or `*` for all) that was reset, and why. */
export interface Repair {
  field: string;
  /** What was wrong, in English, for logs and for the detail line on the options page. */
  reason: string;
  code: RepairCode;
}

/** What storage held for each setting: `undefined` where the reader never changed it. */
export type StoredValues = { [K in keyof Settings]?: unknown };

/**
 * Settings from whatever storage held, repaired field by field like Yomitan's options-util:
 * a valid value is kept, a missing one is the default, and a bad one becomes the default and is
 * reported. A list keeps its good entries; the card sections are checked one by one. Never throws.
 *
 * @param newerFields settings whose stored version is newer than this build knows, so a bad value
 *   is reported as `newer-version` instead of `invalid`.
 */
export function repairSettings(
  stored: StoredValues,
  newerFields: ReadonlySet<keyof Settings> = new Set(),
): { settings: Settings; repairs: Repair[] } {
  const settings = defaultSettings();
  const repairs: Repair[] = [];
  const report = (field: string, reason: string, code: RepairCode) =>
    repairs.push({ field, reason, code: code === 'invalid' && newerFields.has(field.split('.')[0] as keyof Settings) ? 'newer-version' : code });

  for (const field of SETTING_FIELDS) {
    const value = stored[field];
    if (value === undefined || value === null) continue;
    if (field === 'disabledSites') {
      const { sites, dropped } = readSites(value);
      if (sites === null) report(field, `expected a list of sites, got ${describe(value)}`, 'invalid');
      else {
        settings.disabledSites = sites;
        if (dropped.length > 0) report(field, `left out ${dropped.length} entr${dropped.length === 1 ? 'y' : 'ies'} naming no site: ${dropped.join(', ')}`, 'dropped-entries');
      }
      continue;
    }
    if (field === 'sections') {
      settings.sections = readSections(value, (path, reason) => report(path, reason, 'invalid'));
      continue;
    }
    const parsed = parseSetting(field, value);
    if (parsed.ok) (settings as Record<keyof Settings, unknown>)[field] = parsed.value;
    else report(field, parsed.reason, 'invalid');
  }
  return { settings, repairs };
}

function readSites(value: unknown): { sites: string[] | null; dropped: string[] } {
  if (!Array.isArray(value)) return { sites: null, dropped: [] };
  const sites = new Set<string>();
  const dropped: string[] = [];
  for (const entry of value) {
    const parsed = hostnameSchema.safeParse(entry);
    if (parsed.success) sites.add(parsed.data);
    else dropped.push(describe(entry));
  }
  return { sites: [...sites].sort(), dropped };
}

function readSections(value: unknown, report: (path: string, reason: string) => void): CardSections {
  const sections = defaultSettings().sections;
  if (!isPlainObject(value)) {
    report('sections', `expected an object of switches, got ${describe(value)}`);
    return sections;
  }
  const shape = settingSchemas.sections.shape;
  for (const name of Object.keys(shape) as (keyof CardSections)[]) {
    const entry = value[name];
    if (entry === undefined) continue; // a newer or hand-made object may omit one; the default stands
    const parsed = shape[name].safeParse(entry);
    if (parsed.success) sections[name] = parsed.data;
    else report(`sections.${name}`, `expected true or false, got ${describe(entry)}`);
  }
  return sections;
}

/** A short, safe description of a stored value for a message (never the whole of a huge value). */
function describe(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
