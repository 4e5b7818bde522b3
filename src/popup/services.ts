import type { UiLanguage } from '../i18n/messages';
import type { Coverage } from '../lookup/coverage';
import type { SearchResults } from '../lookup/search';
import type { LeaderPageTarget } from '../ui/leader/leader-url';
import type { ReaderTarget } from '../ui/reader/reader-url';
import type { SendGetCard } from './detail-data';
import type { SaveServices } from './save-page';
import type { SendToTab } from './page-mentions';
import type { TargetTab } from './target-tab';

/** Turning Leaderlens off and on for one site (the settings' `disabledSites`). */
export interface SiteSwitchService {
  isEnabled(site: string): Promise<boolean>;
  /** Resolves with the reason when the setting could not be saved (over quota, storage refused). */
  setEnabled(site: string, enabled: boolean): Promise<{ ok: true } | { ok: false; reason: string }>;
}

/**
 * Everything the popup needs from the browser and the background, passed in: the popup's
 * components stay testable in happy-dom with stand-ins, and `mount-popup.tsx` is the one place
 * that wires the real extension APIs.
 */
export interface PopupServices {
  lang: UiLanguage;
  /** Searches the index; may ignore `signal` (the popup drops stale answers itself). */
  search(query: string, signal: AbortSignal): Promise<SearchResults>;
  getCard: SendGetCard;
  /**
   * Asks the background whether its index is loaded (`ping`). Sent when the popup opens, so a
   * stopped worker starts loading the index while the reader is still typing.
   */
  ping(): Promise<unknown>;
  /** What the index covers, for the one line the popup shows before anything is typed. */
  coverage(): Promise<Coverage>;
  /** The tab the popup reports on (`?tab=` or the active tab). */
  targetTab(): Promise<TargetTab | null>;
  sendToTab: SendToTab;
  siteSwitch: SiteSwitchService;
  /** The reader page's address for a source. */
  readerHref(target: ReaderTarget): string;
  /** A leader page's address (the card's "Full record"). */
  leaderHref(target: LeaderPageTarget): string;
  /** Saving the tab's article to the reader's own corpus (src/saved), through the background. */
  saved: SaveServices;
}
