import { describe, expect, it } from 'vitest';
import { formatProblems, problem, RegistryError, SHOWN_PROBLEMS } from '../../src/registry/registry-error';

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

describe('formatProblems', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => problem(null, `leaders[${i}]`, 'bad'));

  it('lists every problem when there are at most 50', () => {
    expect(formatProblems('x.json', many(50))).toHaveLength(50);
  });

  it('lists the first 50 and counts the rest in one line', () => {
    const lines = formatProblems('x.json', many(400_000));
    expect(lines).toHaveLength(51);
    expect(lines[49]).toBe('x.json: field "leaders[49]": bad');
    expect(lines[50]).toBe('x.json: … and 399950 more problems not shown (400000 in all)');
  });
});

describe('RegistryError with many problems', () => {
  it('keeps every problem but prints only the first 50 and a count (issue 10: 400k lines on stderr)', () => {
    const problems = Array.from({ length: 120 }, (_, i) => problem(`p${i}`, 'id', 'bad'));
    const error = new RegistryError('x.json', problems);
    expect(error.problems).toHaveLength(120);
    expect(error.message.split('\n')).toHaveLength(51);
    expect(error.message.split('\n').at(-1)).toBe('x.json: … and 70 more problems not shown (120 in all)');
    expect(SHOWN_PROBLEMS).toBe(50);
  });
});
