import type { SaveOutcome } from './save-article';

/** The context menu item's id and the keyboard command's name (wxt.config.ts declares the command). */
export const SAVE_MENU_ID = 'leaderlens-save-page';
export const SAVE_COMMAND = 'save-page';

/** The extension APIs the triggers use (the real `browser`, or a test's stand-in). */
export interface SaveTriggerApi {
  contextMenus?: {
    create(item: { id: string; title: string; contexts: string[]; documentUrlPatterns: string[] }): unknown;
    removeAll(): Promise<void>;
    onClicked: { addListener(cb: (info: { menuItemId: string | number }, tab?: { id?: number }) => void): void };
  };
  commands?: { onCommand: { addListener(cb: (command: string, tab?: { id?: number }) => void): void } };
  tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
  action: {
    setBadgeText(details: { tabId: number; text: string }): Promise<void>;
    setBadgeBackgroundColor?(details: { tabId: number; color: string }): Promise<void>;
    setTitle(details: { tabId: number; title: string }): Promise<void>;
  };
}

/** What each outcome shows on the toolbar button of the tab: a one-character badge and a title saying what happened. */
export interface OutcomeText {
  saved(title: string, meetings: number, quotes: number): string;
  alreadySaved(title: string): string;
  failed(reason: string): string;
}

/**
 * Adds "Save this article to Leaderlens" to the page's context menu (http and https pages only).
 * Called on install and update, when Chrome keeps menu items for the next starts of the worker;
 * any items from before are removed first, so an update never doubles the item.
 */
export async function createSaveMenu(api: SaveTriggerApi, title: string): Promise<void> {
  if (!api.contextMenus) return;
  await api.contextMenus.removeAll();
  api.contextMenus.create({ id: SAVE_MENU_ID, title, contexts: ['page'], documentUrlPatterns: ['http://*/*', 'https://*/*'] });
}

/**
 * Saves the tab's article when the reader picks the context menu item or presses the save
 * command, then says what happened on the toolbar button of that tab: a badge (✓ saved, = already
 * saved, ! failed) and the button's title with the article's title or the reason. Nothing else
 * appears: no notification permission, nothing written into the page. Registered on every start
 * of the worker, in its first turn, so the click that wakes it is heard.
 *
 *     // entrypoints/background.ts
 *     listenForSaveTriggers(browser, (tabId) => saved.savePage(tabId), texts);
 */
export function listenForSaveTriggers(api: SaveTriggerApi, save: (tabId: number) => Promise<SaveOutcome>, text: () => Promise<OutcomeText>): void {
  const run = async (tabId: number | undefined): Promise<void> => {
    const id = tabId ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined) return;
    const outcome = await save(id).catch((error: unknown): SaveOutcome => ({ status: 'failed', code: 'storage', reason: error instanceof Error ? error.message : String(error) }));
    await showOutcome(api, id, outcome, await text());
  };
  api.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID) void run(tab?.id).catch(() => undefined);
  });
  api.commands?.onCommand.addListener((command, tab) => {
    if (command === SAVE_COMMAND) void run(tab?.id).catch(() => undefined);
  });
}

/** The badge and title for one outcome on tab `tabId`'s toolbar button. */
export async function showOutcome(api: Pick<SaveTriggerApi, 'action'>, tabId: number, outcome: SaveOutcome, text: OutcomeText): Promise<void> {
  const [badge, color, title] =
    outcome.status === 'saved'
      ? ['✓', '#1a7f37', text.saved(outcome.title, outcome.meetings, outcome.quotes)]
      : outcome.status === 'already-saved'
        ? ['=', '#57606a', text.alreadySaved(outcome.title)]
        : ['!', '#cf222e', text.failed(outcome.reason)];
  await api.action.setBadgeText({ tabId, text: badge });
  await api.action.setBadgeBackgroundColor?.({ tabId, color });
  await api.action.setTitle({ tabId, title });
}
