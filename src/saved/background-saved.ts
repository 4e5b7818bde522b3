import { browser } from 'wxt/browser';
import { resolveLanguage } from '../i18n/resolve-language';
import { t } from '../i18n/translate';
import type { IndexLookups } from '../index-data/read-index-folder';
import { loadSettings } from '../settings/load-settings';
import { extractFromTab, type ScriptingApi } from './extract-from-tab';
import { idbSavedStore } from './idb-saved-store';
import { createSaveMenu, listenForSaveTriggers, type OutcomeText, type SaveTriggerApi } from './save-triggers';
import { createSavedService, type SavedService } from './saved-service';
import { withSavedArticles } from './saved-lookups';
import { createSavedState } from './saved-state';

/**
 * The reader's own corpus in the background: the IndexedDB store, the assembled saved facts, the
 * service the popup and options page talk to, and the context menu and keyboard command that save
 * the active tab. Called once in the worker's first turn (the menu click or command that woke it
 * must find its listener); nothing is read until a request needs it.
 *
 *     // entrypoints/background.ts
 *     const saved = startSavedArticles(bundledIndex);
 */
export function startSavedArticles(bundledIndex: () => Promise<IndexLookups>): {
  service: SavedService;
  /** The packaged index with the saved articles joined in: what every request reads. */
  withSaved(index: IndexLookups): IndexLookups;
  /** On install and update: the context menu item. */
  createMenu(): Promise<void>;
} {
  const store = idbSavedStore();
  let service: SavedService | null = null;
  const state = createSavedState(store, (stamps) => void service?.onStamps(stamps));
  service = createSavedService({
    store,
    state,
    index: bundledIndex,
    extract: (tabId) => extractFromTab(browser.scripting as unknown as ScriptingApi, tabId),
  });
  const api = browser as unknown as SaveTriggerApi;
  const save = service.savePage;
  listenForSaveTriggers(api, save, outcomeText);
  return {
    service,
    withSaved: (index) => withSavedArticles(index, state, store),
    createMenu: () => createSaveMenu(api, browser.i18n.getMessage('menu_savePage')),
  };
}

/** The toolbar button's title after a save from the menu or keyboard, in the reader's interface language. */
async function outcomeText(): Promise<OutcomeText> {
  const lang = resolveLanguage((await loadSettings()).settings.language);
  return {
    saved: (title, meetings, quotes) => t('save_badgeSaved', lang, title, meetings, quotes),
    alreadySaved: (title) => t('save_badgeAlready', lang, title),
    failed: (reason) => t('save_badgeFailed', lang, reason),
  };
}
