import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ITEM_VERSIONS, settingItems, storageKeyOf } from '../../src/settings/setting-items';
import { SETTING_FIELDS } from '../../src/settings/settings-schema';
import { DEFAULT_SETTINGS } from '../../src/settings/settings-types';

describe('settingItems', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has one sync item per setting, keyed settings.<name>', () => {
    const items = settingItems();
    for (const field of SETTING_FIELDS) expect(items[field].key).toBe(`sync:${storageKeyOf(field)}`);
  });

  it('falls back to each default without writing it (no init on sync)', async () => {
    const items = settingItems();
    for (const field of SETTING_FIELDS) expect(await items[field].getValue()).toEqual(DEFAULT_SETTINGS[field]);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('versions every setting, disabledSites at 2', () => {
    expect(Object.keys(ITEM_VERSIONS)).toEqual(SETTING_FIELDS);
    expect(ITEM_VERSIONS.disabledSites).toBe(2);
  });
});
