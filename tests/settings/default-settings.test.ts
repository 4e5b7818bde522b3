import { describe, expect, it } from 'vitest';
import { defaultSettings, sameValue } from '../../src/settings/default-settings';
import { DEFAULT_SETTINGS } from '../../src/settings/settings-types';

describe('defaultSettings', () => {
  it('is an unshared copy of the defaults', () => {
    const copy = defaultSettings();
    expect(copy).toEqual(DEFAULT_SETTINGS);
    copy.sections.timeline = false;
    expect(DEFAULT_SETTINGS.sections.timeline).toBe(true);
  });
});

describe('sameValue', () => {
  it.each([
    [1, 1, true],
    [[], [], true],
    [['a'], ['a', 'b'], false],
    [{ a: true, b: false }, { b: false, a: true }, true],
    [{ a: true }, { a: true, b: undefined }, false],
    [null, {}, false],
  ])('%j vs %j → %s', (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });
});
