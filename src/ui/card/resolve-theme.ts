import type { Theme } from '../../settings/settings-types';

/**
 * The card's colour scheme: `light` or `dark` as chosen; for `auto`, the page's own declared
 * `color-scheme` when it gives one (a dark news site with a light system still gets a dark card),
 * else `auto`, which card.css turns into `prefers-color-scheme`.
 */
export function resolveTheme(theme: Theme, pageColorScheme: 'light' | 'dark' | null | undefined): Theme {
  if (theme !== 'auto') return theme;
  return pageColorScheme ?? 'auto';
}
