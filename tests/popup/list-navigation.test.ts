import { describe, expect, it } from 'vitest';
import { moveActive } from '../../src/popup/list-navigation';

describe('moveActive', () => {
  it.each([
    [-1, 'ArrowDown', 3, 0],
    [0, 'ArrowDown', 3, 1],
    [2, 'ArrowDown', 3, 0],
    [-1, 'ArrowUp', 3, 2],
    [0, 'ArrowUp', 3, 2],
    [2, 'ArrowUp', 3, 1],
    [5, 'ArrowDown', 3, 0],
    [5, 'ArrowUp', 3, 2],
  ])('from %i, %s in %i rows goes to %i', (current, key, count, expected) => {
    expect(moveActive(current, key, count)).toBe(expected);
  });

  it('leaves every other key to the input (Home, End and side arrows edit the query)', () => {
    for (const key of ['Home', 'End', 'ArrowLeft', 'a', 'Enter']) expect(moveActive(0, key, 3)).toBeNull();
  });

  it('has no active row in an empty list', () => {
    expect(moveActive(-1, 'ArrowDown', 0)).toBe(-1);
  });
});
