import { describe, expect, it, vi } from 'vitest';
import { onInstalled } from '../../src/first-run/on-installed';

function deps(fail: { welcome?: boolean; inject?: boolean } = {}) {
  return {
    openWelcome: vi.fn(() => (fail.welcome ? Promise.reject(new Error('no tab')) : Promise.resolve())),
    injectIntoOpenTabs: vi.fn(() => (fail.inject ? Promise.reject(new Error('no scripting')) : Promise.resolve())),
    report: vi.fn(),
  };
}

describe('onInstalled', () => {
  it('opens the welcome page and injects into open tabs on install', async () => {
    const d = deps();
    await onInstalled({ reason: 'install' }, d);
    expect(d.openWelcome).toHaveBeenCalledOnce();
    expect(d.injectIntoOpenTabs).toHaveBeenCalledOnce();
  });

  it('injects into open tabs on update, without opening the welcome page', async () => {
    const d = deps();
    await onInstalled({ reason: 'update' }, d);
    expect(d.openWelcome).not.toHaveBeenCalled();
    expect(d.injectIntoOpenTabs).toHaveBeenCalledOnce();
  });

  it.each(['chrome_update', 'browser_update', 'shared_module_update'])('does nothing on %s', async (reason) => {
    const d = deps();
    await onInstalled({ reason }, d);
    expect(d.openWelcome).not.toHaveBeenCalled();
    expect(d.injectIntoOpenTabs).not.toHaveBeenCalled();
  });

  it('still opens the welcome page when injecting fails, and reports the failure', async () => {
    const d = deps({ inject: true });
    await onInstalled({ reason: 'install' }, d);
    expect(d.openWelcome).toHaveBeenCalledOnce();
    expect(d.report).toHaveBeenCalledWith(new Error('no scripting'));
  });

  it('still injects when the welcome page cannot open', async () => {
    const d = deps({ welcome: true });
    await onInstalled({ reason: 'install' }, d);
    expect(d.injectIntoOpenTabs).toHaveBeenCalledOnce();
    expect(d.report).toHaveBeenCalledOnce();
  });
});
