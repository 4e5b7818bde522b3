/**
 * Which content-script message `message` is, if any: `page-mentions` (DESIGN.md; a plain
 * `{ type }` object from the popup or a test) or `open-card` (forwarded keyboard command). Anything
 * else, including other extensions' messages, is null and left unanswered.
 */
export function forwardedToPage(message: unknown): 'page-mentions' | 'open-card' | null {
  if (typeof message !== 'object' || message === null) return null;
  const type = (message as { type?: unknown }).type;
  return type === 'page-mentions' || type === 'open-card' ? type : null;
}
