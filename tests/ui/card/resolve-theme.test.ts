import { describe, expect, it } from 'vitest';
import { resolveTheme } from '../../../src/ui/card/resolve-theme';

describe('resolveTheme', () => {
  it('keeps a chosen light or dark theme whatever the page declares', () => {
    expect(resolveTheme('light', 'dark')).toBe('light');
    expect(resolveTheme('dark', 'light')).toBe('dark');
  });

  it('follows the page\'s declared colour scheme for auto', () => {
    expect(resolveTheme('auto', 'dark')).toBe('dark');
    expect(resolveTheme('auto', 'light')).toBe('light');
  });

  it('stays auto when the page declares no colour scheme', () => {
    expect(resolveTheme('auto', null)).toBe('auto');
    expect(resolveTheme('auto', undefined)).toBe('auto');
  });
});
