import type { Leader, Registry } from './schema';

/**
 * The leader with this id, or undefined.
 *
 * @example
 * leaderById(registry, 'to-lam')?.name; // 'Tô Lâm'
 * leaderById(registry, 'nobody'); // undefined
 */
export function leaderById(registry: Registry, id: string): Leader | undefined {
  return registry.leaders.find((leader) => leader.id === id);
}

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
