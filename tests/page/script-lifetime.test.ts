// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createScriptLifetime } from '../../src/page/script-lifetime';

function stage() {
  let connected = true;
  const lifetime = createScriptLifetime({ isConnected: () => connected, win: window });
  return { lifetime, disconnect: () => void (connected = false) };
}

describe('createScriptLifetime', () => {
  it('runs timers and listeners while the extension is there', async () => {
    const { lifetime } = stage();
    const seen: string[] = [];
    lifetime.setTimeout(() => seen.push('timer'), 0);
    lifetime.listen(document, 'ping', () => seen.push('event'));
    document.dispatchEvent(new Event('ping'));
    await vi.waitFor(() => expect(seen).toEqual(['event', 'timer']));
  });

  it('is not ended by WXT\'s content-script-started event, whoever dispatches it (issue 10)', () => {
    const { lifetime } = stage();
    const ended = vi.fn();
    lifetime.onInvalidated(ended);
    document.dispatchEvent(new CustomEvent('undefined:content:wxt:content-script-started', { detail: { contentScriptName: 'content', messageId: 'x' } }));
    expect(ended).not.toHaveBeenCalled();
    expect(lifetime.isValid()).toBe(true);
  });

  it('ends itself at the next event once the extension is gone, and stops listening', () => {
    const { lifetime, disconnect } = stage();
    const handler = vi.fn();
    const ended = vi.fn();
    lifetime.listen(document, 'ping', handler);
    lifetime.onInvalidated(ended);
    disconnect();
    document.dispatchEvent(new Event('ping'));
    document.dispatchEvent(new Event('ping'));
    expect(handler).not.toHaveBeenCalled();
    expect(ended).toHaveBeenCalledTimes(1);
    expect(lifetime.signal.aborted).toBe(true);
  });

  it('runs no timer once the extension is gone', async () => {
    const { lifetime, disconnect } = stage();
    const run = vi.fn();
    lifetime.setTimeout(run, 0);
    disconnect();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(run).not.toHaveBeenCalled();
    expect(lifetime.signal.aborted).toBe(true);
  });

  it('clears pending timers when it ends', async () => {
    const { lifetime } = stage();
    const run = vi.fn();
    lifetime.setTimeout(run, 0);
    lifetime.invalidate();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(run).not.toHaveBeenCalled();
  });

  it('ends on a runtime call failing with "Extension context invalidated", and not on other failures', () => {
    const { lifetime } = stage();
    expect(lifetime.endIfOrphaned(new Error('the background did not answer "get-card"'))).toBe(false);
    expect(lifetime.signal.aborted).toBe(false);
    expect(lifetime.endIfOrphaned(new Error('Extension context invalidated.'))).toBe(true);
    expect(lifetime.signal.aborted).toBe(true);
  });

  it('calls back at once when asked after it ended', () => {
    const { lifetime } = stage();
    lifetime.invalidate();
    const ended = vi.fn();
    lifetime.onInvalidated(ended);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('treats a runtime that throws when read as gone', () => {
    const lifetime = createScriptLifetime({ isConnected: () => { throw new Error('dead'); }, win: window });
    expect(lifetime.isValid()).toBe(false);
  });
});
