import { describe, expect, it } from 'vitest';
import { laterNames } from '../../src/registry/later-names';

describe('laterNames', () => {
  it('takes the word the country\'s press uses alone later', () => {
    expect(laterNames('Richard Marles', 'last')).toEqual(['Marles']);
    expect(laterNames('Paetongtarn Shinawatra', 'first')).toEqual(['Paetongtarn']);
  });

  it('also takes the first two words of a longer name where the given name comes first', () => {
    expect(laterNames('Ahmad Zahid Hamidi', 'first')).toEqual(['Ahmad', 'Ahmad Zahid']);
    expect(laterNames('Dominic Anthony Gerard Cartwright', 'last')).toEqual(['Cartwright']);
  });

  it('takes none where the country says nothing, or for a one-word name', () => {
    expect(laterNames('Hun Manet', undefined)).toEqual([]);
    expect(laterNames('Prabowo', 'last')).toEqual([]);
  });
});
