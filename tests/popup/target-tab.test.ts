import { describe, expect, it } from 'vitest';
import { findTargetTab, tabIdFromSearch, type TabsApi } from '../../src/popup/target-tab';

const tabs = (active: { id?: number; url?: string }[], byId: Record<number, { id?: number; url?: string }> = {}): TabsApi => ({
  query: async () => active,
  get: async (id) => {
    const tab = byId[id];
    if (!tab) throw new Error(`No tab with id: ${id}`);
    return tab;
  },
});

describe('tabIdFromSearch', () => {
  it.each([
    ['?tab=42', 42],
    ['?q=x&tab=7', 7],
    ['', null],
    ['?tab=', null],
    ['?tab=-1', null],
    ['?tab=4x', null],
    ['?tab=99999999999', null],
  ])('%j → %j', (search, id) => {
    expect(tabIdFromSearch(search)).toBe(id);
  });
});

describe('findTargetTab', () => {
  it('takes the active tab of the window when the address names none', async () => {
    expect(await findTargetTab(tabs([{ id: 3, url: 'https://a.vn/' }]), '')).toEqual({ id: 3, url: 'https://a.vn/' });
  });

  it('takes the tab named by ?tab=', async () => {
    expect(await findTargetTab(tabs([{ id: 3 }], { 9: { id: 9 } }), '?tab=9')).toEqual({ id: 9, url: undefined });
  });

  it('answers null for no active tab, or a tab that is gone', async () => {
    expect(await findTargetTab(tabs([]), '')).toBeNull();
    expect(await findTargetTab(tabs([{ id: 3 }]), '?tab=9')).toBeNull();
  });
});
