import { useId } from 'preact/hooks';
import type { PageLeader } from './page-mentions';
import type { Translate } from './translate';
import { Isolated } from '../ui/card/Isolated';

/** What the popup knows of the tab's leaders. */
export type PageState =
  | { status: 'loading' }
  | { status: 'ready'; leaders: PageLeader[]; complete: boolean; pageDate: string | null }
  | { status: 'unscannable'; reason: 'browser-page' | 'page' }
  /** The reader turned Leaderlens off for this site, so no content script runs there to answer. */
  | { status: 'site-off' };

interface OnThisPageProps {
  state: PageState;
  tr: Translate;
  onOpen(leader: PageLeader): void;
}

/**
 * "On this page": the leaders the tab names, most named first, each with its count and a button
 * that opens the card. The list keeps `data-section="on-this-page"` in every state (empty while
 * loading or when the tab cannot be read), with the reason said in words beside it.
 */
export function OnThisPage({ state, tr, onOpen }: OnThisPageProps) {
  const id = useId();
  const leaders = state.status === 'ready' ? state.leaders : [];
  return (
    <section class="llp-page" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} class="llp-heading">
        {tr('popup_onThisPage')}
      </h2>
      <p class="llp-page-status" role="status">
        {state.status === 'loading' && tr('popup_onThisPageLoading')}
        {state.status === 'unscannable' && tr(state.reason === 'browser-page' ? 'popup_cannotScanBrowserPage' : 'popup_cannotScanPage')}
        {state.status === 'site-off' && tr('popup_onThisPageSiteOff')}
        {state.status === 'ready' && leaders.length === 0 && state.complete && tr('popup_onThisPageEmpty')}
        {state.status === 'ready' && !state.complete && tr('popup_onThisPageIncomplete')}
      </p>
      <ul class="llp-page-list" data-section="on-this-page" aria-labelledby={`${id}-heading`}>
        {leaders.map((leader) => (
          <li key={leader.leaderId} data-leader-id={leader.leaderId} data-count={leader.count}>
            <button type="button" class="llp-page-leader" onClick={() => onOpen(leader)}>
              <span class="llp-page-name"><Isolated>{leader.name}</Isolated></span>
              <span class="llp-count">{leader.count === 1 ? tr('popup_mentionsOne') : tr('popup_mentions', leader.count)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
