import type { Diagnostic } from '../corpus/build-corpus';
import type { ExportSkipped } from '../corpus/export-types';

/**
 * One diagnostic as a compiler would print it, so editors and terminals link to the place:
 * `articles/bad.txt:3: error: not UTF-8 (looks like Windows-1258)`.
 */
export function formatDiagnostic({ level, file, line, message }: Diagnostic): string {
  return `${file}${line !== undefined ? `:${line}` : ''}: ${level}: ${message}`;
}

/** The summary of skipped articles, one line each; empty when none was skipped. */
export function formatSkipped(skipped: readonly ExportSkipped[]): string[] {
  if (skipped.length === 0) return [];
  return [`skipped ${skipped.length} article(s):`, ...skipped.map(({ file, reason }) => `  ${file}: ${reason}`)];
}
