import { browser } from 'wxt/browser';

/** What the background sends the active tab's top frame when the reader presses the open-card shortcut. */
export const OPEN_CARD_MESSAGE = { type: 'open-card' } as const;

/**
 * Forwards the `open-card` keyboard command (declared in wxt.config.ts) to the content script of
 * the active tab's top frame: a command reaches only the background, and only the page knows
 * which name is selected or in view. A tab without our content script (a chrome:// page) makes
 * `tabs.sendMessage` reject: that is ignored.
 *
 *     // entrypoints/background.ts
 *     forwardOpenCardCommand();
 */
export function forwardOpenCardCommand(): void {
  browser.commands?.onCommand.addListener((command) => {
    if (command !== 'open-card') return;
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      await browser.tabs.sendMessage(tab.id, OPEN_CARD_MESSAGE, { frameId: 0 });
    })().catch(() => undefined);
  });
}
