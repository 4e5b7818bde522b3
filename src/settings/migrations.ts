import { normalizeHostname } from './normalize-hostname';

/**
 * Upgrades of stored values, per setting, keyed by the version they produce (WXT runs them in
 * order when a storage item is defined, and reads wait for them).
 *
 * Every migration is idempotent and never throws: a value written by a newer Leaderlens can reach
 * this install through sync without its version mark, and running a step twice must not hurt it.
 * Whatever a migration cannot make sense of is left for the repair on read to report.
 */

/**
 * disabledSites v1 → v2. Version 1 kept sites as the reader typed them
 * (`["https://www.VnExpress.net/thoi-su", "vnexpress.net"]`); version 2 keeps each normalised
 * hostname once, sorted, which is what matching compares and what keeps the list small under the
 * sync quota. No release stored v1; the step exists so the upgrade path is tested from day one.
 */
export function disabledSitesV1toV2(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const sites = new Set<string>();
  const kept: unknown[] = [];
  for (const entry of value) {
    const host = typeof entry === 'string' ? normalizeHostname(entry) : null;
    if (host !== null) sites.add(host);
    else kept.push(entry); // left in place so the repair on read reports it
  }
  return [...[...sites].sort(), ...kept];
}
