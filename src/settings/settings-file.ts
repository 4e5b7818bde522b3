import { z } from 'zod';
import { defaultSettings, isPlainObject } from './default-settings';
import { describeIssues, settingsSchema } from './settings-schema';
import type { Settings } from './settings-types';
import { writeSettings, type SaveProblem } from './write-settings';

/** What marks a JSON file as Leaderlens settings, and the file format this build writes. */
export const SETTINGS_FILE_FORMAT = 'leaderlens-settings';
export const SETTINGS_FILE_VERSION = 1;
/** Far above any real settings file (the sync area holds 100 KiB); refuses a wrong file early. */
export const SETTINGS_FILE_MAX_CHARS = 200_000;

/**
 * Why a file was refused. Nothing was changed in any case.
 * - `too-large`, `not-json`: not a settings file at all.
 * - `not-settings-file`: JSON, but without the Leaderlens marker.
 * - `newer-file`: written by a newer Leaderlens with a format this one cannot read.
 * - `invalid`: a setting in the file is wrong or unknown (`reason` names it).
 * - the save codes (quota, storage) when the settings could not be stored.
 */
export type ImportProblemCode = 'too-large' | 'not-json' | 'not-settings-file' | 'newer-file' | 'invalid' | SaveProblem['code'];

export interface ImportProblem {
  code: ImportProblemCode;
  /** In English, naming the setting at fault where there is one. */
  reason: string;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; problem: ImportProblem };

/**
 * The settings as the text of a JSON file: every setting, defaults included, so the file reads
 * on its own and imports the same on a build whose defaults changed.
 *
 * @example
 * exportSettings((await loadSettings()).settings)
 * // '{\n  "format": "leaderlens-settings",\n  "formatVersion": 1,\n  "settings": { "enabled": true, … } }'
 */
export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, formatVersion: SETTINGS_FILE_VERSION, settings }, null, 2)}\n`;
}

/**
 * Reads a settings file without storing anything. Strict where loading is lenient: an import is
 * the reader's explicit act, so any bad or unknown setting refuses the whole file with the reason
 * instead of quietly changing part of it. Settings the file leaves out take their defaults,
 * because an import replaces all settings.
 */
export function parseSettingsFile(text: string): ImportResult {
  if (text.length > SETTINGS_FILE_MAX_CHARS) {
    return refuse('too-large', `the file has ${text.length} characters; a settings file has far fewer than ${SETTINGS_FILE_MAX_CHARS}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refuse('not-json', `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isPlainObject(data) || data['format'] !== SETTINGS_FILE_FORMAT) {
    return refuse('not-settings-file', `not a Leaderlens settings file (no "format": "${SETTINGS_FILE_FORMAT}")`);
  }
  const version = data['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('not-settings-file', `"formatVersion" must be a whole number, got ${JSON.stringify(version)}`);
  }
  if (version > SETTINGS_FILE_VERSION) {
    return refuse('newer-file', `the file has format version ${version}; this Leaderlens reads up to ${SETTINGS_FILE_VERSION}`);
  }
  const extra = Object.keys(data).filter((key) => !['format', 'formatVersion', 'settings', 'exportedAt'].includes(key));
  if (extra.length > 0) return refuse('invalid', `unknown field(s) ${extra.join(', ')}`);
  if (!isPlainObject(data['settings'])) return refuse('invalid', '"settings" must be an object');

  const parsed = settingsSchema.partial().safeParse(data['settings']);
  if (!parsed.success) return refuse('invalid', describeIssues('', parsed.error as z.ZodError));
  return { ok: true, settings: { ...defaultSettings(), ...stripUndefined(parsed.data) } };
}

/**
 * Validates a settings file and replaces every setting with it, as one write: a bad file, or one
 * whose settings would not fit the sync quota, is refused with the reason and nothing changes.
 */
export async function importSettings(text: string): Promise<ImportResult> {
  const parsed = parseSettingsFile(text);
  if (!parsed.ok) return parsed;
  const saved = await writeSettings(parsed.settings);
  if (!saved.ok) return refuse(saved.problem.code, saved.problem.reason);
  return parsed;
}

function refuse(code: ImportProblemCode, reason: string): ImportResult {
  return { ok: false, problem: { code, reason } };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
