import { describe, expect, it } from 'vitest';
import type { SaveOutcome } from '../../src/saved/save-article';
import { createSaveMenu, listenForSaveTriggers, SAVE_COMMAND, SAVE_MENU_ID, showOutcome, type OutcomeText, type SaveTriggerApi } from '../../src/saved/save-triggers';

const TEXT: OutcomeText = { saved: (t, m, q) => `saved ${t} ${m}/${q}`, alreadySaved: (t) => `already ${t}`, failed: (r) => `failed ${r}` };

function api() {
  const log: unknown[] = [];
  let clicked: ((info: { menuItemId: string | number }, tab?: { id?: number }) => void) | null = null;
  let command: ((name: string, tab?: { id?: number }) => void) | null = null;
  const fake: SaveTriggerApi = {
    contextMenus: {
      create: (item) => log.push(['create', item]),
      removeAll: async () => void log.push(['removeAll']),
      onClicked: { addListener: (cb) => (clicked = cb) },
    },
    commands: { onCommand: { addListener: (cb) => (command = cb) } },
    tabs: { query: async () => [{ id: 9 }] },
    action: {
      setBadgeText: async (d) => void log.push(['badge', d]),
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async (d) => void log.push(['title', d]),
    },
  };
  return { fake, log, click: (id: string, tab?: { id?: number }) => clicked!({ menuItemId: id }, tab), press: (name: string, tab?: { id?: number }) => command!(name, tab) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
const SAVED: SaveOutcome = { status: 'saved', id: 'saved-1', title: 'Bài', meetings: 1, quotes: 2, timings: { engineLoad: 0, engine: 1, match: 0, store: 1 } };

describe('createSaveMenu', () => {
  it('adds one "save this article" item for http(s) pages, removing any left from before', async () => {
    const { fake, log } = api();
    await createSaveMenu(fake, 'Save this article');
    expect(log).toEqual([['removeAll'], ['create', { id: SAVE_MENU_ID, title: 'Save this article', contexts: ['page'], documentUrlPatterns: ['http://*/*', 'https://*/*'] }]]);
  });
});

describe('listenForSaveTriggers', () => {
  it("saves the clicked page's tab from the context menu and says so on its toolbar button", async () => {
    const { fake, log, click } = api();
    const saved: number[] = [];
    listenForSaveTriggers(fake, async (tabId) => (saved.push(tabId), SAVED), async () => TEXT);
    click(SAVE_MENU_ID, { id: 4 });
    click('another-item', { id: 4 });
    await settle();
    expect(saved).toEqual([4]);
    expect(log).toContainEqual(['badge', { tabId: 4, text: '✓' }]);
    expect(log).toContainEqual(['title', { tabId: 4, title: 'saved Bài 1/2' }]);
  });

  it('saves the active tab on the save command, and only on it', async () => {
    const { fake, press } = api();
    const saved: number[] = [];
    listenForSaveTriggers(fake, async (tabId) => (saved.push(tabId), SAVED), async () => TEXT);
    press(SAVE_COMMAND);
    press('open-card');
    await settle();
    expect(saved).toEqual([9]);
  });

  it('shows a failure on the button, even one the save threw', async () => {
    const { fake, log, press } = api();
    listenForSaveTriggers(fake, () => Promise.reject(new Error('boom')), async () => TEXT);
    press(SAVE_COMMAND, { id: 3 });
    await settle();
    expect(log).toContainEqual(['badge', { tabId: 3, text: '!' }]);
    expect(log).toContainEqual(['title', { tabId: 3, title: 'failed boom' }]);
  });
});

describe('showOutcome', () => {
  it('gives each outcome its badge', async () => {
    const { fake, log } = api();
    await showOutcome(fake, 1, { status: 'already-saved', id: 'x', title: 'Bài', by: 'url' }, TEXT);
    expect(log).toEqual([['badge', { tabId: 1, text: '=' }], ['title', { tabId: 1, title: 'already Bài' }]]);
  });
});
