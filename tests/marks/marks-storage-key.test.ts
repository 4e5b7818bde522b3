import { describe, expect, it } from 'vitest';
import { isMarksChange, MARKS_STORAGE_KEY } from '../../src/marks/marks-storage-key';

describe('isMarksChange', () => {
  it('is true for a change of the marks key in storage.local', () => {
    expect(isMarksChange({ [MARKS_STORAGE_KEY]: { newValue: [] } }, 'local')).toBe(true);
  });

  it('is false for the same key in another area, and for other keys', () => {
    expect(isMarksChange({ [MARKS_STORAGE_KEY]: { newValue: [] } }, 'sync')).toBe(false);
    expect(isMarksChange({ 'settings.theme': { newValue: 'dark' } }, 'local')).toBe(false);
    expect(isMarksChange({ [`${MARKS_STORAGE_KEY}$`]: { newValue: { v: 1 } } }, 'local')).toBe(false);
  });
});
