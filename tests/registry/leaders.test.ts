import { describe, expect, it } from 'vitest';
import { allNameForms, leaderById } from '../../src/registry/leaders';
import { loadRegistry } from '../../src/registry/load-registry';
import { smallRegistry } from './fixtures';

const registry = loadRegistry(smallRegistry(), 'test.json');

describe('leaderById', () => {
  it('finds a leader by id', () => {
    expect(leaderById(registry, 'a')?.name).toBe('Tô Lâm');
  });

  it('returns undefined for an unknown id', () => {
    expect(leaderById(registry, 'nobody')).toBeUndefined();
  });
});

describe('allNameForms', () => {
  it('lists the name, the full forms, then the short forms', () => {
    expect(allNameForms(leaderById(registry, 'b')!)).toEqual(['Thongloun Sisoulith', 'Thongloun']);
  });

  it('removes exact duplicates but keeps spellings that differ in diacritics', () => {
    expect(allNameForms(leaderById(registry, 'a')!)).toEqual(['Tô Lâm', 'To Lam', 'Lâm', 'Lam']);
  });
});
