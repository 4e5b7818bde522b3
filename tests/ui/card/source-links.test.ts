import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionSourceLinks } from '../../../src/ui/card/source-links';
import { parseReaderUrl } from '../../../src/ui/reader/reader-url';

const target = { articleId: '002-556d5bdfab724e9e', evidence: 'Chiều 17/2, hai bên hội đàm.', lang: 'vi' as const };

describe('extensionSourceLinks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('links to the extension\'s reader page at the article and sentence', () => {
    const href = extensionSourceLinks.href(target);
    expect(href).toContain('/reader.html?');
    expect(parseReaderUrl(new URL(href).search)).toEqual({ articleId: target.articleId, evidence: target.evidence, lang: 'vi' });
  });

  it('asks the background to open the reader with the target', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      received.push(message);
      return { ok: true, value: true };
    });
    extensionSourceLinks.open(target);
    await vi.waitFor(() => expect(received).toEqual([{ type: 'open-reader', ...target }]));
  });

  it('warns instead of throwing when the background cannot open it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: false, error: 'no tab' }));
    expect(() => extensionSourceLinks.open(target)).not.toThrow();
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not open the source: no tab')));
    warn.mockRestore();
  });
});
