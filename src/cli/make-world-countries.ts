// Node-only: writes corpus/registry/world.json, the names of the world's countries that no other
// registry file declares. Run: npm run registry:world
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { worldCountries, type CountryNamesSource } from '../registry/world-countries';
import { defaultCorpusDir } from './corpus-paths';

const require = createRequire(import.meta.url);

/** The registry's parts other than the one this writes: the countries they declare stay theirs. */
function declaredCountries(root: string): Set<string> {
  const registry = JSON.parse(readFileSync(join(root, 'leaders.json'), 'utf8')) as { countries?: object; include?: string[] };
  const codes = new Set(Object.keys(registry.countries ?? {}));
  for (const part of registry.include ?? []) {
    if (part === WORLD_FILE) continue;
    const json = JSON.parse(readFileSync(join(root, part), 'utf8')) as { countries?: object };
    for (const code of Object.keys(json.countries ?? {})) codes.add(code);
  }
  return codes;
}

const WORLD_FILE = 'registry/world.json';

const source: CountryNamesSource = {
  vi: (require('i18n-iso-countries/langs/vi.json') as { countries: Record<string, string | string[]> }).countries,
  en: (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries,
  world: require('world-countries/countries.json') as CountryNamesSource['world'],
};
const root = defaultCorpusDir;
const part = worldCountries(source, declaredCountries(root));
writeFileSync(join(root, WORLD_FILE), JSON.stringify(part, null, 2) + '\n');
console.log(`${join(root, WORLD_FILE)}: ${Object.keys(part.countries).length} countries`);
