import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { holderOf, officesOn, heldOn, knownTerm } from '../../src/registry/offices';
import { leaderById } from '../../src/registry/leaders';
import { loadRegistry } from '../../src/registry/load-registry';

const registry = loadRegistry(JSON.parse(readFileSync('corpus/leaders.json', 'utf8')), 'corpus/leaders.json');
const ids = (office: string, country: string, date: string) => holderOf(registry, office, country, date).map((l) => l.id);

describe('holderOf', () => {
  it.each([
    ['general-secretary', 'VN', '2023-02-17', ['nguyen-phu-trong']],
    ['general-secretary', 'VN', '2024-07-18', ['nguyen-phu-trong']],
    ['general-secretary', 'VN', '2024-08-03', ['to-lam']],
    ['general-secretary', 'VN', '2025-12-01', ['to-lam']],
    ['general-secretary', 'VN', '2026-02-01', ['to-lam']],
    ['president', 'VN', '2024-06-01', ['to-lam']],
    ['president', 'VN', '2024-10-20', ['to-lam']],
    ['president', 'VN', '2024-10-21', ['luong-cuong']],
    ['president', 'VN', '2024-11-08', ['luong-cuong']],
    ['president', 'LA', '2024-11-08', ['thongloun-sisoulith']],
    ['general-secretary', 'LA', '2025-12-01', ['thongloun-sisoulith']],
    ['prime-minister', 'LA', '2025-12-02', ['sonexay-siphandone']],
    ['prime-minister', 'VN', '2025-12-02', ['pham-minh-chinh']],
    ['president', 'RU', '2025-09-01', ['vladimir-putin']],
    ['president', 'RU', '2010-01-01', []],
    ['prime-minister', 'RU', '2010-01-01', ['vladimir-putin']],
  ])('%s of %s on %s', (office, country, date, expected) => {
    expect(ids(office, country, date)).toEqual(expected);
  });

  it('finds nobody for an office nobody in the registry held on that date', () => {
    expect(ids('general-secretary', 'VN', '2024-07-25')).toEqual([]);
  });
});
