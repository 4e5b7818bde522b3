/**
 * The words of `name` the press uses alone later ("Richard Marles" → "Marles", "Chung Eui-yong" →
 * "Chung"), by the country's `laterNameToken`: none for a one-word name or where the country says
 * nothing. Where the given name comes first, a name of three words or more is also written by its
 * first two ("Ahmad Zahid Hamidi" → "Ahmad", "Ahmad Zahid"), as the Malaysian press writes
 * "Ahmad Zahid said" and "Ismail Sabri said".
 */
export function laterNames(name: string, token: 'first' | 'last' | undefined): string[] {
  const words = name.split(/\s+/u).filter((w) => w !== '');
  if (token === undefined || words.length < 2) return [];
  if (token === 'last') return [words.at(-1)!];
  return words.length >= 3 ? [words[0]!, `${words[0]} ${words[1]}`] : [words[0]!];
}
