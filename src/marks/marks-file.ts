import type { IndexStamp, WrongMark } from './mark-types';

/** What marks a JSON file as Leaderlens wrong-item marks, and the version of its shape. */
export const MARKS_FILE_FORMAT = 'leaderlens-wrong-marks';
export const MARKS_FILE_VERSION = 1;

/**
 * The export for whoever keeps the corpus (README, "Marked as wrong"). Version 1:
 * ```
 * { format: 'leaderlens-wrong-marks', version: 1,
 *   exportedAt: ISO timestamp,
 *   index: { formatVersion, registryAsOf, extensionVersion },   // the index installed now
 *   marks: WrongMark[] }                                          // newest first
 * ```
 * Each mark carries the index it was made in (`mark.index`) and a copy of the item (`mark.item`:
 * date, people, kind, place or text, sources with article file, title, date and sentence), so a
 * mark made before a rebuild can still be matched to the corpus. A change a reader of version 1
 * would misread bumps `version`; new fields may be added without.
 */
export interface MarksFile {
  format: typeof MARKS_FILE_FORMAT;
  version: typeof MARKS_FILE_VERSION;
  exportedAt: string;
  index: IndexStamp;
  marks: WrongMark[];
}

/**
 * The marks as the text of a JSON file (see `MarksFile`).
 *
 * @example
 * exportMarks((await loadMarks()).marks, stamp, new Date());
 * // '{\n  "format": "leaderlens-wrong-marks",\n  "version": 1,\n  "exportedAt": "2026-…", …'
 */
export function exportMarks(marks: readonly WrongMark[], index: IndexStamp, at: Date): string {
  const file: MarksFile = { format: MARKS_FILE_FORMAT, version: MARKS_FILE_VERSION, exportedAt: at.toISOString(), index, marks: [...marks] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The file name an export is offered under: the day in it, so exports of different days do not overwrite each other. */
export function marksFileName(at: Date): string {
  return `leaderlens-wrong-marks-${at.toISOString().slice(0, 10)}.json`;
}
