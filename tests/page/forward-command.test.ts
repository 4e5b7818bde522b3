import { describe, expect, it, vi } from 'vitest';
import { forwardOpenCardCommand, OPEN_CARD_MESSAGE, type CommandApi } from '../../src/page/forward-command';
import { forwardedToPage } from '../../src/page/content-messages';

// Browsers give no way to press an extension shortcut from a test (Playwright's keys reach the
// page, not the browser UI): the background's half is tested here with the command fired by hand,
// the content script's half in tests/e2e/page-keyboard.test.ts with the message this sends.
function fakeApi(tabs: { id?: number }[], sendMessage = vi.fn(async () => undefined)) {
  let listener: ((command: string) => void) | null = null;
  const api: CommandApi = {
    commands: { onCommand: { addListener: (cb) => void (listener = cb) } },
    tabs: { query: vi.fn(async () => tabs), sendMessage },
  };
  const fire = async (command: string): Promise<void> => {
    listener?.(command);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { api, fire, sendMessage, query: api.tabs.query };
}

describe('forwardOpenCardCommand', () => {
  it("sends open-card to the active tab's top frame", async () => {
    const { api, fire, sendMessage, query } = fakeApi([{ id: 7 }]);
    forwardOpenCardCommand(api);
    await fire('open-card');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sendMessage).toHaveBeenCalledWith(7, OPEN_CARD_MESSAGE, { frameId: 0 });
  });

  it('sends a message the content script recognises', () => {
    expect(forwardedToPage(OPEN_CARD_MESSAGE)).toBe('open-card');
  });

  it('ignores other commands', async () => {
    const { api, fire, sendMessage } = fakeApi([{ id: 7 }]);
    forwardOpenCardCommand(api);
    await fire('something-else');
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('does nothing without an active tab, and swallows a tab without our content script', async () => {
    const none = fakeApi([]);
    forwardOpenCardCommand(none.api);
    await none.fire('open-card');
    expect(none.sendMessage).not.toHaveBeenCalled();
    const refusing = fakeApi([{ id: 3 }], vi.fn(async () => Promise.reject(new Error('Receiving end does not exist.'))));
    forwardOpenCardCommand(refusing.api);
    await expect(refusing.fire('open-card')).resolves.toBeUndefined();
  });

  it('does nothing where the browser has no commands API (Firefox for Android)', () => {
    expect(() => forwardOpenCardCommand({ tabs: fakeApi([]).api.tabs })).not.toThrow();
  });
});
