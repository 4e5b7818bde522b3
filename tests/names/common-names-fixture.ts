import { readRegistryFile } from '../../src/registry/read-registry-file';
import type { Registry } from '../../src/registry';
import { join } from 'node:path';

const registryFile = join(import.meta.dirname, '../fixtures/registry-ten/leaders.json');

/**
 * The frozen ten-person registry plus one person whose Sino-Vietnamese and pinyin forms ordinary
 * people also bear (`common`), and the "Premier" title: what the namesake rules are pinned on.
 */
export function registryWithCommonNames(): Registry {
  const registry = readRegistryFile(registryFile);
  return {
    ...registry,
    titles: { ...registry.titles, premier: { vi: ['Thủ tướng Quốc vụ viện'], en: ['Premier'] } },
    leaders: [
      ...registry.leaders,
      {
        id: 'li-qiang',
        name: 'Li Qiang',
        country: 'CN',
        forms: ['Li Qiang', 'Lý Cường', 'Ly Cuong', '李强'],
        short: [],
        common: ['Lý Cường', 'Li Qiang'],
        offices: [{ office: 'premier', country: 'CN', start: '2023-03-11', end: null }],
        sources: ['constructed for tests'],
      },
    ],
  };
}
