import { render } from 'preact';
import { browser } from 'wxt/browser';
import { resolveLanguage } from '../../i18n/resolve-language';
import { t } from '../../i18n/translate';
import { todayIso } from '../../lookup/today';
import { sendToBackground } from '../../messages/send-to-background';
import { loadSettings } from '../../settings/load-settings';
import { downloadTextFile } from '../../settings/ui/download-text-file';
import { readerUrl } from '../reader/reader-url';
import { LeaderApp } from './LeaderApp';
import type { LeaderPageServices } from './leader-services';
import { leaderPageUrl, parseLeaderPageUrl } from './leader-url';

/**
 * Starts the leader page (`leader.html?id=…[&with=…][&date=…][&lang=…]`) in `root`: the language
 * from the address (the card's, when the card opened it), else the reader's setting; the theme
 * from the settings, as the options and welcome pages; the record from the background.
 */
export async function startLeaderPage(root: HTMLElement): Promise<void> {
  const address = parseLeaderPageUrl(location.search);
  const { settings } = await loadSettings();
  const lang = address.lang ?? resolveLanguage(settings.language);
  document.documentElement.lang = lang;
  document.documentElement.dataset['theme'] = settings.theme;
  document.title = t('leader_loading', lang);
  const services: LeaderPageServices = {
    lang,
    loadRecord: ({ leaderId, filter, quotes }) =>
      sendToBackground({ type: 'get-leader-record', leaderId, filter: withoutEmpty(filter), ...(quotes ? { quotes } : {}) }),
    download: (text, fileName, type) => downloadTextFile(text, fileName, type),
    readerHref: (target) => readerUrl(target),
    pageHref: (target) => leaderPageUrl(target, browser.runtime.getURL('/leader.html')),
    today: () => todayIso(),
  };
  render(<LeaderApp services={services} address={address} />, root);
}

/** The filter as the protocol takes it: no nulls, no empty words. */
function withoutEmpty(filter: Parameters<LeaderPageServices['loadRecord']>[0]['filter']) {
  return {
    ...(filter.with ? { with: filter.with } : {}),
    ...(filter.year != null ? { year: filter.year } : {}),
    ...(filter.meetingKind ? { meetingKind: filter.meetingKind } : {}),
    ...(filter.quoteKind ? { quoteKind: filter.quoteKind } : {}),
    ...(filter.words?.trim() ? { words: filter.words.trim() } : {}),
  };
}
