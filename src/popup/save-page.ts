import type { MessageKey } from '../i18n/messages';
import type { SaveOutcome } from '../saved/save-article';
import type { SavedLookup } from '../saved/saved-service';

/** What the popup shows after a save: the contract's status (`[data-save-status]`) and its text. */
export interface PopupSaveResult {
  status: 'saved' | 'already-saved' | 'failed';
  key: MessageKey;
  subs: (string | number)[];
}

/** The background calls a save needs (`save-page`, `find-saved`, `dismiss-interrupted`). */
export interface SaveServices {
  savePage(tabId: number): Promise<SaveOutcome>;
  findSaved(url: string): Promise<SavedLookup>;
  dismissInterrupted(id: string): Promise<unknown>;
}

/**
 * Saves the tab's article through the background and says how it went. A save whose answer never
 * comes (the worker stopped half-way: the message port closes) is not left unsaid: the popup asks
 * the background, started again, whether the article is kept (the transaction had committed) or
 * its save was cut off (its pending marker is there, and nothing else), says which, and forgets
 * the marker once said.
 *
 * @example
 * await savePageFromPopup(services, { id: 42, url: 'https://vnexpress.net/a.html' });
 * // { status: 'saved', key: 'popup_saved', subs: [2, 3] }
 */
export async function savePageFromPopup(services: SaveServices, tab: { id: number; url: string | undefined }): Promise<PopupSaveResult> {
  let outcome: SaveOutcome;
  try {
    outcome = await services.savePage(tab.id);
  } catch (error) {
    return afterLostAnswer(services, tab.url, error);
  }
  if (outcome.status === 'saved') return { status: 'saved', key: 'popup_saved', subs: [outcome.meetings, outcome.quotes] };
  if (outcome.status === 'already-saved') return { status: 'already-saved', key: 'popup_alreadySaved', subs: [outcome.title] };
  if (outcome.code === 'interrupted') return { status: 'failed', key: 'popup_saveFailed_interrupted', subs: [] };
  return { status: 'failed', key: `popup_saveFailed_${outcome.code.replace(/-/g, '_')}` as MessageKey, subs: [outcome.reason] };
}

async function afterLostAnswer(services: SaveServices, url: string | undefined, error: unknown): Promise<PopupSaveResult> {
  const cutOff: PopupSaveResult = { status: 'failed', key: 'popup_saveFailed_interrupted', subs: [] };
  if (url === undefined) return { status: 'failed', key: 'popup_saveFailed_storage', subs: [error instanceof Error ? error.message : String(error)] };
  try {
    const found = await services.findSaved(url);
    if (found.saved) return { status: 'saved', key: 'popup_saveInterruptedButKept', subs: [found.saved.title] };
    if (found.interrupted) await services.dismissInterrupted(found.interrupted.id).catch(() => undefined);
    return cutOff;
  } catch {
    return cutOff;
  }
}
