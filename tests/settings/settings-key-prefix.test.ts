import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY_PREFIX } from '../../src/settings/settings-key-prefix';
import { SETTINGS_KEY_PREFIX as itemsPrefix, storageKeyOf } from '../../src/settings/setting-items';

describe('SETTINGS_KEY_PREFIX', () => {
  it('is the prefix of every storage key of the settings items', () => {
    expect(itemsPrefix).toBe(SETTINGS_KEY_PREFIX);
    expect(storageKeyOf('theme').startsWith(SETTINGS_KEY_PREFIX)).toBe(true);
  });
});
