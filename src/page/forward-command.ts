import { browser } from 'wxt/browser';

/** What the background sends the active tab's top frame when the reader presses the open-card shortcut. */
export const OPEN_CARD_MESSAGE = { type: 'open-card' } as const;

/** The extension APIs the forwarding uses (the real `browser`, or a test's stand-in). */
export interface CommandApi {
  commands?: { onCommand: { addListener(cb: (command: string) => void): void } };
  tabs: {
    query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
}

/**
 * Forwards the `open-card` keyboard command (declared in wxt.config.ts) to the content script of
 * the active tab's top frame: a command reaches only the background, and only the page knows
 * which name is selected or in view. A tab without our content script (a chrome:// page) makes
 * `tabs.sendMessage` reject: that is ignored.
 *
 *     // entrypoints/background.ts
 *     forwardOpenCardCommand();
 */
export function forwardOpenCardCommand(api: CommandApi = browser as unknown as CommandApi): void {
  api.commands?.onCommand.addListener((command) => {
    if (command !== 'open-card') return;
    void (async () => {
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      await api.tabs.sendMessage(tab.id, OPEN_CARD_MESSAGE, { frameId: 0 });
    })().catch(() => undefined);
  });
}
