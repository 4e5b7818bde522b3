/**
 * The row that becomes active after `key` in a list of `count` rows where `current` is active (-1:
 * none yet). ArrowDown/ArrowUp move and wrap around; any other key returns null (not ours: it stays
 * with the search input, where Home, End and the side arrows edit the query).
 *
 * @example
 * moveActive(-1, 'ArrowDown', 3); // 0
 * moveActive(0, 'ArrowUp', 3);    // 2
 * moveActive(1, 'a', 3);          // null
 */
export function moveActive(current: number, key: string, count: number): number | null {
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return null;
  if (count <= 0) return -1;
  if (key === 'ArrowDown') return current < 0 || current >= count - 1 ? 0 : current + 1;
  return current <= 0 || current >= count ? count - 1 : current - 1;
}
