import type { Diagnostic } from '../corpus/build-corpus';
import type { ExportSkipped } from '../model/export-types';

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
  return [`skipped ${skipped.length} article(s):`, ...skipped.map(({ file, reason }) => `  ${file}: ${withoutFile(reason, file)}`)];
}

/**
 * The diagnostics that are not about a skipped file: the build reports a skipped file both as an
 * error diagnostic and in `skipped`, and the skipped summary is where readers look for it.
 */
export function diagnosticsBesidesSkipped(diagnostics: readonly Diagnostic[], skipped: readonly ExportSkipped[]): Diagnostic[] {
  const skippedFiles = new Set(skipped.map((s) => s.file));
  return diagnostics.filter((d) => !(d.level === 'error' && d.line === undefined && skippedFiles.has(d.file)));
}

/** Diagnostics, then the skipped-file summary, each problem once. */
export function formatReport(diagnostics: readonly Diagnostic[], skipped: readonly ExportSkipped[]): string[] {
  return [...diagnosticsBesidesSkipped(diagnostics, skipped).map(formatDiagnostic), ...formatSkipped(skipped)];
}

// The pipeline's reasons may already start with the file's name.
function withoutFile(reason: string, file: string): string {
  return reason.startsWith(`${file}: `) ? reason.slice(file.length + 2) : reason;
}
