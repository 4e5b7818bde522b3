import { describe, expect, it } from 'vitest';
import { formatCoverage, registryCoverage } from '../../src/registry/registry-coverage';
import { loadRegistry } from '../../src/registry/load-registry';
import { readRegistryFile } from '../../src/registry/read-registry-file';
import { smallRegistry } from './fixtures';

describe('registryCoverage', () => {
  it('counts people per country and, per country and office, the people who held it once each', () => {
    const json = smallRegistry();
    json.leaders[0]!.offices = [
      { office: 'president', country: 'VN', start: '2021-01-01', end: '2022-01-01' },
      { office: 'president', country: 'VN', start: '2023-01-01' },
      { office: 'general-secretary', country: 'VN' },
    ];
    const coverage = registryCoverage(loadRegistry(json, 'test'));
    expect(coverage.people).toEqual({ LA: 1, VN: 1 });
    expect(coverage.offices).toEqual({ 'LA president': 1, 'VN general-secretary': 1, 'VN president': 1 });
    expect(coverage.undated).toEqual([{ leaderId: 'a', office: 'general-secretary', country: 'VN' }]);
  });

  it('covers the scope the project registry declares', () => {
    const coverage = registryCoverage(readRegistryFile('corpus/leaders.json'));
    for (const country of ['VN', 'LA', 'KH', 'CN', 'RU', 'US', 'JP', 'KR', 'IN', 'AU', 'FR', 'DE', 'GB', 'CU', 'TH', 'ID', 'MY', 'SG', 'PH', 'MM', 'BN', 'TL']) {
      expect(coverage.people[country], country).toBeGreaterThan(0);
    }
    expect(coverage.offices['UN un-secretary-general']).toBeGreaterThan(0);
    expect(coverage.offices['XA asean-secretary-general']).toBeGreaterThan(0);
  });
});

describe('formatCoverage', () => {
  it('writes one line per country with its offices, then the undated offices', () => {
    const lines = formatCoverage({ people: { VN: 2 }, offices: { 'VN president': 2, 'UN un-secretary-general': 1 }, undated: [{ leaderId: 'a', office: 'president', country: 'VN' }] });
    expect(lines).toEqual([
      'registry coverage (people per country; per office, people who held it):',
      '  VN 2: president 2',
      '  UN (offices only): un-secretary-general 1',
      'offices with no date at all (1):',
      '  a: VN president',
    ]);
  });
});
