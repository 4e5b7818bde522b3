import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionMarks } from '../../../src/ui/card/item-marks';

const target = { kind: 'meeting' as const, itemId: 'm-3bynr13285l4b', leaderId: 'to-lam' };
const gesture = 'gesture-0123456789abcdef';

describe('extensionMarks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks the background to mark the item, with ids and the click\'s token only', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      received.push(message);
      return { ok: true, value: true };
    });
    expect(await extensionMarks.set(target, true, gesture)).toBe(true);
    expect(await extensionMarks.set(target, false, gesture)).toBe(true);
    expect(received).toEqual([
      { type: 'mark-wrong', ...target, gesture },
      { type: 'unmark-wrong', ...target, gesture },
    ]);
  });

  it('resolves false when the background refuses', async () => {
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: true, value: false }));
    expect(await extensionMarks.set(target, true, gesture)).toBe(false);
  });

  it('resolves false, and warns, instead of rejecting when the background cannot answer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: false, error: 'index not loaded' }));
    expect(await extensionMarks.set(target, true, gesture)).toBe(false);
    expect(warn).toHaveBeenCalledWith('leaderlens card: could not save the mark: index not loaded');
    warn.mockRestore();
  });
});
