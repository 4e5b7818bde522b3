/**
 * The page's date as `get-card` takes it (`YYYY-MM-DD`), from the content script's `published`,
 * which may carry a time ("2025-12-01T08:30:00+07:00"); null when it gives no usable day.
 *
 * @example
 * pageDateOf('2025-12-01T08:30:00+07:00'); // '2025-12-01'
 * pageDateOf(null);                        // null
 */
export function pageDateOf(published: string | null | undefined): string | null {
  const day = /^(\d{4}-\d{2}-\d{2})(?:$|T|\s)/.exec(published ?? '');
  return day?.[1] ?? null;
}
