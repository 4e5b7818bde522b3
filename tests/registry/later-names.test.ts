import { describe, expect, it } from 'vitest';
import { laterNames } from '../../src/registry/later-names';

describe('laterNames', () => {
  it('takes the word the country\'s press uses alone later', () => {
    expect(laterNames('Richard Marles', 'last')).toEqual(['Marles']);
    expect(laterNames('Paetongtarn Shinawatra', 'first')).toEqual(['Paetongtarn']);
  });

  it('takes none where the country says nothing, or for a one-word name', () => {
    expect(laterNames('Hun Manet', undefined)).toEqual([]);
    expect(laterNames('Prabowo', 'last')).toEqual([]);
  });
});
