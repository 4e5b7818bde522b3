import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { lazyIndex } from '../src/index-data/lazy-index';
import { readPackagedIndex } from '../src/index-data/read-packaged-index';
import { createBackgroundHandlers } from '../src/messages/background-handlers';
import { createRequestListener } from '../src/messages/receive-requests';
import { forwardOpenCardCommand } from '../src/page/forward-command';

export default defineBackground(() => {
  // Registered synchronously on every start: Chrome delivers the message that woke a stopped
  // worker only to listeners added during the worker's first turn. The index itself loads on the
  // first request, not here, so a wake-up for anything else stays cheap.
  const handlers = createBackgroundHandlers(lazyIndex(readPackagedIndex));
  browser.runtime.onMessage.addListener(createRequestListener(handlers));
  forwardOpenCardCommand();
});
