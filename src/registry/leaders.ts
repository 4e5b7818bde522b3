import type { Leader, Registry } from './schema';

/**
 * The leader with this id, or undefined.
 *
 * @example
 * leaderById(registry, 'to-lam')?.name; // 'Tô Lâm'
 * leaderById(registry, 'nobody'); // undefined
 */
export function leaderById(registry: Registry, id: string): Leader | undefined {
  let byId = indexes.get(registry.leaders);
  if (!byId) {
    byId = new Map();
    // The first of a repeated id, as a search from the start would find.
    for (const leader of registry.leaders) if (!byId.has(leader.id)) byId.set(leader.id, leader);
    indexes.set(registry.leaders, byId);
  }
  return byId.get(id);
}

// The corpus build looks leaders up by id for nearly every mention; a search through 1k people
// each time was a tenth of its time. Keyed by the list, which a registry never changes once loaded.
const indexes = new WeakMap<readonly Leader[], Map<string, Leader>>();

/**
 * Every name form of `leader`: the display name, the full forms, then the short forms, each once
 * (exact duplicates removed; spellings that differ only in marks are kept, since pages write both).
 *
 * @example
 * allNameForms(leaderById(registry, 'to-lam')!); // ['Tô Lâm', 'To Lam', 'Lâm', 'Lam']
 */
export function allNameForms(leader: Leader): string[] {
  return [...new Set([leader.name, ...leader.forms, ...leader.short])];
}
