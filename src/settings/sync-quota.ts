import { browser } from 'wxt/browser';

/**
 * `storage.sync` limits, from the browser where it reports them (Chrome and Firefox use the same
 * figures). Checked before writing so a write over quota is refused with a reason we can show,
 * instead of the browser's bare "QUOTA_BYTES_PER_ITEM quota exceeded" after the fact.
 */
export function syncLimits(): { perItem: number; total: number; maxItems: number } {
  const area = browser.storage.sync as { QUOTA_BYTES_PER_ITEM?: unknown; QUOTA_BYTES?: unknown; MAX_ITEMS?: unknown };
  const num = (value: unknown, fallback: number) => (typeof value === 'number' && value > 0 ? value : fallback);
  return {
    perItem: num(area.QUOTA_BYTES_PER_ITEM, 8192),
    total: num(area.QUOTA_BYTES, 102400),
    maxItems: num(area.MAX_ITEMS, 512),
  };
}

/** Bytes an item takes against the quota, counted as Chrome does: the key plus its value as JSON, in UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value) ?? '');
}

export type QuotaProblem =
  | { code: 'quota-item'; key: string; bytes: number; limit: number }
  | { code: 'quota-total'; bytes: number; limit: number }
  | { code: 'quota-items'; count: number; limit: number };

/**
 * Whether the sync area stays within its limits after setting `writes` and removing `removals`,
 * given everything it holds now (`current`, from `storage.sync.get(null)`: other features' keys
 * count too). Returns the first limit broken, or `null`.
 */
export function checkSyncQuota(
  current: Record<string, unknown>,
  writes: Record<string, unknown>,
  removals: readonly string[] = [],
  limits = syncLimits(),
): QuotaProblem | null {
  for (const [key, value] of Object.entries(writes)) {
    const bytes = itemBytes(key, value);
    if (bytes > limits.perItem) return { code: 'quota-item', key, bytes, limit: limits.perItem };
  }
  const after: Record<string, unknown> = { ...current, ...writes };
  for (const key of removals) delete after[key];
  const count = Object.keys(after).length;
  if (count > limits.maxItems) return { code: 'quota-items', count, limit: limits.maxItems };
  const bytes = Object.entries(after).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  if (bytes > limits.total) return { code: 'quota-total', bytes, limit: limits.total };
  return null;
}

/** The problem in plain English, for logs and the detail line under the localised message. */
export function describeQuotaProblem(problem: QuotaProblem): string {
  switch (problem.code) {
    case 'quota-item':
      return `${problem.key} would take ${problem.bytes} bytes; sync allows ${problem.limit} per setting`;
    case 'quota-total':
      return `settings would take ${problem.bytes} bytes; sync allows ${problem.limit} in all`;
    case 'quota-items':
      return `sync would hold ${problem.count} items; it allows ${problem.limit}`;
  }
}

const encoder = new TextEncoder();
function utf8Length(text: string): number {
  return encoder.encode(text).length;
}
