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

  it('finds the first of a repeated id, and reads each registry\'s own people', () => {
    const [a, b] = registry.leaders as [(typeof registry.leaders)[number], (typeof registry.leaders)[number]];
    const widened = { ...registry, leaders: [...registry.leaders, { ...b, id: 'a', name: 'Someone else' }, { ...a, id: 'found' }] };
    expect(leaderById(widened, 'a')?.name).toBe('Tô Lâm');
    expect(leaderById(widened, 'found')?.name).toBe('Tô Lâm');
    expect(leaderById(registry, 'found')).toBeUndefined();
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
