import { browser } from 'wxt/browser';
import layerCss from './content.css?inline';
import cardCss from '../../src/ui/card/card.css?inline';
import { renderCard } from '../../src/ui/card';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { NameTable } from '../../src/names/name-table';
import { sendToBackground } from '../../src/messages/send-to-background';
import { hostTagName, mountHost } from '../../src/page/mount-host';
import { createScriptLifetime } from '../../src/page/script-lifetime';
import { isMarksChange } from '../../src/marks/marks-storage-key';
import { forwardedToPage } from '../../src/page/content-messages';
import { renderPlaceholderCard } from '../../src/page/placeholder-card';
import { reportOnce } from '../../src/page/report-once';
import { claimInstance } from '../../src/page/single-instance';
import { startPage, type PageSide } from '../../src/page/start-page';
import { withRetries } from '../../src/page/with-retries';
import { isSiteEnabled } from '../../src/settings/site-enabled';
import { fetchSettingsSnapshot, watchSettingsSnapshot } from '../../src/settings/settings-snapshot';
import type { Settings } from '../../src/settings/settings-types';

/** Our host's name starts with this; a random suffix per page load follows (mount-host.ts). */
const HOST_PREFIX = 'leaderlens-ui';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  // The styles go into the shadow root as text bundled in this script ('manual' + mountHost),
  // not fetched: WXT's 'ui' mode fetches content.css from a per-session web-accessible URL, a
  // request the reader's page makes that we can do without, and a wait before the first card.
  cssInjectionMode: 'manual',
  // WXT otherwise announces itself with a window.postMessage, which some sites' message handlers
  // choke on. The DOM event it still sends stops only copies built before issue 10, which used
  // WXT's ctx; ours stop by themselves when their extension context goes (script-lifetime.ts).
  noScriptStartedPostMessage: true,
  // WXT's `ctx` is not used: a page can end it with a forged `content-script-started` event.
  // Our own lifetime ends only when the extension context is gone (src/page/script-lifetime.ts).
  async main() {
    const lifetime = createScriptLifetime({ isConnected: () => browser.runtime?.id !== undefined, win: window });
    // Injected again into an open tab (install or update, src/first-run) where a live copy runs:
    // that copy keeps the page. Claimed before the first await, so two copies cannot both pass.
    if (!claimInstance(globalThis, () => lifetime.isValid())) return;
    const hostTag = hostTagName(HOST_PREFIX);
    // A runtime call that fails because the extension went away ends our lifetime.
    const send: typeof sendToBackground = (request) =>
      sendToBackground(request).catch((error: unknown) => {
        lifetime.endIfOrphaned(error);
        throw error;
      });
    // Settings come from the background as one validated snapshot: importing `src/settings`
    // here would bundle its zod schemas into every page (STYLE.md, "What we take").
    const fetchSettings = (): Promise<Settings> => send({ type: 'get-settings' });
    const pause = (ms: number): Promise<void> => new Promise((resolve) => lifetime.setTimeout(resolve, ms));
    // Tried again while the worker is still starting: the defaults would ignore a disabled site.
    const settings = await fetchSettingsSnapshot(
      () => withRetries(fetchSettings, pause, (e: unknown) => reportOnce('settings', e), [250, 1000]),
      (e: unknown) => reportOnce('settings', e),
    );
    let current = settings;
    // The per-site switch and the global one apply to open tabs at once: a page started switched
    // off starts its side when switched on; a running one goes quiet when switched off.
    const enabledHere = (s: Settings): boolean => isSiteEnabled(s, location.hostname);
    let side: PageSide | null = null;
    const start = (initial: Settings): PageSide =>
      startPage({
        doc: document,
        isTopFrame: window === window.top,
        hostTag: hostTag.toUpperCase(),
        settings: initial,
        watchSettings: (cb) => {
          listeners.push(cb);
        },
        fetchMatcher: () => send({ type: 'get-matcher' }) as Promise<NameTable>,
        // The card as it opens (its hidden rows as stubs); the whole card only for "More".
        fetchCard: (leaderId, pageDate, pageLeaderIds) => send({ type: 'get-brief-card', leaderId, pageDate, pageLeaderIds }),
        fetchFullCard: (leaderId, pageDate, pageLeaderIds) => send({ type: 'get-card', leaderId, pageDate, pageLeaderIds }),
        mountHost: async () => {
          const { host, container, reattach, remove } = mountHost(document, hostTag, `${layerCss}\n${cardCss}`);
          lifetime.onInvalidated(remove);
          return { host, parent: container, reattach };
        },
        renderCard: (container, card, options) => {
          try {
            renderCard(
              container,
              card && {
                card,
                onClose: options.onClose,
                focusOnOpen: options.focusOnOpen,
                ...(options.loadFull ? { loadFull: options.loadFull } : {}),
                theme: current.theme,
                language: current.language,
                sections: current.sections,
              },
            );
          } catch (error) {
            // The card UI failed on this data: the reader still gets the leader and the lists' ids.
            reportOnce('card-ui', error);
            renderPlaceholderCard(container, card);
          }
        },
        setTimeout: (run, ms) => lifetime.setTimeout(run, ms),
        clearTimeout: (id) => lifetime.clearTimeout(id),
        requestIdle: (run) => lifetime.requestIdle(run, 100),
        listen: (target, type, handler, options) => lifetime.listen(target, type, handler, options),
        onInvalidated: (cb) => lifetime.onInvalidated(cb),
      });
    const listeners: ((s: Settings) => void)[] = [];
    lifetime.onInvalidated(
      watchSettingsSnapshot(browser.storage.onChanged, fetchSettings, (next) => {
        current = next;
        for (const cb of listeners) cb(next);
        if (enabledHere(next)) {
          if (side) side.setActive(true);
          else side = start(next);
        } else side?.setActive(false);
      }),
    );
    if (enabledHere(settings)) side = start(settings);
    // A meeting or quote marked as wrong (here, in another tab) or a mark undone: cards kept for
    // this page are asked for again, so the background's answer without marked items is shown.
    const onStorageChange = (changes: Record<string, unknown>, areaName: string) => {
      if (isMarksChange(changes, areaName)) side?.forgetCards();
    };
    browser.storage.onChanged.addListener(onStorageChange);
    lifetime.onInvalidated(() => browser.storage?.onChanged?.removeListener(onStorageChange));
    const onMessage = (message: unknown) => {
      if (!lifetime.isValid()) return undefined;
      const kind = forwardedToPage(message);
      // Switched off here: no answer, so the popup says Leaderlens is off on this site.
      if (!side || !enabledHere(current)) return undefined;
      if (kind === 'page-mentions' && window === window.top) return side.pageMentions();
      if (kind === 'open-card') void side.openCardFromKeyboard().catch((e: unknown) => reportOnce('open-card', e));
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    lifetime.onInvalidated(() => browser.runtime?.onMessage?.removeListener(onMessage));
  },
});
