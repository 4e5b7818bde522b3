import { render } from 'preact';
import { browser } from 'wxt/browser';
import { resolveLanguage } from '../i18n/resolve-language';
import { t } from '../i18n/translate';
import { sendToBackground } from '../messages/send-to-background';
import { loadSettings } from '../settings/load-settings';
import { setSiteEnabled } from '../settings/save-setting';
import { isSiteListedAsDisabled } from '../settings/site-enabled';
import { leaderPageUrl } from '../ui/leader/leader-url';
import { readerUrl } from '../ui/reader/reader-url';
import { oneAtATime } from './one-at-a-time';
import { Popup } from './Popup';
import { searchInBackground } from './search-in-background';
import type { PopupServices } from './services';
import { findTargetTab } from './target-tab';

/**
 * Wires the popup to the real extension: searches and cards from the background, the tab's
 * leaders from its content script, the per-site switch through the settings. Everything else in
 * src/popup takes these as `PopupServices`, so it runs in tests without a browser.
 */
export async function mountPopup(root: HTMLElement): Promise<void> {
  const { settings } = await loadSettings();
  const lang = resolveLanguage(settings.language);
  document.documentElement.lang = lang;
  document.title = t('popup_pageTitle', lang);
  const searches = oneAtATime();
  const services: PopupServices = {
    lang,
    search: (query, signal) => searches(() => searchInBackground(query, signal, sendToBackground), signal),
    getCard: sendToBackground,
    ping: () => sendToBackground({ type: 'ping' }),
    coverage: () => sendToBackground({ type: 'get-coverage' }),
    targetTab: () => findTargetTab(browser.tabs, location.search),
    sendToTab: (tabId, message, options) => browser.tabs.sendMessage(tabId, message, options),
    siteSwitch: {
      async isEnabled(site) {
        // The site's own switch, not `isSiteEnabled`: with Leaderlens off everywhere, this box
        // still says whether the site is on the reader's list, which is what it changes.
        return !isSiteListedAsDisabled((await loadSettings()).settings.disabledSites, site);
      },
      async setEnabled(site, enabled) {
        const saved = await setSiteEnabled(site, enabled);
        return saved.ok ? { ok: true } : { ok: false, reason: saved.problem.reason };
      },
    },
    readerHref: (target) => readerUrl(target),
    leaderHref: (target) => leaderPageUrl(target),
    saved: {
      savePage: (tabId) => sendToBackground({ type: 'save-page', tabId }),
      findSaved: (url) => sendToBackground({ type: 'find-saved', url }),
      dismissInterrupted: (id) => sendToBackground({ type: 'dismiss-interrupted', id }),
    },
  };
  render(<Popup services={services} />, root);
}
