import { describe, expect, it } from 'vitest';
import { problem, RegistryError } from '../../src/registry/registry-error';

describe('problem', () => {
  it('names the leader by id when it has one', () => {
    expect(problem('to-lam', 'country', 'bad').message).toBe('leader "to-lam", field "country": bad');
  });

  it('names the entry by index when the id is unusable', () => {
    expect(problem(null, 'id', 'bad', 3).message).toBe('leader at leaders[3], field "id": bad');
  });

  it('names only the field outside leaders', () => {
    expect(problem(null, 'titles.president.vi', 'bad').message).toBe('field "titles.president.vi": bad');
  });
});

describe('RegistryError', () => {
  it('prefixes every problem with the source, one per line', () => {
    const error = new RegistryError('x.json', [problem('a', 'id', 'one'), problem('b', 'name', 'two')]);
    expect(error.message).toBe('x.json: leader "a", field "id": one\nx.json: leader "b", field "name": two');
    expect(error.name).toBe('RegistryError');
    expect(error).toBeInstanceOf(Error);
  });
});
