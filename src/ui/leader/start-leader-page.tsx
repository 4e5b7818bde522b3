import { render } from 'preact';
import { browser } from 'wxt/browser';
import { resolveLanguage } from '../../i18n/resolve-language';
import { t } from '../../i18n/translate';
import { todayIso } from '../../lookup/today';
import { sendToBackground } from '../../messages/send-to-background';
import { fetchSettingsSnapshot } from '../../settings/settings-snapshot';
import { downloadTextFile } from '../../settings/ui/download-text-file';
import { readerUrl } from '../reader/reader-url';
import { LeaderApp } from './LeaderApp';
import { firstRequest } from './LeaderApp';
import type { LeaderPageServices, RecordRequest } from './services';
import { leaderPageUrl, parseLeaderPageUrl } from './leader-url';

/**
 * Starts the leader page (`leader.html?id=…[&with=…][&date=…][&lang=…]`) in `root`: the language
 * from the address (the card's, when the card opened it), else the reader's setting; the theme
 * from the settings, as the options and welcome pages (the settings and the record both come
 * from the background, asked for at once).
 */
export async function startLeaderPage(root: HTMLElement): Promise<void> {
  const address = parseLeaderPageUrl(location.search);
  const send = (request: RecordRequest) =>
    sendToBackground({
      type: 'get-leader-record',
      leaderId: request.leaderId,
      filter: withoutEmpty(request.filter),
      ...(request.quotes ? { quotes: request.quotes } : {}),
      ...(request.meetings ? { meetings: request.meetings } : {}),
    })
      // Drawn in a task of its own, not the one that took the (large) answer in.
      .then((record) => new Promise<typeof record>((resolve) => setTimeout(() => resolve(record), 0)));
  // The page's first request goes out now, while the settings are read, not after: the same
  // request LeaderApp makes first, handed over when it asks.
  const first: RecordRequest | null = address.id ? firstRequest(address.id, address.with) : null;
  let early = first ? send(first) : null;
  early?.catch(() => undefined); // LeaderApp reports the failure when it takes the answer
  // From the background, as content scripts get them: the page then bundles no schema library.
  const settings = await fetchSettingsSnapshot(() => sendToBackground({ type: 'get-settings' }));
  const lang = address.lang ?? resolveLanguage(settings.language);
  document.documentElement.lang = lang;
  document.documentElement.dataset['theme'] = settings.theme;
  document.title = t('leader_loading', lang);
  const services: LeaderPageServices = {
    lang,
    loadRecord: (request) => {
      const answer = early && JSON.stringify(request) === JSON.stringify(first) ? early : send(request);
      early = null;
      return answer;
    },
    download: (text, fileName, type) => downloadTextFile(text, fileName, type),
    readerHref: (target) => readerUrl(target),
    pageHref: (target) => leaderPageUrl(target, browser.runtime.getURL('/leader.html')),
    today: () => todayIso(),
  };
  render(<LeaderApp services={services} address={address} />, root);
}

/** The filter as the protocol takes it: no nulls, no empty words. */
function withoutEmpty(filter: RecordRequest['filter']) {
  return {
    ...(filter.with ? { with: filter.with } : {}),
    ...(filter.year != null ? { year: filter.year } : {}),
    ...(filter.meetingKind ? { meetingKind: filter.meetingKind } : {}),
    ...(filter.quoteKind ? { quoteKind: filter.quoteKind } : {}),
    ...(filter.words?.trim() ? { words: filter.words.trim() } : {}),
  };
}
