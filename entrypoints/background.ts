import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { contentScriptFiles, injectIntoOpenTabs } from '../src/first-run/inject-open-tabs';
import { onInstalled, WELCOME_PAGE } from '../src/first-run/on-installed';
import { lazyIndex } from '../src/index-data/lazy-index';
import { packagedIndexFiles } from '../src/index-data/read-packaged-index';
import { openIndexFolder } from '../src/index-data/read-index-folder';
import { createBackgroundHandlers } from '../src/messages/background-handlers';
import { createRequestListener } from '../src/messages/receive-requests';
import { forwardOpenCardCommand } from '../src/page/forward-command';
import { startSavedArticles } from '../src/saved/background-saved';

export default defineBackground(() => {
  // Registered synchronously on every start: Chrome delivers the message that woke a stopped
  // worker only to listeners added during the worker's first turn. The index opens on the first
  // request, not here, and each request reads only its part (src/index-data/read-index-folder.ts).
  const bundled = lazyIndex(() => openIndexFolder(packagedIndexFiles));
  // The reader's saved articles (src/saved) join every answer; the context menu and the save
  // command are listened for here too, in the first turn.
  const saved = startSavedArticles(bundled);
  const index = lazyIndex(async () => saved.withSaved(await bundled()));
  const handlers = createBackgroundHandlers(index, undefined, undefined, { saved: saved.service });
  browser.runtime.onMessage.addListener(createRequestListener(handlers));
  forwardOpenCardCommand();
  // Welcome page on install; the content script into tabs already open (src/first-run).
  browser.runtime.onInstalled.addListener((details) => {
    // The page's context menu item: Chrome keeps it across the worker's restarts once created.
    saved.createMenu().catch((error: unknown) => console.warn('leaderlens saved: context menu:', error));
    void onInstalled(details, {
      openWelcome: () => browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }),
      injectIntoOpenTabs: () => injectIntoOpenTabs(
          browser.tabs,
          // The file names come from the built manifest, so they are the package's own scripts.
          { executeScript: ({ target, files }) => browser.scripting.executeScript({ target, files: files as ScriptPublicPath[] }) },
          contentScriptFiles(browser.runtime.getManifest()),
        ),
      report: (error) => console.warn('leaderlens first-run:', error),
    });
  });
});
