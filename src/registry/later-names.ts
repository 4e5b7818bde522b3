/**
 * The word of `name` the press uses alone later ("Richard Marles" → "Marles", "Chung Eui-yong" →
 * "Chung"), by the country's `laterNameToken`: none for a one-word name or where the country says
 * nothing.
 */
export function laterNames(name: string, token: 'first' | 'last' | undefined): string[] {
  const words = name.split(/\s+/u).filter((w) => w !== '');
  if (token === undefined || words.length < 2) return [];
  return [token === 'first' ? words[0]! : words.at(-1)!];
}
