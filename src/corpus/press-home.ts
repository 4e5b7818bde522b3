import type { Registry } from '../registry/schema';

/** Country-code top-level domains that are not the country's ISO alpha-2 code. */
const DOMAIN_COUNTRIES: Readonly<Record<string, string>> = { uk: 'GB' };

/**
 * The country whose press an article comes from, for the titles it leaves without a country: the
 * country of its address's country-code domain ("kpl.gov.la": Laos, so its headline "President
 * Receives Thai Prime Minister" means the Lao president), where the registry holds office-holders
 * of that country; else the registry's `home`. A generic domain (".com", ".org") says nothing, and
 * neither does the domain of an article in a language only some countries' press writes
 * (`pressCountries`: Vietnamese on a Vietnamese embassy's ".au" site is Vietnam's press).
 *
 * @example
 * pressHomeOf('https://kpl.gov.la/EN/detail.aspx?id=95101', registry, []); // 'LA'
 * pressHomeOf('https://www.bangkokpost.com/world/123', registry, []); // 'VN' (the registry's home)
 * pressHomeOf('https://vietnamembassy.org.au/a', registry, ['VN']); // 'VN'
 */
export function pressHomeOf(url: string | undefined, registry: Pick<Registry, 'home' | 'leaders'>, pressCountries: readonly string[]): string {
  if (url === undefined) return registry.home;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return registry.home;
  }
  const label = host.split('.').at(-1)!.toLowerCase();
  if (!/^[a-z]{2}$/u.test(label)) return registry.home;
  const code = DOMAIN_COUNTRIES[label] ?? label.toUpperCase();
  if (pressCountries.length > 0 && !pressCountries.includes(code)) return pressCountries.includes(registry.home) ? registry.home : pressCountries[0]!;
  return registry.leaders.some((l) => l.offices.some((o) => o.country === code)) ? code : registry.home;
}
