import { useState } from 'preact/hooks';
import { savePageFromPopup, type PopupSaveResult, type SaveServices } from './save-page';
import type { TargetTab } from './target-tab';
import type { Translate } from './translate';

/**
 * "Save this article": `button[data-action="save-page"]`, then `[data-save-status]` with `saved`,
 * `already-saved` or `failed` and what happened (the reason, for a failure) in words (DESIGN.md,
 * "Saved articles"). The tab's article joins the reader's own corpus (src/saved).
 */
export function SavePage({ tab, services, tr }: { tab: TargetTab | null; services: SaveServices; tr: Translate }) {
  const [state, setState] = useState<{ status: 'idle' } | { status: 'saving' } | { status: 'done'; result: PopupSaveResult }>({ status: 'idle' });
  const save = async () => {
    if (!tab) return;
    setState({ status: 'saving' });
    setState({ status: 'done', result: await savePageFromPopup(services, tab) });
  };
  return (
    <div class="llp-save">
      <button type="button" class="llp-save-button" data-action="save-page" disabled={!tab || state.status === 'saving'} onClick={() => void save()}>
        {tr('popup_savePage')}
      </button>
      <p class="llp-save-status" role="status" {...(state.status === 'done' ? { 'data-save-status': state.result.status } : {})}>
        {state.status === 'saving' ? tr('popup_saving') : state.status === 'done' ? saveText(state.result, tr) : ''}
      </p>
    </div>
  );
}

function saveText(result: PopupSaveResult, tr: Translate): string {
  const text = tr(result.key, ...result.subs);
  return result.status === 'failed' && result.key !== 'popup_saveFailed_interrupted' ? tr('popup_saveFailed', text) : text;
}
