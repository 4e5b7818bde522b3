const reported = new Set<string>();

/**
 * Logs a failure once per module and message: a broken part says so and the rest keeps working.
 * Chrome's "Extension context invalidated" (the extension was reloaded under a live page) is
 * expected and stays silent.
 *
 *     reportOnce('highlight-names', error)   // console.warn('leaderlens highlight-names: …') once
 */
export function reportOnce(module: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes('Extension context invalidated')) return;
  const key = `${module}: ${message}`;
  if (reported.has(key)) return;
  reported.add(key);
  console.warn(`leaderlens ${key}`);
}
