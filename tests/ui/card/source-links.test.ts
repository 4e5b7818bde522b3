import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionSourceLinks } from '../../../src/ui/card/source-links';

const target = { articleId: '002-556d5bdfab724e9e', evidence: 'Chiều 17/2, hai bên hội đàm.', lang: 'vi' as const };

describe('extensionSourceLinks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('puts no extension address in the page: the href is a bare "#"', () => {
    expect(extensionSourceLinks.href(target)).toBe('#');
  });

  it('asks the background to open the reader with the target', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      received.push(message);
      return { ok: true, value: true };
    });
    extensionSourceLinks.open(target, 'gesture-0123456789abcdef');
    await vi.waitFor(() => expect(received).toEqual([{ type: 'open-reader', ...target, gesture: 'gesture-0123456789abcdef' }]));
  });

  it('warns instead of throwing when the background cannot open it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: false, error: 'no tab' }));
    expect(() => extensionSourceLinks.open(target, 'gesture-0123456789abcdef')).not.toThrow();
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not open the source: no tab')));
    warn.mockRestore();
  });
});
